// Launches the desktop app through electron-vite; says in one line when the Electron binary is missing.
import { spawn } from 'node:child_process';

const child = spawn(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'preview'], {
  stdio: ['inherit', 'inherit', 'pipe'],
});
let stderr = '';
child.stderr.on('data', (chunk) => {
  stderr += String(chunk);
});
child.on('exit', (code) => {
  if (code === 0) return;
  if (/Downloading Electron binary|fetch failed|Electron failed to install|ENOTFOUND|ECONNREFUSED/i.test(stderr)) {
    console.error(
      'Tuiyan: the Electron binary is not installed and cannot be downloaded here — connect to the internet once, or use `npm run web` to open the same app in a browser.'
    );
  } else {
    process.stderr.write(stderr);
  }
  process.exit(code ?? 1);
});

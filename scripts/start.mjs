// Launches the desktop app through electron-vite (`preview`: build, then run; `--dev`: dev server with reload).
// When the Electron binary is missing and cannot be downloaded it says so in one line, with no stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const MISSING =
  'Tuiyan: the Electron binary is not installed and could not be downloaded (offline?) — run `npm run web` to use the same app in a browser, or retry `npm start` once online.';

/** The directory of the installed `electron` package, or null when it is not installed at all. */
function electronPackageDir() {
  try {
    return dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** True when an Electron executable is present where electron-vite will look for it. */
function hasElectronBinary(dir) {
  const override = process.env.ELECTRON_EXEC_PATH;
  if (override) return existsSync(override);
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(dir, 'dist', readFileSync(pathFile, 'utf8')));
}

/** Tries Electron's own installer once, quietly (it downloads the binary); skipped when ELECTRON_SKIP_BINARY_DOWNLOAD is set. */
function tryInstallElectron(dir) {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return false;
  const result = spawnSync(process.execPath, [join(dir, 'install.js')], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  return result.status === 0;
}

const dir = electronPackageDir();
if (!dir || (!hasElectronBinary(dir) && !(tryInstallElectron(dir) && hasElectronBinary(dir)))) {
  console.error(MISSING);
  process.exit(1);
}

const mode = process.argv.includes('--dev') ? 'dev' : 'preview';
const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [electronVite, mode], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});

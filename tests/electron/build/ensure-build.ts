import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The build outputs the tests read. */
export const OUT = {
  html: join(ROOT, 'out', 'renderer', 'index.html'),
  main: join(ROOT, 'out', 'main', 'index.js'),
  preload: join(ROOT, 'out', 'preload', 'index.cjs'),
};

const LOCK = join(ROOT, '.tmp', 'electron-vite-build.lock');
const STALE_LOCK_MS = 10 * 60_000;

function built(): boolean {
  return Object.values(OUT).every((file) => existsSync(file));
}

function tryLock(): boolean {
  mkdirSync(dirname(LOCK), { recursive: true });
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    try {
      if (Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
    } catch {
      return false;
    }
    return false;
  }
}

/**
 * Runs `electron-vite build` once when out/ lacks the main, preload or renderer output. Test files that
 * need the build share a lock directory, so parallel workers never build over each other.
 */
export async function ensureBuilt(): Promise<void> {
  while (!built()) {
    if (!tryLock()) {
      await new Promise((done) => setTimeout(done, 250));
      continue;
    }
    try {
      if (built()) return;
      const require = createRequire(import.meta.url);
      const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
      const result = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, encoding: 'utf8' });
      if (result.status !== 0) {
        throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
      }
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

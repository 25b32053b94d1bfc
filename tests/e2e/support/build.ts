import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { RENDERER_OUT, ROOT } from './paths';

/** The lock directory of every build (see buildUntil), so workers never build at once. */
const LOCK = join(ROOT, '.tmp', 'electron-vite-build.lock');
const STALE_LOCK_MS = 10 * 60_000;

/** Sources the renderer bundle is built from: newer than the bundle means it must be rebuilt. */
const SOURCES = ['renderer', 'shared', 'electron.vite.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when out/renderer/index.html exists and is newer than every renderer and shared source file. */
export function rendererIsFresh(): boolean {
  const index = join(RENDERER_OUT, 'index.html');
  if (!existsSync(index)) return false;
  const built = statSync(index).mtimeMs;
  return SOURCES.every((s) => newestMtime(join(ROOT, s)) < built);
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
 * Runs `electron-vite build` until `done()` holds, under the lock directory every build helper shares, so
 * parallel vitest workers wait for one build instead of building over each other. Throws with the build's output
 * when it fails, and with `stillMissing` when it succeeds without making `done()` true.
 */
export async function buildUntil(done: () => boolean, stillMissing: string): Promise<void> {
  while (!done()) {
    if (!tryLock()) {
      await new Promise((wake) => setTimeout(wake, 250));
      continue;
    }
    try {
      if (done()) return;
      const require = createRequire(import.meta.url);
      const cli = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
      const result = spawnSync(process.execPath, [cli, 'build'], { cwd: ROOT, encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`);
      if (!done()) throw new Error(`electron-vite build ran but ${stillMissing}`);
    } finally {
      rmSync(LOCK, { recursive: true, force: true });
    }
  }
}

/**
 * Runs `electron-vite build` when out/renderer is missing or older than its sources; otherwise does nothing.
 * Safe to call from every e2e file (and from the vitest globalSetup).
 */
export async function ensureRendererBuilt(): Promise<void> {
  await buildUntil(rendererIsFresh, `${RENDERER_OUT}/index.html is still missing or older than its sources`);
}

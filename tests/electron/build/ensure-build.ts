import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildUntil } from '../../e2e/support/build';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The build outputs the tests read. */
export const OUT = {
  html: join(ROOT, 'out', 'renderer', 'index.html'),
  main: join(ROOT, 'out', 'main', 'index.js'),
  preload: join(ROOT, 'out', 'preload', 'index.cjs'),
};

function built(): boolean {
  return Object.values(OUT).every((file) => existsSync(file));
}

/** Runs `electron-vite build` once when out/ lacks the main, preload or renderer output (shared lock: see buildUntil). */
export async function ensureBuilt(): Promise<void> {
  await buildUntil(built, `${Object.values(OUT).join(', ')} are still not all there`);
}

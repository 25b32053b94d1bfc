import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The built renderer the web host serves (electron-vite's renderer output). */
export const RENDERER_OUT = join(ROOT, 'out', 'renderer');

/** Where e2e tests may write screenshots and other artefacts (git-ignored). */
export const ARTEFACT_DIR = join(ROOT, '.tmp', 'e2e');

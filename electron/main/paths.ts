import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDatabasePath } from '../db/default-paths';

/** Where the app keeps its files. All absolute paths. */
export interface AppPaths {
  dataDir: string;
  dbPath: string;
  backupDir: string;
  windowStatePath: string;
}

/**
 * The data folder is Electron's userData folder, or `TUIYAN_DATA` when set (tests point it at a temporary
 * folder so they never touch a real database).
 */
export function appPaths(userDataDir: string, env: Record<string, string | undefined>): AppPaths {
  const override = env['TUIYAN_DATA']?.trim();
  const dataDir = override ? override : userDataDir;
  return {
    dataDir,
    dbPath: defaultDatabasePath(dataDir),
    backupDir: join(dataDir, 'backups'),
    windowStatePath: join(dataDir, 'window-state.json'),
  };
}

/**
 * The built preload script. Main is bundled to out/main/index.js and the preload to
 * out/preload/index.cjs, so the path is relative to this module's own URL.
 */
export function preloadPath(moduleUrl: string = import.meta.url): string {
  return fileURLToPath(new URL('../preload/index.cjs', moduleUrl));
}

/** The built renderer folder (out/renderer), served over `app://tuiyan/`. */
export function rendererDir(moduleUrl: string = import.meta.url): string {
  return fileURLToPath(new URL('../renderer/', moduleUrl));
}

/** The Vite dev server URL electron-vite passes in development; undefined in a packaged or preview run. */
export function devServerUrl(isPackaged: boolean, env: Record<string, string | undefined>): string | undefined {
  const url = env['ELECTRON_RENDERER_URL'];
  return !isPackaged && url ? url : undefined;
}

import { join } from 'node:path';

/** File name of the scenario database inside the app's data folder. */
const DATABASE_FILE_NAME = 'tuiyan.db';

/**
 * The default database path in a data folder: Electron passes `app.getPath('userData')`, the web host and CLI
 * their own folder. Backups then go to `<dataDir>/backups` unless `backupDir` is given.
 */
export function defaultDatabasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE_NAME);
}

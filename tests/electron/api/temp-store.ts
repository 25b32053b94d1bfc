import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHandlers } from '../../../electron/api/handlers';
import type { HandlerMap } from '../../../electron/api/handler-map';
import { openStore } from '../../../electron/db/open-store';
import type { Store } from '../../../electron/db/store-types';
import { loadSeedPlan } from '../../../electron/web/seed-plan';

/** A real store in a fresh temporary folder, its handler map, and a cleanup that closes and deletes everything. */
export interface TempStore {
  dir: string;
  dbPath: string;
  store: Store;
  handlers: HandlerMap;
  cleanup(): void;
}

/** Opens a real SQLite store (the seed plan) in a new temp folder; the test calls cleanup() when done. */
export function openTempStore(): TempStore {
  const dir = mkdtempSync(join(tmpdir(), 'tuiyan-api-'));
  const dbPath = join(dir, 'tuiyan.db');
  const store = openStore({ path: dbPath, plan: loadSeedPlan(), backupDir: join(dir, 'backups') });
  const handlers = createHandlers({ store, appVersion: '9.9.9-test' });
  return {
    dir,
    dbPath,
    store,
    handlers,
    cleanup() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Every row of every table of the database file, read through a second read-only connection (it sees the
 * store's committed writes, WAL included). Rows are JSON-encoded and sorted so two dumps compare with toEqual.
 */
export function dumpDatabase(dbPath: string): Record<string, string[]> {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all()
      .map((row) => (typeof row === 'object' && row !== null ? String(Reflect.get(row, 'name')) : ''));
    const dump: Record<string, string[]> = {};
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`).raw().all();
      dump[table] = rows.map((row) => JSON.stringify(row)).sort();
    }
    return dump;
  } finally {
    db.close();
  }
}

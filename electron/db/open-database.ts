import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { writeBackup } from './backup-files';
import { moveAside } from './damaged-file';
import { inspectConnection, inspectDatabaseFile } from './file-inspection';
import { readUserVersion, runMigrations } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations/index';
import { toStoreError } from './sqlite-errors';
import { StoreError } from './store-types';

/** Where the database and its backups live, how many backups to keep, and the clock for file names. */
export interface DatabaseConfig {
  path: string;
  backupDir: string;
  keepBackups: number;
  now: () => Date;
}

/** An open, checked, migrated connection and what happened on the way. */
export interface OpenedDatabase {
  db: Database.Database;
  /** Schema version found (0 for a new file); null when no migration ran. */
  migratedFrom: number | null;
  /** The pre-migration backup, if one was written. */
  backupPath: string | null;
  /** Set when a damaged file was moved aside and a fresh database created. */
  recovered: { movedTo: string; reason: string } | null;
}

/** Busy timeout (ms): how long a write waits for another connection's lock before failing with IO. */
export const BUSY_TIMEOUT_MS = 5000;

function configure(db: Database.Database): void {
  const mode: unknown = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') throw new StoreError('IO', 'The database could not be switched to write-ahead logging.');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${String(BUSY_TIMEOUT_MS)}`);
}

function connect(path: string): Database.Database {
  return new Database(path, { timeout: BUSY_TIMEOUT_MS });
}

/**
 * Opens the database file for the store:
 * 1. inspects it without writing (header, read-only integrity and schema check; TOO_NEW is thrown untouched);
 * 2. a damaged file is moved aside (never deleted) and a fresh one created;
 * 3. sets WAL, synchronous=FULL, foreign keys, busy timeout;
 * 4. backs up a non-empty older database, then migrates it in one transaction.
 * Throws StoreError (TOO_NEW, IO) only; the connection is closed on failure.
 */
export function openDatabase(cfg: DatabaseConfig): OpenedDatabase {
  mkdirSync(dirname(cfg.path), { recursive: true });
  let recovered: OpenedDatabase['recovered'] = null;
  const state = inspectDatabaseFile(cfg.path);
  if (state.kind === 'damaged') recovered = { movedTo: moveAside(cfg.path, cfg.now()), reason: state.reason };

  let db = connect(cfg.path);
  try {
    if (state.kind === 'unchecked') {
      const second = inspectConnection(db, cfg.path);
      if (second.kind === 'damaged') {
        db.close();
        recovered = { movedTo: moveAside(cfg.path, cfg.now()), reason: second.reason };
        db = connect(cfg.path);
      }
    }
    configure(db);
    const from = readUserVersion(db);
    if (from > LATEST_SCHEMA_VERSION) {
      throw new StoreError('TOO_NEW', `The database ${cfg.path} was written by a newer version of Tuiyan; update Tuiyan to open it.`);
    }
    let backupPath: string | null = null;
    if (from < LATEST_SCHEMA_VERSION && from > 0) {
      backupPath = join(cfg.backupDir, writeBackup(db, cfg.backupDir, 'pre-migration', cfg.now(), cfg.keepBackups).name);
    }
    if (from < LATEST_SCHEMA_VERSION) runMigrations(db);
    return { db, migratedFrom: from < LATEST_SCHEMA_VERSION ? from : null, backupPath, recovered };
  } catch (err) {
    db.close();
    throw toStoreError(err);
  }
}

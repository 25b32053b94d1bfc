import { StoreError } from './store-types';

/** SQLite result codes (primary part of `SqliteError.code`) that mean the file itself is damaged. */
const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/** The SQLite error code of `err` (e.g. "SQLITE_CORRUPT_VTAB"), or null when `err` is not an SQLite error. */
export function sqliteCode(err: unknown): string | null {
  if (err instanceof Error && 'code' in err && typeof err.code === 'string' && err.code.startsWith('SQLITE_')) {
    return err.code;
  }
  return null;
}

/** True when `err` says the database file is not a database or is corrupt (as opposed to busy, full, locked…). */
export function isDamageError(err: unknown): boolean {
  const code = sqliteCode(err);
  if (code === null) return false;
  return [...DAMAGE_CODES].some((d) => code === d || code.startsWith(`${d}_`));
}

/** Node file-system error code such as "ENOSPC", or null. */
function fsCode(err: unknown): string | null {
  if (err instanceof Error && 'code' in err && typeof err.code === 'string' && /^E[A-Z]+$/.test(err.code)) return err.code;
  return null;
}

/**
 * Turns anything thrown inside the store into a StoreError whose message carries no SQL and no stack:
 * StoreErrors pass through; SQLite and file-system errors keep only their code.
 */
export function toStoreError(err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  const code = sqliteCode(err);
  if (code !== null) {
    if (isDamageError(err)) {
      return new StoreError('DAMAGED', `The database file is damaged (${code}); restart the app to recover it, or restore a backup.`);
    }
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      return new StoreError('IO', `The database is busy in another window or program (${code}); try again.`);
    }
    if (code.startsWith('SQLITE_FULL')) return new StoreError('IO', 'The disk is full; the change was not saved.');
    if (code.startsWith('SQLITE_CONSTRAINT')) return new StoreError('CONFLICT', `The change conflicts with stored data (${code}).`);
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_CANTOPEN')) {
      return new StoreError('IO', `The database file cannot be written or opened (${code}); check the folder's permissions.`);
    }
    return new StoreError('IO', `The database reported an error (${code}).`);
  }
  const fs = fsCode(err);
  if (fs === 'ENOSPC') return new StoreError('IO', 'The disk is full; the change was not saved.');
  if (fs !== null) return new StoreError('IO', `A file operation of the store failed (${fs}).`);
  return new StoreError('IO', 'The store failed unexpectedly.');
}

/** Runs `fn`, rethrowing whatever it throws as a StoreError (see toStoreError). */
export function guard<T>(fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw toStoreError(err);
  }
}

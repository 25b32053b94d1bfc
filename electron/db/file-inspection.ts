import { closeSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { expectedSchema, readSchema, readUserVersion } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations/index';
import { isDamageError } from './sqlite-errors';
import { StoreError } from './store-types';

/** What a database file looks like before the store opens it for writing. */
export type FileState =
  | { kind: 'absent' }
  | { kind: 'healthy'; userVersion: number }
  | { kind: 'damaged'; reason: string }
  | { kind: 'unchecked' };

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;
const USER_VERSION_OFFSET = 60;

/** Files next to the database that belong to it (write-ahead log, shared memory, rollback journal). */
export const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

function sizeOf(path: string): number | null {
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new StoreError('IO', `The database path ${path} is not a file.`);
    return st.size;
  } catch (err) {
    if (err instanceof StoreError) throw err;
    if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return null;
    throw new StoreError('IO', `The database file ${path} cannot be read.`);
  }
}

function tooNew(path: string, version: number): StoreError {
  return new StoreError(
    'TOO_NEW',
    `The database ${path} was written by a newer version of Tuiyan (schema ${String(version)}; this version knows up to ` +
      `${String(LATEST_SCHEMA_VERSION)}). It was not changed. Update Tuiyan to open it.`,
  );
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(HEADER_BYTES);
    const n = readSync(fd, buf, 0, HEADER_BYTES, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

const schemaCache = new Map<number, Map<string, string[]>>();

function schemaProblem(db: Database.Database, version: number): string | null {
  const actual = readSchema(db);
  if (version === 0) return actual.size === 0 ? null : 'it has tables but no Tuiyan schema version';
  let expected = schemaCache.get(version);
  if (!expected) {
    expected = expectedSchema(version);
    schemaCache.set(version, expected);
  }
  for (const [table, cols] of expected) {
    const got = actual.get(table);
    if (!got) return `table ${table} is missing`;
    if (got.join(',') !== cols.join(',')) return `table ${table} does not have the expected columns`;
  }
  return null;
}

/**
 * Checks an open connection before anything is written: schema version (throws TOO_NEW), `PRAGMA integrity_check`,
 * and that the tables and columns match what the migrations create for that version.
 */
export function inspectConnection(db: Database.Database, path: string): FileState {
  const version = readUserVersion(db);
  if (version > LATEST_SCHEMA_VERSION) throw tooNew(path, version);
  if (version < 0) return { kind: 'damaged', reason: 'its schema version is negative' };
  const rows = db.prepare<[], { integrity_check: string }>('PRAGMA integrity_check(20)').all();
  const first = rows[0]?.integrity_check ?? 'no answer';
  if (rows.length !== 1 || first !== 'ok') {
    const problem = rows
      .map((r) => r.integrity_check.replace(/\*\*\* in database \w+ \*\*\*/g, '').replace(/\s+/g, ' ').trim())
      .find((text) => text.length > 0);
    return { kind: 'damaged', reason: `the integrity check failed (${(problem ?? first).slice(0, 160)})` };
  }
  const problem = schemaProblem(db, version);
  if (problem !== null) return { kind: 'damaged', reason: `its schema is broken: ${problem}` };
  return { kind: 'healthy', userVersion: version };
}

/**
 * Looks at a database file without changing it: the 100-byte header (magic, schema version), then a read-only
 * connection for the integrity and schema checks. A schema version above what this build knows throws
 * StoreError TOO_NEW. `unchecked` means the read-only look was not possible (e.g. a journal needs recovery);
 * the caller repeats inspectConnection on its read-write connection before writing.
 */
export function inspectDatabaseFile(path: string): FileState {
  const size = sizeOf(path);
  if (size === null || size === 0) {
    const wal = sizeOf(`${path}-wal`) ?? 0;
    const journal = sizeOf(`${path}-journal`) ?? 0;
    if (wal > 0 || journal > 0) return { kind: 'damaged', reason: 'the database file is empty or missing but a journal of it is left' };
    return { kind: 'absent' };
  }
  const header = readHeader(path);
  if (header.length < HEADER_BYTES) return { kind: 'damaged', reason: `the file is too short to be a database (${String(size)} bytes)` };
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) return { kind: 'damaged', reason: 'the file is not an SQLite database' };
  const headerVersion = header.readInt32BE(USER_VERSION_OFFSET);
  if (headerVersion > LATEST_SCHEMA_VERSION) throw tooNew(path, headerVersion);

  let db: Database.Database | null = null;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    return inspectConnection(db, path);
  } catch (err) {
    if (err instanceof StoreError) throw err;
    if (isDamageError(err)) return { kind: 'damaged', reason: 'SQLite cannot read it (the file is corrupt)' };
    return { kind: 'unchecked' };
  } finally {
    db?.close();
  }
}

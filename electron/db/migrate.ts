import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations/index';

/** The database's schema version (`PRAGMA user_version`; 0 for a new, empty file). */
export function readUserVersion(db: Database.Database): number {
  const v: unknown = db.pragma('user_version', { simple: true });
  return typeof v === 'number' ? v : 0;
}

/**
 * Brings the database from its current schema to `target` (default: the latest) in ONE immediate transaction,
 * setting `PRAGMA user_version` inside it, so a crash leaves either the old or the new schema, never a mix.
 * Returns the version it started from. Callers check "too new" before calling.
 */
export function runMigrations(db: Database.Database, target: number = LATEST_SCHEMA_VERSION): number {
  const from = readUserVersion(db);
  if (from >= target) return from;
  const steps = MIGRATIONS.filter((m) => m.version > from && m.version <= target);
  const apply = db.transaction(() => {
    for (const step of steps) db.exec(step.sql);
    db.pragma(`user_version = ${String(Math.trunc(target))}`);
  });
  apply.immediate();
  return from;
}

/**
 * The tables and their column names that schema `version` has, derived by running the migrations on an
 * in-memory database, so the check of an existing file can never drift from the migrations themselves.
 */
export function expectedSchema(version: number): Map<string, string[]> {
  const mem = new Database(':memory:');
  try {
    runMigrations(mem, version);
    return readSchema(mem);
  } finally {
    mem.close();
  }
}

/** Table name → column names (in order) of the user tables of a database. */
export function readSchema(db: Database.Database): Map<string, string[]> {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all();
  const out = new Map<string, string[]>();
  for (const { name } of tables) {
    const cols = db.prepare<[string], { name: string }>('SELECT name FROM pragma_table_info(?) ORDER BY cid').all(name);
    out.set(name, cols.map((c) => c.name));
  }
  return out;
}

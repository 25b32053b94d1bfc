import type Database from 'better-sqlite3';

/** A row of the `scenarios` table. `current_version` is the undo/redo pointer; `last_version` the highest number ever used. */
export interface ScenarioRow {
  id: string;
  name: string;
  current_version: number;
  last_version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** The `scenarios` table: identity, name, pointers into the version history, soft-delete mark. */
export interface ScenarioRepository {
  insert(row: ScenarioRow): void;
  find(id: string): ScenarioRow | undefined;
  list(includeDeleted: boolean): ScenarioRow[];
  /** Points the scenario at `version` (undo, redo); `name` mirrors that version's scenario name. */
  point(id: string, version: number, name: string, at: string): void;
  /** Records a newly saved version: current and last both become `version`. */
  saved(id: string, version: number, name: string, at: string): void;
  setDeleted(id: string, deletedAt: string | null, at: string): void;
  count(): number;
}

const COLUMNS = 'id, name, current_version, last_version, created_at, updated_at, deleted_at';

/** Prepares the statements of the scenarios table once per connection. */
export function createScenarioRepository(db: Database.Database): ScenarioRepository {
  const insert = db.prepare<[ScenarioRow]>(
    `INSERT INTO scenarios (${COLUMNS})
     VALUES (@id, @name, @current_version, @last_version, @created_at, @updated_at, @deleted_at)`,
  );
  const find = db.prepare<[string], ScenarioRow>(`SELECT ${COLUMNS} FROM scenarios WHERE id = ?`);
  const listAll = db.prepare<[], ScenarioRow>(`SELECT ${COLUMNS} FROM scenarios ORDER BY created_at, rowid`);
  const listLive = db.prepare<[], ScenarioRow>(
    `SELECT ${COLUMNS} FROM scenarios WHERE deleted_at IS NULL ORDER BY created_at, rowid`,
  );
  const point = db.prepare<[number, string, string, string]>(
    'UPDATE scenarios SET current_version = ?, name = ?, updated_at = ? WHERE id = ?',
  );
  const saved = db.prepare<[number, number, string, string, string]>(
    'UPDATE scenarios SET current_version = ?, last_version = ?, name = ?, updated_at = ? WHERE id = ?',
  );
  const setDeleted = db.prepare<[string | null, string, string]>('UPDATE scenarios SET deleted_at = ?, updated_at = ? WHERE id = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM scenarios');

  return {
    insert: (row) => void insert.run(row),
    find: (id) => find.get(id),
    list: (includeDeleted) => (includeDeleted ? listAll.all() : listLive.all()),
    point: (id, version, name, at) => void point.run(version, name, at, id),
    saved: (id, version, name, at) => void saved.run(version, version, name, at, id),
    setDeleted: (id, deletedAt, at) => void setDeleted.run(deletedAt, at, id),
    count: () => count.get()?.n ?? 0,
  };
}

import type Database from 'better-sqlite3';
import type { VersionInfo } from './store-types';

/** A row of `scenario_versions`: one save of a scenario. `on_line` = 1 while it is on the undo/redo line. */
export interface VersionRow {
  scenario_id: string;
  version: number;
  json: string;
  reason: VersionInfo['reason'];
  saved_at: string;
  on_line: number;
}

/** Version metadata without the scenario text, for history listings. */
export type VersionMeta = Omit<VersionRow, 'json'>;

/**
 * The `scenario_versions` table. Along the undo/redo line version numbers increase, so "previous" and "next"
 * are the nearest on-line numbers below and above the current one.
 */
export interface VersionRepository {
  insert(row: VersionRow): void;
  find(scenarioId: string, version: number): VersionRow | undefined;
  previousOnLine(scenarioId: string, version: number): number | undefined;
  nextOnLine(scenarioId: string, version: number): number | undefined;
  line(scenarioId: string): VersionMeta[];
  /** Takes the redo tail (on-line versions after `version`) off the line and deletes those no snapshot refers to. */
  discardAfter(scenarioId: string, version: number): void;
}

/** Prepares the statements of the scenario_versions table once per connection. */
export function createVersionRepository(db: Database.Database): VersionRepository {
  const insert = db.prepare<[VersionRow]>(
    `INSERT INTO scenario_versions (scenario_id, version, json, reason, saved_at, on_line)
     VALUES (@scenario_id, @version, @json, @reason, @saved_at, @on_line)`,
  );
  const find = db.prepare<[string, number], VersionRow>(
    'SELECT scenario_id, version, json, reason, saved_at, on_line FROM scenario_versions WHERE scenario_id = ? AND version = ?',
  );
  const previous = db.prepare<[string, number], { version: number | null }>(
    'SELECT max(version) AS version FROM scenario_versions WHERE scenario_id = ? AND on_line = 1 AND version < ?',
  );
  const next = db.prepare<[string, number], { version: number | null }>(
    'SELECT min(version) AS version FROM scenario_versions WHERE scenario_id = ? AND on_line = 1 AND version > ?',
  );
  const line = db.prepare<[string], VersionMeta>(
    `SELECT scenario_id, version, reason, saved_at, on_line FROM scenario_versions
     WHERE scenario_id = ? AND on_line = 1 ORDER BY version`,
  );
  const offLine = db.prepare<[string, number]>(
    'UPDATE scenario_versions SET on_line = 0 WHERE scenario_id = ? AND on_line = 1 AND version > ?',
  );
  const dropUnreferenced = db.prepare<[string, number]>(
    `DELETE FROM scenario_versions AS v WHERE v.scenario_id = ? AND v.on_line = 0 AND v.version > ?
     AND NOT EXISTS (SELECT 1 FROM snapshots AS s WHERE s.scenario_id = v.scenario_id AND s.version = v.version)`,
  );

  return {
    insert: (row) => void insert.run(row),
    find: (id, version) => find.get(id, version),
    previousOnLine: (id, version) => previous.get(id, version)?.version ?? undefined,
    nextOnLine: (id, version) => next.get(id, version)?.version ?? undefined,
    line: (id) => line.all(id),
    discardAfter(id, version) {
      offLine.run(id, version);
      dropUnreferenced.run(id, version);
    },
  };
}

import type Database from 'better-sqlite3';
import type { RunRecord } from './store-types';

/** A row of the `runs` table with the current version of its scenario joined in (for `stale`). */
interface RunRow {
  id: string;
  scenario_id: string;
  scenario_version: number;
  kind: RunRecord['kind'];
  seed: number | null;
  paths: number | null;
  assumptions_hash: string;
  engine_version: string;
  created_at: string;
  result_json: string;
  current_version: number;
}

/** A run as stored: everything but `stale` (computed) and `result` (still JSON text). */
export type StoredRun = Omit<RunRecord, 'stale' | 'result'> & { resultJson: string };

/** A run read back with its scenario's current version, from which the caller computes `stale`. */
export interface LoadedRun {
  run: StoredRun;
  currentVersion: number;
}

/** The `runs` table: saved projection and stress runs with the identity of their inputs. */
export interface RunRepository {
  insert(run: StoredRun): void;
  find(id: string): LoadedRun | undefined;
  list(scenarioId: string): LoadedRun[];
}

function toLoaded(row: RunRow): LoadedRun {
  return {
    run: {
      id: row.id,
      scenarioId: row.scenario_id,
      scenarioVersion: row.scenario_version,
      kind: row.kind,
      seed: row.seed,
      paths: row.paths,
      assumptionsHash: row.assumptions_hash,
      engineVersion: row.engine_version,
      createdAt: row.created_at,
      resultJson: row.result_json,
    },
    currentVersion: row.current_version,
  };
}

const SELECT = `SELECT r.id, r.scenario_id, r.scenario_version, r.kind, r.seed, r.paths, r.assumptions_hash,
  r.engine_version, r.created_at, r.result_json, s.current_version
  FROM runs AS r JOIN scenarios AS s ON s.id = r.scenario_id`;

/** Prepares the statements of the runs table once per connection. */
export function createRunRepository(db: Database.Database): RunRepository {
  const insert = db.prepare<[StoredRun]>(
    `INSERT INTO runs (id, scenario_id, scenario_version, kind, seed, paths, assumptions_hash, engine_version, created_at, result_json)
     VALUES (@id, @scenarioId, @scenarioVersion, @kind, @seed, @paths, @assumptionsHash, @engineVersion, @createdAt, @resultJson)`,
  );
  const find = db.prepare<[string], RunRow>(`${SELECT} WHERE r.id = ?`);
  const list = db.prepare<[string], RunRow>(`${SELECT} WHERE r.scenario_id = ? ORDER BY r.created_at DESC, r.rowid DESC`);

  return {
    insert: (run) => void insert.run(run),
    find: (id) => {
      const row = find.get(id);
      return row ? toLoaded(row) : undefined;
    },
    list: (scenarioId) => list.all(scenarioId).map(toLoaded),
  };
}

import type Database from 'better-sqlite3';
import type { SnapshotInfo } from './store-types';

interface SnapshotRow {
  id: string;
  scenario_id: string;
  version: number;
  label: string;
  created_at: string;
}

function toInfo(row: SnapshotRow): SnapshotInfo {
  return { id: row.id, scenarioId: row.scenario_id, label: row.label, version: row.version, createdAt: row.created_at };
}

/** The `snapshots` table: a label on one version of a scenario (the version row is kept while referenced). */
export interface SnapshotRepository {
  insert(info: SnapshotInfo): void;
  find(id: string): SnapshotInfo | undefined;
  list(scenarioId: string): SnapshotInfo[];
}

/** Prepares the statements of the snapshots table once per connection. */
export function createSnapshotRepository(db: Database.Database): SnapshotRepository {
  const insert = db.prepare<[string, string, number, string, string]>(
    'INSERT INTO snapshots (id, scenario_id, version, label, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const find = db.prepare<[string], SnapshotRow>('SELECT id, scenario_id, version, label, created_at FROM snapshots WHERE id = ?');
  const list = db.prepare<[string], SnapshotRow>(
    'SELECT id, scenario_id, version, label, created_at FROM snapshots WHERE scenario_id = ? ORDER BY created_at, rowid',
  );

  return {
    insert: (s) => void insert.run(s.id, s.scenarioId, s.version, s.label, s.createdAt),
    find: (id) => {
      const row = find.get(id);
      return row ? toInfo(row) : undefined;
    },
    list: (scenarioId) => list.all(scenarioId).map(toInfo),
  };
}

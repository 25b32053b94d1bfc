import type { Migration } from './migration-types';

/**
 * Schema 2: labelled snapshots and saved runs, plus `on_line` on versions.
 * `on_line = 1` marks the versions on the undo/redo line; a new edit after undo takes the redo tail off the line
 * (and deletes it unless a snapshot still refers to it). Every version of a schema-1 database was on the line.
 */
export const migration002: Migration = {
  version: 2,
  name: 'snapshots-runs',
  sql: `
    ALTER TABLE scenario_versions ADD COLUMN on_line INTEGER NOT NULL DEFAULT 1 CHECK (on_line IN (0, 1));

    CREATE TABLE snapshots (
      id TEXT PRIMARY KEY NOT NULL,
      scenario_id TEXT NOT NULL REFERENCES scenarios (id),
      version INTEGER NOT NULL,
      label TEXT NOT NULL,
      created_at TEXT NOT NULL,
      FOREIGN KEY (scenario_id, version) REFERENCES scenario_versions (scenario_id, version)
    ) STRICT;
    CREATE INDEX snapshots_by_version ON snapshots (scenario_id, version);

    CREATE TABLE runs (
      id TEXT PRIMARY KEY NOT NULL,
      scenario_id TEXT NOT NULL REFERENCES scenarios (id),
      scenario_version INTEGER NOT NULL CHECK (scenario_version >= 1),
      kind TEXT NOT NULL CHECK (kind IN ('projection', 'stress')),
      seed INTEGER,
      paths INTEGER CHECK (paths IS NULL OR paths >= 1),
      assumptions_hash TEXT NOT NULL,
      engine_version TEXT NOT NULL,
      created_at TEXT NOT NULL,
      result_json TEXT NOT NULL
    ) STRICT;
    CREATE INDEX runs_by_scenario ON runs (scenario_id, created_at);
  `,
};

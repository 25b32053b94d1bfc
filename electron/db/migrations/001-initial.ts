import type { Migration } from './migration-types';

/**
 * Schema 1: the seed plan, scenarios with their save history, and settings.
 * A scenario row points at its current version; the pointer is checked at commit (deferred foreign key)
 * so a scenario and its first version can be inserted in one transaction.
 */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  sql: `
    CREATE TABLE plans (
      id TEXT PRIMARY KEY NOT NULL,
      content_hash TEXT NOT NULL,
      json TEXT NOT NULL,
      stored_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE scenarios (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL,
      current_version INTEGER NOT NULL CHECK (current_version >= 1),
      last_version INTEGER NOT NULL CHECK (last_version >= current_version),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT,
      FOREIGN KEY (id, current_version) REFERENCES scenario_versions (scenario_id, version)
        DEFERRABLE INITIALLY DEFERRED
    ) STRICT;

    CREATE TABLE scenario_versions (
      scenario_id TEXT NOT NULL REFERENCES scenarios (id) DEFERRABLE INITIALLY DEFERRED,
      version INTEGER NOT NULL CHECK (version >= 1),
      json TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('create', 'edit', 'rename', 'undo', 'redo', 'restore-snapshot', 'import')),
      saved_at TEXT NOT NULL,
      PRIMARY KEY (scenario_id, version)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY NOT NULL,
      json TEXT NOT NULL
    ) STRICT;
  `,
};

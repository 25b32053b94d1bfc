import type Database from 'better-sqlite3';
import type { PlanRepository } from './plan-repository';
import type { RunRepository } from './run-repository';
import type { ScenarioRepository } from './scenario-repository';
import type { SettingsRepository } from './settings-repository';
import type { SnapshotRepository } from './snapshot-repository';
import type { VersionRepository } from './version-repository';
import { createPlanRepository } from './plan-repository';
import { createRunRepository } from './run-repository';
import { createScenarioRepository } from './scenario-repository';
import { createSettingsRepository } from './settings-repository';
import { createSnapshotRepository } from './snapshot-repository';
import { createVersionRepository } from './version-repository';

/** One open connection with a repository per table, and the injectable clock and id source. */
export interface StoreContext {
  db: Database.Database;
  plans: PlanRepository;
  scenarios: ScenarioRepository;
  versions: VersionRepository;
  snapshots: SnapshotRepository;
  runs: RunRepository;
  settings: SettingsRepository;
  /** Current time as ISO-8601 UTC. */
  now: () => string;
  newId: () => string;
  /** Runs `fn` in one IMMEDIATE transaction (takes the write lock up front, so no busy upgrade mid-way). */
  write: <T>(fn: () => T) => T;
}

/** Prepares every repository's statements on `db` (schema must be at the latest version). */
export function createStoreContext(db: Database.Database, now: () => Date, newId: () => string): StoreContext {
  return {
    db,
    plans: createPlanRepository(db),
    scenarios: createScenarioRepository(db),
    versions: createVersionRepository(db),
    snapshots: createSnapshotRepository(db),
    runs: createRunRepository(db),
    settings: createSettingsRepository(db),
    now: () => now().toISOString(),
    newId,
    write: (fn) => db.transaction(fn).immediate(),
  };
}

import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';

/** A scenario row as the store returns it. `version` counts saves (1 = created); timestamps are ISO-8601 UTC. */
export interface ScenarioRecord {
  id: string;
  name: string;
  scenario: Scenario;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  canUndo: boolean;
  canRedo: boolean;
}

/** One line of a scenario's save history. */
export interface VersionInfo {
  version: number;
  savedAt: string;
  reason: 'create' | 'edit' | 'rename' | 'undo' | 'redo' | 'restore-snapshot' | 'import';
  current: boolean;
}

/** A labelled snapshot of a scenario. */
export interface SnapshotInfo {
  id: string;
  scenarioId: string;
  label: string;
  version: number;
  createdAt: string;
}

/** A saved stress or projection run: inputs identity plus its result as JSON. */
export interface RunRecord {
  id: string;
  scenarioId: string;
  scenarioVersion: number;
  kind: 'projection' | 'stress';
  seed: number | null;
  paths: number | null;
  assumptionsHash: string;
  engineVersion: string;
  createdAt: string;
  result: unknown;
  stale: boolean;
}

/** A backup file in the backups folder. */
export interface BackupInfo {
  name: string;
  createdAt: string;
  bytes: number;
}

/** How opening the database went; `recovered` when a damaged file was moved aside. */
export type OpenOutcome =
  | { status: 'ok'; migratedFrom: number | null; backupPath: string | null }
  | { status: 'recovered'; movedTo: string; reason: string; latestBackup: BackupInfo | null };

/** Errors the store throws carry a code the API maps to `{code, message}`; never SQL or stack traces. */
export class StoreError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'CONFLICT' | 'TOO_NEW' | 'DAMAGED' | 'INVALID' | 'IO',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

/** The store's operations; every write is one transaction and durable (synchronous=FULL) when it returns. */
export interface Store {
  readonly outcome: OpenOutcome;
  readonly path: string;
  /** The folder of rolling backups (absolute). */
  readonly backupDir: string;
  /** How many backups are kept; writing one more deletes the oldest. */
  readonly keepBackups: number;
  getPlan(): Plan;
  listScenarios(opts?: { includeDeleted?: boolean }): ScenarioRecord[];
  getScenario(id: string): ScenarioRecord;
  createScenario(input: { name: string; scenario: Scenario; reason?: 'create' | 'import' }): ScenarioRecord;
  /** Saves a new version; `expectedVersion` guards against overwriting a newer save (CONFLICT). Clears redo. */
  updateScenario(id: string, scenario: Scenario, opts?: { expectedVersion?: number }): ScenarioRecord;
  renameScenario(id: string, name: string): ScenarioRecord;
  cloneScenario(id: string, name?: string): ScenarioRecord;
  /** Soft delete; `restoreScenario` brings it back. */
  deleteScenario(id: string): ScenarioRecord;
  restoreScenario(id: string): ScenarioRecord;
  undo(id: string): ScenarioRecord;
  redo(id: string): ScenarioRecord;
  history(id: string): VersionInfo[];
  snapshot(id: string, label: string): SnapshotInfo;
  listSnapshots(id: string): SnapshotInfo[];
  restoreSnapshot(snapshotId: string): ScenarioRecord;
  saveRun(run: Omit<RunRecord, 'id' | 'createdAt' | 'stale'>): RunRecord;
  listRuns(scenarioId: string): RunRecord[];
  getRun(id: string): RunRecord;
  getSettings(): Record<string, unknown>;
  setSettings(patch: Record<string, unknown>): Record<string, unknown>;
  backup(): BackupInfo;
  listBackups(): BackupInfo[];
  /** Replaces the live database with a backup (after backing up the current one). */
  restoreBackup(name: string): OpenOutcome;
  close(): void;
}

/** Options for opening the store; `now` and `newId` are injectable for tests. */
export interface OpenStoreOptions {
  path: string;
  plan: Plan;
  backupDir?: string;
  keepBackups?: number;
  now?: () => Date;
  newId?: () => string;
}

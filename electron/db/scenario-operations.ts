import type { Scenario } from '../../shared/scenario/scenario-schema';
import { canonicalJson } from './canonical-json';
import { acceptScenario, readStoredScenario } from './scenario-codec';
import type { ScenarioRow } from './scenario-repository';
import type { StoreContext } from './store-context';
import { StoreError, type ScenarioRecord, type SnapshotInfo, type Store, type VersionInfo } from './store-types';

const MAX_NAME = 200;
const CLONE_SUFFIX = ' 副本';

/** The scenario, version history and snapshot operations of the Store, each write in one transaction. */
export type ScenarioOperations = Pick<
  Store,
  | 'listScenarios'
  | 'getScenario'
  | 'createScenario'
  | 'updateScenario'
  | 'renameScenario'
  | 'cloneScenario'
  | 'deleteScenario'
  | 'restoreScenario'
  | 'undo'
  | 'redo'
  | 'history'
  | 'snapshot'
  | 'listSnapshots'
  | 'restoreSnapshot'
>;

/** "name 副本", shortened so the result stays within the 200-character name limit. */
export function cloneName(name: string): string {
  return name.slice(0, MAX_NAME - CLONE_SUFFIX.length) + CLONE_SUFFIX;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Builds the scenario operations over one store context. */
export function createScenarioOperations(ctx: StoreContext): ScenarioOperations {
  const { scenarios, versions, snapshots } = ctx;

  const requireRow = (id: string): ScenarioRow => {
    const row = typeof id === 'string' ? scenarios.find(id) : undefined;
    if (!row) throw new StoreError('NOT_FOUND', `Scenario ${String(id)} does not exist.`);
    return row;
  };
  const requireLive = (id: string): ScenarioRow => {
    const row = requireRow(id);
    if (row.deleted_at !== null) throw new StoreError('CONFLICT', `Scenario "${row.name}" is deleted; restore it first.`);
    return row;
  };
  const scenarioAt = (row: ScenarioRow, version: number): Scenario => {
    const v = versions.find(row.id, version);
    if (!v) throw new StoreError('DAMAGED', `Scenario "${row.name}" (${row.id}) has lost its version ${String(version)}.`);
    return readStoredScenario(v.json, row, version);
  };
  const toRecord = (row: ScenarioRow): ScenarioRecord => ({
    id: row.id,
    name: row.name,
    scenario: scenarioAt(row, row.current_version),
    version: row.current_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    canUndo: versions.previousOnLine(row.id, row.current_version) !== undefined,
    canRedo: versions.nextOnLine(row.id, row.current_version) !== undefined,
  });
  /** Saves `scenario` as a new version after the current one, dropping the redo tail. */
  const saveVersion = (row: ScenarioRow, scenario: Scenario, reason: VersionInfo['reason']): ScenarioRecord => {
    const at = ctx.now();
    const version = row.last_version + 1;
    versions.discardAfter(row.id, row.current_version);
    versions.insert({ scenario_id: row.id, version, json: JSON.stringify(scenario), reason, saved_at: at, on_line: 1 });
    scenarios.saved(row.id, version, scenario.name, at);
    return toRecord(requireRow(row.id));
  };
  const insertNew = (scenario: Scenario, reason: 'create' | 'import'): ScenarioRecord => {
    const at = ctx.now();
    const id = ctx.newId();
    scenarios.insert({ id, name: scenario.name, current_version: 1, last_version: 1, created_at: at, updated_at: at, deleted_at: null });
    versions.insert({ scenario_id: id, version: 1, json: JSON.stringify(scenario), reason, saved_at: at, on_line: 1 });
    return toRecord(requireRow(id));
  };
  const move = (id: string, pick: (row: ScenarioRow) => number | undefined, none: string): ScenarioRecord =>
    ctx.write(() => {
      const row = requireLive(id);
      const target = pick(row);
      if (target === undefined) throw new StoreError('CONFLICT', `${none} for scenario "${row.name}".`);
      scenarios.point(row.id, target, scenarioAt(row, target).name, ctx.now());
      return toRecord(requireRow(id));
    });

  return {
    listScenarios: (opts) => scenarios.list(opts?.includeDeleted === true).map(toRecord),
    getScenario: (id) => toRecord(requireRow(id)),
    createScenario(input) {
      if (!isPlainObject(input) || !isPlainObject(input.scenario)) {
        throw new StoreError('INVALID', 'scenario: an object with the scenario is required.');
      }
      const reason = input.reason ?? 'create';
      if (reason !== 'create' && reason !== 'import') throw new StoreError('INVALID', 'reason: "create" or "import".');
      const scenario = acceptScenario({ ...input.scenario, name: input.name });
      return ctx.write(() => insertNew(scenario, reason));
    },
    updateScenario(id, input, opts) {
      const scenario = acceptScenario(input);
      return ctx.write(() => {
        const row = requireLive(id);
        const expected = opts?.expectedVersion;
        if (expected !== undefined && expected !== row.current_version) {
          throw new StoreError(
            'CONFLICT',
            `Scenario "${row.name}" changed elsewhere: it is at version ${String(row.current_version)}, not ${String(expected)}.`,
          );
        }
        if (canonicalJson(scenarioAt(row, row.current_version)) === canonicalJson(scenario)) return toRecord(row);
        return saveVersion(row, scenario, 'edit');
      });
    },
    renameScenario(id, name) {
      return ctx.write(() => {
        const row = requireLive(id);
        const current = scenarioAt(row, row.current_version);
        const renamed = acceptScenario({ ...current, name });
        if (renamed.name === current.name) return toRecord(row);
        return saveVersion(row, renamed, 'rename');
      });
    },
    cloneScenario(id, name) {
      return ctx.write(() => {
        const row = requireRow(id);
        const source = scenarioAt(row, row.current_version);
        return insertNew(acceptScenario({ ...source, name: name ?? cloneName(source.name) }), 'create');
      });
    },
    deleteScenario(id) {
      return ctx.write(() => {
        const row = requireRow(id);
        if (row.deleted_at === null) scenarios.setDeleted(row.id, ctx.now(), ctx.now());
        return toRecord(requireRow(id));
      });
    },
    restoreScenario(id) {
      return ctx.write(() => {
        const row = requireRow(id);
        if (row.deleted_at !== null) scenarios.setDeleted(row.id, null, ctx.now());
        return toRecord(requireRow(id));
      });
    },
    undo: (id) => move(id, (row) => versions.previousOnLine(row.id, row.current_version), 'Nothing to undo'),
    redo: (id) => move(id, (row) => versions.nextOnLine(row.id, row.current_version), 'Nothing to redo'),
    history(id) {
      const row = requireRow(id);
      return versions.line(row.id).map((v) => ({
        version: v.version,
        savedAt: v.saved_at,
        reason: v.reason,
        current: v.version === row.current_version,
      }));
    },
    snapshot(id, label) {
      const text = typeof label === 'string' ? label.trim() : '';
      if (text.length === 0 || text.length > MAX_NAME) throw new StoreError('INVALID', 'label: 1 to 200 characters.');
      return ctx.write(() => {
        const row = requireLive(id);
        const info: SnapshotInfo = { id: ctx.newId(), scenarioId: row.id, label: text, version: row.current_version, createdAt: ctx.now() };
        snapshots.insert(info);
        return info;
      });
    },
    listSnapshots: (id) => snapshots.list(requireRow(id).id),
    restoreSnapshot(snapshotId) {
      return ctx.write(() => {
        const snap = typeof snapshotId === 'string' ? snapshots.find(snapshotId) : undefined;
        if (!snap) throw new StoreError('NOT_FOUND', `Snapshot ${String(snapshotId)} does not exist.`);
        const row = requireLive(snap.scenarioId);
        return saveVersion(row, scenarioAt(row, snap.version), 'restore-snapshot');
      });
    },
  };
}

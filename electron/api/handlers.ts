import { fromScenarioFile, toScenarioFile } from '../../shared/api/scenario-file';
import { validateScenario } from '../../shared/engine/validate-scenario';
import { MAX_SCENARIO_FILE_BYTES, utf8Bytes } from '../../shared/export/scenario-file-text';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import type { Store } from '../db/store-types';
import { createExportHandlers } from '../export/export-handlers';
import { createFolderExportService, exportsFolderFor, type ExportService } from '../export/export-service';
import type { HandlerMap } from './handler-map';
import { importName } from './import-name';
import { PayloadError } from './payload-error';
import { baselineScenario, previousPlanScenario } from './scenario-presets';

export { dispatch } from './dispatch';
export type { Handler, HandlerMap } from './handler-map';

/**
 * What the handlers need: the open store, the app version reported by app:status, and where exports go
 * (default: the web host's `<data folder>/exports`; the desktop app passes its save-dialog service).
 */
export interface HandlerDeps {
  store: Store;
  appVersion: string;
  exports?: ExportService;
}

/**
 * Checks a scenario against the plan (unknown indicators, years outside the horizon, formula errors …) and
 * returns it without the file envelope. Throws PayloadError naming the field under `at` (e.g.
 * `scenario.indicators.gdp.growth`), which dispatch answers as INVALID_PAYLOAD.
 */
export function checkScenario(plan: Plan, scenario: Scenario, at: string): Scenario {
  const result = validateScenario(plan, scenario);
  if (result.ok) return fromScenarioFile(result.scenario);
  const first = result.issues[0];
  const path = first === undefined || first.path === '(root)' ? at : `${at}.${first.path}`;
  const more = result.issues.length > 1 ? ` (and ${result.issues.length - 1} more)` : '';
  throw new PayloadError(path, `${first?.message ?? 'does not fit the plan'}${more}`);
}

/**
 * The backend behind every channel, over one store. Writes go straight to the store (each one transaction);
 * scenarios are checked against the plan first, so the store only ever holds scenarios the engine can run.
 */
export function createHandlers(deps: HandlerDeps): HandlerMap {
  const { store } = deps;
  return {
    'plan:get': () => store.getPlan(),

    'scenario:list': (p) => store.listScenarios({ includeDeleted: p.includeDeleted ?? false }),
    'scenario:get': (p) => store.getScenario(p.id),
    'scenario:create': (p) => {
      const plan = store.getPlan();
      const start =
        p.scenario !== undefined
          ? { ...p.scenario, name: p.name }
          : p.from === 'previous-plan'
            ? previousPlanScenario(plan, p.name)
            : baselineScenario(p.name);
      return store.createScenario({ name: p.name, scenario: checkScenario(plan, start, 'scenario') });
    },
    'scenario:update': (p) =>
      store.updateScenario(p.id, checkScenario(store.getPlan(), p.scenario, 'scenario'), { expectedVersion: p.expectedVersion }),
    'scenario:rename': (p) => store.renameScenario(p.id, p.name),
    'scenario:clone': (p) => store.cloneScenario(p.id, p.name),
    'scenario:delete': (p) => store.deleteScenario(p.id),
    'scenario:restore': (p) => store.restoreScenario(p.id),
    'scenario:undo': (p) => store.undo(p.id),
    'scenario:redo': (p) => store.redo(p.id),
    'scenario:history': (p) => store.history(p.id),
    'scenario:snapshot': (p) => store.snapshot(p.id, p.label),
    'scenario:snapshots': (p) => store.listSnapshots(p.id),
    'scenario:restore-snapshot': (p) => store.restoreSnapshot(p.snapshotId),
    'scenario:import': (p) => {
      if (utf8Bytes(JSON.stringify(p.file)) > MAX_SCENARIO_FILE_BYTES) throw new PayloadError('file', 'a scenario file of at most 1 MB');
      const scenario = checkScenario(store.getPlan(), p.file, 'file');
      const name = importName(scenario.name, store.listScenarios().map((s) => s.name));
      return store.createScenario({ name, scenario: { ...scenario, name }, reason: 'import' });
    },
    'scenario:export': (p) => {
      const record = store.getScenario(p.id);
      return toScenarioFile({ ...record.scenario, name: record.name });
    },

    'run:save': (p) => store.saveRun(p),
    'run:list': (p) => store.listRuns(p.scenarioId),
    'run:get': (p) => store.getRun(p.id),

    'settings:get': () => store.getSettings(),
    'settings:set': (p) => store.setSettings(p.patch),

    'backup:create': () => store.backup(),
    'backup:list': () => store.listBackups(),
    'backup:restore': (p) => store.restoreBackup(p.name),

    'app:status': () => ({ outcome: store.outcome, dataPath: store.path, backupDir: store.backupDir, keepBackups: store.keepBackups, appVersion: deps.appVersion, planId: store.getPlan().id }),

    ...createExportHandlers(deps.exports ?? createFolderExportService(exportsFolderFor(store.path))),
  };
}

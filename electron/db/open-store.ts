import { randomUUID } from 'node:crypto';
import { existsSync, renameSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { planSchema, type Plan } from '../../shared/plan/plan-schema';
import { isBackupName, listBackupFiles, stageRestore, writeBackup } from './backup-files';
import { inspectDatabaseFile } from './file-inspection';
import { openDatabase, type DatabaseConfig, type OpenedDatabase } from './open-database';
import { createRunOperations, type RunOperations } from './run-operations';
import { describeIssues } from './scenario-codec';
import { createScenarioOperations, type ScenarioOperations } from './scenario-operations';
import { guard } from './sqlite-errors';
import { createStoreContext, type StoreContext } from './store-context';
import { StoreError, type OpenOutcome, type OpenStoreOptions, type Store } from './store-types';

/** Default number of backups kept in the backups folder. */
export const DEFAULT_KEEP_BACKUPS = 10;
/** At most one automatic backup per this many ms (one day). */
const AUTO_BACKUP_EVERY_MS = 24 * 60 * 60 * 1000;

interface Session {
  ctx: StoreContext;
  scenarioOps: ScenarioOperations;
  runOps: RunOperations;
  outcome: OpenOutcome;
}

function checkOptions(opts: OpenStoreOptions): { cfg: DatabaseConfig; plan: Plan } {
  if (typeof opts.path !== 'string' || opts.path.trim() === '') throw new StoreError('INVALID', 'path: the database file path is required.');
  const keep = opts.keepBackups ?? DEFAULT_KEEP_BACKUPS;
  if (!Number.isInteger(keep) || keep < 1) throw new StoreError('INVALID', 'keepBackups: a whole number of at least 1.');
  const parsed = planSchema.safeParse(opts.plan);
  if (!parsed.success) throw new StoreError('INVALID', `plan: the seed plan is not valid: ${describeIssues(parsed.error)}`);
  const path = resolve(opts.path);
  return {
    cfg: { path, backupDir: resolve(opts.backupDir ?? join(dirname(path), 'backups')), keepBackups: keep, now: opts.now ?? (() => new Date()) },
    plan: parsed.data,
  };
}

/** The automatic backup: when the database holds scenarios and the newest backup is a day old or more. */
function autoBackup(ctx: StoreContext, cfg: DatabaseConfig): string | null {
  if (ctx.scenarios.count() === 0) return null;
  const newest = listBackupFiles(cfg.backupDir)[0];
  const now = cfg.now().getTime();
  if (newest && now - Date.parse(newest.createdAt) < AUTO_BACKUP_EVERY_MS && Date.parse(newest.createdAt) <= now) return null;
  return join(cfg.backupDir, writeBackup(ctx.db, cfg.backupDir, 'auto', cfg.now(), cfg.keepBackups).name);
}

function startSession(cfg: DatabaseConfig, plan: Plan, newId: () => string): Session {
  const opened: OpenedDatabase = openDatabase(cfg);
  try {
    const ctx = createStoreContext(opened.db, cfg.now, newId);
    ctx.plans.storeSeed(plan, ctx.now());
    let outcome: OpenOutcome;
    if (opened.recovered) {
      outcome = { status: 'recovered', ...opened.recovered, latestBackup: listBackupFiles(cfg.backupDir)[0] ?? null };
    } else {
      const backupPath = opened.backupPath ?? autoBackup(ctx, cfg);
      outcome = { status: 'ok', migratedFrom: opened.migratedFrom, backupPath };
    }
    return { ctx, scenarioOps: createScenarioOperations(ctx), runOps: createRunOperations(ctx), outcome };
  } catch (err) {
    opened.db.close();
    throw err;
  }
}

/** Replaces the live file by a staged copy of a backup; refuses while another program still has the file open. */
function swapIn(path: string, staged: string): void {
  if (existsSync(`${path}-wal`)) {
    throw new StoreError('CONFLICT', 'The database is still open in another window or program; close it and try again.');
  }
  if (existsSync(`${path}-shm`)) unlinkSync(`${path}-shm`);
  renameSync(staged, path);
}

/**
 * Opens (creating, recovering or migrating as needed) the scenario store at `opts.path`.
 * Throws StoreError: INVALID for bad options, TOO_NEW for a file from a newer Tuiyan (left untouched),
 * IO when the file cannot be opened. A damaged file is not an error: it is moved aside and `outcome` says so.
 */
export function openStore(opts: OpenStoreOptions): Store {
  const { cfg, plan } = checkOptions(opts);
  const newId = opts.newId ?? (() => randomUUID());
  let session: Session | null = guard(() => startSession(cfg, plan, newId));
  let lastOutcome = session.outcome;

  const live = (): Session => {
    if (!session) throw new StoreError('IO', 'The store is closed.');
    return session;
  };
  const call = <T>(fn: (s: Session) => T): T => guard(() => fn(live()));

  return {
    get outcome() {
      return lastOutcome;
    },
    path: cfg.path,
    backupDir: cfg.backupDir,
    keepBackups: cfg.keepBackups,
    getPlan: () => call((s) => s.ctx.plans.get(plan.id)),
    listScenarios: (o) => call((s) => s.scenarioOps.listScenarios(o)),
    getScenario: (id) => call((s) => s.scenarioOps.getScenario(id)),
    createScenario: (input) => call((s) => s.scenarioOps.createScenario(input)),
    updateScenario: (id, scenario, o) => call((s) => s.scenarioOps.updateScenario(id, scenario, o)),
    renameScenario: (id, name) => call((s) => s.scenarioOps.renameScenario(id, name)),
    cloneScenario: (id, name) => call((s) => s.scenarioOps.cloneScenario(id, name)),
    deleteScenario: (id) => call((s) => s.scenarioOps.deleteScenario(id)),
    restoreScenario: (id) => call((s) => s.scenarioOps.restoreScenario(id)),
    undo: (id) => call((s) => s.scenarioOps.undo(id)),
    redo: (id) => call((s) => s.scenarioOps.redo(id)),
    history: (id) => call((s) => s.scenarioOps.history(id)),
    snapshot: (id, label) => call((s) => s.scenarioOps.snapshot(id, label)),
    listSnapshots: (id) => call((s) => s.scenarioOps.listSnapshots(id)),
    restoreSnapshot: (id) => call((s) => s.scenarioOps.restoreSnapshot(id)),
    saveRun: (run) => call((s) => s.runOps.saveRun(run)),
    listRuns: (id) => call((s) => s.runOps.listRuns(id)),
    getRun: (id) => call((s) => s.runOps.getRun(id)),
    getSettings: () => call((s) => s.ctx.settings.all()),
    setSettings: (patch) =>
      call((s) => {
        if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
          throw new StoreError('INVALID', 'settings: an object of key → value is required.');
        }
        s.ctx.settings.patch(patch);
        return s.ctx.settings.all();
      }),
    backup: () => call((s) => writeBackup(s.ctx.db, cfg.backupDir, 'manual', cfg.now(), cfg.keepBackups)),
    listBackups: () => call(() => listBackupFiles(cfg.backupDir)),
    restoreBackup: (name) =>
      call((s) => {
        if (typeof name !== 'string' || !isBackupName(name)) throw new StoreError('INVALID', 'name: not the name of a backup.');
        const file = join(cfg.backupDir, name);
        if (!existsSync(file)) throw new StoreError('NOT_FOUND', `The backup ${name} does not exist.`);
        const state = inspectDatabaseFile(file);
        if (state.kind === 'damaged' || state.kind === 'absent') {
          throw new StoreError('DAMAGED', `The backup ${name} cannot be restored: ${state.kind === 'damaged' ? state.reason : 'it is empty'}.`);
        }
        const staged = stageRestore(cfg.backupDir, name, cfg.path);
        try {
          writeBackup(s.ctx.db, cfg.backupDir, 'pre-restore', cfg.now(), cfg.keepBackups);
          s.ctx.db.close();
          session = null;
          swapIn(cfg.path, staged);
        } finally {
          if (existsSync(staged)) unlinkSync(staged);
          session ??= startSession(cfg, plan, newId);
        }
        lastOutcome = session.outcome;
        return lastOutcome;
      }),
    close: () => {
      if (session) session.ctx.db.close();
      session = null;
    },
  };
}

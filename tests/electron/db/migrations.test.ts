import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readSchema, readUserVersion, runMigrations } from '../../../electron/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../electron/db/migrations/index';
import { errorOf, loadSeedPlan, openTestStore, useTempDir } from './store-test-kit';

const tmp = useTempDir();

const dbPath = (): string => join(tmp.dir, 'tuiyan.sqlite');

/** Builds a database at schema `version` with the migrations alone and puts data in with plain SQL. */
function buildOldDatabase(version: number): void {
  const db = new Database(dbPath());
  db.pragma('journal_mode = WAL');
  runMigrations(db, version);
  const plan = loadSeedPlan();
  db.prepare('INSERT INTO plans (id, content_hash, json, stored_at) VALUES (?, ?, ?, ?)').run(plan.id, 'old-hash', JSON.stringify(plan), '2023-01-01T00:00:00.000Z');
  db.transaction(() => {
    db.prepare(
      `INSERT INTO scenarios (id, name, current_version, last_version, created_at, updated_at, deleted_at)
       VALUES ('s1', '旧情景', 2, 3, '2023-01-01T00:00:00.000Z', '2023-01-02T00:00:00.000Z', NULL)`,
    ).run();
    const v = db.prepare('INSERT INTO scenario_versions (scenario_id, version, json, reason, saved_at) VALUES (?, ?, ?, ?, ?)');
    v.run('s1', 1, JSON.stringify({ name: '旧情景' }), 'create', '2023-01-01T00:00:00.000Z');
    v.run('s1', 2, JSON.stringify({ name: '旧情景', indicators: { gdp: { growth: 0.05 } } }), 'edit', '2023-01-02T00:00:00.000Z');
    v.run('s1', 3, JSON.stringify({ name: '旧情景', indicators: { gdp: { growth: 0.07 } } }), 'edit', '2023-01-03T00:00:00.000Z');
  })();
  db.prepare('INSERT INTO settings (key, json) VALUES (?, ?)').run('language', JSON.stringify('zh-CN'));
  db.close();
}

describe('migrations', () => {
  it('creates the latest schema in an empty folder and in a zero-byte file', () => {
    const a = openTestStore(tmp.dir);
    expect(a.outcome).toEqual({ status: 'ok', migratedFrom: 0, backupPath: null });
    a.close();
    const db = new Database(dbPath(), { readonly: true });
    expect(readUserVersion(db)).toBe(MIGRATIONS.length);
    expect([...readSchema(db).keys()].sort()).toEqual(['plans', 'runs', 'scenario_versions', 'scenarios', 'settings', 'snapshots']);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();

    const nested = openTestStore(join(tmp.dir, 'not', 'yet', 'there'));
    expect(nested.outcome.status).toBe('ok');
    nested.close();
    writeFileSync(join(tmp.dir, 'zero.sqlite'), Buffer.alloc(0));
    const c = openTestStore(tmp.dir, { path: join(tmp.dir, 'zero.sqlite') });
    expect(c.outcome).toEqual({ status: 'ok', migratedFrom: 0, backupPath: null });
    expect(c.listScenarios()).toEqual([]);
    c.close();
  });

  const earlier = Array.from({ length: LATEST_SCHEMA_VERSION - 1 }, (_, i) => i + 1);
  it.each(earlier)('upgrades a schema-%i database with its data, after backing it up', (version) => {
    buildOldDatabase(version);
    const store = openTestStore(tmp.dir);
    const outcome = store.outcome;
    expect(outcome.status).toBe('ok');
    if (outcome.status !== 'ok') return;
    expect(outcome.migratedFrom).toBe(version);
    expect(outcome.backupPath).not.toBeNull();

    const rec = store.getScenario('s1');
    expect(rec.name).toBe('旧情景');
    expect(rec.version).toBe(2);
    expect(rec.scenario.indicators?.gdp?.growth).toBe(0.05);
    expect(rec.canUndo).toBe(true);
    expect(rec.canRedo).toBe(true);
    expect(store.history('s1').map((h) => h.version)).toEqual([1, 2, 3]);
    expect(store.redo('s1').scenario.indicators?.gdp?.growth).toBe(0.07);
    expect(store.getSettings()).toEqual({ language: 'zh-CN' });
    // The seed's real hash differs from 'old-hash', so the plan row is rewritten with the seed.
    expect(store.getPlan()).toEqual(loadSeedPlan());
    // Tables of later schemas work with the old rows.
    const snap = store.snapshot('s1', 'after upgrade');
    expect(snap.version).toBe(3);
    const run = store.saveRun({ scenarioId: 's1', scenarioVersion: 3, kind: 'projection', seed: null, paths: null, assumptionsHash: 'h', engineVersion: '1', result: { ok: 1 } });
    expect(run.stale).toBe(false);
    store.close();

    const upgraded = new Database(dbPath(), { readonly: true });
    expect(readUserVersion(upgraded)).toBe(LATEST_SCHEMA_VERSION);
    upgraded.close();
    // The backup is the database as it was before the upgrade.
    const backupPath = outcome.backupPath ?? '';
    expect(existsSync(backupPath)).toBe(true);
    const old = new Database(backupPath, { readonly: true });
    expect(readUserVersion(old)).toBe(version);
    expect(old.prepare('SELECT count(*) AS n FROM scenario_versions').get()).toEqual({ n: 3 });
    old.close();
  });

  it('runs all steps in one transaction: a failing step leaves the old schema untouched', () => {
    const db = new Database(dbPath());
    runMigrations(db, 1);
    db.exec('CREATE TABLE runs (x INTEGER) STRICT'); // makes migration 2 fail half-way
    expect(() => runMigrations(db)).toThrow();
    expect(readUserVersion(db)).toBe(1);
    const cols = readSchema(db).get('scenario_versions') ?? [];
    expect(cols).not.toContain('on_line');
    expect(readSchema(db).has('snapshots')).toBe(false);
    db.close();
  });

  it.each([LATEST_SCHEMA_VERSION + 1, 999])('refuses a schema-%i database with TOO_NEW and leaves the folder byte-identical', (version) => {
    const store = openTestStore(tmp.dir);
    store.createScenario({ name: 'future', scenario: { name: 'future' } });
    store.close();
    const raw = new Database(dbPath());
    raw.pragma(`user_version = ${String(version)}`);
    raw.close();
    const before = readFileSync(dbPath());
    const listing = readdirSync(tmp.dir, { recursive: true }).sort();

    const caught = errorOf(() => openTestStore(tmp.dir));
    expect(caught.code).toBe('TOO_NEW');
    expect(caught.message).toContain(String(version));
    expect(caught.message).not.toMatch(/SELECT|PRAGMA|at .*\.ts/);
    expect(readFileSync(dbPath()).equals(before)).toBe(true);
    expect(readdirSync(tmp.dir, { recursive: true }).sort()).toEqual(listing);
  });
});

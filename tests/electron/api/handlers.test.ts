import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempStore, type TempStore } from './temp-store';
import { join } from 'node:path';
import { fails, ok } from './api-call';

let t: TempStore;
beforeEach(() => {
  t = openTempStore();
});
afterEach(() => t.cleanup());

describe('scenario round-trips through dispatch', () => {
  it('creates from the baseline, lists and gets it', async () => {
    const created = await ok(t.handlers, 'scenario:create', { name: '  基线  ' });
    expect(created).toMatchObject({ name: '基线', version: 1, scenario: { name: '基线' }, deletedAt: null, canUndo: false, canRedo: false });
    expect(created.scenario.indicators).toBeUndefined();
    const list = await ok(t.handlers, 'scenario:list', {});
    expect(list.map((s) => s.id)).toEqual([created.id]);
    expect(await ok(t.handlers, 'scenario:get', { id: created.id })).toEqual(created);
  });

  it('creates from the previous plan with the 13th plan achieved growth rates (表1)', async () => {
    const created = await ok(t.handlers, 'scenario:create', { name: 'P', from: 'previous-plan' });
    // 表1 “十三五”主要指标完成情况: GDP 6.6 %, 财税总收入 5.2 %, 地方财政收入 8.8 % average annual growth.
    expect(created.scenario.indicators).toEqual({
      gdp: { growth: 0.066 },
      'fiscal-revenue-total': { growth: 0.052 },
      'local-fiscal-revenue': { growth: 0.088 },
    });
  });

  it('creates from a given scenario under the given name', async () => {
    const created = await ok(t.handlers, 'scenario:create', { name: 'N', scenario: { name: 'ignored', indicators: { gdp: { growth: 0.05 } } } });
    expect(created.scenario).toEqual({ name: 'N', indicators: { gdp: { growth: 0.05 } } });
    expect((await fails(t.handlers, 'scenario:create', { name: 'N', scenario: { name: 'x' }, from: 'baseline' })).path).toBe('from');
  });

  it('updates with a version guard, undoes and redoes', async () => {
    const v1 = await ok(t.handlers, 'scenario:create', { name: 'U' });
    const v2 = await ok(t.handlers, 'scenario:update', { id: v1.id, scenario: { name: 'U', indicators: { gdp: { growth: 0.08 } } }, expectedVersion: 1 });
    expect(v2).toMatchObject({ version: 2, canUndo: true, canRedo: false });
    const stale = await fails(t.handlers, 'scenario:update', { id: v1.id, scenario: { name: 'U', horizon: 2030 }, expectedVersion: 1 });
    expect(stale.code).toBe('CONFLICT');
    const undone = await ok(t.handlers, 'scenario:undo', { id: v1.id });
    expect(undone).toMatchObject({ version: 1, scenario: { name: 'U' }, canUndo: false, canRedo: true });
    expect(undone.scenario.indicators).toBeUndefined();
    const redone = await ok(t.handlers, 'scenario:redo', { id: v1.id });
    expect(redone).toMatchObject({ version: 2, scenario: { indicators: { gdp: { growth: 0.08 } } }, canRedo: false });
    expect((await fails(t.handlers, 'scenario:redo', { id: v1.id })).code).toBe('CONFLICT');
    const history = await ok(t.handlers, 'scenario:history', { id: v1.id });
    expect(history.map((h) => [h.version, h.reason, h.current])).toEqual([
      [1, 'create', false],
      [2, 'edit', true],
    ]);
  });

  it('refuses a scenario that does not fit the plan, naming the field', async () => {
    const s = await ok(t.handlers, 'scenario:create', { name: 'F' });
    const unknown = await fails(t.handlers, 'scenario:update', { id: s.id, scenario: { name: 'F', indicators: { nope: { growth: 0.1 } } }, expectedVersion: 1 });
    expect(unknown).toMatchObject({ code: 'INVALID_PAYLOAD', path: 'scenario.indicators.nope' });
    const year = await fails(t.handlers, 'scenario:update', { id: s.id, scenario: { name: 'F', indicators: { gdp: { actuals: { '2019': 1 } } } }, expectedVersion: 1 });
    expect(year).toMatchObject({ code: 'INVALID_PAYLOAD', path: 'scenario.indicators.gdp.actuals.2019' });
    const typed = await fails(t.handlers, 'scenario:update', { id: s.id, scenario: { name: 'F', indicators: { gdp: { growth: '7%' } } }, expectedVersion: 1 });
    expect(typed).toMatchObject({ code: 'INVALID_PAYLOAD', path: 'scenario.indicators.gdp.growth' });
    expect(typed.message).toMatch(/^scenario\.indicators\.gdp\.growth: .*number/);
    expect((await ok(t.handlers, 'scenario:get', { id: s.id })).version).toBe(1);
  });

  it('renames, clones, deletes and restores', async () => {
    const s = await ok(t.handlers, 'scenario:create', { name: 'A', scenario: { name: 'A', horizon: 2030 } });
    const renamed = await ok(t.handlers, 'scenario:rename', { id: s.id, name: 'B' });
    expect(renamed).toMatchObject({ name: 'B', version: 2, scenario: { name: 'B', horizon: 2030 } });
    const clone = await ok(t.handlers, 'scenario:clone', { id: s.id, name: 'C' });
    expect(clone.id).not.toBe(s.id);
    expect(clone).toMatchObject({ name: 'C', version: 1, scenario: { name: 'C', horizon: 2030 } });
    const deleted = await ok(t.handlers, 'scenario:delete', { id: s.id });
    expect(deleted.deletedAt).not.toBeNull();
    expect((await ok(t.handlers, 'scenario:list', {})).map((r) => r.name)).toEqual(['C']);
    expect((await ok(t.handlers, 'scenario:list', { includeDeleted: true })).map((r) => r.name).sort()).toEqual(['B', 'C']);
    expect((await ok(t.handlers, 'scenario:restore', { id: s.id })).deletedAt).toBeNull();
    expect((await fails(t.handlers, 'scenario:get', { id: 'does-not-exist' })).code).toBe('NOT_FOUND');
  });

  it('takes snapshots and restores one as a new version', async () => {
    const s = await ok(t.handlers, 'scenario:create', { name: 'S', scenario: { name: 'S', indicators: { gdp: { growth: 0.06 } } } });
    const snap = await ok(t.handlers, 'scenario:snapshot', { id: s.id, label: ' 方案一 ' });
    expect(snap).toMatchObject({ scenarioId: s.id, label: '方案一', version: 1 });
    await ok(t.handlers, 'scenario:update', { id: s.id, scenario: { name: 'S', indicators: { gdp: { growth: 0.09 } } }, expectedVersion: 1 });
    expect((await ok(t.handlers, 'scenario:snapshots', { id: s.id })).map((x) => x.id)).toEqual([snap.id]);
    const restored = await ok(t.handlers, 'scenario:restore-snapshot', { snapshotId: snap.id });
    expect(restored).toMatchObject({ version: 3, scenario: { indicators: { gdp: { growth: 0.06 } } } });
    expect((await ok(t.handlers, 'scenario:history', { id: s.id })).map((h) => h.reason)).toEqual(['create', 'edit', 'restore-snapshot']);
  });

  it('exports a file and imports it back as a new scenario with " (导入)" when the name is taken', async () => {
    const s = await ok(t.handlers, 'scenario:create', { name: '出口', scenario: { name: '出口', parameters: { k: 2 }, indicators: { gdp: { formula: 'prev * (1 + k / 100)' } } } });
    const file = await ok(t.handlers, 'scenario:export', { id: s.id });
    expect(file).toEqual({ kind: 'tuiyan-scenario', schemaVersion: 1, name: '出口', parameters: { k: 2 }, indicators: { gdp: { formula: 'prev * (1 + k / 100)' } } });
    const first = await ok(t.handlers, 'scenario:import', { file });
    expect(first.id).not.toBe(s.id);
    expect(first).toMatchObject({ name: '出口 (导入)', version: 1, scenario: { name: '出口 (导入)', parameters: { k: 2 } } });
    expect(first.scenario.kind).toBeUndefined();
    const second = await ok(t.handlers, 'scenario:import', { file });
    expect(second.name).toBe('出口 (导入 2)');
    const fresh = await ok(t.handlers, 'scenario:import', { file: { name: '新名字' } });
    expect(fresh.name).toBe('新名字');
    expect((await ok(t.handlers, 'scenario:history', { id: fresh.id }))[0]?.reason).toBe('import');
    const newer = await fails(t.handlers, 'scenario:import', { file: { ...file, schemaVersion: 2 } });
    expect(newer).toMatchObject({ code: 'INVALID_PAYLOAD', path: 'file.schemaVersion' });
  });
});

describe('runs, settings, backups and status through dispatch', () => {
  it('saves and reads a run', async () => {
    const s = await ok(t.handlers, 'scenario:create', { name: 'R' });
    const run = await ok(t.handlers, 'run:save', {
      scenarioId: s.id, scenarioVersion: 1, kind: 'stress', seed: 7, paths: 500, assumptionsHash: 'h1', engineVersion: '1', result: { p50: [1.5, 2.5] },
    });
    expect(run).toMatchObject({ scenarioId: s.id, kind: 'stress', seed: 7, paths: 500, stale: false, result: { p50: [1.5, 2.5] } });
    expect((await ok(t.handlers, 'run:list', { scenarioId: s.id })).map((r) => r.id)).toEqual([run.id]);
    expect(await ok(t.handlers, 'run:get', { id: run.id })).toEqual(run);
  });

  it('keeps settings: language and free keys', async () => {
    const set = await ok(t.handlers, 'settings:set', { patch: { language: 'en', 'chart.showTargets': true } });
    expect(set).toMatchObject({ language: 'en', 'chart.showTargets': true });
    expect(await ok(t.handlers, 'settings:get', {})).toMatchObject({ language: 'en', 'chart.showTargets': true });
    expect(await fails(t.handlers, 'settings:set', { patch: { language: 'fr' } })).toMatchObject({ code: 'INVALID_PAYLOAD', path: 'patch.language' });
    expect(await fails(t.handlers, 'settings:set', { patch: { 'Bad Key': 1 } })).toMatchObject({ code: 'INVALID_PAYLOAD', path: 'patch.Bad Key' });
  });

  it('creates, lists and restores a backup', async () => {
    const s = await ok(t.handlers, 'scenario:create', { name: 'before backup' });
    const backup = await ok(t.handlers, 'backup:create', {});
    expect(backup.bytes).toBeGreaterThan(0);
    expect((await ok(t.handlers, 'backup:list', {})).map((b) => b.name)).toContain(backup.name);
    await ok(t.handlers, 'scenario:delete', { id: s.id });
    await ok(t.handlers, 'scenario:create', { name: 'after backup' });
    const outcome = await ok(t.handlers, 'backup:restore', { name: backup.name });
    expect(outcome.status).toBe('ok');
    expect((await ok(t.handlers, 'scenario:list', {})).map((r) => r.name)).toEqual(['before backup']);
    expect(await fails(t.handlers, 'backup:restore', { name: '../tuiyan.db' })).toMatchObject({ code: 'INVALID_PAYLOAD', path: 'name' });
  });

  it('reports the app status and the plan', async () => {
    const status = await ok(t.handlers, 'app:status', {});
    expect(status).toEqual({ outcome: { status: 'ok', migratedFrom: expect.anything(), backupPath: null }, dataPath: t.dbPath, backupDir: join(t.dir, 'backups'), keepBackups: 10, appVersion: '9.9.9-test', planId: 'chedun-14th' });
    const plan = await ok(t.handlers, 'plan:get', {});
    expect(plan.town.zh).toBe('车墩镇');
    expect(plan.indicators).toHaveLength(11);
  });
});

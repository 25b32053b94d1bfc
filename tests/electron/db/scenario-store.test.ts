import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../../shared/scenario/scenario-schema';
import { codeOf, errorOf, openTestStore, useTestStore } from './store-test-kit';

const t = useTestStore();

const withGrowth = (name: string, growth: number): Scenario => ({ name, indicators: { gdp: { growth } } });

describe('scenario store', () => {
  it('creates, lists and reads scenarios; the given name wins over the one inside the scenario', () => {
    const a = t.store.createScenario({ name: '基准', scenario: withGrowth('ignored', 0.07) });
    expect(a.name).toBe('基准');
    expect(a.scenario).toEqual({ name: '基准', indicators: { gdp: { growth: 0.07 } } });
    expect(a.version).toBe(1);
    expect(a.canUndo).toBe(false);
    expect(a.canRedo).toBe(false);
    const b = t.store.createScenario({ name: '悲观', scenario: withGrowth('悲观', 0.03), reason: 'import' });
    expect(t.store.listScenarios().map((r) => r.id)).toEqual([a.id, b.id]);
    expect(t.store.history(b.id)).toEqual([{ version: 1, savedAt: b.createdAt, reason: 'import', current: true }]);
    expect(t.store.getScenario(a.id)).toEqual(a);
  });

  it('undoes and redoes across closing and reopening', () => {
    const { id } = t.store.createScenario({ name: 's', scenario: withGrowth('s', 0.01) });
    t.store.updateScenario(id, withGrowth('s', 0.02));
    t.store.updateScenario(id, withGrowth('s', 0.03));
    expect(t.store.undo(id).scenario.indicators?.gdp?.growth).toBe(0.02);
    t.store.close();

    t.store = openTestStore(t.dir);
    let rec = t.store.getScenario(id);
    expect(rec.version).toBe(2);
    expect(rec.canUndo).toBe(true);
    expect(rec.canRedo).toBe(true);
    rec = t.store.undo(id);
    expect(rec.scenario.indicators?.gdp?.growth).toBe(0.01);
    expect(rec.canUndo).toBe(false);
    expect(codeOf(() => t.store.undo(id))).toBe('CONFLICT');
    t.store.close();

    t.store = openTestStore(t.dir);
    expect(t.store.redo(id).scenario.indicators?.gdp?.growth).toBe(0.02);
    rec = t.store.redo(id);
    expect(rec.scenario.indicators?.gdp?.growth).toBe(0.03);
    expect(rec.version).toBe(3);
    expect(rec.canRedo).toBe(false);
    expect(codeOf(() => t.store.redo(id))).toBe('CONFLICT');
  });

  it('discards the redo tail after a new edit and never reuses a version number', () => {
    const { id } = t.store.createScenario({ name: 's', scenario: withGrowth('s', 0.01) });
    t.store.updateScenario(id, withGrowth('s', 0.02));
    t.store.updateScenario(id, withGrowth('s', 0.03));
    t.store.undo(id);
    t.store.undo(id);
    const edited = t.store.updateScenario(id, withGrowth('s', 0.09));
    // Versions 2 and 3 were the redo tail; the new save is number 4, right after version 1.
    expect(edited.version).toBe(4);
    expect(edited.canRedo).toBe(false);
    expect(t.store.history(id).map((h) => [h.version, h.current])).toEqual([
      [1, false],
      [4, true],
    ]);
    expect(t.store.undo(id).version).toBe(1);
    expect(t.store.redo(id).scenario.indicators?.gdp?.growth).toBe(0.09);
  });

  it('guards saves with expectedVersion and skips saves that change nothing', () => {
    const { id } = t.store.createScenario({ name: 's', scenario: withGrowth('s', 0.01) });
    t.store.updateScenario(id, withGrowth('s', 0.02), { expectedVersion: 1 });
    const err = errorOf(() => t.store.updateScenario(id, withGrowth('s', 0.05), { expectedVersion: 1 }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toContain('version 2');
    const same = t.store.updateScenario(id, { indicators: { gdp: { growth: 0.02 } }, name: 's' });
    expect(same.version).toBe(2);
    expect(t.store.history(id)).toHaveLength(2);
  });

  it('renames as a new version that undo takes back', () => {
    const { id } = t.store.createScenario({ name: '旧名', scenario: withGrowth('旧名', 0.01) });
    const renamed = t.store.renameScenario(id, '  新名  ');
    expect(renamed.name).toBe('新名');
    expect(renamed.scenario.name).toBe('新名');
    expect(t.store.history(id).map((h) => h.reason)).toEqual(['create', 'rename']);
    expect(t.store.undo(id).name).toBe('旧名');
    expect(t.store.listScenarios()[0]?.name).toBe('旧名');
    expect(codeOf(() => t.store.renameScenario(id, '   '))).toBe('INVALID');
  });

  it('clones the current scenario into a new one named "… 副本" by default', () => {
    const src = t.store.createScenario({ name: '基准', scenario: withGrowth('基准', 0.01) });
    t.store.updateScenario(src.id, withGrowth('基准', 0.04));
    const copy = t.store.cloneScenario(src.id);
    expect(copy.id).not.toBe(src.id);
    expect(copy.name).toBe('基准 副本');
    expect(copy.scenario).toEqual({ name: '基准 副本', indicators: { gdp: { growth: 0.04 } } });
    expect(copy.version).toBe(1);
    expect(t.store.cloneScenario(src.id, '乐观').name).toBe('乐观');
    const long = t.store.createScenario({ name: 'x'.repeat(200), scenario: { name: 'x' } });
    expect(t.store.cloneScenario(long.id).name).toBe(`${'x'.repeat(197)} 副本`);
  });

  it('deletes softly and restores', () => {
    const a = t.store.createScenario({ name: 'a', scenario: { name: 'a' } });
    const b = t.store.createScenario({ name: 'b', scenario: { name: 'b' } });
    const gone = t.store.deleteScenario(a.id);
    expect(gone.deletedAt).not.toBeNull();
    expect(t.store.listScenarios().map((r) => r.id)).toEqual([b.id]);
    expect(t.store.listScenarios({ includeDeleted: true }).map((r) => r.id)).toEqual([a.id, b.id]);
    expect(codeOf(() => t.store.updateScenario(a.id, { name: 'a2' }))).toBe('CONFLICT');
    expect(t.store.restoreScenario(a.id).deletedAt).toBeNull();
    expect(t.store.listScenarios().map((r) => r.id)).toEqual([a.id, b.id]);
    expect(t.store.updateScenario(a.id, { name: 'a2' }).name).toBe('a2');
  });

  it('rejects invalid scenarios with INVALID naming the field, and unknown ids with NOT_FOUND', () => {
    const { id } = t.store.createScenario({ name: 's', scenario: { name: 's' } });
    const err = errorOf(() => t.store.updateScenario(id, withGrowth('s', 12)));
    expect(err.code).toBe('INVALID');
    expect(err.message).toContain('indicators.gdp.growth');
    const unknownKey = errorOf(() => t.store.createScenario({ name: 'n', scenario: Object.assign({ name: 'n' }, { colour: 'red' }) }));
    expect(unknownKey.code).toBe('INVALID');
    expect(codeOf(() => t.store.getScenario('nope'))).toBe('NOT_FOUND');
    expect(codeOf(() => t.store.undo('nope'))).toBe('NOT_FOUND');
    expect(t.store.history(id)).toHaveLength(1);
  });

  it('reports a stored row that fails the schema as DAMAGED naming the scenario', () => {
    const { id } = t.store.createScenario({ name: '坏情景', scenario: withGrowth('坏情景', 0.01) });
    t.store.close();
    const raw = new Database(join(t.dir, 'tuiyan.sqlite'));
    raw.prepare('UPDATE scenario_versions SET json = ? WHERE scenario_id = ?').run('{"name":"坏情景","indicators":{"gdp":{"growth":"fast"}}}', id);
    raw.close();
    t.store = openTestStore(t.dir);
    const err = errorOf(() => t.store.getScenario(id));
    expect(err.code).toBe('DAMAGED');
    expect(err.message).toContain('坏情景');
    expect(err.message).toContain(id);
    expect(err.message).toContain('indicators.gdp.growth');
    t.store.close();

    const raw2 = new Database(join(t.dir, 'tuiyan.sqlite'));
    raw2.prepare('UPDATE scenario_versions SET json = ? WHERE scenario_id = ?').run('{not json', id);
    raw2.close();
    t.store = openTestStore(t.dir);
    expect(codeOf(() => t.store.listScenarios())).toBe('DAMAGED');
  });

  it('refuses calls after close with a StoreError', () => {
    t.store.close();
    expect(codeOf(() => t.store.listScenarios())).toBe('IO');
    t.store = openTestStore(t.dir);
  });
});

import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../../electron/db/canonical-json';
import type { Scenario } from '../../../shared/scenario/scenario-schema';
import { codeOf, errorOf, loadSeedPlan, openTestStore, useTestStore } from './store-test-kit';

const t = useTestStore();

const withGrowth = (growth: number): Scenario => ({ name: 's', indicators: { gdp: { growth } } });

const baseRun = { kind: 'stress' as const, seed: 42, paths: 1000, assumptionsHash: 'abc', engineVersion: '0.1.0' };

describe('snapshots', () => {
  it('labels the current version and restores it as a new version', () => {
    const { id } = t.store.createScenario({ name: 's', scenario: withGrowth(0.01) });
    t.store.updateScenario(id, withGrowth(0.02));
    const snap = t.store.snapshot(id, '  中期评估  ');
    expect(snap).toMatchObject({ scenarioId: id, label: '中期评估', version: 2 });
    t.store.updateScenario(id, withGrowth(0.05));
    const restored = t.store.restoreSnapshot(snap.id);
    expect(restored.version).toBe(4);
    expect(restored.scenario.indicators?.gdp?.growth).toBe(0.02);
    expect(t.store.history(id).map((h) => h.reason)).toEqual(['create', 'edit', 'edit', 'restore-snapshot']);
    expect(t.store.listSnapshots(id)).toEqual([snap]);
    expect(codeOf(() => t.store.snapshot(id, ''))).toBe('INVALID');
    expect(codeOf(() => t.store.restoreSnapshot('missing'))).toBe('NOT_FOUND');
  });

  it('keeps a snapshot restorable after its version left the undo line', () => {
    const { id } = t.store.createScenario({ name: 's', scenario: withGrowth(0.01) });
    t.store.updateScenario(id, withGrowth(0.02));
    const snap = t.store.snapshot(id, 'v2');
    t.store.undo(id);
    t.store.updateScenario(id, withGrowth(0.08)); // drops version 2 from the line
    expect(t.store.history(id).map((h) => h.version)).toEqual([1, 3]);
    t.store.close();
    t.store = openTestStore(t.dir);
    const back = t.store.restoreSnapshot(snap.id);
    expect(back.scenario.indicators?.gdp?.growth).toBe(0.02);
    expect(t.store.history(id).map((h) => h.version)).toEqual([1, 3, 4]);
  });
});

describe('saved runs', () => {
  it('stores run identity and result, and computes stale from the current version', () => {
    const { id } = t.store.createScenario({ name: 's', scenario: withGrowth(0.01) });
    const result = { paths: [[1, 2], [3, 4]], p: { p10: 0.1 } };
    const run = t.store.saveRun({ scenarioId: id, scenarioVersion: 1, result, ...baseRun });
    expect(run).toMatchObject({ scenarioId: id, scenarioVersion: 1, seed: 42, paths: 1000, stale: false, result });
    t.store.updateScenario(id, withGrowth(0.02));
    expect(t.store.getRun(run.id).stale).toBe(true);
    t.store.undo(id);
    expect(t.store.getRun(run.id).stale).toBe(false);
    const later = t.store.saveRun({ scenarioId: id, scenarioVersion: 2, result: null, ...baseRun, kind: 'projection', seed: null, paths: null });
    expect(later.stale).toBe(true);
    expect(t.store.listRuns(id).map((r) => r.id).sort()).toEqual([run.id, later.id].sort());
  });

  it('rejects runs with bad fields, naming them', () => {
    const { id } = t.store.createScenario({ name: 's', scenario: withGrowth(0.01) });
    expect(codeOf(() => t.store.saveRun({ scenarioId: id, scenarioVersion: 9, result: 1, ...baseRun }))).toBe('INVALID');
    expect(codeOf(() => t.store.saveRun({ scenarioId: 'nope', scenarioVersion: 1, result: 1, ...baseRun }))).toBe('NOT_FOUND');
    const zeroPaths = errorOf(() => t.store.saveRun({ scenarioId: id, scenarioVersion: 1, result: 1, ...baseRun, paths: 0 }));
    expect(zeroPaths.code).toBe('INVALID');
    expect(zeroPaths.message).toContain('paths');
    expect(codeOf(() => t.store.getRun('nope'))).toBe('NOT_FOUND');
  });
});

describe('settings', () => {
  it('merges patches, removes keys set to null, and keeps them across reopening', () => {
    expect(t.store.getSettings()).toEqual({});
    expect(t.store.setSettings({ language: 'en', chart: { years: [2021, 2025] } })).toEqual({ language: 'en', chart: { years: [2021, 2025] } });
    expect(t.store.setSettings({ language: null, theme: 'dark' })).toEqual({ chart: { years: [2021, 2025] }, theme: 'dark' });
    t.store.close();
    t.store = openTestStore(t.dir);
    expect(t.store.getSettings()).toEqual({ chart: { years: [2021, 2025] }, theme: 'dark' });
    expect(codeOf(() => t.store.setSettings({ big: 10n }))).toBe('INVALID');
  });
});

describe('seed plan', () => {
  const planRow = (): { content_hash: string; stored_at: string } | undefined => {
    const db = new Database(join(t.dir, 'tuiyan.sqlite'), { readonly: true });
    const row = db.prepare<[], { content_hash: string; stored_at: string }>('SELECT content_hash, stored_at FROM plans').get();
    db.close();
    return row;
  };

  it('is stored once, left alone when unchanged, and replaced when the seed changes', () => {
    const seed = loadSeedPlan();
    expect(t.store.getPlan()).toEqual(seed);
    t.store.close();
    const first = planRow();
    expect(first?.content_hash).toBe(contentHash(seed));

    t.store = openTestStore(t.dir, { now: () => new Date('2031-01-01T00:00:00.000Z') });
    t.store.close();
    expect(planRow()).toEqual(first);

    const changed = { ...seed, title: { zh: '新标题', en: 'New title' } };
    t.store = openTestStore(t.dir, { plan: changed, now: () => new Date('2031-01-01T00:00:00.000Z') });
    expect(t.store.getPlan().title.en).toBe('New title');
    t.store.close();
    expect(planRow()).toEqual({ content_hash: contentHash(changed), stored_at: '2031-01-01T00:00:00.000Z' });
    t.store = openTestStore(t.dir);
  });

  it('refuses an invalid seed plan with INVALID', () => {
    expect(codeOf(() => openTestStore(t.dir, { plan: { ...loadSeedPlan(), startYear: 1990 } }))).toBe('INVALID');
  });
});

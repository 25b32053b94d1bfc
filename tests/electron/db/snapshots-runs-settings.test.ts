import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash } from '../../../electron/db/canonical-json';
import { StoreError, type Store } from '../../../electron/db/store-types';
import type { Scenario } from '../../../shared/scenario/scenario-schema';
import { loadSeedPlan, makeTempDir, openTestStore } from './store-test-kit';

let tmp: ReturnType<typeof makeTempDir>;
let store: Store;
beforeEach(() => {
  tmp = makeTempDir();
  store = openTestStore(tmp.dir);
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

const withGrowth = (growth: number): Scenario => ({ name: 's', indicators: { gdp: { growth } } });

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
  } catch (err) {
    if (err instanceof StoreError) return err.code;
    throw err;
  }
  return null;
}

const baseRun = { kind: 'stress' as const, seed: 42, paths: 1000, assumptionsHash: 'abc', engineVersion: '0.1.0' };

describe('snapshots', () => {
  it('labels the current version and restores it as a new version', () => {
    const { id } = store.createScenario({ name: 's', scenario: withGrowth(0.01) });
    store.updateScenario(id, withGrowth(0.02));
    const snap = store.snapshot(id, '  中期评估  ');
    expect(snap).toMatchObject({ scenarioId: id, label: '中期评估', version: 2 });
    store.updateScenario(id, withGrowth(0.05));
    const restored = store.restoreSnapshot(snap.id);
    expect(restored.version).toBe(4);
    expect(restored.scenario.indicators?.gdp?.growth).toBe(0.02);
    expect(store.history(id).map((h) => h.reason)).toEqual(['create', 'edit', 'edit', 'restore-snapshot']);
    expect(store.listSnapshots(id)).toEqual([snap]);
    expect(codeOf(() => store.snapshot(id, ''))).toBe('INVALID');
    expect(codeOf(() => store.restoreSnapshot('missing'))).toBe('NOT_FOUND');
  });

  it('keeps a snapshot restorable after its version left the undo line', () => {
    const { id } = store.createScenario({ name: 's', scenario: withGrowth(0.01) });
    store.updateScenario(id, withGrowth(0.02));
    const snap = store.snapshot(id, 'v2');
    store.undo(id);
    store.updateScenario(id, withGrowth(0.08)); // drops version 2 from the line
    expect(store.history(id).map((h) => h.version)).toEqual([1, 3]);
    store.close();
    store = openTestStore(tmp.dir);
    const back = store.restoreSnapshot(snap.id);
    expect(back.scenario.indicators?.gdp?.growth).toBe(0.02);
    expect(store.history(id).map((h) => h.version)).toEqual([1, 3, 4]);
  });
});

describe('saved runs', () => {
  it('stores run identity and result, and computes stale from the current version', () => {
    const { id } = store.createScenario({ name: 's', scenario: withGrowth(0.01) });
    const result = { paths: [[1, 2], [3, 4]], p: { p10: 0.1 } };
    const run = store.saveRun({ scenarioId: id, scenarioVersion: 1, result, ...baseRun });
    expect(run).toMatchObject({ scenarioId: id, scenarioVersion: 1, seed: 42, paths: 1000, stale: false, result });
    store.updateScenario(id, withGrowth(0.02));
    expect(store.getRun(run.id).stale).toBe(true);
    store.undo(id);
    expect(store.getRun(run.id).stale).toBe(false);
    const later = store.saveRun({ scenarioId: id, scenarioVersion: 2, result: null, ...baseRun, kind: 'projection', seed: null, paths: null });
    expect(later.stale).toBe(true);
    expect(store.listRuns(id).map((r) => r.id).sort()).toEqual([run.id, later.id].sort());
  });

  it('rejects runs with bad fields, naming them', () => {
    const { id } = store.createScenario({ name: 's', scenario: withGrowth(0.01) });
    expect(codeOf(() => store.saveRun({ scenarioId: id, scenarioVersion: 9, result: 1, ...baseRun }))).toBe('INVALID');
    expect(codeOf(() => store.saveRun({ scenarioId: 'nope', scenarioVersion: 1, result: 1, ...baseRun }))).toBe('NOT_FOUND');
    try {
      store.saveRun({ scenarioId: id, scenarioVersion: 1, result: 1, ...baseRun, paths: 0 });
      expect.unreachable();
    } catch (err) {
      expect(err instanceof StoreError && err.message).toContain('paths');
    }
    expect(codeOf(() => store.getRun('nope'))).toBe('NOT_FOUND');
  });
});

describe('settings', () => {
  it('merges patches, removes keys set to null, and keeps them across reopening', () => {
    expect(store.getSettings()).toEqual({});
    expect(store.setSettings({ language: 'en', chart: { years: [2021, 2025] } })).toEqual({ language: 'en', chart: { years: [2021, 2025] } });
    expect(store.setSettings({ language: null, theme: 'dark' })).toEqual({ chart: { years: [2021, 2025] }, theme: 'dark' });
    store.close();
    store = openTestStore(tmp.dir);
    expect(store.getSettings()).toEqual({ chart: { years: [2021, 2025] }, theme: 'dark' });
    expect(codeOf(() => store.setSettings({ big: 10n }))).toBe('INVALID');
  });
});

describe('seed plan', () => {
  const planRow = (): { content_hash: string; stored_at: string } | undefined => {
    const db = new Database(join(tmp.dir, 'tuiyan.sqlite'), { readonly: true });
    const row = db.prepare<[], { content_hash: string; stored_at: string }>('SELECT content_hash, stored_at FROM plans').get();
    db.close();
    return row;
  };

  it('is stored once, left alone when unchanged, and replaced when the seed changes', () => {
    const seed = loadSeedPlan();
    expect(store.getPlan()).toEqual(seed);
    store.close();
    const first = planRow();
    expect(first?.content_hash).toBe(contentHash(seed));

    store = openTestStore(tmp.dir, { now: () => new Date('2031-01-01T00:00:00.000Z') });
    store.close();
    expect(planRow()).toEqual(first);

    const changed = { ...seed, title: { zh: '新标题', en: 'New title' } };
    store = openTestStore(tmp.dir, { plan: changed, now: () => new Date('2031-01-01T00:00:00.000Z') });
    expect(store.getPlan().title.en).toBe('New title');
    store.close();
    expect(planRow()).toEqual({ content_hash: contentHash(changed), stored_at: '2031-01-01T00:00:00.000Z' });
    store = openTestStore(tmp.dir);
  });

  it('refuses an invalid seed plan with INVALID', () => {
    expect(codeOf(() => openTestStore(tmp.dir, { plan: { ...loadSeedPlan(), startYear: 1990 } }))).toBe('INVALID');
  });
});

import { describe, expect, it } from 'vitest';
import { createBridge, type BridgeInvoke } from '../../../shared/api/bridge';
import { channels, contract, isChannel } from '../../../shared/api/contract';
import { fromScenarioFile, scenarioFileSchema, toScenarioFile } from '../../../shared/api/scenario-file';
import { settingsPatchSchema } from '../../../shared/api/settings';
import { MenuCommand } from '../../../shared/api/types';

const EXPECTED_CHANNELS = [
  'plan:get',
  'scenario:list', 'scenario:get', 'scenario:create', 'scenario:update', 'scenario:rename', 'scenario:clone',
  'scenario:delete', 'scenario:restore', 'scenario:undo', 'scenario:redo', 'scenario:history', 'scenario:snapshot',
  'scenario:snapshots', 'scenario:restore-snapshot', 'scenario:import', 'scenario:export',
  'run:save', 'run:list', 'run:get',
  'settings:get', 'settings:set',
  'backup:create', 'backup:list', 'backup:restore',
  'app:status',
  'export:save', 'export:xlsx', 'export:pdf', 'export:copy-image',
];

describe('the API contract', () => {
  it('declares exactly the agreed channels, named domain:verb', () => {
    expect([...channels].sort()).toEqual([...EXPECTED_CHANNELS].sort());
    for (const c of channels) expect(c).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
    expect(Object.isFrozen(channels)).toBe(true);
  });

  it('knows its own channels only (no inherited names)', () => {
    expect(isChannel('scenario:get')).toBe(true);
    for (const name of ['toString', '__proto__', 'constructor', 'scenario:GET', '']) expect(isChannel(name)).toBe(false);
  });

  it('refuses an unknown field on every payload', () => {
    for (const c of channels) {
      const r = contract[c].payload.safeParse({ unexpected: 1 });
      expect(r.success, c).toBe(false);
    }
  });

  it('lets scenario:create start from a scenario or from a preset, not both', () => {
    const p = contract['scenario:create'].payload;
    expect(p.safeParse({ name: 'a' }).success).toBe(true);
    expect(p.safeParse({ name: 'a', from: 'previous-plan' }).success).toBe(true);
    expect(p.safeParse({ name: 'a', scenario: { name: 'a' } }).success).toBe(true);
    expect(p.safeParse({ name: 'a', scenario: { name: 'a' }, from: 'baseline' }).success).toBe(false);
    expect(p.safeParse({ name: '   ' }).success).toBe(false);
    expect(p.safeParse({ name: 'a'.repeat(201) }).success).toBe(false);
  });

  it('requires expectedVersion on scenario:update', () => {
    const p = contract['scenario:update'].payload;
    expect(p.safeParse({ id: 'a1', scenario: { name: 'a' } }).success).toBe(false);
    expect(p.safeParse({ id: 'a1', scenario: { name: 'a' }, expectedVersion: 0 }).success).toBe(false);
    expect(p.safeParse({ id: 'a1', scenario: { name: 'a' }, expectedVersion: 1.5 }).success).toBe(false);
    expect(p.safeParse({ id: 'a1', scenario: { name: 'a' }, expectedVersion: 4 }).success).toBe(true);
  });

  it('keeps backup names inside the backups folder', () => {
    const p = contract['backup:restore'].payload;
    for (const name of ['../x.sqlite', 'a/b.sqlite', 'a\\b', '..', '.hidden', 'x..y', '']) expect(p.safeParse({ name }).success, name).toBe(false);
    expect(p.safeParse({ name: 'backup-20250101T000000000Z-manual.sqlite' }).success).toBe(true);
  });

  it('checks settings: the two languages, free keys of bounded size', () => {
    expect(settingsPatchSchema.safeParse({ language: 'zh-CN' }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ language: 'en', 'chart.range': [2021, 2025] }).success).toBe(true);
    expect(settingsPatchSchema.safeParse({ language: 'fr' }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ Language: 'en' }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ note: 'x'.repeat(10_001) }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ note: Number.NaN }).success).toBe(false);
  });

  it('names the menu commands main may send', () => {
    expect(MenuCommand.options).toEqual(['scenario:new', 'edit:undo', 'edit:redo', 'file:export', 'view:language']);
    expect(MenuCommand.safeParse('app:quit').success).toBe(false);
  });
});

describe('scenario files', () => {
  it('adds the envelope on export and drops it on import', () => {
    const file = toScenarioFile({ name: 'x', horizon: 2030 });
    expect(file).toEqual({ kind: 'tuiyan-scenario', schemaVersion: 1, name: 'x', horizon: 2030 });
    expect(Object.keys(file).slice(0, 2)).toEqual(['kind', 'schemaVersion']);
    expect(scenarioFileSchema.safeParse(file).success).toBe(true);
    expect(scenarioFileSchema.safeParse({ name: 'x' }).success).toBe(false);
    expect(fromScenarioFile(file)).toEqual({ name: 'x', horizon: 2030 });
  });
});

describe('createBridge', () => {
  it('has one function per channel, each invoking its own channel with the payload', async () => {
    const seen: [string, unknown][] = [];
    const invoke: BridgeInvoke = async (channel, payload) => {
      seen.push([channel, payload]);
      return { ok: false, error: { code: 'TEST', message: channel } };
    };
    let unsubscribed = false;
    const bridge = createBridge(invoke, () => () => {
      unsubscribed = true;
    });
    for (const c of channels) {
      const fn: unknown = Reflect.get(bridge, c);
      expect(typeof fn, c).toBe('function');
    }
    expect(Object.keys(bridge).sort()).toEqual([...EXPECTED_CHANNELS, 'onMenuCommand'].sort());
    expect(await bridge['scenario:get']({ id: 'abc' })).toEqual({ ok: false, error: { code: 'TEST', message: 'scenario:get' } });
    await bridge['plan:get']({});
    expect(seen).toEqual([['scenario:get', { id: 'abc' }], ['plan:get', {}]]);
    bridge.onMenuCommand(() => undefined)();
    expect(unsubscribed).toBe(true);
  });
});

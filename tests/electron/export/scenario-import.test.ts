import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch';
import { channelSchemas } from '../../../shared/api/channel-schemas';
import { readScenarioFileText, scenarioFileText } from '../../../shared/export/scenario-file-text';
import { ok } from '../api/api-call';
import { dumpDatabase, openTempStore, type TempStore } from '../api/temp-store';

let t: TempStore;
beforeEach(() => {
  t = openTempStore();
});
afterEach(() => t.cleanup());

const scenario = {
  name: '减税降费',
  description: '含中文说明',
  parameters: { share: 0.36 },
  indicators: {
    'fiscal-revenue-total': {
      growth: 0.052,
      yearGrowth: { '2023': 0.1 },
      actuals: { '2021': 17.5 },
      shocks: [{ kind: 'level' as const, from: 2022, size: -0.05, label: '减税降费' }],
    },
    'local-fiscal-revenue': { formula: 'fiscal * share' },
  },
};

const created = () => ok(t.handlers, 'scenario:create', { name: scenario.name, scenario });

async function importText(text: string) {
  const read = readScenarioFileText(text);
  if (!read.ok) return { ok: false as const, error: { code: 'REFUSED_BEFORE_IMPORT', message: read.message } };
  return dispatch(t.handlers, 'scenario:import', { file: read.file });
}

describe('scenario files: export, then import as a copy', () => {
  it('round-trips exactly: the exported file re-imports to the same scenario under a new name, the original untouched', async () => {
    const original = await created();
    const text = scenarioFileText(await ok(t.handlers, 'scenario:export', { id: original.id }));
    expect(JSON.parse(text)).toEqual({ kind: 'tuiyan-scenario', schemaVersion: 1, ...scenario });

    const before = await dispatch(t.handlers, 'scenario:get', { id: original.id });
    const imported = await importText(text);
    if (!imported.ok) throw new Error(imported.error.message);
    const record = channelSchemas['scenario:import'].result.parse(imported.value);
    expect(record.id).not.toBe(original.id);
    expect(record.name).toBe('减税降费 (导入)');
    expect(record.scenario).toEqual({ ...scenario, name: '减税降费 (导入)' });
    expect(await dispatch(t.handlers, 'scenario:get', { id: original.id })).toEqual(before);

    expect(scenarioFileText(await ok(t.handlers, 'scenario:export', { id: record.id }))).toBe(text.replace('"name": "减税降费"', '"name": "减税降费 (导入)"'));
  });
});

describe('hostile scenario files are refused clearly and change nothing', () => {
  const good = { kind: 'tuiyan-scenario', schemaVersion: 1, ...scenario };
  const planText = readFileSync(new URL('../../../seeds/chedun-14th-plan.json', import.meta.url), 'utf8');

  const cases: { what: string; text: string; expect: RegExp }[] = [
    { what: 'not JSON', text: '{"kind": "tuiyan-scenario", "name": ', expect: /不是有效的 JSON/ },
    { what: 'an array', text: JSON.stringify([good]), expect: /got an array/ },
    { what: 'the plan file', text: planText, expect: /plan file/ },
    { what: 'a file of another kind', text: JSON.stringify({ ...good, kind: 'tuiyan-run' }), expect: /kind = "tuiyan-run"/ },
    { what: 'a newer version', text: JSON.stringify({ ...good, schemaVersion: 2 }), expect: /newer than this app reads/ },
    { what: 'a version as text', text: JSON.stringify({ ...good, schemaVersion: '1' }), expect: /schemaVersion "1"/ },
    { what: 'a name of the wrong type', text: JSON.stringify({ ...good, name: 42 }), expect: /^file\.name: expected string, received number/ },
    {
      what: 'a growth rate as text',
      text: JSON.stringify({ ...good, indicators: { 'fiscal-revenue-total': { growth: '5%' } } }),
      expect: /^file\.indicators\.fiscal-revenue-total\.growth: expected number/,
    },
    { what: 'an unknown indicator', text: JSON.stringify({ ...good, indicators: { nope: { growth: 0.1 } } }), expect: /^file\.indicators\.nope: unknown indicator/ },
    { what: 'a shock of an unknown kind', text: JSON.stringify({ ...good, indicators: { gdp: { shocks: [{ kind: 'meteor' }] } } }), expect: /^file\.indicators\.gdp\.shocks\.0\.kind/ },
    { what: 'a polluting key', text: '{"kind":"tuiyan-scenario","schemaVersion":1,"name":"x","__proto__":{"admin":true}}', expect: /"__proto__" is not allowed/ },
    { what: 'over 1 MB', text: JSON.stringify({ ...good, description: 'x'.repeat(1_100_000) }), expect: /too large.*1 MB/ },
  ];

  for (const c of cases) {
    it(`${c.what}`, async () => {
      await created();
      const before = dumpDatabase(t.dbPath);
      const answer = await importText(c.text);
      expect(answer.ok).toBe(false);
      if (answer.ok) return;
      expect(answer.error.message).toMatch(c.expect);
      expect(answer.error.message).not.toMatch(/\n\s+at |SQLITE/);
      expect(dumpDatabase(t.dbPath)).toEqual(before);
    });
  }

  it('the backend itself refuses a file over 1 MB (many parameters) and over 2 MB, whatever the window checked', async () => {
    const parameters = { share: 0.36, ...Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`p${i}`, i])) };
    expect(JSON.stringify(parameters).length).toBeGreaterThan(1024 * 1024);
    const big = await dispatch(t.handlers, 'scenario:import', { file: { ...good, parameters } });
    expect(big).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: 'file', message: 'file: a scenario file of at most 1 MB' } });
    const huge = await dispatch(t.handlers, 'scenario:import', { file: { ...good, description: 'x'.repeat(2_200_000) } });
    expect(huge).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });
  });

  it('the backend refuses the wrong kind and unknown versions naming the field', async () => {
    const plan: unknown = JSON.parse(planText);
    expect(await dispatch(t.handlers, 'scenario:import', { file: plan })).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: 'file.kind' } });
    expect(await dispatch(t.handlers, 'scenario:import', { file: [good] })).toMatchObject({ ok: false, error: { path: 'file', message: 'file: expected object, received array' } });
    expect(await dispatch(t.handlers, 'scenario:import', { file: { ...good, schemaVersion: 3 } })).toMatchObject({ ok: false, error: { path: 'file.schemaVersion' } });
  });
});

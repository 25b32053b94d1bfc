import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioFileSchema, toScenarioFile } from '../../../shared/api/scenario-file';
import { MAX_SCENARIO_FILE_BYTES, parseScenarioFileText, readScenarioFileText, scenarioFileText, utf8Bytes } from '../../../shared/export/scenario-file-text';

const scenario = {
  name: '减税降费叠加疫情冲击',
  description: '说明：含“引号”和 emoji 🚀',
  parameters: { share: 0.36 },
  indicators: {
    'fiscal-revenue-total': {
      growth: 0.052,
      yearGrowth: { '2023': 0.1 },
      actuals: { '2021': 17.5 },
      shocks: [{ kind: 'level' as const, from: 2022, size: -0.05, label: '减税降费' }],
    },
  },
};

function refused(text: string): string {
  const read = readScenarioFileText(text);
  if (read.ok) throw new Error('expected a refusal');
  return read.message;
}

describe('scenario file text', () => {
  it('round-trips a scenario exactly: kind and schemaVersion first, pretty JSON', () => {
    const file = toScenarioFile(scenario);
    const text = scenarioFileText(file);
    expect(text.startsWith('{\n  "kind": "tuiyan-scenario",\n  "schemaVersion": 1,\n')).toBe(true);
    const read = readScenarioFileText(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.file).toEqual({ kind: 'tuiyan-scenario', schemaVersion: 1, ...scenario });
    expect(scenarioFileSchema.parse(read.file)).toEqual(file);
  });

  it('accepts a leading byte-order mark (files saved by Windows editors)', () => {
    expect(readScenarioFileText(`\uFEFF${scenarioFileText(toScenarioFile(scenario))}`).ok).toBe(true);
  });

  it('counts UTF-8 bytes as TextEncoder does', () => {
    const text = 'aé财🚀';
    expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const huge = JSON.stringify({ kind: 'tuiyan-scenario', schemaVersion: 1, name: 'x', description: 'x'.repeat(MAX_SCENARIO_FILE_BYTES) });
    expect(refused(huge)).toMatch(/1 MB/);
    expect(refused(huge)).toMatch(/过大/);
  });

  it('refuses text that is not JSON', () => {
    expect(refused('{"kind": "tuiyan-scenario",')).toMatch(/不是有效的 JSON.*Not a valid JSON/);
    expect(refused('')).toMatch(/JSON/);
  });

  it('refuses JSON that is not an object: an array, a number, a string, null', () => {
    expect(refused('[{"kind":"tuiyan-scenario"}]')).toMatch(/实为数组.*got an array/);
    expect(refused('42')).toMatch(/实为数字.*got a number/);
    expect(refused('"tuiyan-scenario"')).toMatch(/got a string/);
    expect(refused('null')).toMatch(/got null/);
  });

  it('refuses the plan file and other JSON without the scenario kind', () => {
    const planText = readFileSync(new URL('../../../seeds/chedun-14th-plan.json', import.meta.url), 'utf8');
    expect(refused(planText)).toMatch(/规划文件.*plan file/);
    expect(refused('{"name":"x"}')).toMatch(/没有 kind 字段/);
    expect(refused('{"kind":"tuiyan-run","name":"x"}')).toMatch(/kind = "tuiyan-run"/);
  });

  it('refuses unknown versions: newer ones ask for an update', () => {
    expect(refused('{"kind":"tuiyan-scenario","schemaVersion":2,"name":"x"}')).toMatch(/版本 2 比本程序支持的版本 1 新/);
    expect(refused('{"kind":"tuiyan-scenario","schemaVersion":"1","name":"x"}')).toMatch(/schemaVersion "1"/);
    expect(refused('{"kind":"tuiyan-scenario","name":"x"}')).toMatch(/缺失/);
  });
});

describe('parseScenarioFileText', () => {
  it('returns the typed file, or the first schema problem with its field', () => {
    const ok = parseScenarioFileText(scenarioFileText(toScenarioFile(scenario)));
    expect(ok).toEqual({ ok: true, file: toScenarioFile(scenario) });
    const bad = parseScenarioFileText(JSON.stringify({ kind: 'tuiyan-scenario', schemaVersion: 1, name: 'x', indicators: { gdp: { growth: '5%' } } }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toMatch(/^indicators\.gdp\.growth: .*情景文件中此字段有误/);
    expect(parseScenarioFileText('[]')).toMatchObject({ ok: false, message: expect.stringMatching(/array/) });
  });
});

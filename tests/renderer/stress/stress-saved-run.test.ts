import { describe, expect, it } from 'vitest';
import { compactRun, isStale, readSavedRun, SAVED_STRESS_FORMAT, toJsonSafe } from '../../../renderer/lib/stress-saved-run';
import { setGrowth } from '../../../renderer/lib/scenario-edit';
import { MAX_RUN_RESULT_CHARS } from '../../../shared/api/contract';
import { seedPlan } from '../seed';
import { FISCAL, lognormalRun } from './stress-test-data';

const plan = seedPlan();

describe('toJsonSafe', () => {
  it('turns NaN and ±∞ into null and drops undefined fields, as JSON can hold', () => {
    expect(toJsonSafe({ a: Number.NaN, b: [1, Infinity, -Infinity], c: undefined, d: { e: 'x', f: true, g: null } })).toEqual({ a: null, b: [1, null, null], d: { e: 'x', f: true, g: null } });
  });
});

describe('saved stress runs', () => {
  const { scenario, spec, result } = lognormalRun(3000, 3);

  it('store the spec and the result and read back the same figures, NaN included', () => {
    const withNaN = { ...result, indicators: result.indicators.map((i, k) => (k === 0 ? { ...i, nonFinite: 0, endTarget: Number.NaN } : i)) };
    const json = compactRun(spec, withNaN);
    expect(Reflect.get(Object(json), 'format')).toBe(SAVED_STRESS_FORMAT);
    const back = readSavedRun(JSON.parse(JSON.stringify(json)));
    expect(back?.spec).toEqual(spec);
    expect(back?.result).toEqual(withNaN);
  });

  it('leave the histograms out when the whole run would pass the size limit, and refuse what still does not fit', () => {
    const bins = Math.ceil(MAX_RUN_RESULT_CHARS / (result.indicators.length * 20));
    const wide = { edges: Array.from({ length: bins + 1 }, (_, k) => k + 0.123456789), counts: Array.from({ length: bins }, () => 123456) };
    const big = { ...result, indicators: result.indicators.map((i) => ({ ...i, histogram: wide })) };
    const json = compactRun(spec, big);
    expect(JSON.stringify(json).length).toBeLessThanOrEqual(MAX_RUN_RESULT_CHARS);
    expect(readSavedRun(json)?.result.indicators.every((i) => i.histogram.edges.length === 0)).toBe(true);
    expect(readSavedRun(json)?.result.indicators[1]?.percentiles).toEqual(result.indicators[1]?.percentiles);
    const huge = { ...result, scenarioName: 'x'.repeat(MAX_RUN_RESULT_CHARS) };
    expect(compactRun(spec, huge)).toBeNull();
  });

  it('read anything else as not a saved stress run', () => {
    expect(readSavedRun(null)).toBeNull();
    expect(readSavedRun({ format: 'other', version: 1, spec: {}, result })).toBeNull();
    expect(readSavedRun({ format: SAVED_STRESS_FORMAT, version: 1, spec: { growth: { [FISCAL]: { kind: 'normal', sd: -1 } } }, result })).toBeNull();
  });

  it('are stale once the scenario content changes, not when only its key order or its name does', () => {
    const saved = { spec, result };
    expect(isStale(plan, scenario, saved)).toBe(false);
    const reordered = JSON.parse(JSON.stringify({ indicators: scenario.indicators, name: scenario.name }));
    expect(isStale(plan, reordered, saved)).toBe(false);
    expect(isStale(plan, setGrowth(scenario, FISCAL, 0.08), saved)).toBe(true);
    expect(isStale(plan, { ...scenario, name: '改名' }, saved)).toBe(false);
    expect(isStale(plan, { ...scenario, name: '改名', parameters: { share: 0.4 } }, saved)).toBe(true);
    expect(isStale(plan, setGrowth(setGrowth(scenario, FISCAL, 0.08), FISCAL, 0.07), saved)).toBe(false);
  });
});

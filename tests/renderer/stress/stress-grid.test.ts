import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n/setup';
import { assumptionOptions, findOption, type AssumptionOption } from '../../../renderer/lib/stress-assumptions';
import { axisValues, buildHeatmapFigure, cellText, defaultAxis, gridAxis, runGrid, type HeatmapStyle } from '../../../renderer/lib/stress-grid';
import { asTranslate } from '../../../renderer/lib/translate';
import type { GridAxis, GridResult } from '../../../shared/stress';
import { seedPlan } from '../seed';
import { FISCAL, FISCAL_2020, LOCAL } from './stress-test-data';

const plan = seedPlan();
const t = asTranslate(createI18n('zh-CN').t);
const scenario = { name: '网格', parameters: { share: 0.36 } };
const options = assumptionOptions(plan, scenario, 'zh-CN', t);
const TARGET = FISCAL_2020 * Math.pow(1.09, 5);

function option(key: string): AssumptionOption {
  const o = findOption(options, key);
  if (!o) throw new Error(`no option ${key}`);
  return o;
}

const fiscalAxis: GridAxis = { assumption: { kind: 'growth', indicator: FISCAL }, values: [0.07, 0.09, 0.11] };
const localAxis: GridAxis = { assumption: { kind: 'growth', indicator: LOCAL }, values: [0.06, 0.08] };

function ok(r: GridResult | null): Extract<GridResult, { ok: true }> {
  if (!r?.ok) throw new Error(`grid refused: ${JSON.stringify(r)}`);
  return r;
}

describe('axis values', () => {
  it('spaces count values evenly from..to, rounded so sums of decimals print clean', () => {
    expect(axisValues(0.05, 0.1, 3)).toEqual([0.05, 0.075, 0.1]);
    expect(axisValues(6, 12, 7)).toEqual([6, 7, 8, 9, 10, 11, 12]);
    expect(axisValues(0.3, 0.1, 2)).toEqual([0.3, 0.1]);
  });

  it('clamps the count to 1..50', () => {
    expect(axisValues(1, 2, 0)).toEqual([1]);
    expect(axisValues(0, 1, 80)).toHaveLength(50);
  });

  it('defaults to the current value ± 3 points for a rate and ± 20 % for a parameter, 7 values', () => {
    expect(defaultAxis(option(`growth:${FISCAL}`))).toEqual({ key: `growth:${FISCAL}`, from: 6, to: 12, count: 7 });
    const share = defaultAxis(option('parameter:share'));
    expect(share.from).toBeCloseTo(0.36 * 0.8, 12);
    expect(share.to).toBeCloseTo(0.36 * 1.2, 12);
    expect(defaultAxis(undefined)).toEqual({ key: '', from: 0, to: 1, count: 7 });
  });

  it('turns a percent axis into decimals for the engine', () => {
    const axis = gridAxis({ key: `growth:${FISCAL}`, from: 6, to: 12, count: 4 }, option(`growth:${FISCAL}`));
    expect(axis).toEqual({ assumption: { kind: 'growth', indicator: FISCAL }, values: [0.06, 0.08, 0.1, 0.12] });
    expect(gridAxis({ key: 'parameter:share', from: 0.3, to: 0.4, count: 3 }, option('parameter:share')).values).toEqual([0.3, 0.35, 0.4]);
  });
});

describe('runGrid', () => {
  it('gap metric: z[j][k] = 16.9 (1 + a_k)^5 − 16.9 × 1.09^5, whatever axis B', async () => {
    const progress: number[] = [];
    const grid = ok(await runGrid(plan, scenario, fiscalAxis, localAxis, { kind: 'gap', indicator: FISCAL }, { onProgress: (done) => progress.push(done) }));
    expect(grid.a).toEqual([0.07, 0.09, 0.11]);
    expect(grid.b).toEqual([0.06, 0.08]);
    for (const row of grid.z) row.forEach((v, k) => expect(v).toBeCloseTo(FISCAL_2020 * Math.pow(1 + (fiscalAxis.values[k] ?? 0), 5) - TARGET, 9));
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('gap as a share of the target: (1 + a)^5 / 1.09^5 − 1', async () => {
    const grid = ok(await runGrid(plan, scenario, fiscalAxis, localAxis, { kind: 'gapPct', indicator: FISCAL }));
    grid.z[0]?.forEach((v, k) => expect(v).toBeCloseTo(Math.pow((1 + (fiscalAxis.values[k] ?? 0)) / 1.09, 5) - 1, 12));
  });

  it('probability metric: the same seed in every cell, so the share meeting the target never falls as growth rises', async () => {
    const spec = { growth: { [FISCAL]: { kind: 'lognormal', sigma: 0.05 } } };
    const grid = ok(await runGrid(plan, scenario, fiscalAxis, localAxis, { kind: 'probability', indicator: FISCAL, spec, paths: 2000, seed: 5 }));
    for (const row of grid.z) {
      expect(row[0] ?? 2).toBeLessThanOrEqual(row[1] ?? -1);
      expect(row[1] ?? 2).toBeLessThanOrEqual(row[2] ?? -1);
    }
    // At 9 % the target path is the median of a lognormal: P = 1/2 within 3 standard errors.
    expect(Math.abs((grid.z[0]?.[1] ?? 0) - 0.5)).toBeLessThan(3 * Math.sqrt(0.25 / 2000));
    expect(grid.z[0]).toEqual(grid.z[1]);
  });

  it('stops between cells when aborted, and refuses oversize or bad requests naming the field', async () => {
    const ctl = new AbortController();
    const stopped = await runGrid(plan, scenario, fiscalAxis, localAxis, { kind: 'gap', indicator: FISCAL }, { signal: ctl.signal, onProgress: () => ctl.abort() });
    expect(stopped).toBeNull();
    const big = await runGrid(plan, scenario, { ...fiscalAxis, values: axisValues(0, 0.2, 50) }, { ...localAxis, values: axisValues(0, 0.2, 50) }, { kind: 'probability', indicator: null, spec: {}, paths: 1000 });
    expect(big).toMatchObject({ ok: false, error: { path: 'metric.paths' } });
    expect(await runGrid(plan, scenario, { ...fiscalAxis, values: [] }, localAxis, { kind: 'gap', indicator: FISCAL })).toMatchObject({ ok: false, error: { path: 'axisA.values' } });
    expect(await runGrid(plan, scenario, fiscalAxis, { ...localAxis, values: [0.1, Number.NaN] }, { kind: 'gap', indicator: FISCAL })).toMatchObject({ ok: false, error: { path: 'axisB.values.1' } });
    expect(await runGrid(plan, scenario, fiscalAxis, localAxis, { kind: 'gap', indicator: 'nope' })).toMatchObject({ ok: false, error: { path: 'metric.indicator' } });
  });
});

describe('heatmap', () => {
  const style: HeatmapStyle = { metric: 'probability', unit: '', decimals: 2, aLabel: 'A', bLabel: 'B', aIsRate: true, bIsRate: true, title: '达标概率（%）' };
  const grid = { ok: true as const, a: [0.07, 0.09], b: [0.06], z: [[0.25, null]] };

  it('shows probabilities in percent on a fixed 0–100 scale, with the value in every cell', () => {
    const fig = buildHeatmapFigure(grid, style, 'zh-CN', t);
    const trace = fig.data[0];
    expect(Reflect.get(trace ?? {}, 'z')).toEqual([[25, null]]);
    expect(Reflect.get(trace ?? {}, 'text')).toEqual([['25.0%', '—']]);
    expect(Reflect.get(trace ?? {}, 'x')).toEqual(['7.00%', '9.00%']);
    expect([Reflect.get(trace ?? {}, 'zmin'), Reflect.get(trace ?? {}, 'zmax')]).toEqual([0, 100]);
  });

  it('centres gaps on zero with the largest gap as the reach, in the indicator unit', () => {
    const fig = buildHeatmapFigure({ ...grid, z: [[-1.5, 0.5]] }, { ...style, metric: 'gap', unit: '亿元' }, 'zh-CN', t);
    const trace = fig.data[0];
    expect([Reflect.get(trace ?? {}, 'zmin'), Reflect.get(trace ?? {}, 'zmax')]).toEqual([-1.5, 1.5]);
    expect(Reflect.get(trace ?? {}, 'text')).toEqual([['\u22121.50\u00a0亿元', '+0.50\u00a0亿元']]);
  });

  it('words a cell: gap with unit, gap share and probability in percent, "—" when refused', () => {
    expect(cellText(-0.04, { metric: 'gapPct', unit: '', decimals: 2 }, 'zh-CN')).toBe('\u22124.0%');
    expect(cellText(1 - 1 / 2000, { metric: 'probability', unit: '', decimals: 2 }, 'zh-CN')).toBe('99.95%');
    expect(cellText(null, { metric: 'gap', unit: '亿元', decimals: 2 }, 'zh-CN')).toBe('—');
    expect(cellText(Number.NaN, { metric: 'gap', unit: '亿元', decimals: 2 }, 'zh-CN')).toBe('—');
  });
});

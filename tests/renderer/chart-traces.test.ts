import type { Data } from 'plotly.js-dist-min';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/i18n/setup';
import { buildTrajectoryFigure, previousPlanPath } from '../../renderer/lib/chart-traces';
import { buildCompareFigure } from '../../renderer/lib/compare-traces';
import { project } from '../../renderer/lib/projection';
import { setActual, setGrowth } from '../../renderer/lib/scenario-edit';
import { asTranslate } from '../../renderer/lib/translate';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { seedPlan } from './seed';

const plan = seedPlan();
const t = asTranslate(createI18n('zh-CN').t);
const FISCAL = 'fiscal-revenue-total';

function numbers(trace: Data | undefined, key: 'x' | 'y'): number[] {
  const v: unknown = trace === undefined ? undefined : Reflect.get(trace, key);
  if (!Array.isArray(v)) throw new Error(`trace has no ${key}`);
  return v.map((n) => Number(n));
}

function strings(trace: Data | undefined, key: string): string[] {
  const v: unknown = trace === undefined ? undefined : Reflect.get(trace, key);
  if (!Array.isArray(v)) throw new Error(`trace has no ${key}`);
  return v.map((s) => String(s));
}

function figureFor(scenario: Scenario, id = FISCAL) {
  const run = project(plan, scenario);
  if (!run.ok) throw new Error('scenario does not run');
  const projection = run.result.indicators.find((i) => i.id === id);
  if (!projection) throw new Error('no indicator');
  return buildTrajectoryFigure({ plan, scenario, projection, lang: 'zh-CN', t });
}

const byName = (data: Data[], name: string) => data.find((d) => d.name === name);

describe('previousPlanPath', () => {
  it('grows the 2015 figure at the 13th plan’s planned rate to 2020', () => {
    const path = previousPlanPath(plan, FISCAL);
    expect(path?.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    path?.values.forEach((v, k) => expect(v).toBeCloseTo(13.1 * Math.pow(1.08, k), 10));
  });
  it('is absent where the previous plan gives no rate or the history no start', () => {
    expect(previousPlanPath(plan, 'land-tax-per-mu')).toBeNull();
    expect(previousPlanPath(plan, 'gdp')).toBeNull();
  });
});

describe('buildTrajectoryFigure', () => {
  it('draws history, both target paths, the projection and the yearly gap of 财税 at 5.2 %', () => {
    const fig = figureFor(setGrowth({ name: 's' }, FISCAL, 0.052));
    const history = byName(fig.data, t('chart.history'));
    expect(numbers(history, 'x')).toEqual([2015, 2020]);
    expect(numbers(history, 'y')).toEqual([13.1, 16.9]);
    expect(strings(history, 'hovertext')[0]).toContain('车墩镇“十四五”规划 · “十三五”回顾 · 1.综合实力明显增强');

    const target = byName(fig.data, t('chart.target'));
    expect(numbers(target, 'x')).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    numbers(target, 'y').forEach((v, k) => expect(v).toBeCloseTo(16.9 * Math.pow(1.09, k), 9));

    const proj = byName(fig.data, t('chart.projection'));
    numbers(proj, 'y').forEach((v, k) => expect(v).toBeCloseTo(16.9 * Math.pow(1.052, k), 9));
    expect(strings(proj, 'hovertext')[3]).toContain('假设增速 5.2%（情景设定）');

    const gap = byName(fig.data, t('chart.gap'));
    expect(numbers(gap, 'x')).toEqual([2021, 2022, 2023, 2024, 2025]);
    numbers(gap, 'y').forEach((v, k) => expect(v).toBeCloseTo(16.9 * (Math.pow(1.052, k + 1) - Math.pow(1.09, k + 1)), 9));

    expect(fig.data.some((d) => d.name === t('chart.actual'))).toBe(false);
    expect(JSON.stringify(fig.layout.yaxis)).toContain('亿元');
    expect(JSON.stringify(fig.layout.yaxis2)).toContain('亿元');
  });

  it('draws no gap bars for the baseline, where the gap is rounding noise', () => {
    const fig = figureFor({ name: 'b' });
    expect(numbers(byName(fig.data, t('chart.gap')), 'y')).toEqual([0, 0, 0, 0, 0]);
  });

  it('marks actuals and projects on from them', () => {
    const fig = figureFor(setActual(setGrowth({ name: 's' }, FISCAL, 0.052), FISCAL, 2021, 16.9));
    const actual = byName(fig.data, t('chart.actual'));
    expect(numbers(actual, 'x')).toEqual([2021]);
    expect(numbers(actual, 'y')).toEqual([16.9]);
    expect(strings(actual, 'hovertext')[0]).toContain('实际完成数');
    const proj = byName(fig.data, t('chart.projection'));
    expect(numbers(proj, 'y')[2]).toBeCloseTo(16.9 * 1.052, 9);
    expect(strings(proj, 'hovertext')[2]).toContain('以2021年实际数为起点推算');
  });

  it('draws the running sum against the cumulative target for flow indicators', () => {
    const fig = figureFor({ name: 'b' }, 'industrial-investment');
    const proj = byName(fig.data, t('chart.projection'));
    expect(numbers(proj, 'y').slice(1)).toEqual([10, 20, 30, 40, 50].map((v) => expect.closeTo(v, 9)));
    expect(fig.data.some((d) => d.name === t('chart.history'))).toBe(false);
    expect(JSON.stringify(fig.layout.yaxis)).toContain('累计');
  });
});

describe('buildCompareFigure', () => {
  it('overlays each scenario on the frozen baseline and target, with gap bars per scenario', () => {
    const base = project(plan, { name: 'baseline' });
    const slow = project(plan, setGrowth({ name: 'slow' }, FISCAL, 0.052));
    if (!base.ok || !slow.ok) throw new Error('runs');
    const b = base.result.indicators.find((i) => i.id === FISCAL)!;
    const s = slow.result.indicators.find((i) => i.id === FISCAL)!;
    const fig = buildCompareFigure(b, [{ name: 'slow', projection: s }], 'zh-CN', t);
    expect(fig.data.map((d) => d.name)).toEqual([t('chart.target'), t('chart.baseline'), 'slow', t('chart.gapOf', { name: 'slow' })]);
    numbers(byName(fig.data, t('chart.baseline')), 'y').forEach((v, k) => expect(v).toBeCloseTo(16.9 * Math.pow(1.09, k), 9));
    numbers(byName(fig.data, 'slow'), 'y').forEach((v, k) => expect(v).toBeCloseTo(16.9 * Math.pow(1.052, k), 9));
  });
});

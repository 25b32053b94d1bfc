import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { diffAssumptions, flattenAssumptions } from '../../renderer/lib/assumption-diff';
import { assumptionLabel, assumptionValueText } from '../../renderer/lib/describe-assumption';
import { createI18n } from '../../renderer/i18n/setup';
import { asTranslate } from '../../renderer/lib/translate';
import { seedPlan } from './seed';

const order = ['gdp', 'fiscal-revenue-total', 'local-fiscal-revenue'];

describe('flattenAssumptions', () => {
  it('gives one key per setting', () => {
    const s: Scenario = {
      name: 'a',
      horizon: 2030,
      parameters: { share: 0.36 },
      indicators: { gdp: { growth: 0.06, yearGrowth: { '2022': 0.03 }, actuals: { '2021': 104 } } },
    };
    expect([...flattenAssumptions(s).keys()].sort()).toEqual(
      ['horizon', 'indicators.gdp.actuals.2021', 'indicators.gdp.growth', 'indicators.gdp.yearGrowth.2022', 'parameters.share'].sort(),
    );
  });
});

describe('diffAssumptions', () => {
  it('lists only what differs, with each scenario’s value (undefined = baseline)', () => {
    const a: Scenario = { name: 'a', indicators: { 'fiscal-revenue-total': { growth: 0.052 }, gdp: { growth: 0.06 } } };
    const b: Scenario = { name: 'b', indicators: { 'fiscal-revenue-total': { growth: 0.052 }, gdp: { growth: 0.07 } } };
    const c: Scenario = { name: 'c', indicators: { 'fiscal-revenue-total': { growth: 0.052 } } };
    const diffs = diffAssumptions([a, b, c], order);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]).toMatchObject({ key: 'indicators.gdp.growth', field: 'growth', indicator: 'gdp', values: [0.06, 0.07, undefined] });
  });

  it('compares shock lists deeply and orders scenario-wide settings first, then plan order', () => {
    const shock = { kind: 'level' as const, from: 2022, size: -0.05, label: '减税降费' };
    const a: Scenario = {
      name: 'a',
      parameters: { k: 1 },
      indicators: { 'local-fiscal-revenue': { shocks: [shock] }, gdp: { yearGrowth: { '2023': 0.01 } } },
    };
    const b: Scenario = {
      name: 'b',
      parameters: { k: 2 },
      indicators: { 'local-fiscal-revenue': { shocks: [{ ...shock }] }, gdp: { yearGrowth: { '2023': 0.02 } } },
    };
    const diffs = diffAssumptions([a, b], order);
    expect(diffs.map((d) => d.key)).toEqual(['parameters.k', 'indicators.gdp.yearGrowth.2023']);
  });

  it('finds nothing between identical scenarios', () => {
    const s: Scenario = { name: 'x', indicators: { gdp: { formula: 'prev * 1.05' } } };
    expect(diffAssumptions([s, { ...s, name: 'y' }], order)).toEqual([]);
  });
});

describe('describing a differing assumption', () => {
  const plan = seedPlan();
  const t = asTranslate(createI18n('zh-CN').t);
  it('names the indicator and field and shows values with units and percent', () => {
    const [d] = diffAssumptions(
      [
        { name: 'a', indicators: { 'fiscal-revenue-total': { actuals: { '2021': 16.9 } } } },
        { name: 'b' },
      ],
      order,
    );
    expect(d).toBeDefined();
    expect(assumptionLabel(d!, plan, 'zh-CN', t)).toBe('财税总收入 · 2021年实际数');
    expect(assumptionValueText(d!, d!.values[0], plan, 'zh-CN', t)).toBe('16.90\u00a0亿元');
    expect(assumptionValueText(d!, d!.values[1], plan, 'zh-CN', t)).toBe('规划基准');
  });
});

import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n/setup';
import { assumptionOptions, assumptionValueText, defaultYears, findOption, yearsText } from '../../../renderer/lib/stress-assumptions';
import { buildTornadoFigure, tornadoRows } from '../../../renderer/lib/stress-tornado-chart';
import { asTranslate } from '../../../renderer/lib/translate';
import type { Scenario } from '../../../shared/scenario/scenario-schema';
import { defaultTornadoSteps, tornado } from '../../../shared/stress';
import { seedPlan } from '../seed';
import { FISCAL, LOCAL } from './stress-test-data';

const plan = seedPlan();
const t = asTranslate(createI18n('zh-CN').t);
const NBSP = '\u00a0';
const MINUS = '\u2212';
// 地方财政收入 as a share of 财税总收入 (so its own growth moves nothing), a shock and a 2021 actual on 财税.
const scenario: Scenario = {
  name: '假设',
  parameters: { share: 0.36 },
  indicators: {
    [FISCAL]: { actuals: { '2021': 17.5 }, shocks: [{ kind: 'level', from: 2023, size: -0.05, label: '减税降费' }] },
    [LOCAL]: { formula: 'fiscal * share' },
  },
};

describe('assumption options', () => {
  const options = assumptionOptions(plan, scenario, 'zh-CN', t);

  it('lists what can be varied, lead indicators first, and skips growth where the formula ignores g', () => {
    expect(options.slice(0, 3).map((o) => o.key)).toEqual([`growth:${FISCAL}`, `yearGrowth:${FISCAL}`, `shock:${FISCAL}:0:size`]);
    expect(options.some((o) => o.key === `growth:${LOCAL}`)).toBe(false);
    expect(options.at(-1)?.key).toBe('parameter:share');
    expect(findOption(options, `growth:${FISCAL}`)?.label).toBe('财税总收入 · 年均增速');
    expect(findOption(options, `yearGrowth:${FISCAL}`)?.label).toBe('财税总收入 · 2022–2025年逐年增速');
    expect(findOption(options, `shock:${FISCAL}:0:size`)?.label).toBe('财税总收入 · 冲击1（减税降费）幅度');
    expect(findOption(options, 'parameter:share')?.label).toBe('参数 share');
  });

  it('carries each current value: the target rate when growth is unset, the shock size, the parameter', () => {
    expect(findOption(options, `growth:${FISCAL}`)?.value).toBe(0.09);
    // GDP's 2025 target is the index 100 × 1.07^5 = 140.26: a 7 % target rate.
    expect(findOption(options, 'growth:gdp')?.value).toBe(0.07);
    expect(findOption(options, `shock:${FISCAL}:0:size`)?.value).toBe(-0.05);
    expect(findOption(options, 'parameter:share')).toMatchObject({ value: 0.36, isRate: false });
  });

  it('covers per-year growth from the first projected year, or from the year after the last actual', () => {
    expect(defaultYears(plan, scenario, 'gdp', 2025)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(defaultYears(plan, scenario, FISCAL, 2025)).toEqual([2022, 2023, 2024, 2025]);
    expect(findOption(options, 'yearGrowth:gdp')?.assumption).toEqual({ kind: 'yearGrowth', indicator: 'gdp', years: [2021, 2022, 2023, 2024, 2025] });
  });

  it('words years and values', () => {
    expect([yearsText([2024, 2022, 2023]), yearsText([2022, 2024]), yearsText([2023]), yearsText([])]).toEqual(['2022–2024', '2022, 2024', '2023', '']);
    expect([assumptionValueText(0.09, true, 'zh-CN'), assumptionValueText(-0.0525, true, 'zh-CN'), assumptionValueText(null, true, 'zh-CN')]).toEqual(['9.00%', `${MINUS}5.25%`, '—']);
    expect([assumptionValueText(0.36, false, 'zh-CN'), assumptionValueText(1234.5, false, 'en'), assumptionValueText(100, false, 'zh-CN'), assumptionValueText(0, false, 'zh-CN')]).toEqual(['0.36', '1,234.5', '100', '0']);
  });
});

describe('tornado rows and chart', () => {
  const steps = defaultTornadoSteps(plan, scenario, LOCAL);
  const result = tornado(plan, scenario, steps, LOCAL);
  if (!result.ok) throw new Error(result.error.message);
  const rows = tornadoRows(result, plan, scenario, { unit: '亿元', decimals: 2 }, 'zh-CN', t);
  // local = share × fiscal, fiscal_2025 = 17.5 (1 + g)^4 × 0.95 (actual 2021, shock from 2023); target 6.1 × 1.08^5.
  const local = (share: number, g: number, size = -0.05): number => share * 17.5 * Math.pow(1 + g, 4) * (1 + size) - 6.1 * Math.pow(1.08, 5);
  const signed = (v: number): string => `${v < 0 ? MINUS : '+'}${Math.abs(v).toFixed(2)}${NBSP}亿元`;

  it('ranks the assumptions by swing and gives each end its value and 2025 gap in 亿元', () => {
    expect(rows.map((r) => r.label)).toEqual(['参数 share', '财税总收入 · 年均增速', '财税总收入 · 冲击1（减税降费）幅度']);
    const [share, growth, shock] = rows;
    expect(share).toMatchObject({ setting: '0.36 ± 0.036', lowValue: '0.324', highValue: '0.396', lowGapText: signed(local(0.324, 0.09)), highGapText: signed(local(0.396, 0.09)) });
    expect(growth).toMatchObject({ setting: '9.00% ± 1.00%', lowValue: '8.00%', highValue: '10.00%', lowGapText: signed(local(0.36, 0.08)), highGapText: signed(local(0.36, 0.1)) });
    expect(shock).toMatchObject({ setting: `${MINUS}5.00% ± 1.00%`, lowGapText: signed(local(0.36, 0.09, -0.06)), highGapText: signed(local(0.36, 0.09, -0.04)) });
    expect(growth?.swing).toBeCloseTo(local(0.36, 0.1) - local(0.36, 0.08), 9);
    expect(growth?.swingText).toBe(`${(local(0.36, 0.1) - local(0.36, 0.08)).toFixed(2)}${NBSP}亿元`);
  });

  it('draws bars from the current gap to each end, with the current gap named in the axis title', () => {
    const base = local(0.36, 0.09);
    expect(result.baseGap).toBeCloseTo(base, 9);
    const fig = buildTornadoFigure(rows, result.baseGap, { unit: '亿元', decimals: 2 }, 'zh-CN', t);
    const up = fig.data[1];
    expect(Reflect.get(up ?? {}, 'base')).toEqual([base, base, base].map((b) => expect.closeTo(b, 9)));
    const x: unknown = Reflect.get(up ?? {}, 'x');
    expect(Array.isArray(x) ? Number(x[1]) : Number.NaN).toBeCloseTo(local(0.36, 0.1) - base, 9);
    expect(fig.layout.xaxis?.title).toEqual({ text: `期末差距（亿元）；虚线为当前差距 ${signed(base)}` });
    expect(fig.layout.shapes?.[0]).toMatchObject({ x0: result.baseGap, x1: result.baseGap });
  });
});

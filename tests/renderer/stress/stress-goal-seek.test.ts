import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n/setup';
import { assumptionOptions, findOption, type AssumptionOption } from '../../../renderer/lib/stress-assumptions';
import { applyFoundValue, defaultRange, goalSeekRequest, rangeText, runGoalSeek, type GoalSeekForm } from '../../../renderer/lib/stress-goal-seek';
import { asTranslate } from '../../../renderer/lib/translate';
import type { Scenario } from '../../../shared/scenario/scenario-schema';
import { seedPlan } from '../seed';
import { FISCAL, FISCAL_2020 } from './stress-test-data';

const plan = seedPlan();
const t = asTranslate(createI18n('zh-CN').t);
const NBSP = '\u00a0';
const TARGET = FISCAL_2020 * Math.pow(1.09, 5);
// 财税 flat in 2021 (an actual of 16.9), a 减税降费 level shock from 2023, and a parameter.
const scenario: Scenario = {
  name: '求解',
  parameters: { share: 0.36 },
  indicators: { [FISCAL]: { actuals: { '2021': 16.9 }, shocks: [{ kind: 'level', from: 2023, size: -0.05, label: '减税降费' }] } },
};
const options = assumptionOptions(plan, scenario, 'zh-CN', t);

function option(key: string): AssumptionOption {
  const o = findOption(options, key);
  if (!o) throw new Error(`no option ${key}`);
  return o;
}

const form = (over: Partial<GoalSeekForm> = {}): GoalSeekForm => ({ indicator: FISCAL, assumptionKey: `growth:${FISCAL}`, years: [], lo: '0', hi: '40', ...over });

describe('goal-seek form', () => {
  it('reads percent for rates and plain numbers for a parameter', () => {
    expect(goalSeekRequest(form({ lo: '−5', hi: '12.5%' }), options, t)).toEqual({
      ok: true,
      isRate: true,
      request: { indicator: FISCAL, assumption: { kind: 'growth', indicator: FISCAL }, lo: -0.05, hi: 0.125 },
    });
    const p = goalSeekRequest(form({ assumptionKey: 'parameter:share', lo: '0.1', hi: '0.9' }), options, t);
    expect(p).toMatchObject({ ok: true, isRate: false, request: { lo: 0.1, hi: 0.9 } });
  });

  it('names the field that is wrong and says why', () => {
    expect(goalSeekRequest(form({ indicator: '' }), options, t)).toEqual({ ok: false, field: 'indicator', message: '请选择目标指标。' });
    expect(goalSeekRequest(form({ assumptionKey: 'growth:nope' }), options, t)).toMatchObject({ ok: false, field: 'assumption' });
    expect(goalSeekRequest(form({ lo: 'abc' }), options, t)).toEqual({ ok: false, field: 'lo', message: '不是有效的数字。' });
    expect(goalSeekRequest(form({ lo: '5', hi: '5' }), options, t)).toEqual({ ok: false, field: 'hi', message: '下限须小于上限。' });
    expect(goalSeekRequest(form({ assumptionKey: `yearGrowth:${FISCAL}`, years: [] }), options, t)).toMatchObject({ ok: false, field: 'years' });
  });

  it('offers ranges wide enough for each kind of assumption, shown in the form’s units', () => {
    expect(defaultRange(option(`growth:${FISCAL}`))).toEqual([-0.2, 0.4]);
    expect(defaultRange(option(`shock:${FISCAL}:0:size`))).toEqual([-0.5, 0.5]);
    expect(defaultRange(option('parameter:share'))).toEqual([0, 0.72]);
    expect([rangeText(0.4, true), rangeText(-0.2, true), rangeText(0.36, false), rangeText(0.114, true)]).toEqual(['40', '-20', '0.36', '11.4']);
  });
});

describe('runGoalSeek', () => {
  it('finds the growth that meets the 2025 target after a flat 2021 and a −5 % shock: (1.09^5 / 0.95)^(1/4) − 1', () => {
    const req = goalSeekRequest(form(), options, t);
    if (!req.ok) throw new Error(req.message);
    const out = runGoalSeek(plan, scenario, req.request, option(`growth:${FISCAL}`), 'zh-CN', t);
    const exact = Math.pow(Math.pow(1.09, 5) / 0.95, 1 / 4) - 1;
    if (!out.ok) throw new Error(out.message);
    expect(out.value).toBeCloseTo(exact, 9);
    expect(out.valueText).toBe(`${(exact * 100).toFixed(2)}%`);
    expect(out.gapText).toBe(`0.00${NBSP}亿元`);
  });

  it('says there is no solution, with the 2025 gap at both ends of the range in 亿元', () => {
    const req = goalSeekRequest(form({ lo: '0', hi: '5' }), options, t);
    if (!req.ok) throw new Error(req.message);
    const out = runGoalSeek(plan, scenario, req.request, option(`growth:${FISCAL}`), 'zh-CN', t);
    expect(out).toMatchObject({ ok: false, code: 'NO_SOLUTION' });
    const gap = (g: number): string => `\u2212${Math.abs(FISCAL_2020 * Math.pow(1 + g, 4) * 0.95 - TARGET).toFixed(2)}${NBSP}亿元`;
    if (!out.ok) {
      expect(out.message).toContain(gap(0));
      expect(out.message).toContain(gap(0.05));
      expect(out.message).toContain('0.00% 至 5.00%');
      expect(out.message).toContain('财税总收入 · 年均增速');
    }
  });

  it('applies a found value through the workbench edits: growth, chosen years, a shock field, a parameter', () => {
    expect(applyFoundValue(scenario, { kind: 'growth', indicator: FISCAL }, 0.1)?.indicators?.[FISCAL]?.growth).toBe(0.1);
    const years = applyFoundValue(scenario, { kind: 'yearGrowth', indicator: FISCAL, years: [2022, 2024] }, 0.12);
    expect(years?.indicators?.[FISCAL]?.yearGrowth).toEqual({ '2022': 0.12, '2024': 0.12 });
    const shock = applyFoundValue(scenario, { kind: 'shock', indicator: FISCAL, index: 0, field: 'size' }, -0.02);
    expect(shock?.indicators?.[FISCAL]?.shocks).toEqual([{ kind: 'level', from: 2023, size: -0.02, label: '减税降费' }]);
    expect(applyFoundValue(scenario, { kind: 'shock', indicator: FISCAL, index: 3, field: 'size' }, -0.02)).toBeNull();
    expect(applyFoundValue(scenario, { kind: 'parameter', name: 'share' }, 0.4)?.parameters).toEqual({ share: 0.4 });
  });
});

import { describe, expect, it } from 'vitest';
import { createI18n } from '../../renderer/i18n/setup';
import { assumedGrowth, explainYear } from '../../renderer/lib/explain-number';
import { project } from '../../renderer/lib/projection';
import { addShock, setFormula, setYearGrowth } from '../../renderer/lib/scenario-edit';
import { asTranslate } from '../../renderer/lib/translate';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { seedPlan } from './seed';

const plan = seedPlan();
const FISCAL = 'fiscal-revenue-total';

function explain(scenario: Scenario, id: string, year: number, lang: 'zh-CN' | 'en' = 'zh-CN') {
  const run = project(plan, scenario);
  if (!run.ok) throw new Error('does not run');
  const projection = run.result.indicators.find((i) => i.id === id)!;
  const row = projection.years.find((r) => r.year === year)!;
  return explainYear({ plan, scenario, projection, lang, t: asTranslate(createI18n(lang).t) }, row);
}

describe('explain this number', () => {
  it('cites the plan for the base year', () => {
    const lines = explain({ name: 'b' }, FISCAL, 2020);
    expect(lines[0]).toBe('2020年：16.90\u00a0亿元');
    expect(lines).toContain('规划数据，出处：车墩镇“十四五”规划 · “十三五”回顾 · 1.综合实力明显增强');
  });

  it('explains a derived base with its note', () => {
    const lines = explain({ name: 'b' }, 'gdp', 2020);
    expect(lines.some((l) => l.includes('以2020年为100的指数'))).toBe(true);
  });

  it('names the growth used that year, its origin, the shocks in force and the realised growth', () => {
    let s = setYearGrowth({ name: 's' }, FISCAL, 2023, 0.02);
    s = addShock(s, FISCAL, { kind: 'level', from: 2022, size: -0.05, label: '减税降费' });
    const lines = explain(s, FISCAL, 2023);
    expect(lines).toContain('假设增速 2.0%（该年单独设定）');
    expect(lines).toContain('冲击：减税降费: 水平冲击 \u22125.0%（2022年起持续）');
    expect(lines).toContain('当年实际增长 2.0%');
    const before = explain(s, FISCAL, 2021);
    expect(before).toContain('假设增速 9.0%（规划目标增速）');
    expect(before.some((l) => l.startsWith('冲击'))).toBe(false);
  });

  it('shows the formula and escapes markup in it', () => {
    const s = setFormula({ name: 's' }, 'local-fiscal-revenue', 'fiscal * 0.36');
    const lines = explain(s, 'local-fiscal-revenue', 2022, 'en');
    expect(lines).toContain('Driver formula: fiscal * 0.36');
    // 16.9 × 1.09² × 0.36
    expect(lines[0]).toBe(`2022: ${(16.9 * 1.09 * 1.09 * 0.36).toFixed(2)}\u00a0100 million yuan`);
  });

  it('says where the baseline growth comes from for flows', () => {
    const run = project(plan, { name: 'b' });
    if (!run.ok) throw new Error('does not run');
    const projection = run.result.indicators.find((i) => i.id === 'industrial-investment')!;
    expect(assumedGrowth({ plan, scenario: { name: 'b' }, projection }, 2022)).toEqual({ rate: 0, source: 'flat' });
  });
});

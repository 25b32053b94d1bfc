import { describe, expect, it } from 'vitest';
import { keyAssumptions, assumptionLines, shockText } from '../../../shared/export/assumption-text';
import { chartFootnote, chartFootnoteLines, textWidth, wrapText } from '../../../shared/export/footnote';
import { seedPlan } from '../engine/seed-plan';

const plan = seedPlan();

describe('chart footnote', () => {
  it('names the scenario, the date passed in and the key assumptions; seed and paths only when given', () => {
    const text = chartFootnote({ scenarioName: '减税降费', date: '2026-11-23', assumptions: ['财税总收入：年增速 5.2%'], lang: 'zh-CN' });
    expect(text).toBe('情景：减税降费 ｜ 导出日期：2026-11-23 ｜ 主要假设：财税总收入：年增速 5.2%');
    const stress = chartFootnote({ scenarioName: 's', date: '2026-01-02', assumptions: [], seed: 42, paths: 10000, lang: 'en' });
    expect(stress).toBe('Scenario: s | Exported: 2026-01-02 | Key assumptions: plan baseline | seed 42 | paths 10,000');
  });

  it('wraps to the width in half-width units (a Chinese character counts 2) and cuts with an ellipsis', () => {
    expect(textWidth('财税a')).toBe(5);
    const lines = wrapText('方案：减税降费叠加疫情冲击；主要假设：财税总收入年增速5.2%，地方财政收入年增速4.0%', 20, 2);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(20);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(wrapText('short text', 40, 3)).toEqual(['short text']);
    const all = chartFootnoteLines({ scenarioName: 'x', date: '2026-11-23', assumptions: ['a'.repeat(300)], lang: 'en' }, 100, 10);
    expect(all.join('')).toContain('a'.repeat(90));
    for (const l of all) expect(textWidth(l)).toBeLessThanOrEqual(100);
  });
});

describe('assumption text', () => {
  it('describes each shock kind in both languages', () => {
    expect(shockText({ kind: 'level', from: 2022, size: -0.05, label: '减税降费' }, 'zh-CN')).toBe('减税降费：水平 −5.0%（2022年起）');
    expect(shockText({ kind: 'dip', year: 2022, depth: 0.08, duration: 1, recovery: 2 }, 'en')).toBe('dip 8.0% in 2022 for 1 yr, recovery 2 yr');
    expect(shockText({ kind: 'growth', from: 2023, to: 2025, delta: 0.01 }, 'zh-CN')).toBe('增速 +1.0个百分点（2023–2025年）');
  });

  it('lists the chart indicator first, then the others, and the parameters', () => {
    const scenario = {
      name: 's',
      parameters: { share: 0.36 },
      indicators: {
        'local-fiscal-revenue': { growth: 0.04 },
        'fiscal-revenue-total': { growth: 0.052, yearGrowth: { '2023': 0.1 }, actuals: { '2021': 17.5 } },
      },
    };
    expect(keyAssumptions(plan, scenario, 'fiscal-revenue-total', 'zh-CN')).toEqual([
      '财税总收入：年增速 5.2%，2023年增速 10.0%，实际完成数 2021 17.50',
      '地方财政收入：年增速 4.0%',
      '参数：share = 0.36',
    ]);
    const lines = assumptionLines(plan, { name: 'b' }, 'en');
    expect(lines).toHaveLength(plan.indicators.length);
    expect(lines.every((l) => l.phrases.length === 0)).toBe(true);
  });
});

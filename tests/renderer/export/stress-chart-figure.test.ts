import type { Annotation, Data } from 'plotly.js-dist-min';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n/setup';
import type { StressChartRequest } from '../../../renderer/export/chart-export-request';
import {
  histogramExportFigure,
  stressChartExportFigure,
  stressChartKinds,
  stressChartSubject,
  type StressExportContext,
} from '../../../renderer/export/stress-chart-figure';
import type { Lang } from '../../../renderer/lib/format';
import { asTranslate } from '../../../renderer/lib/translate';
import type { Figure } from '../../../renderer/lib/chart-traces';
import { seedPlan } from '../seed';
import { FISCAL, handMadeIndicator } from '../stress/stress-test-data';

const SIZE = { width: 1920, height: 1080 };

function context(lang: Lang): StressExportContext {
  return {
    plan: seedPlan(),
    scenario: { name: '减税', indicators: { [FISCAL]: { growth: 0.052 } } },
    scenarioName: '减税',
    date: '2026-03-04',
    lang,
    t: asTranslate(createI18n(lang).t),
  };
}

/** The hand-made result: median 22.40 and target 26.0027 亿元 in 2025, P(meet) 22.49 % of 10,000 paths. */
function request(over: Partial<StressChartRequest> = {}): StressChartRequest {
  const ind = handMadeIndicator();
  const percentiles = ind.percentiles.map((r) => (r.year === 2025 ? { ...r, p50: 22.4 } : r));
  return { kind: 'fan', indicator: { ...ind, percentiles }, seed: 77, paths: 10_000, stale: false, ...over };
}

/** Every annotation's text with Plotly's markup (<b>, <br>) and no-break spaces made plain. */
function texts(figure: Figure): string[] {
  return (figure.layout.annotations ?? []).map((a: Partial<Annotation>) =>
    String(a.text ?? '').replace(/<\/?b>/g, '').replace(/<br>/g, '\n').replace(/\u00a0/g, ' '),
  );
}

function field(trace: Data | undefined, key: string): unknown {
  return trace === undefined ? undefined : Reflect.get(trace, key);
}

describe('stress chart export figure', () => {
  it('frames the fan chart at 1920×1080: title with unit and scenario, plan, years and the probability', () => {
    const fig = stressChartExportFigure(context('zh-CN'), request(), SIZE);
    expect([fig.layout.width, fig.layout.height]).toEqual([1920, 1080]);
    const all = texts(fig);
    expect(all).toContain('财税总收入 · 扇形图（亿元）— 减税');
    // SE = √(0.2249 × 0.7751 / 10,000) = 0.00418: "0.4%".
    expect(all).toContain('车墩镇“十四五”规划 · 2020–2025年 · 压力测试：2025年达标概率 22.5%（± 0.4%）');
  });

  it('writes the seed, the path count and the scenario assumptions in the footnote', () => {
    const note = texts(stressChartExportFigure(context('zh-CN'), request(), SIZE)).find((t) => t.startsWith('情景：')) ?? '';
    expect(note.replace(/\n/g, '')).toBe('情景：减税 ｜ 导出日期：2026-03-04 ｜ 主要假设：财税总收入：年增速 5.2% ｜ 随机种子 77 ｜ 路径数 10,000');
  });

  it('adds the uncertainty the run drew for the indicator, also for a stale run', () => {
    const spec = { growth: { [FISCAL]: { kind: 'normal' as const, sd: 0.0626 } }, economy: { loadings: { [FISCAL]: 0.8 } } };
    const live = texts(stressChartExportFigure(context('zh-CN'), request({ spec }), SIZE)).join('').replace(/\n/g, '');
    expect(live).toContain('主要假设：财税总收入：年增速 5.2%；不确定性：年增速偏差 正态 σ 6.3%，经济因子载荷 0.8');
    const baselineCtx = { ...context('zh-CN'), scenario: { name: '基准', indicators: {} } };
    const baseline = texts(stressChartExportFigure(baselineCtx, request({ spec }), SIZE)).join('').replace(/\n/g, '');
    expect(baseline).toContain('主要假设：沿用规划基线；不确定性：年增速偏差 正态 σ 6.3%');
    const stale = texts(stressChartExportFigure(context('zh-CN'), request({ spec, stale: true }), SIZE)).join('').replace(/\n/g, '');
    expect(stale).toContain('不确定性：年增速偏差 正态 σ 6.3%，经济因子载荷 0.8');
  });

  it('labels the horizon median below the higher target, in the unit, at 2025', () => {
    const fig = stressChartExportFigure(context('zh-CN'), request(), SIZE);
    const labels = (fig.layout.annotations ?? []).filter((a) => a.xref === 'x');
    expect(labels.map((a) => [a.x, a.y, a.yanchor, String(a.text).replace(/\u00a0/g, ' ')])).toEqual([
      [2025, 22.4, 'top', '<b>中位数 22.40 亿元</b>'],
      [2025, 26.0027, 'bottom', '<b>目标 26.00 亿元</b>'],
    ]);
  });

  it('a stale run says so in the subtitle and does not claim the current assumptions', () => {
    const all = texts(stressChartExportFigure(context('zh-CN'), request({ stale: true }), SIZE)).join('\n');
    expect(all).toContain('结果已过期：运行之后情景或不确定性设定有改动');
    expect(all).toContain('主要假设：运行之后已改动，与当前情景不同');
    expect(all).not.toContain('5.2%');
    expect(all).toContain('随机种子 77');
  });

  it('is in English when the UI is: title, probability, labels with the long unit on its own line, footnote', () => {
    const all = texts(stressChartExportFigure(context('en'), request(), SIZE)).join('\n');
    expect(all).toContain('Total fiscal revenue · fan chart (100 million yuan) — 减税');
    expect(all).toContain('Stress test: probability of meeting the 2025 target 22.5% (± 0.4%)');
    expect(all).toContain('median 22.40\n100 million yuan');
    expect(all.replace(/\n/g, ' ')).toContain('Key assumptions: Total fiscal and tax revenue: growth 5.2%/yr | seed 77 | paths 10,000');
  });

  it('exports the histogram: misses and other bins apart, share of paths in percent, the target as a line in the legend', () => {
    const t = asTranslate(createI18n('zh-CN').t);
    const fig = histogramExportFigure(request().indicator, 10_000, 'zh-CN', t);
    const [misses, others, target] = fig.data;
    // Counts 1000, 3000, 3500, 1800 below 26.0027 in bins 18–20 … 24–26, and 700 in 26–28, of 10,000 paths.
    expect([field(misses, 'name'), field(misses, 'x')]).toEqual(['未达目标的路径', [19, 21, 23, 25]]);
    expect(field(misses, 'y')).toEqual([10, 30, 35, 18].map((v) => expect.closeTo(v, 12)));
    expect([field(others, 'name'), field(others, 'x')]).toEqual(['其余路径', [27]]);
    expect(field(others, 'y')).toEqual([expect.closeTo(7, 12)]);
    expect(String(field(target, 'name')).replace(/\u00a0/g, ' ')).toBe('目标 26.00 亿元');
    expect(field(target, 'x')).toEqual([26.0027, 26.0027]);
    expect(field(target, 'y')).toEqual([0, expect.closeTo(35 * 1.05, 12)]);
    expect([fig.layout.shapes, fig.layout.annotations]).toEqual([[], []]);
    const framed = stressChartExportFigure(context('zh-CN'), request({ kind: 'histogram' }), SIZE);
    expect(texts(framed)).toContain('财税总收入 · 2025年分布（亿元）— 减税');
    expect(texts(framed).join('\n')).toContain('随机种子 77');
  });

  it('offers the histogram only when the indicator varies and its bins were kept; names the file subject', () => {
    const ind = request().indicator;
    expect(stressChartKinds(ind)).toEqual(['fan', 'histogram']);
    expect(stressChartKinds({ ...ind, uncertain: false })).toEqual(['fan']);
    expect(stressChartKinds({ ...ind, histogram: { edges: [], counts: [] } })).toEqual(['fan']);
    expect(stressChartSubject(request(), 'zh-CN')).toBe('财税总收入-扇形图');
    expect(stressChartSubject(request({ kind: 'histogram' }), 'en')).toBe('Total fiscal revenue-distribution in 2025');
  });
});

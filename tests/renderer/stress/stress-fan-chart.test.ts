import type { Data } from 'plotly.js-dist-min';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/i18n/setup';
import { buildFanFigure, FAN_BANDS, fanFill } from '../../../renderer/lib/stress-fan-chart';
import { buildHistogramFigure, histogramBars } from '../../../renderer/lib/stress-histogram-chart';
import { asTranslate } from '../../../renderer/lib/translate';
import { FISCAL, FISCAL_2020, FISCAL_RATE, handMadeIndicator, indicatorOf, lognormalRun } from './stress-test-data';

const t = asTranslate(createI18n('zh-CN').t);

function ys(trace: Data | undefined): number[] {
  const v: unknown = trace === undefined ? undefined : Reflect.get(trace, 'y');
  if (!Array.isArray(v)) throw new Error('trace has no y');
  return v.map(Number);
}

describe('fan chart', () => {
  const { result } = lognormalRun();
  const ind = indicatorOf(result, FISCAL);
  const fig = buildFanFigure(ind, 'zh-CN', t);
  const named = (name: string) => fig.data.filter((d) => d.name === name);

  it('draws the three bands widest first, each a bare lower edge and an upper edge filled down to it', () => {
    expect(FAN_BANDS.map((b) => `${b.lo}-${b.hi}`)).toEqual(['p5-p95', 'p10-p90', 'p25-p75']);
    for (const [k, name] of ['P5–P95', 'P10–P90', 'P25–P75'].entries()) {
      const [lower, upper] = named(name);
      expect(fig.data.indexOf(lower ?? {})).toBe(2 * k);
      expect(Reflect.get(lower ?? {}, 'fill')).toBeUndefined();
      expect(Reflect.get(upper ?? {}, 'fill')).toBe('tonexty');
      expect(Reflect.get(upper ?? {}, 'fillcolor')).toBe(fanFill(FAN_BANDS[k]?.opacity ?? 0));
      ys(lower).forEach((lo, y) => expect(lo).toBeLessThanOrEqual(ys(upper)[y] ?? Number.NaN));
    }
  });

  it('puts the median between the bands, near the exact lognormal median 16.9 × 1.07^t', () => {
    const median = ys(named('中位数（P50）')[0]);
    const [p25, p75] = [ys(named('P25–P75')[0]), ys(named('P25–P75')[1])];
    median.forEach((m, k) => {
      expect(m).toBeGreaterThanOrEqual(p25[k] ?? Number.NaN);
      expect(m).toBeLessThanOrEqual(p75[k] ?? Number.NaN);
      // The median's standard error: V_t s √(1/4 / n) / φ(0), s = 0.05 √t on the log scale.
      const exact = FISCAL_2020 * Math.pow(1.07, k);
      const se = exact * 0.05 * Math.sqrt(k) * Math.sqrt(0.25 / result.paths) * Math.sqrt(2 * Math.PI);
      expect(Math.abs(m - exact)).toBeLessThanOrEqual(3 * se + 1e-12);
    });
  });

  it('draws the target path 16.9 × 1.09^t and the deterministic projection 16.9 × 1.07^t', () => {
    ys(named('目标路径')[0]).forEach((v, k) => expect(v).toBeCloseTo(FISCAL_2020 * Math.pow(1 + FISCAL_RATE, k), 10));
    ys(named('确定性推算')[0]).forEach((v, k) => expect(v).toBeCloseTo(FISCAL_2020 * Math.pow(1.07, k), 10));
    expect(fig.data).toHaveLength(9);
  });

  it('carries the unit in the axis title and in every hover', () => {
    expect(fig.layout.yaxis?.title).toEqual({ text: '财税总收入（亿元）' });
    for (const d of fig.data.filter((x) => Reflect.get(x, 'hoverinfo') !== 'skip')) {
      const hover: unknown = Reflect.get(d, 'hovertext');
      expect(Array.isArray(hover) && hover.every((h) => String(h).includes('亿元'))).toBe(true);
    }
    const flow = buildFanFigure({ ...ind, flow: true }, 'zh-CN', t);
    expect(flow.layout.yaxis?.title).toEqual({ text: '财税总收入累计（亿元）' });
  });
});

describe('horizon histogram', () => {
  it('gives each bin its own width and share; bins wholly below the target are the misses', () => {
    const bars = histogramBars(handMadeIndicator(), 10_000);
    expect(bars.map((b) => [b.lo, b.hi, b.center, b.width])).toEqual([
      [18, 20, 19, 2],
      [20, 22, 21, 2],
      [22, 24, 23, 2],
      [24, 26, 25, 2],
      [26, 28, 27, 2],
    ]);
    expect(bars.map((b) => b.share)).toEqual([0.1, 0.3, 0.35, 0.18, 0.07]);
    expect(bars.map((b) => b.below)).toEqual([true, true, true, true, false]);
  });

  it('draws a value equal on every path 1 % wide, and the target line and label in the unit', () => {
    const [bar] = histogramBars(handMadeIndicator({ histogram: { edges: [20, 20], counts: [500] } }), 500);
    expect(bar).toMatchObject({ lo: 20, hi: 20, center: 20, width: 0.2, share: 1 });
    const fig = buildHistogramFigure(handMadeIndicator(), 10_000, 'zh-CN', t);
    expect(fig.layout.shapes?.[0]).toMatchObject({ x0: 26.0027, x1: 26.0027 });
    expect(fig.layout.annotations?.[0]?.text).toBe('目标 26.00\u00a0亿元');
    ys(fig.data[0]).forEach((y, k) => expect(y).toBeCloseTo([10, 30, 35, 18, 7][k] ?? Number.NaN, 12));
  });
});

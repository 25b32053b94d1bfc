import { describe, expect, it } from 'vitest';
import { formatCount, formatShare, jointCard, probabilityCard, toneOf } from '../../../renderer/lib/stress-cards';
import { FISCAL, FISCAL_2020, FISCAL_RATE, handMadeIndicator, indicatorOf, lognormalRun } from './stress-test-data';

const NBSP = '\u00a0';

describe('formatShare', () => {
  it('shows one decimal of percent for ordinary shares', () => {
    expect(formatShare(0.4827, 'zh-CN')).toBe('48.3%');
    expect(formatShare(0.005, 'en')).toBe('0.5%');
  });

  it('keeps exact 0 and 1 at one decimal', () => {
    expect(formatShare(0, 'zh-CN')).toBe('0.0%');
    expect(formatShare(1, 'zh-CN')).toBe('100.0%');
  });

  it('never rounds a share that is not 0 or 1 to "0.0%" or "100.0%"', () => {
    // 4 of 10,000 paths; 3 misses in 10,000; one path in 1,000,000 each way.
    expect(formatShare(4 / 10_000, 'zh-CN')).toBe('0.04%');
    expect(formatShare(1 - 3 / 10_000, 'zh-CN')).toBe('99.97%');
    expect(formatShare(1 / 1_000_000, 'zh-CN')).toBe('0.0001%');
    expect(formatShare(1 - 1 / 1_000_000, 'zh-CN')).toBe('99.9999%');
    expect(formatShare(Math.sqrt((0.0001 * 0.9999) / 1_000_000), 'zh-CN')).toBe('0.001%');
  });
});

describe('toneOf', () => {
  it('is likely from 80 %, even from 50 %, else unlikely', () => {
    expect([0.8, 0.7999, 0.5, 0.4999, 0].map(toneOf)).toEqual(['likely', 'even', 'even', 'unlikely', 'unlikely']);
  });
});

describe('probabilityCard', () => {
  it('words every figure with its unit', () => {
    const c = probabilityCard(handMadeIndicator(), 10_000, 'zh-CN');
    expect(c).toMatchObject({
      id: FISCAL,
      name: '财税总收入',
      probability: '22.5%',
      // √(0.2249 × 0.7751 / 10,000) = 0.00418
      standardError: '0.4%',
      tone: 'unlikely',
      met: '2,249',
      paths: '10,000',
      target: `26.00${NBSP}亿元`,
      median: `22.13${NBSP}亿元`,
      p5: `18.50${NBSP}亿元`,
      p95: `26.50${NBSP}亿元`,
      shortfall: `3.46${NBSP}亿元`,
      uncertain: true,
    });
    const en = probabilityCard(handMadeIndicator({ expectedShortfall: null }), 10_000, 'en');
    expect(en.target).toBe(`26.00${NBSP}100 million yuan`);
    expect(en.shortfall).toBeNull();
  });

  it('matches a seeded run of lognormal growth: P(meet) near 1 − Φ(ln(1.09/1.07)·√5/σ)', () => {
    const { result } = lognormalRun();
    const ind = indicatorOf(result, FISCAL);
    const c = probabilityCard(ind, result.paths, 'zh-CN');
    // ln V_2025 − ln target = 5 ln(1.07/1.09) + 0.05 ΣZ: P(meet) = P(Z > 5 ln(1.09/1.07) / (0.05 √5)) ≈ 1 − Φ(1.657) = 4.9 %.
    const z = (5 * Math.log(1.09 / 1.07)) / (0.05 * Math.sqrt(5));
    const exact = 0.5 * erfc(z / Math.SQRT2);
    const shown = Number(c.probability.replace('%', '')) / 100;
    expect(Math.abs(shown - exact)).toBeLessThan(3 * Math.sqrt((exact * (1 - exact)) / result.paths) + 0.0005);
    expect(c.target).toBe(`${(FISCAL_2020 * Math.pow(1 + FISCAL_RATE, 5)).toFixed(2)}${NBSP}亿元`);
    expect(c.paths).toBe(formatCount(4000, 'zh-CN'));
    expect(c.paths).toBe('4,000');
  });
});

describe('jointCard', () => {
  it('shows the share of paths meeting every target with its standard error and count', () => {
    const { result } = lognormalRun();
    const j = jointCard({ ...result, jointProbability: 0.36, jointStandardError: Math.sqrt((0.36 * 0.64) / 4000), jointMet: 1440 }, 'zh-CN');
    // √(0.36 × 0.64 / 4000) = 0.00759
    expect(j).toEqual({ probability: '36.0%', standardError: '0.8%', tone: 'unlikely', met: '1,440', paths: '4,000', count: result.indicators.length });
  });
});

/** erfc by the continued fraction (Lentz), independent of the engine's normal CDF; for x ≥ 0. */
function erfc(x: number): number {
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 200; n++) {
    const a = n / 2;
    d = 1 / (x + a * d);
    c = x + a / c;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.exp(-x * x) / (f * Math.sqrt(Math.PI));
}

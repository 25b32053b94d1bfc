import { describe, expect, it } from 'vitest';
import { DEFAULT_TWO_SIGMA, shockActiveIn, shockFromTemplate, twoSigmaGrowth } from '../../renderer/lib/shock-templates';
import { seedPlan } from './seed';

describe('twoSigmaGrowth', () => {
  it('falls back to ±2 pp when the plan has no year-by-year 13th-plan figures (the seed has 2015 and 2020 only)', () => {
    expect(twoSigmaGrowth(seedPlan(), 'fiscal-revenue-total')).toEqual({ size: DEFAULT_TWO_SIGMA, source: 'default', samples: 0 });
  });

  it('measures two sample standard deviations of yearly growth when the history has consecutive years', () => {
    const plan = seedPlan();
    const cite = { doc: 'plan-14th', ref: 'test' };
    const values = [100, 110, 115.5, 127.05, 133.4025];
    const ind = plan.indicators.find((i) => i.id === 'fiscal-revenue-total')!;
    ind.history = values.map((value, k) => ({ year: 2016 + k, value, cite }));
    // growth 10 %, 5 %, 10 %, 5 %: mean 7.5 %, sample variance (4 × 0.025²) / 3
    const sd = Math.sqrt((4 * 0.025 * 0.025) / 3);
    const got = twoSigmaGrowth(plan, 'fiscal-revenue-total');
    expect(got.source).toBe('history');
    expect(got.samples).toBe(4);
    expect(got.size).toBeCloseTo(2 * sd, 10);
  });
});

describe('shock templates', () => {
  const sigma = { size: 0.02, source: 'default' as const, samples: 0 };
  it('makes the three kinds from their templates', () => {
    expect(shockFromTemplate('tax-cut', 2022, '减税降费', sigma)).toEqual({ kind: 'level', from: 2022, size: -0.05, label: '减税降费' });
    expect(shockFromTemplate('epidemic', 2022, '疫情', sigma)).toEqual({ kind: 'dip', year: 2022, depth: 0.1, duration: 1, recovery: 2, label: '疫情' });
    expect(shockFromTemplate('two-sigma', 2023, 'g', sigma)).toEqual({ kind: 'growth', from: 2023, to: 2023, delta: -0.02, label: 'g' });
  });
  it('knows when a shock is in force', () => {
    const dip = { kind: 'dip' as const, year: 2022, depth: 0.1, duration: 1, recovery: 2 };
    expect([2021, 2022, 2023, 2024, 2025].map((y) => shockActiveIn(dip, y))).toEqual([false, true, true, true, false]);
    expect(shockActiveIn({ kind: 'level', from: 2023, size: -0.05 }, 2030)).toBe(true);
    expect(shockActiveIn({ kind: 'growth', from: 2022, to: 2023, delta: 0.01 }, 2024)).toBe(false);
  });
});

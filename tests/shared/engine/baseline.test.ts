import { describe, expect, it } from 'vitest';
import { ind, project, valueAt } from './seed-plan';

describe('baseline (no assumptions): every indicator at its target growth', () => {
  const r = project({ name: 'baseline' });

  it('projects the base year through the plan target year', () => {
    expect(r.years).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(r.indicators).toHaveLength(11);
  });

  it('财税总收入 grows 9 % a year to 16.9 × 1.09^5 = 26.0027 and meets its target exactly', () => {
    const s = ind(r, 'fiscal-revenue-total').summary;
    expect(valueAt(r, 'fiscal-revenue-total', 2020)).toBe(16.9);
    expect(valueAt(r, 'fiscal-revenue-total', 2021)).toBeCloseTo(18.421, 10);
    expect(s.endValue).toBeCloseTo(26.0027, 4);
    expect(s.endTarget).toBeCloseTo(26.0027, 4);
    expect(s.gap).toBeCloseTo(0, 10);
    expect(s.onTrack).toBe(true);
    expect(s.firstBelowYear).toBeNull();
    expect(s.achievedCagr).toBeCloseTo(0.09, 12);
    expect(s.targetCagr).toBe(0.09);
    expect(s.requiredCagr).toBeCloseTo(0.09, 12);
  });

  it('地方财政收入 reaches 6.1 × 1.08^5 = 8.9629', () => {
    expect(ind(r, 'local-fiscal-revenue').summary.endValue).toBeCloseTo(8.9629, 4);
  });

  it('cumulative 工业固定资产投资 is held at 10 a year and meets the total of 50 exactly', () => {
    const x = ind(r, 'industrial-investment');
    expect(x.years.map((y) => y.value)).toEqual([10, 10, 10, 10, 10, 10]);
    expect(x.years.map((y) => y.cumulative)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(x.years.map((y) => y.target)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(x.summary.endValue).toBe(50);
    expect(x.summary.gap).toBe(0);
    expect(x.summary.onTrack).toBe(true);
    expect(x.summary.achievedCagr).toBeNull();
    expect(x.summary.targetCagr).toBeNull();
    expect(x.summary.requiredCagr).toBeCloseTo(0, 9);
    expect(x.years[0]?.gapPct).toBeNull();
  });

  it('count-new targets sum their yearly additions', () => {
    expect(ind(r, 'high-tech-firms').summary.endValue).toBe(100);
    expect(ind(r, 'specialized-firms').summary.endValue).toBeCloseTo(28, 10);
    expect(ind(r, 'specialized-firms').summary.onTrack).toBe(true);
  });

  it('level-increase 亩均税收 reaches 19 × 1.3 = 24.7 and level 家庭医生签约率 reaches 70', () => {
    expect(ind(r, 'land-tax-per-mu').summary.endValue).toBeCloseTo(24.7, 10);
    expect(ind(r, 'land-tax-per-mu').summary.targetCagr).toBeCloseTo(Math.pow(1.3, 0.2) - 1, 12);
    expect(ind(r, 'family-doctor-rate').summary.endValue).toBeCloseTo(70, 10);
    expect(valueAt(r, 'family-doctor-rate', 2021)).toBeCloseTo(30 * Math.pow(70 / 30, 1 / 5), 10);
  });

  it('relative 人均可支配收入 follows its default reference (GDP index at 7 %)', () => {
    const x = ind(r, 'disposable-income');
    expect(x.summary.endValue).toBeCloseTo(100 * Math.pow(1.07, 5), 9);
    expect(x.summary.endTarget).toBeCloseTo(100 * Math.pow(1.07, 5), 9);
    expect(x.summary.targetCagr).toBeCloseTo(0.07, 12);
    expect(x.summary.onTrack).toBe(true);
  });

  it('checks the 2023 annual target of 地方财政收入 (+10 %): 8 % baseline growth misses it', () => {
    const a = ind(r, 'local-fiscal-revenue').annualTargets;
    expect(a).toHaveLength(1);
    expect(a[0]?.year).toBe(2023);
    expect(a[0]?.growth).toBeCloseTo(0.08, 12);
    expect(a[0]?.met).toBe(false);
    const boosted = project({ name: 'x', indicators: { 'local-fiscal-revenue': { yearGrowth: { '2023': 0.1 } } } });
    expect(ind(boosted, 'local-fiscal-revenue').annualTargets[0]?.met).toBe(true);
  });

  it('extends past the target year with --horizon-style scenarios', () => {
    const long = project({ name: 'to 2030', horizon: 2030 });
    expect(valueAt(long, 'fiscal-revenue-total', 2030)).toBeCloseTo(16.9 * Math.pow(1.09, 10), 9);
    const inv = ind(long, 'industrial-investment').summary;
    expect(inv.endValue).toBe(100);
    expect(inv.endTarget).toBe(100);
    const short = project({ name: 'to 2023', horizon: 2023 });
    expect(short.years).toEqual([2020, 2021, 2022, 2023]);
    expect(ind(short, 'fiscal-revenue-total').summary.endTarget).toBeCloseTo(16.9 * Math.pow(1.09, 3), 10);
  });

  it('reports no warnings', () => {
    expect(r.warnings).toEqual([]);
  });
});

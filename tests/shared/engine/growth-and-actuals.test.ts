import { describe, expect, it } from 'vitest';
import { ind, project, seedPlan, valueAt } from './seed-plan';

const FISCAL = 'fiscal-revenue-total';

describe('growth assumptions', () => {
  it('财税 at the 13th plan pace 5.2 %: 16.9 × 1.052^5 = 21.7753, gap −4.2274, off track', () => {
    const r = project({ name: 'pace', indicators: { [FISCAL]: { growth: 0.052 } } });
    const s = ind(r, FISCAL).summary;
    expect(s.endValue).toBeCloseTo(16.9 * Math.pow(1.052, 5), 12);
    expect(s.endValue).toBeCloseTo(21.7754, 4);
    expect(s.gap).toBeCloseTo(-4.2274, 4);
    expect(s.gapPct).toBeCloseTo(-4.2274 / 26.0027, 4);
    expect(s.onTrack).toBe(false);
    expect(s.firstBelowYear).toBe(2021);
    expect(s.achievedCagr).toBeCloseTo(0.052, 12);
  });

  it('the 13th plan average growth from the seed history: 5.23 % and 8.81 %', () => {
    const plan = seedPlan();
    const fiscal = plan.indicators.find((i) => i.id === FISCAL);
    const local = plan.indicators.find((i) => i.id === 'local-fiscal-revenue');
    if (!fiscal || !local) throw new Error('seed plan changed');
    const at = (ind: typeof fiscal, year: number) => ind.history.find((h) => h.year === year)?.value ?? Number.NaN;
    expect(Math.pow(at(fiscal, 2020) / at(fiscal, 2015), 1 / 5) - 1).toBeCloseTo(0.0523, 4);
    expect(Math.pow(at(local, 2020) / at(local, 2015), 1 / 5) - 1).toBeCloseTo(0.0881, 4);
  });

  it('yearGrowth overrides growth in its years only', () => {
    const r = project({ name: 'y', indicators: { [FISCAL]: { growth: 0.05, yearGrowth: { '2022': 0.2 } } } });
    expect(valueAt(r, FISCAL, 2022)).toBeCloseTo(16.9 * 1.05 * 1.2, 12);
    expect(valueAt(r, FISCAL, 2025)).toBeCloseTo(16.9 * 1.2 * Math.pow(1.05, 4), 12);
  });

  it('a growth shock adds its delta in from..to', () => {
    const r = project({ name: 'g', indicators: { [FISCAL]: { shocks: [{ kind: 'growth', from: 2021, to: 2022, delta: -0.02 }] } } });
    expect(valueAt(r, FISCAL, 2022)).toBeCloseTo(16.9 * 1.07 * 1.07, 12);
    expect(valueAt(r, FISCAL, 2025)).toBeCloseTo(16.9 * 1.07 * 1.07 * Math.pow(1.09, 3), 12);
  });

  it('a scenario base overrides the plan base value (and the target path starts from it)', () => {
    const r = project({ name: 'b', indicators: { [FISCAL]: { base: 20 } } });
    expect(valueAt(r, FISCAL, 2025)).toBeCloseTo(20 * Math.pow(1.09, 5), 10);
    expect(ind(r, FISCAL).summary.endTarget).toBeCloseTo(20 * Math.pow(1.09, 5), 10);
  });

  it('a relative target with a scenario reference rate compares against it', () => {
    const r = project({ name: 'rel', indicators: { 'disposable-income': { growth: 0.05, reference: 0.06 } } });
    const s = ind(r, 'disposable-income').summary;
    expect(s.endValue).toBeCloseTo(100 * Math.pow(1.05, 5), 10);
    expect(s.endTarget).toBeCloseTo(100 * Math.pow(1.06, 5), 10);
    expect(s.targetCagr).toBeCloseTo(0.06, 12);
    const byYear = project({ name: 'rel2', indicators: { 'disposable-income': { reference: { '2021': 0.1 } } } });
    const t = ind(byYear, 'disposable-income');
    expect(t.years[1]?.target).toBeCloseTo(110, 10);
    expect(t.summary.endTarget).toBeCloseTo(110 * Math.pow(1.07, 4), 9);
    expect(t.summary.gap).toBeCloseTo(0, 9);
  });
});

describe('actuals', () => {
  it('a flat 2021 actual of 16.9: later years grow from it, required growth 1.09^(5/4) − 1 ≈ 11.37 %', () => {
    const r = project({ name: 'flat', indicators: { [FISCAL]: { actuals: { '2021': 16.9 } } } });
    const x = ind(r, FISCAL);
    expect(x.years[1]?.isActual).toBe(true);
    expect(x.years[1]?.value).toBe(16.9);
    expect(x.years[2]?.isActual).toBe(false);
    expect(valueAt(r, FISCAL, 2025)).toBeCloseTo(16.9 * Math.pow(1.09, 4), 10);
    expect(x.summary.requiredCagr).toBeCloseTo(Math.pow(1.09, 5 / 4) - 1, 12);
    expect(x.summary.requiredCagr).toBeCloseTo(0.11374, 5);
    expect(x.summary.requiredFromYear).toBe(2021);
    expect(x.summary.firstBelowYear).toBe(2021);
  });

  it('an actual in the horizon year leaves no years for required growth', () => {
    const r = project({ name: 'end', indicators: { [FISCAL]: { actuals: { '2025': 30 } } } });
    const s = ind(r, FISCAL).summary;
    expect(s.endValue).toBe(30);
    expect(s.requiredCagr).toBeNull();
    expect(s.requiredNote).toBe('no-years-left');
    expect(s.onTrack).toBe(true);
  });

  it('numeric required growth of a flow matches the geometric-series closed form', () => {
    // With a 2021 actual X = 50 / Σ_{k=0..4} 1.1^k the remaining 50 − X is X(1.1 + 1.1² + 1.1³ + 1.1⁴): g = 10 %.
    const x = 50 / (1 + 1.1 + 1.21 + 1.331 + 1.4641);
    const r = project({ name: 'flow', indicators: { 'industrial-investment': { actuals: { '2021': x } } } });
    const s = ind(r, 'industrial-investment').summary;
    expect(s.requiredCagr).toBeCloseTo(0.1, 10);
    const g = s.requiredCagr ?? Number.NaN;
    const plugged = x * ((1 + g) + Math.pow(1 + g, 2) + Math.pow(1 + g, 3) + Math.pow(1 + g, 4));
    expect(plugged).toBeCloseTo(50 - x, 9);
  });

  it('a flow already past its total needs no growth', () => {
    const r = project({ name: 'big', indicators: { 'industrial-investment': { actuals: { '2021': 60 } } } });
    const s = ind(r, 'industrial-investment').summary;
    expect(s.requiredCagr).toBeNull();
    expect(s.requiredNote).toBe('already-met');
    expect(s.endValue).toBe(60 * 5);
  });
});

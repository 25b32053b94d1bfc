import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../shared/engine/validate-scenario';
import { ind, project, seedPlan, valueAt } from './seed-plan';

const FISCAL = 'fiscal-revenue-total';
const LOCAL = 'local-fiscal-revenue';

describe('value formulas', () => {
  it('local = fiscal × share follows 财税总收入 year by year (the base year stays the plan value)', () => {
    const r = project({ name: 'share', parameters: { share: 0.36 }, indicators: { [LOCAL]: { formula: 'fiscal * share' } } });
    expect(valueAt(r, LOCAL, 2020)).toBe(6.1);
    for (let y = 2021; y <= 2025; y++) {
      expect(valueAt(r, LOCAL, y)).toBeCloseTo(16.9 * Math.pow(1.09, y - 2020) * 0.36, 12);
    }
    expect(ind(r, LOCAL).formula).toBe('fiscal * share');
  });

  it('the formula reads the other indicator after its shocks (reported values)', () => {
    const r = project({
      name: 'share+cut',
      parameters: { share: 0.4 },
      indicators: { [FISCAL]: { shocks: [{ kind: 'level', from: 2023, size: -0.1 }] }, [LOCAL]: { formula: 'fiscal * share' } },
    });
    expect(valueAt(r, LOCAL, 2023)).toBeCloseTo(16.9 * Math.pow(1.09, 3) * 0.9 * 0.4, 12);
  });

  it('formulas see prev, base, year, t, g, S_prev and S_g', () => {
    const r = project({
      name: 'symbols',
      indicators: {
        [LOCAL]: { formula: 'base + t', growth: 0.5 },
        'land-tax-per-mu': { formula: 'prev * (1 + g) + 0 * year' },
        gdp: { formula: 'fiscal_prev' },
        'family-doctor-rate': { formula: 'fiscal_g * 100' },
      },
    });
    expect(valueAt(r, LOCAL, 2023)).toBeCloseTo(9.1, 12);
    expect(valueAt(r, 'land-tax-per-mu', 2025)).toBeCloseTo(24.7, 10);
    expect(valueAt(r, 'gdp', 2022)).toBeCloseTo(16.9 * 1.09, 12);
    expect(valueAt(r, 'family-doctor-rate', 2024)).toBeCloseTo(9, 10);
  });

  it('prev is the trend: a dip on a formula-driven indicator does not compound', () => {
    const r = project({
      name: 'trend',
      indicators: { [FISCAL]: { formula: 'prev * 1.1', shocks: [{ kind: 'dip', year: 2021, depth: 0.5, duration: 1, recovery: 0 }] } },
    });
    expect(valueAt(r, FISCAL, 2021)).toBeCloseTo(16.9 * 1.1 * 0.5, 12);
    expect(valueAt(r, FISCAL, 2022)).toBeCloseTo(16.9 * 1.21, 12);
  });

  it('orders indicators by same-year reads regardless of plan order', () => {
    const r = project({ name: 'order', indicators: { gdp: { formula: 'income * 2' }, 'disposable-income': { growth: 0.1 } } });
    expect(valueAt(r, 'gdp', 2021)).toBeCloseTo(220, 12);
  });

  it('a same-year cycle is an error naming every indicator with its Chinese name', () => {
    const v = validateScenario(seedPlan(), {
      name: 'cycle',
      indicators: { [FISCAL]: { formula: 'local * 3' }, [LOCAL]: { formula: 'fiscal / 3' } },
    });
    expect(v.ok).toBe(false);
    if (v.ok) return;
    expect(v.issues).toHaveLength(1);
    const msg = v.issues[0]?.message ?? '';
    expect(v.issues[0]?.path).toBe(`indicators.${FISCAL}.formula`);
    expect(msg).toContain('fiscal-revenue-total (财税总收入)');
    expect(msg).toContain('local-fiscal-revenue (地方财政收入)');
    expect(msg).toContain('cycle');
  });

  it('reading last year breaks the cycle', () => {
    const r = project({ name: 'lag', indicators: { [FISCAL]: { formula: 'local_prev * 3' }, [LOCAL]: { formula: 'fiscal / 3' } } });
    expect(valueAt(r, FISCAL, 2021)).toBeCloseTo(18.3, 12);
    expect(valueAt(r, LOCAL, 2021)).toBeCloseTo(6.1, 12);
  });

  it('an indicator reading itself in the same year is a cycle too', () => {
    const v = validateScenario(seedPlan(), { name: 'self', indicators: { gdp: { formula: 'gdp + 1' } } });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues[0]?.message).toContain('gdp (地区生产总值) → gdp (地区生产总值)');
  });

  it('the relative indicator depends on its default reference, so a formula on the reference reading it is a cycle', () => {
    const v = validateScenario(seedPlan(), { name: 'ref-cycle', indicators: { gdp: { formula: 'income' } } });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.issues[0]?.message).toContain('disposable-income (人均可支配收入)');
  });

  it('a formula that divides by zero gives a warning (also for 人均可支配收入, which follows GDP), not a crash', () => {
    const r = project({ name: 'nan', parameters: { zero: 0 }, indicators: { gdp: { formula: 'prev / zero' } } });
    expect(r.warnings.map((w) => [w.indicator, w.year])).toEqual([
      ['gdp', 2021],
      ['disposable-income', 2021],
    ]);
  });
});

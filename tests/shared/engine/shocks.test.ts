import { describe, expect, it } from 'vitest';
import { dipMultiplier } from '../../../shared/engine/shock-multipliers';
import { ind, project, valueAt } from './seed-plan';

const FISCAL = 'fiscal-revenue-total';

describe('dip multiplier (linear recovery)', () => {
  it('depth 0.2, duration 2, recovery 3 from 2022: 0.8, 0.8, then 0.85, 0.9, 0.95, then 1', () => {
    const dip = { year: 2022, depth: 0.2, duration: 2, recovery: 3 };
    const got = [2021, 2022, 2023, 2024, 2025, 2026, 2027, 2030].map((y) => dipMultiplier(dip, y));
    const want = [1, 0.8, 0.8, 0.85, 0.9, 0.95, 1, 1];
    got.forEach((g, k) => expect(g).toBeCloseTo(want[k] ?? Number.NaN, 14));
  });

  it('recovery 0 returns to the trend right after the dip', () => {
    const dip = { year: 2022, depth: 0.1, duration: 1, recovery: 0 };
    expect(dipMultiplier(dip, 2022)).toBeCloseTo(0.9, 14);
    expect(dipMultiplier(dip, 2023)).toBe(1);
  });
});

describe('shocks in a projection (values computed by hand)', () => {
  it('a level shock −5 % from 2022 (减税降费) scales every value from 2022 on', () => {
    const r = project({ name: 'cut', indicators: { [FISCAL]: { shocks: [{ kind: 'level', from: 2022, size: -0.05 }] } } });
    expect(valueAt(r, FISCAL, 2021)).toBeCloseTo(18.421, 10);
    expect(valueAt(r, FISCAL, 2022)).toBeCloseTo(19.0749455, 10);
    expect(ind(r, FISCAL).summary.gap).toBeCloseTo(-0.05 * 26.0027448, 6);
    expect(ind(r, FISCAL).years[2]?.trend).toBeCloseTo(20.07889, 10);
  });

  it('a GDP dip of 10 % in 2022 with one recovery year: 103.041, 116.379085, then back to 131.079601', () => {
    const r = project({ name: 'dip', indicators: { gdp: { shocks: [{ kind: 'dip', year: 2022, depth: 0.1, duration: 1, recovery: 1 }] } } });
    expect(valueAt(r, 'gdp', 2021)).toBeCloseTo(107, 10);
    expect(valueAt(r, 'gdp', 2022)).toBeCloseTo(103.041, 10);
    expect(valueAt(r, 'gdp', 2023)).toBeCloseTo(116.379085, 10);
    expect(valueAt(r, 'gdp', 2024)).toBeCloseTo(131.079601, 10);
    expect(ind(r, 'gdp').summary.gap).toBeCloseTo(0, 9);
    expect(ind(r, 'gdp').summary.firstBelowYear).toBe(2022);
  });

  it('shocks multiply: level −5 % from 2021 and dip 20 % in 2023', () => {
    const r = project({
      name: 'both',
      indicators: { [FISCAL]: { growth: 0, shocks: [{ kind: 'level', from: 2021, size: -0.05 }, { kind: 'dip', year: 2023, depth: 0.2, duration: 1, recovery: 0 }] } },
    });
    expect(valueAt(r, FISCAL, 2022)).toBeCloseTo(16.055, 12);
    expect(valueAt(r, FISCAL, 2023)).toBeCloseTo(12.844, 12);
    expect(valueAt(r, FISCAL, 2024)).toBeCloseTo(16.055, 12);
  });

  it('an actual already contains the shock: the level shock is not applied twice after it', () => {
    const r = project({
      name: 'actual+level',
      indicators: { [FISCAL]: { actuals: { '2022': 18 }, shocks: [{ kind: 'level', from: 2021, size: -0.05 }] } },
    });
    expect(valueAt(r, FISCAL, 2022)).toBe(18);
    expect(valueAt(r, FISCAL, 2023)).toBeCloseTo(19.62, 12);
    expect(ind(r, FISCAL).years[2]?.trend).toBeCloseTo(18 / 0.95, 12);
  });

  it('an actual during a dip: the trend is actual / multiplier and the recovery continues from it', () => {
    const r = project({
      name: 'actual+dip',
      indicators: { [FISCAL]: { actuals: { '2021': 15 }, shocks: [{ kind: 'dip', year: 2021, depth: 0.2, duration: 1, recovery: 1 }] } },
    });
    expect(valueAt(r, FISCAL, 2022)).toBeCloseTo(18.39375, 12);
    expect(valueAt(r, FISCAL, 2023)).toBeCloseTo(22.276875, 12);
  });
});

import { describe, expect, it } from 'vitest';
import { dependencyOrder } from '../../../shared/engine/dependency-order';
import { flowSum, requiredFlowGrowth, requiredLevelGrowth } from '../../../shared/engine/required-growth';
import { findRoot } from '../../../shared/engine/root-find';

describe('findRoot (Brent)', () => {
  it('finds √2 and cos x = x to 1e-10', () => {
    const a = findRoot((x) => x * x - 2, 0, 2);
    expect(a.ok && Math.abs(a.x - Math.SQRT2)).toBeLessThan(1e-10);
    const b = findRoot((x) => Math.cos(x) - x, 0, 1);
    expect(b.ok && Math.abs(b.x - 0.7390851332151607)).toBeLessThan(1e-10);
  });

  it('reports the values at both ends when there is no sign change', () => {
    const r = findRoot((x) => x * x + 1, -1, 1);
    expect(r).toEqual({ ok: false, reason: 'same-sign', fLo: 2, fHi: 2 });
  });
});

describe('required growth', () => {
  it('level: (target / last)^(1/m) − 1', () => {
    expect(requiredLevelGrowth(100, 121, 2).rate).toBeCloseTo(0.1, 14);
    expect(requiredLevelGrowth(100, 121, 0).note).toBe('no-years-left');
    expect(requiredLevelGrowth(0, 121, 2).note).toBe('undefined');
  });

  it('flow: solves L Σ q^k = remaining; m = 2 has the closed form q = (−1 + √(1 + 4R/L)) / 2', () => {
    const L = 7;
    const R = 23;
    const q = (-1 + Math.sqrt(1 + (4 * R) / L)) / 2;
    const r = requiredFlowGrowth(L, R, 2);
    expect(r.rate).toBeCloseTo(q - 1, 11);
    expect(flowSum(L, r.rate ?? 0, 2)).toBeCloseTo(R, 9);
  });

  it('flow: a shrinking answer (remaining below m × last) is negative growth', () => {
    const r = requiredFlowGrowth(10, 30, 4);
    expect(r.rate).toBeLessThan(0);
    expect(flowSum(10, r.rate ?? 0, 4)).toBeCloseTo(30, 9);
  });
});

describe('dependencyOrder', () => {
  it('puts dependencies first and keeps plan order otherwise', () => {
    expect(dependencyOrder([[2], [], []])).toEqual({ ok: true, order: [2, 0, 1] });
  });

  it('returns the cycle as a closed path', () => {
    expect(dependencyOrder([[1], [2], [0]])).toEqual({ ok: false, cycle: [0, 1, 2, 0] });
  });
});

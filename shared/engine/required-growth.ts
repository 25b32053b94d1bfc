import { findRoot } from './root-find';

/** A required growth rate (decimal) or why there is none. */
export type Required = { rate: number; note: null } | { rate: null; note: 'already-met' | 'no-years-left' | 'undefined' };

/**
 * Uniform annual growth g that takes a value from `last` to `target` in m years: (target / last)^(1/m) − 1.
 * Null when m = 0 (the horizon is an actual) or the ratio is not positive.
 */
export function requiredLevelGrowth(last: number, target: number, m: number): Required {
  if (m <= 0) return { rate: null, note: 'no-years-left' };
  const ratio = target / last;
  if (!(last > 0) || !(ratio > 0) || !Number.isFinite(ratio)) return { rate: null, note: 'undefined' };
  return { rate: Math.pow(ratio, 1 / m) - 1, note: null };
}

/** Σ_{k=1..m} last × (1 + g)^k: what m yearly flows growing at g from `last` add up to. */
export function flowSum(last: number, g: number, m: number): number {
  const q = 1 + g;
  let sum = 0;
  let term = last;
  for (let k = 1; k <= m; k++) {
    term *= q;
    sum += term;
  }
  return sum;
}

/**
 * Uniform annual growth g of a yearly flow so that the next m flows, starting from `last`, add up to
 * `remaining` (target total minus what is already accumulated): solves Σ_{k=1..m} last (1 + g)^k = remaining
 * numerically (Brent, 1e-12). The sum rises from 0 (g → −1) without bound, so a positive remaining with a
 * positive last always has one solution; remaining ≤ 0 means the target is already met.
 */
export function requiredFlowGrowth(last: number, remaining: number, m: number): Required {
  if (m <= 0) return { rate: null, note: 'no-years-left' };
  if (remaining <= 0) return { rate: null, note: 'already-met' };
  if (!(last > 0) || !Number.isFinite(remaining)) return { rate: null, note: 'undefined' };
  let hi = 1;
  while (flowSum(last, hi, m) < remaining && hi < 1e6) hi *= 2;
  const root = findRoot((g) => flowSum(last, g, m) - remaining, -1, hi, 1e-12);
  return root.ok ? { rate: root.x, note: null } : { rate: null, note: 'undefined' };
}

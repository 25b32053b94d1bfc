import { describe, expect, it } from 'vitest';
import { simulateStress } from '../../../shared/stress/simulate-stress';
import { seedPlan } from '../engine/seed-plan';
import { Phi, Z_TABLE, percentileOf, phi, stressInd } from './stress-test-kit';

const plan = seedPlan();
const F = 'fiscal-revenue-total';

function binomial(n: number, k: number, p: number): number {
  let c = 1;
  for (let j = 1; j <= k; j++) c = (c * (n - k + j)) / j;
  return c * Math.pow(p, k) * Math.pow(1 - p, n - k);
}

describe('random shock events', () => {
  it('a −5 % level shift with probability 10 % a year: P(meet) = 0.9^5 and the shortfall follows the binomial count', () => {
    // Growth at the 9 % target, so the path meets the target exactly unless an event hits (then it misses).
    const n = 50_000;
    const r = simulateStress(plan, { name: 'events', indicators: { [F]: { growth: 0.09 } } }, { events: [{ indicator: F, probability: 0.1, size: { kind: 'normal', mean: -0.05, sd: 0 } }] }, { paths: n, seed: 8 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const f = stressInd(r.result, F);
    const p = Math.pow(0.9, 5);
    expect(Math.abs(f.probability - p)).toBeLessThan(3 * Math.sqrt((p * (1 - p)) / n));
    const target = 16.9 * Math.pow(1.09, 5);
    let es = 0;
    let es2 = 0;
    for (let k = 1; k <= 5; k++) {
      const short = target * (1 - Math.pow(0.95, k));
      es += (binomial(5, k, 0.1) / (1 - p)) * short;
      es2 += (binomial(5, k, 0.1) / (1 - p)) * short * short;
    }
    const sd = Math.sqrt(es2 - es * es);
    expect(Math.abs((f.expectedShortfall ?? 0) - es)).toBeLessThan((3 * sd) / Math.sqrt(n * (1 - p)));
  });
});

describe('wide lognormal growth (log-spaced bins)', () => {
  it('percentiles of a skewed, wide distribution (σ = 30 % a year) are within 3 standard errors', () => {
    const n = 60_000;
    const sigma = 0.3;
    const r = simulateStress(plan, { name: 'wide', indicators: { [F]: { growth: 0.07 } } }, { growth: { [F]: { kind: 'lognormal', sigma } } }, { paths: n, seed: 12 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const row = stressInd(r.result, F).percentiles.at(-1);
    if (!row) throw new Error('no row');
    const m = Math.log(16.9) + 5 * Math.log(1.07);
    const s = sigma * Math.sqrt(5);
    for (const [p, z] of Z_TABLE) {
      const exact = Math.exp(m + s * z);
      const se = (exact * s * Math.sqrt((p * (1 - p)) / n)) / phi(z);
      expect(Math.abs(percentileOf(row, p) - exact), `P${p * 100}`).toBeLessThan(3 * se);
    }
    const pMeet = 1 - Phi((5 * Math.log(1.09 / 1.07)) / s);
    expect(Math.abs(stressInd(r.result, F).probability - pMeet)).toBeLessThan(3 * Math.sqrt((pMeet * (1 - pMeet)) / n));
  });
});

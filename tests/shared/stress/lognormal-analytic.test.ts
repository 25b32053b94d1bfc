import { describe, expect, it } from 'vitest';
import { simulateStress } from '../../../shared/stress/simulate-stress';
import type { StressResult } from '../../../shared/stress/stress-types';
import { seedPlan } from '../engine/seed-plan';
import { Phi, Z_TABLE, percentileOf, phi, stressInd } from './stress-test-kit';

// 财税总收入 from 16.9 亿元 (2020) with growth 7 % a year and lognormal growth: 1 + g_t = 1.07 e^{σ Z_t}, σ = 5 %.
// Then ln(V_t / V_0) ~ N(t ln 1.07, t σ²) exactly; the 2025 target is 16.9 × 1.09^5 (cagr 9 %).
const N = 100_000;
const SIGMA = 0.05;
const V0 = 16.9;
const G = 0.07;

function run(): StressResult {
  const r = simulateStress(seedPlan(), { name: 'lognormal', indicators: { 'fiscal-revenue-total': { growth: G } } }, { growth: { 'fiscal-revenue-total': { kind: 'lognormal', sigma: SIGMA } } }, { paths: N, seed: 7 });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.result;
}

describe('lognormal growth without shocks matches the closed form', () => {
  const result = run();
  const fiscal = stressInd(result, 'fiscal-revenue-total');
  const logMean = (t: number): number => Math.log(V0) + t * Math.log(1 + G);
  const logSd = (t: number): number => SIGMA * Math.sqrt(t);

  it('percentiles P5…P95 in 2023 and 2025 lie within 3 standard errors (SE via the density)', () => {
    for (const year of [2023, 2025]) {
      const t = year - 2020;
      const row = fiscal.percentiles.find((r) => r.year === year);
      if (!row) throw new Error(`no ${year}`);
      for (const [p, z] of Z_TABLE) {
        const exact = Math.exp(logMean(t) + logSd(t) * z);
        const se = (exact * logSd(t) * Math.sqrt((p * (1 - p)) / N)) / phi(z);
        expect(Math.abs(percentileOf(row, p) - exact), `P${p * 100} ${year}`).toBeLessThan(3 * se);
      }
    }
  });

  it('the mean is V_0 e^{μ + s²/2} within 3 standard errors', () => {
    const row = fiscal.percentiles.at(-1);
    const m = logMean(5);
    const s2 = logSd(5) ** 2;
    const mean = Math.exp(m + s2 / 2);
    const sd = Math.sqrt((Math.exp(s2) - 1) * Math.exp(2 * m + s2));
    expect(Math.abs((row?.mean ?? 0) - mean)).toBeLessThan((3 * sd) / Math.sqrt(N));
  });

  it('the probability of meeting the target is 1 − Φ((ln T − μ)/s) within 3 standard errors', () => {
    const T = V0 * Math.pow(1.09, 5);
    const p = 1 - Phi((Math.log(T) - logMean(5)) / logSd(5));
    expect(p).toBeGreaterThan(0.15);
    expect(Math.abs(fiscal.probability - p)).toBeLessThan(3 * Math.sqrt((p * (1 - p)) / N));
    expect(fiscal.standardError).toBeCloseTo(Math.sqrt((fiscal.probability * (1 - fiscal.probability)) / N), 15);
    expect(fiscal.met).toBe(Math.round(fiscal.probability * N));
  });

  it('the expected shortfall E[T − V | V < T] matches the lognormal partial moments within 3 standard errors', () => {
    const T = V0 * Math.pow(1.09, 5);
    const m = logMean(5);
    const s = logSd(5);
    const a = (Math.log(T) - m) / s;
    const pMiss = Phi(a);
    const ev = (Math.exp(m + (s * s) / 2) * Phi(a - s)) / pMiss;
    const ev2 = (Math.exp(2 * m + 2 * s * s) * Phi(a - 2 * s)) / pMiss;
    const sdShort = Math.sqrt(ev2 - ev * ev);
    expect(Math.abs((fiscal.expectedShortfall ?? 0) - (T - ev))).toBeLessThan((3 * sdShort) / Math.sqrt(pMiss * N));
  });

  it('indicators the spec cannot move carry the deterministic projection on every path', () => {
    const local = stressInd(result, 'local-fiscal-revenue');
    expect(local.uncertain).toBe(false);
    expect(local.percentiles.at(-1)?.p5).toBeCloseTo(6.1 * Math.pow(1.08, 5), 12);
    expect(local.probability).toBe(1);
    expect(fiscal.percentiles[0]?.p5).toBe(V0);
    expect(fiscal.histogram.counts.reduce((a, b) => a + b, 0)).toBe(N);
  });
});

import { describe, expect, it } from 'vitest';
import { cholesky, correlationMatrixIssues } from '../../../shared/stress/correlation';
import { simulatePath } from '../../../shared/stress/path-simulator';
import { prepareStress } from '../../../shared/stress/prepare-stress';
import { streamFor } from '../../../shared/stress/prng';
import { simulateStress } from '../../../shared/stress/simulate-stress';
import type { UncertaintySpec } from '../../../shared/stress/stress-schema';
import { seedPlan } from '../engine/seed-plan';
import { Phi, stressInd } from './stress-test-kit';

const plan = seedPlan();
const IDS = ['gdp', 'fiscal-revenue-total', 'local-fiscal-revenue'] as const;

/** Growth draws of gdp, fiscal and local over n one-year paths (horizon 2021), read back from the projected values. */
function growthSamples(spec: UncertaintySpec, n: number): number[][] {
  const scenario = { name: 'one year', horizon: 2021 };
  const prepared = prepareStress(plan, scenario, spec, { paths: n, seed: 11 });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.issues));
  const setup = prepared.setup;
  const rows = IDS.map((id) => setup.model.indicators.findIndex((i) => i.id === id) * setup.model.nYears);
  const out = IDS.map(() => new Array<number>(n));
  const rng = streamFor(11, 0);
  for (let p = 0; p < n; p++) {
    simulatePath(setup, rng);
    rows.forEach((r, k) => {
      const col = out[k];
      if (col) col[p] = (setup.values[r + 1] ?? 0) / (setup.values[r] ?? 1) - 1;
    });
  }
  return out;
}

function corr(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let k = 0; k < n; k++) {
    const dx = (x[k] ?? 0) - mx;
    const dy = (y[k] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

const normalGrowth = { gdp: { kind: 'normal', sd: 0.01 }, 'fiscal-revenue-total': { kind: 'normal', sd: 0.05 }, 'local-fiscal-revenue': { kind: 'normal', sd: 0.03 } } as const;
const N = 40_000;
const within3se = (r: number, rho: number): void => {
  expect(Math.abs(r - rho)).toBeLessThan((3 * (1 - rho * rho)) / Math.sqrt(N));
};

describe('correlated growth draws', () => {
  it('Cholesky of [[4, 2], [2, 3]] is [[2, 0], [1, √2]]', () => {
    const c = cholesky([[4, 2], [2, 3]]);
    expect(c.ok).toBe(true);
    if (c.ok) expect(Array.from(c.lower)).toEqual([2, 0, 1, Math.SQRT2]);
  });

  it('refuses a matrix that is not positive definite, not symmetric or without a unit diagonal', () => {
    const ids = ['a', 'b', 'c'];
    const indefinite = correlationMatrixIssues([[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]], ids);
    expect(indefinite[0]?.message).toMatch(/not positive definite/);
    expect(correlationMatrixIssues([[1, 0.2], [0.3, 1]], ['a', 'b'])[0]?.message).toMatch(/symmetric/);
    expect(correlationMatrixIssues([[2, 0], [0, 1]], ['a', 'b'])[0]?.path).toBe('matrix.0.0');
    expect(correlationMatrixIssues([[1, 0]], ['a', 'b'])[0]?.message).toMatch(/2 × 2/);
  });

  it('the economy factor gives corr = ρ_i ρ_j (0.8 × 0.8 = 0.64, 1 × 0.8 with GDP)', () => {
    const [g, f, l] = growthSamples({ growth: normalGrowth, economy: { loadings: { gdp: 1, 'fiscal-revenue-total': 0.8, 'local-fiscal-revenue': 0.8 } } }, N);
    within3se(corr(f ?? [], l ?? []), 0.64);
    within3se(corr(g ?? [], f ?? []), 0.8);
  });

  it('a correlation matrix is reproduced pairwise', () => {
    const matrix = [[1, 0.3, 0.5], [0.3, 1, 0.2], [0.5, 0.2, 1]];
    const [g, f, l] = growthSamples({ growth: normalGrowth, correlation: { indicators: [...IDS], matrix } }, N);
    within3se(corr(g ?? [], f ?? []), 0.3);
    within3se(corr(g ?? [], l ?? []), 0.5);
    within3se(corr(f ?? [], l ?? []), 0.2);
  });

  it('factor and matrix combine as ρ_i ρ_j + √((1 − ρ_i²)(1 − ρ_j²)) C_ij', () => {
    const [, f, l] = growthSamples({
      growth: normalGrowth,
      economy: { loadings: { 'fiscal-revenue-total': 0.6, 'local-fiscal-revenue': 0.6 } },
      correlation: { indicators: ['fiscal-revenue-total', 'local-fiscal-revenue'], matrix: [[1, 0.5], [0.5, 1]] },
    }, N);
    within3se(corr(f ?? [], l ?? []), 0.36 + 0.64 * 0.5);
  });
});

describe('joint probability counts the same paths', () => {
  const joint = ['fiscal-revenue-total', 'local-fiscal-revenue'];
  const n = 60_000;
  // Lognormal growth σ = 5 %: fiscal grows 7 % against its 9 % target; local grows so that its threshold is the same.
  const gLocal = (1.08 * 1.07) / 1.09 - 1;
  const scenario = { name: 'joint', indicators: { 'fiscal-revenue-total': { growth: 0.07 }, 'local-fiscal-revenue': { growth: gLocal } } };
  const growth = { 'fiscal-revenue-total': { kind: 'lognormal', sigma: 0.05 }, 'local-fiscal-revenue': { kind: 'lognormal', sigma: 0.05 } } as const;
  const pMarginal = 1 - Phi((5 * Math.log(1.09 / 1.07)) / (0.05 * Math.sqrt(5)));

  it('perfectly correlated lines (both loading 1): joint = marginal, path for path', () => {
    const r = simulateStress(plan, scenario, { growth, economy: { loadings: { 'fiscal-revenue-total': 1, 'local-fiscal-revenue': 1 } } }, { paths: n, seed: 3, joint });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const f = stressInd(r.result, 'fiscal-revenue-total');
    const l = stressInd(r.result, 'local-fiscal-revenue');
    expect(f.met).toBe(l.met);
    expect(r.result.jointMet).toBe(f.met);
    expect(Math.abs(r.result.jointProbability - pMarginal)).toBeLessThan(3 * Math.sqrt((pMarginal * (1 - pMarginal)) / n));
  });

  it('independent lines: joint ≈ product of the marginals (within 3 standard errors)', () => {
    const r = simulateStress(plan, scenario, { growth }, { paths: n, seed: 3, joint });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const pj = pMarginal * pMarginal;
    expect(Math.abs(r.result.jointProbability - pj)).toBeLessThan(3 * Math.sqrt((pj * (1 - pj)) / n));
    expect(r.result.jointStandardError).toBeCloseTo(Math.sqrt((r.result.jointProbability * (1 - r.result.jointProbability)) / n), 15);
  });

  it('correlation ρ: both above their median with probability 1/4 + asin(ρ)/(2π)', () => {
    const medianScenario = { name: 'at target', indicators: { 'fiscal-revenue-total': { growth: 0.09 }, 'local-fiscal-revenue': { growth: 0.08 } } };
    const r = simulateStress(plan, medianScenario, { growth, economy: { loadings: { 'fiscal-revenue-total': 0.8, 'local-fiscal-revenue': 0.8 } } }, { paths: n, seed: 5, joint });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const pj = 0.25 + Math.asin(0.64) / (2 * Math.PI);
    expect(Math.abs(r.result.jointProbability - pj)).toBeLessThan(3 * Math.sqrt((pj * (1 - pj)) / n));
  });
});

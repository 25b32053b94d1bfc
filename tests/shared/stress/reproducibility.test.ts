import { describe, expect, it } from 'vitest';
import { prepareStress, type StressSetup } from '../../../shared/stress/prepare-stress';
import { simulateStress } from '../../../shared/stress/simulate-stress';
import { CHUNK_SIZE } from '../../../shared/stress/stress-constants';
import { createPartial, runChunk } from '../../../shared/stress/stress-chunk';
import { mergePartials } from '../../../shared/stress/stress-merge';
import { summarizeStress } from '../../../shared/stress/stress-summary';
import type { StressResult, StressTotals } from '../../../shared/stress/stress-types';
import { seedPlan } from '../engine/seed-plan';

const plan = seedPlan();
// Local revenue as a share of fiscal revenue (a driver formula) with an uncertain share, every kind of distribution,
// random shock events, an economy factor and a correlation matrix: everything the engine draws.
const scenario = {
  name: 'share',
  parameters: { share: 0.36 },
  indicators: {
    'fiscal-revenue-total': { growth: 0.07 },
    'local-fiscal-revenue': { formula: 'fiscal * share' },
    'industrial-investment': { growth: 0.02 },
  },
};
const spec = {
  growth: {
    gdp: { kind: 'normal', sd: 0.01 },
    'fiscal-revenue-total': { kind: 'lognormal', sigma: 0.05 },
    'land-tax-per-mu': { kind: 'two-piece-normal', mode: 0, sdLow: 0.03, sdHigh: 0.01 },
    'industrial-investment': { kind: 'triangular', min: -0.1, mode: 0, max: 0.05 },
  },
  parameters: { share: { kind: 'uniform', min: -0.02, max: 0.02 } },
  events: [{ indicator: 'fiscal-revenue-total', probability: 0.1, size: { kind: 'normal', mean: -0.05, sd: 0.02 }, label: '减税降费' }],
  economy: { loadings: { gdp: 1, 'fiscal-revenue-total': 0.7 } },
  correlation: { indicators: ['land-tax-per-mu', 'industrial-investment'], matrix: [[1, 0.4], [0.4, 1]] },
};
const PATHS = 5 * CHUNK_SIZE + 123;
const SEED = 20250101;
// Two extra joint sets, tallied per worker and merged like the other counters.
const jointSets = [
  { id: 'revenue', indicators: ['fiscal-revenue-total', 'local-fiscal-revenue'] },
  { id: 'growth', indicators: ['gdp', 'industrial-investment', 'land-tax-per-mu'] },
];

function setupFor(layout?: StressSetup['layout']): StressSetup {
  const p = prepareStress(plan, scenario, spec, { paths: PATHS, seed: SEED, jointSets }, layout);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p.setup;
}

/** Runs the chunks split over "workers" (each its own setup, as in separate threads) and merges them. */
function runSplit(main: StressSetup, groups: number[][]): { totals: StressTotals; result: StressResult } {
  const partials = groups.map((chunks) => {
    const worker = setupFor(main.layout);
    const partial = createPartial(worker);
    for (const c of chunks) runChunk(worker, partial, c);
    return partial;
  });
  const totals = mergePartials(main, partials);
  return { totals, result: summarizeStress(main, totals) };
}

const bytes = (a: Float64Array): number[] => Array.from(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));

describe('reproducibility', () => {
  it('the same seed gives identical results; another seed different ones', () => {
    const a = simulateStress(plan, scenario, spec, { paths: 20_000, seed: SEED });
    const b = simulateStress(plan, scenario, spec, { paths: 20_000, seed: SEED });
    const c = simulateStress(plan, scenario, spec, { paths: 20_000, seed: SEED + 1 });
    if (!a.ok || !b.ok || !c.ok) throw new Error('refused');
    expect(b.result).toEqual(a.result);
    expect(c.result.indicators[1]?.percentiles).not.toEqual(a.result.indicators[1]?.percentiles);
    expect(a.result.seed).toBe(SEED);
    expect(a.result.algorithm).toMatch(/xoshiro128\*\*/);
    expect(a.result.engineVersion).toMatch(/^tuiyan-stress\//);
  });

  it('any split of the chunks over workers, in any order, gives bit-identical numbers', () => {
    const main = setupFor();
    expect(main.nChunks).toBe(6);
    const one = runSplit(main, [[0, 1, 2, 3, 4, 5]]);
    const two = runSplit(main, [[1, 3, 5], [0, 2, 4]]);
    const three = runSplit(main, [[5, 0], [3, 1], [4, 2]]);
    for (const other of [two, three]) {
      expect(Array.from(other.totals.counts)).toEqual(Array.from(one.totals.counts));
      expect(bytes(other.totals.floats)).toEqual(bytes(one.totals.floats));
      expect(bytes(other.totals.min)).toEqual(bytes(one.totals.min));
      expect(other.totals.jointMet).toBe(one.totals.jointMet);
      expect(Array.from(other.totals.jointSetMet)).toEqual(Array.from(one.totals.jointSetMet));
      expect(other.result).toEqual(one.result);
    }
    const whole = simulateStress(plan, scenario, spec, { paths: PATHS, seed: SEED, jointSets });
    if (!whole.ok) throw new Error('refused');
    expect(whole.result).toEqual(one.result);
    expect(one.totals.paths).toBe(PATHS);
    expect(one.result.jointSets.map((s) => s.id)).toEqual(['revenue', 'growth']);
    expect(one.result.jointSets.every((s) => s.met > 0 && s.met < PATHS)).toBe(true);
  });

  it('refuses a merge with a chunk missing', () => {
    const main = setupFor();
    const partial = createPartial(main);
    runChunk(main, partial, 0);
    expect(() => mergePartials(main, [partial])).toThrow(/expected chunks 0\.\.5/);
  });

  it('moves what the spec touches and reports the rest as certain', () => {
    const r = simulateStress(plan, scenario, spec, { paths: 5000, seed: 1 });
    if (!r.ok) throw new Error('refused');
    const uncertain = r.result.indicators.filter((i) => i.uncertain).map((i) => i.id);
    expect(uncertain).toEqual(['gdp', 'fiscal-revenue-total', 'local-fiscal-revenue', 'industrial-investment', 'land-tax-per-mu', 'disposable-income']);
    const local = r.result.indicators.find((i) => i.id === 'local-fiscal-revenue');
    const row = local?.percentiles.at(-1);
    expect(row && row.p5 < row.p50 && row.p50 < row.p95).toBe(true);
  });
});

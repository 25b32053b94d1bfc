import type { IndicatorIdentity, IndicatorProjection } from '../engine/engine-types';
import { indicatorIdentity } from '../engine/indicator-identity';
import { assumptionsHash } from './assumptions-hash';
import { displayHistogram, histogramQuantile } from './histogram';
import type { StressSetup } from './prepare-stress';
import { CHUNK_SIZE, DISPLAY_BINS, PERCENTILES, STRESS_ALGORITHM, STRESS_ENGINE_VERSION } from './stress-constants';
import type { StressIndicatorResult, StressPercentileRow, StressResult, StressTotals } from './stress-types';

/** Standard error √(p(1 − p)/n) of a share p estimated from n independent paths. */
export function standardError(p: number, n: number): number {
  return n > 0 ? Math.sqrt((p * (1 - p)) / n) : Number.NaN;
}

function row(year: number, q: readonly number[], mean: number): StressPercentileRow {
  return { year, p5: q[0] ?? 0, p10: q[1] ?? 0, p25: q[2] ?? 0, p50: q[3] ?? 0, p75: q[4] ?? 0, p90: q[5] ?? 0, p95: q[6] ?? 0, mean };
}

/** A share p = met / n of n paths with its standard error and the count (NaN when no path ran). */
function metShare(met: number, n: number): { probability: number; standardError: number; met: number } {
  const probability = n > 0 ? met / n : Number.NaN;
  return { probability, standardError: standardError(probability, n), met };
}

/** The fields of an indicator's stress result that come from the run (not its identity or deterministic path). */
type RunFields = Omit<StressIndicatorResult, keyof IndicatorIdentity | 'deterministic' | 'target' | 'endTarget'>;

function fixedIndicator(ind: IndicatorProjection, paths: number): RunFields {
  const tracked = ind.years.map((y) => y.tracked);
  const end = tracked[tracked.length - 1] ?? Number.NaN;
  const met = ind.summary.onTrack;
  return {
    uncertain: false,
    percentiles: ind.years.map((y) => row(y.year, PERCENTILES.map(() => y.tracked), y.tracked)),
    probability: met ? 1 : 0,
    standardError: 0,
    met: met ? paths : 0,
    expectedShortfall: met ? null : -ind.summary.gap,
    histogram: Number.isFinite(end) ? { edges: [end, end], counts: [paths] } : { edges: [], counts: [] },
    nonFinite: Number.isFinite(end) ? 0 : paths,
  };
}

function sampledIndicator(setup: StressSetup, totals: StressTotals, ind: IndicatorProjection, s: number): RunFields {
  const { H, layout } = setup;
  const size = setup.slots.length * H;
  const base = ind.years[0]?.tracked ?? 0;
  const percentiles = [row(setup.model.baseYear, PERCENTILES.map(() => base), base)];
  for (let t = 1; t <= H; t++) {
    const k = s * H + t - 1;
    const fin = totals.finite[k] ?? 0;
    const q = PERCENTILES.map((p) => histogramQuantile(layout, totals, k, p));
    percentiles.push(row(setup.model.baseYear + t, q, fin > 0 ? (totals.floats[k] ?? 0) / fin : Number.NaN));
  }
  const misses = totals.missFinite[s] ?? 0;
  const kH = s * H + H - 1;
  return {
    uncertain: true,
    percentiles,
    ...metShare(totals.met[s] ?? 0, totals.paths),
    expectedShortfall: misses > 0 ? (totals.floats[size + s] ?? 0) / misses : null,
    histogram: displayHistogram(layout, totals, kH, DISPLAY_BINS),
    nonFinite: totals.paths - (totals.finite[kH] ?? 0),
  };
}

/**
 * Turns merged totals into the result: per indicator and year the percentiles P5…P95 (from the fine histograms)
 * and mean of the tracked quantity, the base year exact; at the horizon the probability of meeting the target with
 * its standard error, the expected shortfall over missing paths, and a display histogram; the joint probability
 * over `setup.jointIds` and over each extra joint set, on the same paths. Indicators the spec cannot move carry the deterministic projection.
 */
export function summarizeStress(setup: StressSetup, totals: StressTotals): StressResult {
  const { deterministic } = setup;
  const n = totals.paths;
  const indicators = deterministic.indicators.map((ind, i): StressIndicatorResult => {
    const s = setup.slotOf[i] ?? -1;
    return {
      ...indicatorIdentity(ind),
      deterministic: ind.years.map((y) => y.tracked),
      target: ind.years.map((y) => y.target),
      endTarget: ind.summary.endTarget,
      ...(s < 0 ? fixedIndicator(ind, n) : sampledIndicator(setup, totals, ind, s)),
    };
  });
  const joint = metShare(totals.jointMet, n);
  return {
    engineVersion: STRESS_ENGINE_VERSION,
    algorithm: STRESS_ALGORITHM,
    seed: setup.seed,
    paths: n,
    chunkSize: CHUNK_SIZE,
    chunks: totals.chunks,
    assumptionsHash: assumptionsHash(setup.plan, setup.scenario, setup.spec),
    planId: deterministic.planId,
    scenarioName: deterministic.scenarioName,
    baseYear: deterministic.baseYear,
    horizon: deterministic.horizon,
    years: deterministic.years,
    indicators,
    jointIndicators: setup.jointIds,
    jointProbability: joint.probability,
    jointStandardError: joint.standardError,
    jointMet: joint.met,
    jointSets: setup.jointSetIds.map((id, j) => ({ id, indicators: [...(setup.jointSetIndicators[j] ?? [])], ...metShare(totals.jointSetMet[j] ?? 0, n) })),
    warnings: setup.warnings,
  };
}

import { simulateStress } from '../../../shared/stress/simulate-stress';
import type { StressIndicatorResult, StressResult } from '../../../shared/stress/stress-types';
import type { Scenario } from '../../../shared/scenario/scenario-schema';
import { seedPlan } from '../seed';

/** 财税总收入's id, its 2020 value (亿元) and the 9 % target rate of the seed plan. */
export const FISCAL = 'fiscal-revenue-total';
export const LOCAL = 'local-fiscal-revenue';
export const FISCAL_2020 = 16.9;
export const FISCAL_RATE = 0.09;

/**
 * A small seeded run: 财税 grows 7 % a year with lognormal noise σ = 5 % (1 + g = 1.07 e^{σZ}), so its median path is
 * 16.9 × 1.07^t exactly and ln V_t has spread σ√t; nothing else is uncertain.
 */
export function lognormalRun(paths = 4000, seed = 11): { scenario: Scenario; spec: { growth: Record<string, { kind: 'lognormal'; sigma: number }> }; result: StressResult } {
  const scenario: Scenario = { name: '对数正态', indicators: { [FISCAL]: { growth: 0.07 } } };
  const spec = { growth: { [FISCAL]: { kind: 'lognormal' as const, sigma: 0.05 } } };
  const r = simulateStress(seedPlan(), scenario, spec, { paths, seed });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return { scenario, spec, result: r.result };
}

/** The indicator of a result by id (fails the test when missing). */
export function indicatorOf(result: StressResult, id: string): StressIndicatorResult {
  const found = result.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

/** A hand-made indicator result with round numbers, for checking how figures are worded. */
export function handMadeIndicator(over: Partial<StressIndicatorResult> = {}): StressIndicatorResult {
  return {
    id: FISCAL,
    symbol: 'fiscal',
    name: { zh: '财税总收入', en: 'Total fiscal revenue' },
    unit: { zh: '亿元', en: '100 million yuan' },
    decimals: 2,
    targetKind: 'cagr',
    flow: false,
    uncertain: true,
    deterministic: [16.9, 18, 19, 20, 21, 22],
    target: [16.9, 18.4, 20.1, 21.9, 23.9, 26.0027],
    percentiles: [
      { year: 2020, p5: 16.9, p10: 16.9, p25: 16.9, p50: 16.9, p75: 16.9, p90: 16.9, p95: 16.9, mean: 16.9 },
      { year: 2025, p5: 18.5, p10: 19.25, p25: 20.5, p50: 22.125, p75: 23.75, p90: 25, p95: 26.5, mean: 22.2 },
    ],
    endTarget: 26.0027,
    probability: 0.2249,
    standardError: Math.sqrt((0.2249 * 0.7751) / 10_000),
    met: 2249,
    expectedShortfall: 3.456,
    histogram: { edges: [18, 20, 22, 24, 26, 28], counts: [1000, 3000, 3500, 1800, 700] },
    nonFinite: 0,
    ...over,
  };
}

import { z } from 'zod';
import { MAX_RUN_RESULT_CHARS } from '../../shared/api/contract';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { assumptionsHash, uncertaintySpecSchema, type StressResult, type UncertaintySpec } from '../../shared/stress';

/** Format tag of a saved stress run's result JSON. */
export const SAVED_STRESS_FORMAT = 'tuiyan-stress-run';
export const SAVED_STRESS_VERSION = 1;

/** What a saved stress run stores: the spec it ran with and the compact result (percentiles, probabilities, histograms; never paths). */
export interface SavedStress {
  spec: UncertaintySpec;
  result: StressResult;
}

/** JSON has no NaN or ±∞: they are stored as null and read back as NaN. */
type JsonSafe = null | boolean | number | string | JsonSafe[] | { [key: string]: JsonSafe };

/** A deep copy with every non-finite number replaced by null and undefined fields dropped, as JSON can hold it. */
export function toJsonSafe(value: unknown): JsonSafe {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) return value;
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (typeof value === 'object') {
    const out: { [key: string]: JsonSafe } = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJsonSafe(v);
    return out;
  }
  return null;
}

const num = z.number().nullable().transform((v) => v ?? Number.NaN);
const bilingual = z.object({ zh: z.string(), en: z.string() });
const issue = z.object({ path: z.string(), message: z.string() });
const row = z.object({ year: z.number(), p5: num, p10: num, p25: num, p50: num, p75: num, p90: num, p95: num, mean: num });
const indicator = z.object({
  id: z.string(),
  symbol: z.string(),
  name: bilingual,
  unit: bilingual,
  decimals: z.number().int().min(0).max(6),
  targetKind: z.enum(['cagr', 'cumulative', 'count-new', 'level-increase', 'level', 'relative']),
  flow: z.boolean(),
  uncertain: z.boolean(),
  deterministic: z.array(num),
  target: z.array(num),
  percentiles: z.array(row),
  endTarget: num,
  probability: num,
  standardError: num,
  met: z.number(),
  expectedShortfall: z.number().nullable(),
  histogram: z.object({ edges: z.array(num), counts: z.array(z.number()) }),
  nonFinite: z.number(),
});
const result = z.object({
  engineVersion: z.string(),
  algorithm: z.string(),
  seed: z.number(),
  paths: z.number(),
  chunkSize: z.number(),
  chunks: z.number(),
  assumptionsHash: z.string(),
  planId: z.string(),
  scenarioName: z.string(),
  baseYear: z.number(),
  horizon: z.number(),
  years: z.array(z.number()),
  indicators: z.array(indicator),
  jointIndicators: z.array(z.string()),
  jointProbability: num,
  jointStandardError: num,
  jointMet: z.number(),
  jointSets: z
    .array(z.object({ id: z.string(), indicators: z.array(z.string()), probability: num, standardError: num, met: z.number() }))
    .optional()
    .transform((sets) => sets ?? []),
  warnings: z.array(issue),
});
const saved = z.object({
  format: z.literal(SAVED_STRESS_FORMAT),
  version: z.literal(SAVED_STRESS_VERSION),
  spec: uncertaintySpecSchema,
  result,
});

/**
 * The result JSON of a run to save: format tag, the spec and the stress result (non-finite numbers as null). When
 * it would pass MAX_RUN_RESULT_CHARS the display histograms are left out (they are the bulkiest part); null when
 * even that does not fit.
 */
export function compactRun(spec: UncertaintySpec, r: StressResult): JsonSafe | null {
  const whole = toJsonSafe({ format: SAVED_STRESS_FORMAT, version: SAVED_STRESS_VERSION, spec, result: r });
  if (JSON.stringify(whole).length <= MAX_RUN_RESULT_CHARS) return whole;
  const slim = { ...r, indicators: r.indicators.map((i) => ({ ...i, histogram: { edges: [], counts: [] } })) };
  const smaller = toJsonSafe({ format: SAVED_STRESS_FORMAT, version: SAVED_STRESS_VERSION, spec, result: slim });
  return JSON.stringify(smaller).length <= MAX_RUN_RESULT_CHARS ? smaller : null;
}

/** Reads a saved run's result JSON back (nulls as NaN); null when it is not a stress run of this format. */
export function readSavedRun(json: unknown): SavedStress | null {
  const r = saved.safeParse(json);
  if (!r.success) return null;
  return { spec: r.data.spec, result: r.data.result };
}

/**
 * Whether a saved run no longer matches the scenario: the assumptions hash of the plan, the scenario as it is now
 * and the run's own spec differs from the hash saved with the run (so only a change of the scenario's content
 * counts, whatever its version number says). The name is not an assumption: the scenario is hashed under the name
 * the run was made with, so renaming it leaves its runs current.
 */
export function isStale(plan: Plan, scenario: Scenario, run: SavedStress): boolean {
  return assumptionsHash(plan, { ...scenario, name: run.result.scenarioName }, run.spec) !== run.result.assumptionsHash;
}

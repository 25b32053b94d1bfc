import type { IndicatorIdentity, ScenarioIssue } from '../engine/engine-types';

/** A named set of indicator ids whose targets are counted as met together on the same path (e.g. the two revenue lines). */
export interface JointSet {
  id: string;
  indicators: readonly string[];
}

/**
 * How many paths to run and from which seed; `joint` lists the indicator ids whose targets must all be met (default:
 * every indicator); `jointSets` asks for further joint probabilities, counted on the same paths (at most MAX_JOINT_SETS).
 */
export interface StressOptions {
  /** Number of paths, 1..MAX_PATHS. */
  paths: number;
  /** Unsigned 32-bit seed, 0..2^32 − 1. */
  seed: number;
  joint?: readonly string[];
  jointSets?: readonly JointSet[];
}

/**
 * The fixed histogram grid of a run, one entry per tracked indicator-year (slot s, year t ≥ 1 at s × H + t − 1):
 * the coordinate is u = ln x where `logScale` is 1 (every pilot value positive), else u = x; bin k covers
 * [lo + k·width, lo + (k + 1)·width). Plain typed arrays, so it can be posted to workers.
 */
export interface StressLayout {
  bins: number;
  logScale: Uint8Array;
  lo: Float64Array;
  width: Float64Array;
}

/**
 * What a worker returns after running some chunks: integer tallies already summed (order-free) and the float
 * sums of each chunk kept apart (`chunkIds[k]` ↔ `chunkFloats[k]`) so the merge can add them in chunk order.
 * Per slot-year arrays have nSlots × H entries; `counts` has bins + 2 per slot-year (underflow first, overflow last).
 */
export interface StressPartial {
  paths: number;
  counts: Uint32Array;
  min: Float64Array;
  max: Float64Array;
  /** Per slot: paths meeting the horizon target, and paths missing it with a finite gap. */
  met: Uint32Array;
  missFinite: Uint32Array;
  /** Paths meeting every target of the joint set. */
  jointMet: number;
  /** Per extra joint set (options.jointSets order): paths meeting every target of the set. */
  jointSetMet: Uint32Array;
  chunkIds: number[];
  /** Per chunk: Σ tracked per slot-year (nSlots × H), then Σ shortfall per slot (nSlots), summed in path order. */
  chunkFloats: Float64Array[];
}

/** Every chunk merged: integer tallies and the float sums added in chunk order 0, 1, 2, … */
export interface StressTotals {
  paths: number;
  chunks: number;
  counts: Uint32Array;
  min: Float64Array;
  max: Float64Array;
  /** Per slot-year: paths with a finite tracked quantity (the sum of its histogram counts). */
  finite: Uint32Array;
  met: Uint32Array;
  missFinite: Uint32Array;
  jointMet: number;
  jointSetMet: Uint32Array;
  floats: Float64Array;
}

/** One year of the fan chart: percentiles P5…P95 and the mean of the tracked quantity (indicator unit). */
export interface StressPercentileRow {
  year: number;
  p5: number;
  p10: number;
  p25: number;
  p50: number;
  p75: number;
  p90: number;
  p95: number;
  mean: number;
}

/** A histogram of the tracked quantity at the horizon: counts[k] paths in [edges[k], edges[k + 1]) (log-spaced when all values are positive). */
export interface StressHistogram {
  edges: number[];
  counts: number[];
}

/** The stress result of one indicator. Values in its unit; the tracked quantity is the value, or the running sum for flow targets. */
export interface StressIndicatorResult extends IndicatorIdentity {
  /** False when nothing in the spec can move this indicator: every path equals the deterministic projection. */
  uncertain: boolean;
  /** Tracked quantity of the deterministic projection, per year baseYear..horizon. */
  deterministic: number[];
  /** Target path of the tracked quantity, per year baseYear..horizon (for a dynamic reference: the deterministic one). */
  target: number[];
  percentiles: StressPercentileRow[];
  endTarget: number;
  /** Share of paths meeting the horizon target, its standard error √(p(1 − p)/n) and the count. */
  probability: number;
  standardError: number;
  met: number;
  /** Mean of target − tracked at the horizon over the paths that miss (unit); null when no path misses. */
  expectedShortfall: number | null;
  histogram: StressHistogram;
  /** Paths whose horizon value is not a finite number (e.g. a formula dividing by zero); counted as misses. */
  nonFinite: number;
}

/** One extra joint set of a run: its id and indicator ids, the share of paths meeting all its targets, the standard error √(p(1 − p)/n) and the count. */
export interface StressJointSetResult {
  id: string;
  indicators: string[];
  probability: number;
  standardError: number;
  met: number;
}

/** A whole stress run: identity (seed, algorithm, engine version, assumptions hash) and per-indicator results in plan order. */
export interface StressResult {
  engineVersion: string;
  algorithm: string;
  seed: number;
  paths: number;
  chunkSize: number;
  chunks: number;
  assumptionsHash: string;
  planId: string;
  scenarioName: string;
  baseYear: number;
  horizon: number;
  years: number[];
  indicators: StressIndicatorResult[];
  /** Ids whose targets count in the joint probability. */
  jointIndicators: string[];
  /** Share of paths meeting every target of jointIndicators on the same path, its standard error and the count. */
  jointProbability: number;
  jointStandardError: number;
  jointMet: number;
  /** The extra joint sets asked for (options.jointSets), in that order; empty when none (and for runs saved before they existed). */
  jointSets: StressJointSetResult[];
  warnings: ScenarioIssue[];
}

/** A stress run refused before it started: every problem with its dotted path (spec fields, `scenario.…`, `paths`, `seed`). */
export type StressPrepareError = { ok: false; issues: ScenarioIssue[] };

import type { CompiledFormula, FormulaError } from '../formula/formula-types';
import type { Bilingual, Plan, Target, TargetKind } from '../plan/plan-schema';
import type { Scenario } from '../scenario/scenario-schema';

/** A problem with a scenario: a dotted JSON path (`indicators.gdp.growth`, `(root)` for the whole file) and what was expected. */
export interface ScenarioIssue {
  path: string;
  message: string;
  /** For formula problems: the formula module's error, with character offsets into the formula for highlighting. */
  formulaError?: FormulaError;
}

/** Static facts about one indicator of a prepared model (index i in every per-indicator array). */
export interface PreparedIndicator {
  id: string;
  symbol: string;
  name: Bilingual;
  unit: Bilingual;
  decimals: number;
  target: Target;
  targetKind: TargetKind;
  /** True for cumulative / count-new targets: yearly values are flows and the tracked quantity is their running sum. */
  flow: boolean;
  /** The target's own annual rate (cagr rate, or r* of level / level-increase); null for relative and flow targets. */
  targetRate: number | null;
  /** The value formula as written in the scenario, or null for the default `prev * (1 + g)`. */
  formulaSource: string | null;
  /** Ids of the indicators this one reads in the same year (formula S / S_g, or the default reference growth). */
  dependsOn: readonly string[];
}

/**
 * Everything the projection needs, prepared once: validated, formulas compiled, indicators ordered,
 * per-year arrays filled. Per-indicator-year arrays are flat Float64Array/Uint8Array of length
 * `nInd * nYears`, indexed `i * nYears + t` with t = year − baseYear (t = 0 is the base year).
 * A model is read-only for `projectInto` except its `scratch` and `vars` buffers, so one model can run many paths in turn.
 */
export interface PreparedModel {
  plan: Plan;
  scenario: Scenario;
  baseYear: number;
  /** Last projected year (scenario.horizon ?? plan.targetYear). */
  horizon: number;
  /** horizon − baseYear + 1. */
  nYears: number;
  nInd: number;
  indicators: readonly PreparedIndicator[];
  /** Indicator indices in evaluation order (every same-year dependency comes first). */
  order: Int32Array;
  /** Base-year value V_0 = T_0 per indicator, in its unit. */
  base: Float64Array;
  /** Growth g_t per indicator-year (decimal), shocks' deltas included; t = 0 unused. Does not include dynamic reference growth. */
  growth: Float64Array;
  /** Per indicator: the index of the indicator whose realised growth feeds the reference rate, or −1. */
  refIndex: Int32Array;
  /** 1 where the reference rate of year t is the realised growth of `refIndex` (else `refRate` holds it). */
  refDynamic: Uint8Array;
  /** Static reference rate per indicator-year for relative targets (decimal); 0 where unused or dynamic. */
  refRate: Float64Array;
  /** 1 where the default growth of year t is the dynamic reference growth (added on top of `growth`). */
  growthFromRef: Uint8Array;
  /** Shock multiplier M_t per indicator-year (product of level and dip multipliers; 1 without shocks). */
  multiplier: Float64Array;
  /** 1 where the scenario gives an actual for that indicator-year. */
  actualMask: Uint8Array;
  /** The actual values (indicator unit) where `actualMask` is 1. */
  actual: Float64Array;
  /** Index t of the last year with an actual per indicator (0 when none). */
  lastActualT: Int32Array;
  /** Compiled value formula per indicator, or null for the built-in `prev * (1 + g)`. */
  formulas: readonly (CompiledFormula | null)[];
  /** Formula symbol names in slot order (see `symbolSlots`). */
  symbols: readonly string[];
  /** Slot numbers in `vars`: prev, base, year, t, g, then parameters, then per indicator S, S_prev, S_g. */
  symbolSlots: SymbolSlots;
  /** Formula input buffer, parameters pre-filled; overwritten by every run. */
  vars: Float64Array;
  /** Per-indicator scratch (previous trend value); overwritten by every run. */
  scratch: Float64Array;
}

/** Where each formula symbol lives in `PreparedModel.vars`. Indicator i uses slots indicatorStart + 3i (S), +1 (S_prev), +2 (S_g). */
export interface SymbolSlots {
  prev: number;
  base: number;
  year: number;
  t: number;
  g: number;
  parameters: Readonly<Record<string, number>>;
  indicatorStart: number;
}

/** One projected year of one indicator. Values in the indicator's unit, rates as decimals, null where undefined. */
export interface YearRow {
  year: number;
  /** Reported value V_t (trend × shock multipliers, or the actual). */
  value: number;
  /** Trend value T_t before shock multipliers. */
  trend: number;
  /** V_t / V_{t−1} − 1; null in the base year. */
  growth: number | null;
  /** Running sum of values from startYear (flow targets only, else null). */
  cumulative: number | null;
  /** The tracked quantity: cumulative for flow targets, else the value. */
  tracked: number;
  /** Target path for the tracked quantity. */
  target: number;
  /** tracked − target, in the unit. */
  gap: number;
  /** gap / target; null when the target is 0. */
  gapPct: number | null;
  isActual: boolean;
}

/** Why requiredCagr is null, when it is. */
export type RequiredNote = 'already-met' | 'no-years-left' | 'undefined';

/** The state of an indicator at the horizon. Rates are decimals. */
export interface IndicatorSummary {
  /** Tracked quantity at the horizon (value, or cumulative for flows). */
  endValue: number;
  endTarget: number;
  gap: number;
  gapPct: number | null;
  /** (V_H / V_0)^(1/h) − 1 over h = horizon − baseYear years; null for flows or when undefined. */
  achievedCagr: number | null;
  /** The target's rate: cagr rate, r* for level kinds, the reference's average for relative; null for flows. */
  targetCagr: number | null;
  /** Uniform growth of the value needed after the last actual (or base year) to meet the horizon target. */
  requiredCagr: number | null;
  requiredNote: RequiredNote | null;
  /** Year the required growth starts from (last actual year, or the base year). */
  requiredFromYear: number;
  /** First year the tracked quantity falls below the target path; null if never. */
  firstBelowYear: number | null;
  onTrack: boolean;
}

/** A plan's one-year growth target checked against the projection. */
export interface AnnualTargetCheck {
  year: number;
  targetGrowth: number;
  /** Projected growth that year; null when the year is outside the projection. */
  growth: number | null;
  met: boolean | null;
}

/** What names an indicator in every result (projection, stress run): the prepared indicator's id, symbol, names, unit, decimals, target kind and flow. */
export type IndicatorIdentity = Pick<PreparedIndicator, 'id' | 'symbol' | 'name' | 'unit' | 'decimals' | 'targetKind' | 'flow'>;

/** The projection of one indicator: per-year rows, horizon summary and annual target checks. */
export interface IndicatorProjection extends IndicatorIdentity {
  formula: string | null;
  years: YearRow[];
  summary: IndicatorSummary;
  annualTargets: AnnualTargetCheck[];
}

/** A number that came out non-finite (e.g. a formula dividing by zero). */
export interface ProjectionWarning {
  indicator: string;
  year: number;
  message: string;
}

/** The full result of one run: indicators in plan order. */
export interface ProjectionResult {
  planId: string;
  scenarioName: string;
  baseYear: number;
  horizon: number;
  years: number[];
  indicators: IndicatorProjection[];
  warnings: ProjectionWarning[];
}

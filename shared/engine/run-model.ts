import type {
  AnnualTargetCheck,
  IndicatorProjection,
  IndicatorSummary,
  PreparedModel,
  ProjectionResult,
  ProjectionWarning,
  YearRow,
} from './engine-types';
import { indicatorIdentity } from './indicator-identity';
import { projectInto } from './project-kernel';
import { requiredFlowGrowth, requiredLevelGrowth } from './required-growth';
import { targetPathInto, trackedPathInto } from './target-path';

/** Relative tolerance below which a shortfall counts as rounding, not a miss (gap ≥ −1e-9 × |target| is on track). */
export const ON_TRACK_TOLERANCE = 1e-9;

function ratio(num: number, den: number): number | null {
  return den === 0 || !Number.isFinite(num / den) ? null : num / den;
}

function cagr(from: number, to: number, years: number): number | null {
  if (!(from > 0) || !(to > 0) || years <= 0) return null;
  const r = Math.pow(to / from, 1 / years) - 1;
  return Number.isFinite(r) ? r : null;
}

function summarize(model: PreparedModel, i: number, values: Float64Array, tracked: Float64Array, target: Float64Array): IndicatorSummary {
  const ind = model.indicators[i];
  const H = model.nYears - 1;
  const off = i * model.nYears;
  const endValue = tracked[H] ?? Number.NaN;
  const endTarget = target[H] ?? Number.NaN;
  const gap = endValue - endTarget;
  const flow = ind?.flow ?? false;
  const lastT = model.lastActualT[i] ?? 0;
  const last = values[off + lastT] ?? Number.NaN;
  const required = flow
    ? requiredFlowGrowth(last, endTarget - (tracked[lastT] ?? 0), H - lastT)
    : requiredLevelGrowth(last, endTarget, H - lastT);
  let firstBelowYear: number | null = null;
  for (let t = 1; t <= H; t++) {
    const tg = target[t] ?? 0;
    if ((tracked[t] ?? 0) < tg - ON_TRACK_TOLERANCE * Math.abs(tg)) {
      firstBelowYear = model.baseYear + t;
      break;
    }
  }
  let targetCagr: number | null = null;
  if (!flow) targetCagr = ind?.targetKind === 'relative' ? cagr(target[0] ?? 0, endTarget, H) : (ind?.targetRate ?? null);
  return {
    endValue,
    endTarget,
    gap,
    gapPct: ratio(gap, endTarget),
    achievedCagr: flow ? null : cagr(values[off] ?? 0, values[off + H] ?? 0, H),
    targetCagr,
    requiredCagr: required.rate,
    requiredNote: required.note,
    requiredFromYear: model.baseYear + lastT,
    firstBelowYear,
    onTrack: gap >= -ON_TRACK_TOLERANCE * Math.abs(endTarget),
  };
}

function annualChecks(model: PreparedModel, i: number, values: Float64Array): AnnualTargetCheck[] {
  const id = model.indicators[i]?.id;
  const off = i * model.nYears;
  return model.plan.annualTargets
    .filter((a) => a.indicator === id)
    .map((a) => {
      const t = a.year - model.baseYear;
      if (t < 1 || t >= model.nYears) return { year: a.year, targetGrowth: a.growth, growth: null, met: null };
      const growth = (values[off + t] ?? 0) / (values[off + t - 1] ?? 0) - 1;
      return { year: a.year, targetGrowth: a.growth, growth, met: growth >= a.growth - 1e-12 };
    });
}

/**
 * Builds the full ProjectionResult from a kernel run's reported `values` and `trend` arrays
 * (layout `i * nYears + t`): per-year rows with target path and gap, the horizon summary
 * (gap, achieved / target / required CAGR, first year below target, on track) and the plan's annual target checks.
 */
export function buildResult(model: PreparedModel, values: Float64Array, trend: Float64Array): ProjectionResult {
  const years = Array.from({ length: model.nYears }, (_, t) => model.baseYear + t);
  const warnings: ProjectionWarning[] = [];
  const target = new Float64Array(model.nYears);
  const tracked = new Float64Array(model.nYears);
  const indicators: IndicatorProjection[] = model.indicators.map((ind, i) => {
    targetPathInto(model, values, i, target);
    trackedPathInto(model, values, i, tracked);
    const off = i * model.nYears;
    const rows: YearRow[] = years.map((year, t) => {
      const value = values[off + t] ?? Number.NaN;
      const tg = target[t] ?? Number.NaN;
      const tr = tracked[t] ?? Number.NaN;
      return {
        year,
        value,
        trend: trend[off + t] ?? Number.NaN,
        growth: t === 0 ? null : ratio(value - (values[off + t - 1] ?? 0), values[off + t - 1] ?? 0),
        cumulative: ind.flow ? tr : null,
        tracked: tr,
        target: tg,
        gap: tr - tg,
        gapPct: ratio(tr - tg, tg),
        isActual: model.actualMask[off + t] === 1,
      };
    });
    const bad = rows.find((r) => !Number.isFinite(r.value));
    if (bad) {
      warnings.push({
        indicator: ind.id,
        year: bad.year,
        message: `${ind.name.zh} is not a finite number from ${bad.year} on; check its formula for a division by zero or an overflow`,
      });
    }
    return {
      ...indicatorIdentity(ind),
      formula: ind.formulaSource,
      years: rows,
      summary: summarize(model, i, values, tracked, target),
      annualTargets: annualChecks(model, i, values),
    };
  });
  return {
    planId: model.plan.id,
    scenarioName: model.scenario.name,
    baseYear: model.baseYear,
    horizon: model.horizon,
    years,
    indicators,
    warnings,
  };
}

/** One full projection of a prepared model: runs the kernel once and builds the result (values in each indicator's unit). */
export function runModel(model: PreparedModel): ProjectionResult {
  const size = model.nInd * model.nYears;
  const values = new Float64Array(size);
  const trend = new Float64Array(size);
  projectInto(model, null, values, trend);
  return buildResult(model, values, trend);
}

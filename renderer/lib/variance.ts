import type { ProjectionResult } from '../../shared/engine/engine-types';
import { pick } from '../../shared/export/export-labels';
import { formatNumber, formatSignedNumber, formatSignedRate, withUnit, type Lang } from './format';
import { orderIndicators } from './gap-rows';

/** One scenario's figures for one indicator in the variance table, formatted with units. */
export interface VarianceCell {
  /** Value (running sum for flows) at the horizon. */
  value: string;
  /** Difference from the frozen baseline at the horizon, signed, with unit. */
  vsBaseline: string;
  /** That difference as a share of the baseline value, signed percent. */
  vsBaselinePct: string;
  /** Gap to the target at the horizon, signed, with unit. */
  gap: string;
  onTrack: boolean;
  raw: { value: number; vsBaseline: number; gap: number };
}

/** One indicator's line of the variance table. */
export interface VarianceRow {
  id: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
  cells: VarianceCell[];
}

/**
 * The variance table of a comparison: for every indicator (lead indicators first) the frozen baseline and target
 * at the horizon, and per scenario its value, its difference from the baseline (unit and %) and its gap to the
 * target. Scenarios missing an indicator get "—" figures.
 */
export function buildVarianceRows(baseline: ProjectionResult, runs: readonly ProjectionResult[], lang: Lang): VarianceRow[] {
  return orderIndicators(baseline.indicators).map((b) => {
    const unit = pick(b.unit, lang);
    const fmt = (v: number): string => withUnit(formatNumber(v, b.decimals, lang), unit);
    const base = b.summary.endValue;
    return {
      id: b.id,
      name: pick(b.name, lang),
      unit,
      baseline: fmt(base),
      target: fmt(b.summary.endTarget),
      cells: runs.map((run) => {
        const p = run.indicators.find((i) => i.id === b.id);
        const value = p ? p.summary.endValue : Number.NaN;
        const diff = value - base;
        return {
          value: fmt(value),
          vsBaseline: withUnit(formatSignedNumber(diff, b.decimals, lang), unit),
          vsBaselinePct: formatSignedRate(base !== 0 ? diff / base : null, lang),
          gap: withUnit(formatSignedNumber(p ? p.summary.gap : Number.NaN, b.decimals, lang), unit),
          onTrack: p?.summary.onTrack ?? false,
          raw: { value, vsBaseline: diff, gap: p ? p.summary.gap : Number.NaN },
        };
      }),
    };
  });
}

import type { IndicatorProjection, ProjectionResult, RequiredNote } from '../../shared/engine/engine-types';
import type { TargetKind } from '../../shared/plan/plan-schema';
import { pick } from '../../shared/export/export-labels';
import { formatNumber, formatRate, formatSignedNumber, formatSignedRate, withUnit, type Lang } from './format';

/** Indicators the gap panel puts first, in this order: 财税总收入, then 地方财政收入. */
export const LEAD_INDICATORS: readonly string[] = ['fiscal-revenue-total', 'local-fiscal-revenue'];

/** Ids in display order: the lead indicators first, then the others in the order given (the plan's). */
export function orderIndicators<T extends { id: string }>(items: readonly T[]): T[] {
  const rank = (id: string): number => {
    const i = LEAD_INDICATORS.indexOf(id);
    return i === -1 ? LEAD_INDICATORS.length : i;
  };
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item.id) - rank(b.item.id) || a.index - b.index)
    .map((x) => x.item);
}

/** One line of the gap panel, every figure already formatted with its unit. */
export interface GapRow {
  id: string;
  name: string;
  unit: string;
  targetKind: TargetKind;
  flow: boolean;
  horizon: number;
  /** Projected value (or running sum for flows) at the horizon, with unit: "26.00 亿元". */
  projected: string;
  /** The target at the horizon, with unit. */
  target: string;
  /** projected − target, signed, with unit: "−4.23 亿元". */
  gap: string;
  /** Gap as a share of the target, signed percent: "−16.2%". */
  gapPct: string;
  /** Growth needed per year over the remaining years, percent; null when `requiredNote` explains why not. */
  required: string | null;
  requiredNote: RequiredNote | null;
  /** Year the required growth counts from (the last actual, or the base year). */
  requiredFrom: number;
  onTrack: boolean;
  /** Raw numbers for sorting and tests. */
  raw: { endValue: number; endTarget: number; gap: number; gapPct: number | null; requiredCagr: number | null };
}

/** Builds one gap-panel line from an indicator's projection. */
export function gapRow(p: IndicatorProjection, horizon: number, lang: Lang): GapRow {
  const unit = pick(p.unit, lang);
  const s = p.summary;
  const fmt = (v: number): string => withUnit(formatNumber(v, p.decimals, lang), unit);
  return {
    id: p.id,
    name: pick(p.name, lang),
    unit,
    targetKind: p.targetKind,
    flow: p.flow,
    horizon,
    projected: fmt(s.endValue),
    target: fmt(s.endTarget),
    gap: withUnit(formatSignedNumber(s.gap, p.decimals, lang), unit),
    gapPct: formatSignedRate(s.gapPct, lang),
    required: s.requiredCagr === null ? null : formatRate(s.requiredCagr, lang),
    requiredNote: s.requiredNote,
    requiredFrom: s.requiredFromYear,
    onTrack: s.onTrack,
    raw: { endValue: s.endValue, endTarget: s.endTarget, gap: s.gap, gapPct: s.gapPct, requiredCagr: s.requiredCagr },
  };
}

/** The whole gap panel: every indicator of the run, lead indicators first. */
export function buildGapRows(result: ProjectionResult, lang: Lang): GapRow[] {
  return orderIndicators(result.indicators).map((p) => gapRow(p, result.horizon, lang));
}

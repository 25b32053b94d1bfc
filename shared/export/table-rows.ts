import type { IndicatorProjection, ProjectionResult, YearRow } from '../engine/engine-types';
import { exportLabels, pick, type ExportLang } from './export-labels';
import { numberCell, type Cell, type SheetModel } from './workbook-model';

/** Decimals of every rate column (growth, gap %): 0.0523 shows as 5.2 %. */
export const RATE_DECIMALS = 1;

function indicatorCells(p: IndicatorProjection, lang: ExportLang): { name: string; unit: string } {
  return { name: pick(p.name, lang), unit: pick(p.unit, lang) };
}

type Labels = ReturnType<typeof exportLabels>;

/** The year-by-year column headers: year, value, growth, the running sum when `cumulative`, target, gap, gap %, source. */
function yearHeader(l: Labels, cumulative: boolean): string[] {
  return [l.year, l.value, l.growth, ...(cumulative ? [l.cumulative] : []), l.target, l.gap, l.gapPct, l.source];
}

/** One year's cells under yearHeader (the running sum only when `cumulative`; empty for an indicator that is not a flow). */
function yearCells(p: IndicatorProjection, y: YearRow, l: Labels, cumulative: boolean): Cell[] {
  return [
    numberCell(y.year, 'integer', 0),
    numberCell(y.value, 'fixed', p.decimals),
    numberCell(y.growth, 'percent', RATE_DECIMALS),
    ...(cumulative ? [numberCell(y.cumulative, 'fixed', p.decimals)] : []),
    numberCell(y.target, 'fixed', p.decimals),
    numberCell(y.gap, 'fixed', p.decimals),
    numberCell(y.gapPct, 'percent', RATE_DECIMALS),
    y.isActual ? l.actual : l.projected,
  ];
}

/**
 * One indicator year by year: year, value (its unit, its decimals), growth, the running sum for flow targets,
 * the target path, the gap (unit and share of the target) and whether the year is an actual or projected.
 * Numbers stay numbers; only their display format is set.
 */
export function indicatorSheetRows(p: IndicatorProjection, lang: ExportLang): { header: string[]; rows: Cell[][] } {
  const l = exportLabels(lang);
  return { header: yearHeader(l, p.flow), rows: p.years.map((y) => yearCells(p, y, l, p.flow)) };
}

/**
 * The summary of a run at its horizon, one line per indicator: projected value (running sum for flows), target,
 * gap in the unit and in percent, the growth still required, the projected and target average growth, on track.
 */
export function summarySheetRows(result: ProjectionResult, lang: ExportLang): { header: string[]; rows: Cell[][] } {
  const l = exportLabels(lang);
  const h = result.horizon;
  const header = [l.indicator, l.unit, l.projectedAt(h), l.targetAt(h), l.gap, l.gapPct, l.required, l.achieved, l.targetRate, l.status];
  const rows = result.indicators.map((p): Cell[] => {
    const s = p.summary;
    const { name, unit } = indicatorCells(p, lang);
    return [
      name,
      unit,
      numberCell(s.endValue, 'fixed', p.decimals),
      numberCell(s.endTarget, 'fixed', p.decimals),
      numberCell(s.gap, 'fixed', p.decimals),
      numberCell(s.gapPct, 'percent', RATE_DECIMALS),
      numberCell(s.requiredCagr, 'percent', RATE_DECIMALS),
      numberCell(s.achievedCagr, 'percent', RATE_DECIMALS),
      numberCell(s.targetCagr, 'percent', RATE_DECIMALS),
      s.onTrack ? l.onTrack : l.offTrack,
    ];
  });
  return { header, rows };
}

/** Every indicator year by year in one long table (indicator, unit, then the columns of indicatorSheetRows): for CSV. */
export function yearlySheetRows(result: ProjectionResult, lang: ExportLang): { header: string[]; rows: Cell[][] } {
  const l = exportLabels(lang);
  const rows = result.indicators.flatMap((p) => {
    const { name, unit } = indicatorCells(p, lang);
    return p.years.map((y): Cell[] => [name, unit, ...yearCells(p, y, l, true)]);
  });
  return { header: [l.indicator, l.unit, ...yearHeader(l, true)], rows };
}

/** The summary as a sheet of its own, with the scenario and date as notes above it. */
export function summarySheet(result: ProjectionResult, lang: ExportLang, notes: string[]): SheetModel {
  return { name: exportLabels(lang).summarySheet, ...summarySheetRows(result, lang), notes };
}

/** The long year-by-year table as a sheet (the CSV export writes this one). */
export function yearlySheet(result: ProjectionResult, lang: ExportLang, notes: string[]): SheetModel {
  return { name: exportLabels(lang).yearlySheet, ...yearlySheetRows(result, lang), notes };
}

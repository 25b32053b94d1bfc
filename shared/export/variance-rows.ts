import type { ProjectionResult } from '../engine/engine-types';
import { exportLabels, pick, type ExportLang } from './export-labels';
import { RATE_DECIMALS } from './table-rows';
import { numberCell, type Cell } from './workbook-model';

/** One compared scenario: the name to show and its projection. */
export interface ComparedRun {
  name: string;
  result: ProjectionResult;
}

/**
 * The variance table of a comparison at the horizon: per indicator the frozen baseline and the target, then per
 * scenario its projected value, its difference from the baseline (unit and share of the baseline) and its gap to
 * the target. An indicator a scenario lacks, or a baseline of 0, gives empty cells.
 */
export function varianceSheetRows(baseline: ProjectionResult, runs: readonly ComparedRun[], lang: ExportLang): { header: string[]; rows: Cell[][] } {
  const l = exportLabels(lang);
  const h = baseline.horizon;
  const header = [
    l.indicator,
    l.unit,
    l.baselineAt(h),
    l.targetAt(h),
    ...runs.flatMap((r) => [l.scenarioValue(r.name), l.scenarioVsBaseline(r.name), l.scenarioVsBaselinePct(r.name), l.scenarioGap(r.name)]),
  ];
  const rows = baseline.indicators.map((b): Cell[] => {
    const base = b.summary.endValue;
    const cells: Cell[] = [pick(b.name, lang), pick(b.unit, lang), numberCell(base, 'fixed', b.decimals), numberCell(b.summary.endTarget, 'fixed', b.decimals)];
    for (const run of runs) {
      const p = run.result.indicators.find((i) => i.id === b.id);
      if (!p) {
        cells.push(null, null, null, null);
        continue;
      }
      const diff = p.summary.endValue - base;
      cells.push(
        numberCell(p.summary.endValue, 'fixed', b.decimals),
        numberCell(diff, 'fixed', b.decimals),
        numberCell(base !== 0 ? diff / base : null, 'percent', RATE_DECIMALS),
        numberCell(p.summary.gap, 'fixed', b.decimals),
      );
    }
    return cells;
  });
  return { header, rows };
}

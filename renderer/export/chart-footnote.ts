import { keyAssumptions } from '../../shared/export/assumption-text';
import { chartFootnoteLines } from '../../shared/export/footnote';
import type { ExportContext } from './export-actions';
import { footnoteBudget, type ChartSize } from './export-figure';

/**
 * The footnote lines under a chart of `indicatorId` at `size` (at most three): scenario, date, key assumptions
 * (the scenario's, unless `assumptions` says otherwise) and, when `ctx.stress` is set, the run's seed and path
 * count. Kept apart from the export actions so figures can be framed without loading Plotly.
 */
export function chartFootnote(
  ctx: Pick<ExportContext, 'plan' | 'scenario' | 'scenarioName' | 'date' | 'lang' | 'stress'>,
  indicatorId: string | null,
  size: Pick<ChartSize, 'width'>,
  assumptions: readonly string[] = keyAssumptions(ctx.plan, ctx.scenario, indicatorId, ctx.lang),
): string[] {
  return chartFootnoteLines(
    {
      scenarioName: ctx.scenarioName,
      date: ctx.date,
      assumptions,
      seed: ctx.stress?.seed ?? null,
      paths: ctx.stress?.paths ?? null,
      lang: ctx.lang,
    },
    footnoteBudget(size),
    3,
  );
}

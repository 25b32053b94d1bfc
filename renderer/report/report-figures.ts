import { indicatorAssumptionPhrases } from '../../shared/export/assumption-text';
import { pick } from '../../shared/export/export-labels';
import { buildCompareFigure } from '../lib/compare-traces';
import { buildTrajectoryFigure, type Figure } from '../lib/chart-traces';
import type { ExportContext } from '../export/export-actions';
import { chartFootnote } from '../export/export-actions';
import { endLabels } from '../export/end-labels';
import { exportFigure } from '../export/export-figure';
import { exportTexts } from '../export/export-texts';

/** Chart size in CSS px of a report chart: two side by side on an A4-landscape page (277 × 190 mm printable). */
export const REPORT_CHART = { width: 510, height: 620 } as const;

/** The indicator's own assumptions in one line, or "plan baseline", for a chart's subtitle. */
export function ownAssumptions(ctx: ExportContext, indicatorId: string): string {
  const ind = ctx.plan.indicators.find((i) => i.id === indicatorId);
  const phrases = indicatorAssumptionPhrases(ctx.scenario.indicators?.[indicatorId], ind?.decimals ?? 2, ctx.lang);
  return phrases.length > 0 ? phrases.join(ctx.lang === 'en' ? ', ' : '，') : exportTexts(ctx.lang).reportBaseline;
}

/**
 * One indicator's trajectory chart at `size` for the report or a slide: name and unit as the title, the
 * indicator's own assumptions as the subtitle, and (when `footnote`) the export footnote below.
 */
export function indicatorFigure(ctx: ExportContext, indicatorId: string, size: { width: number; height: number }, footnote: boolean): Figure | null {
  const p = ctx.result.indicators.find((i) => i.id === indicatorId);
  if (!p) return null;
  const base = buildTrajectoryFigure({ plan: ctx.plan, scenario: ctx.scenario, projection: p, lang: ctx.lang, t: ctx.t });
  const title = exportTexts(ctx.lang).nameUnit(pick(p.name, ctx.lang), pick(p.unit, ctx.lang));
  return exportFigure(
    base,
    { title, subtitle: ownAssumptions(ctx, indicatorId), footnote: footnote ? chartFootnote(ctx, indicatorId, size) : [], labels: endLabels(p, ctx.lang) },
    size,
  );
}

/** The comparison chart of one indicator (target, frozen baseline, each compared scenario) at `size`, or null. */
export function compareFigure(ctx: ExportContext, indicatorId: string, size: { width: number; height: number }): Figure | null {
  const base = ctx.baseline.indicators.find((i) => i.id === indicatorId);
  if (!base || ctx.compared.length === 0) return null;
  const runs = ctx.compared.flatMap((c) => {
    const p = c.result.indicators.find((i) => i.id === indicatorId);
    return p ? [{ name: c.name, projection: p }] : [];
  });
  const tx = exportTexts(ctx.lang);
  const title = tx.reportCompareChart(tx.nameUnit(pick(base.name, ctx.lang), pick(base.unit, ctx.lang)));
  return exportFigure(buildCompareFigure(base, runs, ctx.lang, ctx.t), { title, subtitle: ctx.compared.map((c) => c.name).join(' · '), footnote: [] }, size);
}

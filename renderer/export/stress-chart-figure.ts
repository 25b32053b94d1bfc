import { exportLabels } from '../../shared/export/export-labels';
import { keyAssumptions } from '../../shared/export/assumption-text';
import { uncertaintyPhrase } from '../../shared/export/uncertainty-text';
import type { Data } from 'plotly.js-dist-min';
import type { StressIndicatorResult } from '../../shared/stress';
import { pick } from '../../shared/export/export-labels';
import { CHART_COLORS, unitOf, type Figure } from '../lib/chart-traces';
import { formatNumber, withUnit, type Lang } from '../lib/format';
import { formatShare } from '../lib/stress-cards';
import { buildFanFigure, stressName } from '../lib/stress-fan-chart';
import { buildHistogramFigure, histogramBars } from '../lib/stress-histogram-chart';
import type { StressChartKind, StressChartRequest } from './chart-export-request';
import { chartFootnote } from './chart-footnote';
import type { ExportContext } from './export-actions';
import { exportFigure, type ChartSize } from './export-figure';
import { pairedEndLabels } from './end-labels';
import { exportTexts } from './export-texts';

/** What a stress chart export reads from the export context (no projection: the run carries its own figures). */
export type StressExportContext = Pick<ExportContext, 'plan' | 'scenario' | 'scenarioName' | 'date' | 'lang' | 't'>;

/** The horizon year of a stress indicator (its last percentile row). */
function horizonOf(ind: StressIndicatorResult): number {
  return ind.percentiles[ind.percentiles.length - 1]?.year ?? 0;
}

/** The charts a stress indicator can be exported as: always the fan, the histogram only when it varies and has bins. */
export function stressChartKinds(ind: StressIndicatorResult): StressChartKind[] {
  return ind.uncertain && ind.histogram.counts.length > 0 ? ['fan', 'histogram'] : ['fan'];
}

/** The chart's name in the UI language: "扇形图" / "2025年分布" ("fan chart" / "distribution in 2025"). */
export function stressChartName(kind: StressChartKind, ind: StressIndicatorResult, lang: Lang): string {
  const names = exportTexts(lang).stressKind;
  return kind === 'fan' ? names.fan : names.histogram(horizonOf(ind));
}

/** The subject of the file name: indicator and chart ("财税总收入-扇形图"). */
export function stressChartSubject(request: Pick<StressChartRequest, 'kind' | 'indicator'>, lang: Lang): string {
  return `${stressName(request.indicator, lang)}-${stressChartName(request.kind, request.indicator, lang)}`;
}

/**
 * The horizon histogram redrawn for a slide: the bins wholly below the target and the others as two bar traces
 * with their own legend entries (share of paths in percent), and the target as a dotted vertical line with its
 * value in the legend instead of the workbench's small label above the plot. The value axis has no title: the
 * exported chart's title names the indicator, year and unit, and an axis title would crowd the footnote.
 */
export function histogramExportFigure(ind: StressIndicatorResult, paths: number, lang: Lang, t: StressExportContext['t']): Figure {
  const tx = exportTexts(lang);
  const base = buildHistogramFigure(ind, paths, lang, t);
  const bars = histogramBars(ind, paths);
  const barTrace = (name: string, color: string, below: boolean): Data => {
    const picked = bars.filter((b) => b.below === below);
    return {
      type: 'bar',
      name,
      x: picked.map((b) => b.center),
      y: picked.map((b) => b.share * 100),
      width: picked.map((b) => b.width),
      marker: { color, opacity: 0.75 },
      showlegend: picked.length > 0,
    };
  };
  const top = Math.max(0, ...bars.map((b) => b.share * 100)) * 1.05;
  const target = withUnit(formatNumber(ind.endTarget, ind.decimals, lang), unitOf(ind, lang));
  const line: Data = {
    type: 'scatter',
    mode: 'lines',
    name: t('stress.hist.target', { value: target }),
    x: [ind.endTarget, ind.endTarget],
    y: [0, top],
    line: { color: CHART_COLORS.target, width: 3, dash: 'dot' },
  };
  return {
    data: [barTrace(tx.stressMisses, CHART_COLORS.gapDown, true), barTrace(tx.stressOthers, CHART_COLORS.projection, false), line],
    layout: { ...base.layout, xaxis: { ...base.layout.xaxis, title: { text: '' } }, shapes: [], annotations: [], barmode: 'overlay', showlegend: true },
  };
}

/**
 * A chart of a stress run framed for a slide or a document at `size`: the title with indicator, chart and unit
 * ("财税总收入 · 扇形图（亿元）— 情景一"), the plan and years, the probability of meeting the horizon target and,
 * for a stale run, a warning in the subtitle (and no claim in the footnote that the scenario's current
 * assumptions made it); the median and target written at the fan's right end; the footnote
 * with scenario, date, key assumptions, the uncertainty the run drew for the indicator, and its seed and path count.
 */
export function stressChartExportFigure(ctx: StressExportContext, request: StressChartRequest, size: Pick<ChartSize, 'width' | 'height'>): Figure {
  const ind = request.indicator;
  const lang = ctx.lang;
  const tx = exportTexts(lang);
  const unit = unitOf(ind, lang);
  const first = ind.percentiles[0]?.year ?? 0;
  const horizon = horizonOf(ind);
  const title = tx.stressChartTitle(stressName(ind, lang), stressChartName(request.kind, ind, lang), unit, ctx.scenarioName);
  const parts = [
    tx.chartSubtitle(pick(ctx.plan.title, lang), first, horizon),
    tx.stressSubtitle(horizon, formatShare(ind.probability, lang), formatShare(ind.standardError, lang)),
    ...(request.stale ? [tx.stressStale] : []),
  ];
  const stressCtx = { ...ctx, stress: { seed: request.seed, paths: request.paths } };
  const uncertainty = request.spec ? uncertaintyPhrase(request.spec, ind.id, lang) : null;
  const scenarioAssumptions = request.stale ? [tx.stressStaleAssumptions] : keyAssumptions(ctx.plan, ctx.scenario, ind.id, lang);
  const assumptions = [
    ...(scenarioAssumptions.length > 0 || !uncertainty ? scenarioAssumptions : [exportLabels(lang).planBaseline]),
    ...(uncertainty ? [uncertainty] : []),
  ];
  const footnote = chartFootnote(stressCtx, ind.id, size, assumptions);
  if (request.kind === 'histogram') {
    const figure = histogramExportFigure(ind, request.paths, lang, ctx.t);
    return exportFigure(figure, { title, subtitle: parts.join(' · '), footnote }, size);
  }
  const last = ind.percentiles[ind.percentiles.length - 1];
  const labels = last
    ? pairedEndLabels(
        horizon,
        { word: tx.stressMedian, value: last.p50, color: CHART_COLORS.projection },
        { word: tx.stressTarget, value: ind.endTarget, color: CHART_COLORS.target },
        unit,
        ind.decimals,
        lang,
      )
    : [];
  return exportFigure(buildFanFigure(ind, lang, ctx.t), { title, subtitle: parts.join(' · '), footnote, labels }, size);
}

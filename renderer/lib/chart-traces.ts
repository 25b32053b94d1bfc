import type { Data, Layout } from 'plotly.js-dist-min';
import type { IndicatorProjection } from '../../shared/engine/engine-types';
import { pick } from '../../shared/export/export-labels';
import type { Plan } from '../../shared/plan/plan-schema';
import { citationText, explainYear, type ExplainContext } from './explain-number';
import { formatNumber, formatRate, formatSignedNumber, formatSignedRate, withUnit, type Lang } from './format';
import type { Translate } from './translate';

/** A chart as Plotly takes it. */
export interface Figure {
  data: Data[];
  layout: Partial<Layout>;
}

/** Colours of the chart; also used by the legend swatches of the compare view. */
export const CHART_COLORS = {
  history: '#495057',
  previousPlan: '#adb5bd',
  target: '#c92a2a',
  projection: '#1c5fa8',
  actual: '#e67700',
  gapUp: '#2b8a3e',
  gapDown: '#c92a2a',
  baseline: '#868e96',
  scenarios: ['#1c5fa8', '#d9480f', '#2b8a3e', '#7048e8'],
} as const;

/**
 * A gap as drawn: rounding noise (below 1e-9 of the target, e.g. 26.0027 − 26.0027 computed two ways) is drawn as
 * zero, so an on-track year shows no bar rather than a femto-sized one.
 */
export function drawnGap(gap: number, target: number): number {
  return Math.abs(gap) <= 1e-9 * Math.max(1, Math.abs(target)) ? 0 : gap;
}

/** The system CJK fonts the whole UI uses. */
export const FONT_FAMILY = '"Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif';

/** Hover template that shows each point's prepared explanation and nothing else. */
export const HOVER = '%{hovertext}<extra></extra>';

/** What every chart's layout shares: the CJK fonts at `size` px, left-aligned hover labels, closest-point hover, white paper. */
export function baseLayout(size: number): Partial<Layout> {
  return {
    font: { family: FONT_FAMILY, size, color: '#212529' },
    hovermode: 'closest',
    hoverlabel: { align: 'left', font: { family: FONT_FAMILY, size: 12 } },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
  };
}

/** The target path as every chart draws it (trajectory, comparison, fan): a dotted red line, one prepared hover per point. */
export function targetTrace(name: string, x: number[], y: number[], hovertext: string[]): Data {
  return { type: 'scatter', mode: 'lines', name, x, y, line: { color: CHART_COLORS.target, width: 2, dash: 'dot' }, hovertext, hovertemplate: HOVER };
}

/** An indicator's unit in the UI language (a projection's, a stress result's or the plan's own). */
export function unitOf(p: { unit: { zh: string; en: string } }, lang: Lang): string {
  return pick(p.unit, lang);
}

/**
 * The value axis title: the indicator's quantity and unit, "累计" for flow targets (their running sum is tracked).
 * The same for a projection and a stress result.
 */
export function valueAxisTitle(p: Pick<IndicatorProjection, 'name' | 'unit' | 'flow'>, lang: Lang, t: Translate): string {
  const name = pick(p.name, lang);
  return p.flow
    ? t('chart.axisCumulative', { name, unit: unitOf(p, lang) })
    : t('chart.axisValue', { name, unit: unitOf(p, lang) });
}

/**
 * The previous (13th) plan's target path for an indicator: from its history value in the year before that plan
 * started, grown at the planned average rate to the plan's end year. Only where the previous plan's row for the
 * indicator gives a rate and the history has the starting value; otherwise null.
 */
export function previousPlanPath(plan: Plan, indicatorId: string): { years: number[]; values: number[]; rate: number } | null {
  const prev = plan.previousPlan;
  const row = prev?.rows.find((r) => r.indicator === indicatorId && r.planned.kind === 'cagr');
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  if (!prev || !row || !ind) return null;
  const y0 = prev.startYear - 1;
  const start = ind.history.find((h) => h.year === y0);
  if (!start) return null;
  const years: number[] = [];
  const values: number[] = [];
  for (let y = y0; y <= prev.endYear; y++) {
    years.push(y);
    values.push(start.value * Math.pow(1 + row.planned.value, y - y0));
  }
  return { years, values, rate: row.planned.value };
}

/**
 * The trajectory chart of one indicator: the plan's history with citations, the previous plan's target path,
 * the target path to the horizon, the projection (hover explains each number), the actual outturns marked,
 * and the gap to the target per year as bars in a strip below. For flow targets the running sum is drawn.
 */
export function buildTrajectoryFigure(ctx: ExplainContext): Figure {
  const { plan, projection: p, lang, t } = ctx;
  const unit = unitOf(p, lang);
  const fmt = (v: number): string => withUnit(formatNumber(v, p.decimals, lang), unit);
  const ind = plan.indicators.find((i) => i.id === p.id);
  const data: Data[] = [];

  const history = p.flow ? [] : [...(ind?.history ?? [])].sort((a, b) => a.year - b.year);
  if (history.length > 0) {
    data.push({
      type: 'scatter',
      mode: 'lines+markers',
      name: t('chart.history'),
      x: history.map((h) => h.year),
      y: history.map((h) => h.value),
      line: { color: CHART_COLORS.history, width: 1.5 },
      marker: { size: 9, symbol: 'square', color: CHART_COLORS.history },
      hovertext: history.map(
        (h) => `${t('explain.value', { year: h.year, value: fmt(h.value) })}<br>${t('explain.seed', { source: citationText(plan, h.cite, lang) })}`,
      ),
      hovertemplate: HOVER,
    });
  }

  const prevPath = p.flow ? null : previousPlanPath(plan, p.id);
  if (prevPath) {
    const row = plan.previousPlan?.rows.find((r) => r.indicator === p.id && r.planned.kind === 'cagr');
    const source = row ? citationText(plan, row.cite, lang) : '';
    data.push({
      type: 'scatter',
      mode: 'lines',
      name: t('chart.previousPlan'),
      x: prevPath.years,
      y: prevPath.values,
      line: { color: CHART_COLORS.previousPlan, width: 2, dash: 'dash' },
      hovertext: prevPath.years.map(
        (y, k) =>
          `${t('chart.previousPlanHover', { year: y, value: fmt(prevPath.values[k] ?? Number.NaN), rate: formatRate(prevPath.rate, lang) })}<br>${t('explain.source', { source })}`,
      ),
      hovertemplate: HOVER,
    });
  }

  const targetSource = ind ? citationText(plan, ind.target.cite, lang) : '';
  data.push(
    targetTrace(
      t('chart.target'),
      p.years.map((r) => r.year),
      p.years.map((r) => r.target),
      p.years.map((r) => `${t('chart.targetHover', { year: r.year, value: fmt(r.target) })}<br>${t('explain.source', { source: targetSource })}`),
    ),
  );

  data.push({
    type: 'scatter',
    mode: 'lines+markers',
    name: t('chart.projection'),
    x: p.years.map((r) => r.year),
    y: p.years.map((r) => r.tracked),
    line: { color: CHART_COLORS.projection, width: 3 },
    marker: { size: 6, color: CHART_COLORS.projection },
    hovertext: p.years.map((r) => explainYear(ctx, r).join('<br>')),
    hovertemplate: HOVER,
  });

  const actuals = p.years.filter((r) => r.isActual);
  if (actuals.length > 0) {
    data.push({
      type: 'scatter',
      mode: 'markers',
      name: t('chart.actual'),
      x: actuals.map((r) => r.year),
      y: actuals.map((r) => r.tracked),
      marker: { size: 13, symbol: 'diamond', color: CHART_COLORS.actual, line: { color: '#ffffff', width: 1.5 } },
      hovertext: actuals.map((r) => explainYear(ctx, r).join('<br>')),
      hovertemplate: HOVER,
    });
  }

  const gapRows = p.years.filter((r) => r.year > plan.baseYear);
  data.push({
    type: 'bar',
    name: t('chart.gap'),
    x: gapRows.map((r) => r.year),
    y: gapRows.map((r) => drawnGap(r.gap, r.target)),
    yaxis: 'y2',
    marker: { color: gapRows.map((r) => (drawnGap(r.gap, r.target) < 0 ? CHART_COLORS.gapDown : CHART_COLORS.gapUp)) },
    hovertext: gapRows.map((r) =>
      t('chart.gapHover', {
        year: r.year,
        gap: withUnit(formatSignedNumber(r.gap, p.decimals, lang), unit),
        pct: formatSignedRate(r.gapPct, lang),
      }),
    ),
    hovertemplate: HOVER,
  });

  const firstYear = history[0]?.year ?? prevPath?.years[0] ?? plan.baseYear;
  return {
    data,
    layout: chartLayout({
      yTitle: valueAxisTitle(p, lang, t),
      gapTitle: t('chart.axisGap', { unit }),
      xRange: [firstYear - 0.5, ctx.projection.years[ctx.projection.years.length - 1]!.year + 0.5],
      lang,
      t,
    }),
  };
}

/** The layout both charts share: value axis on top, the gap strip below, legend under the plot, CJK fonts. */
export function chartLayout(o: { yTitle: string; gapTitle: string; xRange: [number, number]; lang: Lang; t: Translate }): Partial<Layout> {
  return {
    ...baseLayout(13),
    margin: { l: 72, r: 16, t: 36, b: 40 },
    showlegend: true,
    legend: { orientation: 'h', x: 0, y: -0.07, yanchor: 'top' },
    barmode: 'group',
    xaxis: { dtick: 1, range: o.xRange, tickformat: 'd', anchor: 'y2' },
    yaxis: { title: { text: o.yTitle }, domain: [0.34, 1], zeroline: false, automargin: true, exponentformat: 'none' },
    yaxis2: {
      title: { text: o.gapTitle },
      domain: [0, 0.24],
      zeroline: true,
      zerolinecolor: '#495057',
      automargin: true,
      exponentformat: 'none',
      rangemode: 'tozero',
    },
  };
}

import type { Data, Layout } from 'plotly.js-dist-min';
import type { StressIndicatorResult, StressPercentileRow } from '../../shared/stress';
import { pick } from '../../shared/export/export-labels';
import { baseLayout, CHART_COLORS, HOVER, targetTrace, unitOf, valueAxisTitle, type Figure } from './chart-traces';
import { formatNumber, withUnit, type Lang } from './format';
import type { Translate } from './translate';

/** The three bands of a fan chart, widest first: the percentile keys of their lower and upper edges and their opacity. */
export const FAN_BANDS = [
  { lo: 'p5', hi: 'p95', key: 'band90', opacity: 0.14 },
  { lo: 'p10', hi: 'p90', key: 'band80', opacity: 0.2 },
  { lo: 'p25', hi: 'p75', key: 'band50', opacity: 0.3 },
] as const satisfies readonly { lo: keyof StressPercentileRow; hi: keyof StressPercentileRow; key: string; opacity: number }[];

/** The fan's colour (the projection blue) at an opacity, as Plotly's rgba text. */
export function fanFill(opacity: number): string {
  return `rgba(28, 95, 168, ${opacity})`;
}

/** The indicator's name in the UI language. */
export function stressName(ind: Pick<StressIndicatorResult, 'name'>, lang: Lang): string {
  return pick(ind.name, lang);
}

/**
 * The fan chart of one indicator: the P5–P95, P10–P90 and P25–P75 bands (each a transparent lower edge and an
 * upper edge filled down to it), the median line (P50, not the mean), the target path and the deterministic
 * projection, per year baseYear..horizon, values in the indicator's unit with the unit in every hover.
 */
export function buildFanFigure(ind: StressIndicatorResult, lang: Lang, t: Translate): Figure {
  const unit = unitOf(ind, lang);
  const fmt = (v: number): string => withUnit(formatNumber(v, ind.decimals, lang), unit);
  const rows = ind.percentiles;
  const years = rows.map((r) => r.year);
  const data: Data[] = [];
  for (const band of FAN_BANDS) {
    const name = t(`stress.fan.${band.key}`);
    data.push({
      type: 'scatter',
      mode: 'lines',
      name,
      legendgroup: band.key,
      showlegend: false,
      x: years,
      y: rows.map((r) => r[band.lo]),
      line: { width: 0, color: fanFill(band.opacity) },
      hoverinfo: 'skip',
    });
    data.push({
      type: 'scatter',
      mode: 'lines',
      name,
      legendgroup: band.key,
      x: years,
      y: rows.map((r) => r[band.hi]),
      fill: 'tonexty',
      fillcolor: fanFill(band.opacity),
      line: { width: 0, color: fanFill(band.opacity) },
      hovertext: rows.map((r) => t('stress.fan.bandHover', { name, year: r.year, lo: fmt(r[band.lo]), hi: fmt(r[band.hi]) })),
      hovertemplate: HOVER,
    });
  }
  data.push({
    type: 'scatter',
    mode: 'lines+markers',
    name: t('stress.fan.median'),
    x: years,
    y: rows.map((r) => r.p50),
    line: { color: CHART_COLORS.projection, width: 3 },
    marker: { size: 5, color: CHART_COLORS.projection },
    hovertext: rows.map((r) => t('stress.fan.medianHover', { year: r.year, value: fmt(r.p50) })),
    hovertemplate: HOVER,
  });
  data.push(
    targetTrace(
      t('stress.fan.target'),
      years,
      ind.target,
      ind.target.map((v, k) => t('chart.targetHover', { year: years[k] ?? '', value: fmt(v) })),
    ),
  );
  data.push({
    type: 'scatter',
    mode: 'lines',
    name: t('stress.fan.deterministic'),
    x: years,
    y: ind.deterministic,
    line: { color: CHART_COLORS.baseline, width: 1.5, dash: 'dash' },
    hovertext: ind.deterministic.map((v, k) => t('stress.fan.deterministicHover', { year: years[k] ?? '', value: fmt(v) })),
    hovertemplate: HOVER,
  });
  const first = years[0] ?? 0;
  const last = years[years.length - 1] ?? first;
  return { data, layout: fanLayout(valueAxisTitle(ind, lang, t), [first - 0.3, last + 0.3]) };
}

/** The fan chart's layout: one value axis with the unit in its title, years as whole numbers, legend below, CJK fonts. */
export function fanLayout(yTitle: string, xRange: [number, number]): Partial<Layout> {
  return {
    ...baseLayout(12),
    margin: { l: 64, r: 12, t: 12, b: 36 },
    showlegend: true,
    legend: { orientation: 'h', x: 0, y: -0.12, yanchor: 'top' },
    xaxis: { dtick: 1, range: xRange, tickformat: 'd' },
    yaxis: { title: { text: yTitle }, zeroline: false, automargin: true, exponentformat: 'none' },
  };
}

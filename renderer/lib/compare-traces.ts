import type { Data } from 'plotly.js-dist-min';
import type { IndicatorProjection } from '../../shared/engine/engine-types';
import { CHART_COLORS, chartLayout, drawnGap, HOVER, targetTrace, unitOf, valueAxisTitle, type Figure } from './chart-traces';
import { escapeHover } from './explain-number';
import { formatNumber, formatSignedNumber, formatSignedRate, withUnit, type Lang } from './format';
import type { Translate } from './translate';

/** One scenario's projection of the compared indicator, with the name to show. */
export interface CompareRun {
  name: string;
  projection: IndicatorProjection;
}

/**
 * Overlaid trajectories of one indicator in two to four scenarios against the frozen baseline (the plan's own
 * assumptions) and the target path; below, each scenario's gap to the target per year as grouped bars.
 */
export function buildCompareFigure(baseline: IndicatorProjection, runs: readonly CompareRun[], lang: Lang, t: Translate): Figure {
  const unit = unitOf(baseline, lang);
  const fmt = (v: number): string => withUnit(formatNumber(v, baseline.decimals, lang), unit);
  const data: Data[] = [
    targetTrace(
      t('chart.target'),
      baseline.years.map((r) => r.year),
      baseline.years.map((r) => r.target),
      baseline.years.map((r) => t('chart.targetHover', { year: r.year, value: fmt(r.target) })),
    ),
    {
      type: 'scatter',
      mode: 'lines',
      name: t('chart.baseline'),
      x: baseline.years.map((r) => r.year),
      y: baseline.years.map((r) => r.tracked),
      line: { color: CHART_COLORS.baseline, width: 2, dash: 'dash' },
      hovertext: baseline.years.map((r) => `${t('chart.baseline')}<br>${t('explain.value', { year: r.year, value: fmt(r.tracked) })}`),
      hovertemplate: HOVER,
    },
  ];
  runs.forEach((run, k) => {
    const color = CHART_COLORS.scenarios[k % CHART_COLORS.scenarios.length];
    const name = escapeHover(run.name);
    data.push({
      type: 'scatter',
      mode: 'lines+markers',
      name,
      x: run.projection.years.map((r) => r.year),
      y: run.projection.years.map((r) => r.tracked),
      line: { color, width: 3 },
      marker: { size: 6, color },
      hovertext: run.projection.years.map(
        (r) =>
          `${name}<br>${t('explain.value', { year: r.year, value: fmt(r.tracked) })}${r.isActual ? `<br>${t('explain.actual')}` : ''}`,
      ),
      hovertemplate: HOVER,
    });
    const gapRows = run.projection.years.filter((r) => r.year > baseline.years[0]!.year);
    data.push({
      type: 'bar',
      name: t('chart.gapOf', { name }),
      showlegend: false,
      x: gapRows.map((r) => r.year),
      y: gapRows.map((r) => drawnGap(r.gap, r.target)),
      yaxis: 'y2',
      marker: { color },
      hovertext: gapRows.map((r) =>
        `${name}<br>${t('chart.gapHover', {
          year: r.year,
          gap: withUnit(formatSignedNumber(r.gap, baseline.decimals, lang), unit),
          pct: formatSignedRate(r.gapPct, lang),
        })}`,
      ),
      hovertemplate: HOVER,
    });
  });
  const years = baseline.years.map((r) => r.year);
  return {
    data,
    layout: chartLayout({
      yTitle: valueAxisTitle(baseline, lang, t),
      gapTitle: t('chart.axisGap', { unit }),
      xRange: [(years[0] ?? 0) - 0.5, (years[years.length - 1] ?? 0) + 0.5],
      lang,
      t,
    }),
  };
}

import type { Data } from 'plotly.js-dist-min';
import type { StressIndicatorResult } from '../../shared/stress';
import { baseLayout, CHART_COLORS, HOVER, unitOf, valueAxisTitle, type Figure } from './chart-traces';
import { formatNumber, formatRate, withUnit, type Lang } from './format';
import { formatCount } from './stress-cards';
import type { Translate } from './translate';

/** One drawn bar: its range in the indicator's unit, the paths in it and their share of all paths (decimal). */
export interface HistogramBar {
  lo: number;
  hi: number;
  center: number;
  width: number;
  count: number;
  share: number;
  /** True when the whole bin lies below the target (every path in it misses). */
  below: boolean;
}

/**
 * The horizon histogram as bars: bin k spans edges[k]..edges[k + 1] (uneven on a log grid, so each bar gets its own
 * width), height the share of all `paths`. A bin of zero width (every path the same value) is drawn 1 % wide.
 */
export function histogramBars(ind: Pick<StressIndicatorResult, 'histogram' | 'endTarget'>, paths: number): HistogramBar[] {
  const { edges, counts } = ind.histogram;
  return counts.map((count, k) => {
    const lo = edges[k] ?? Number.NaN;
    const hi = edges[k + 1] ?? lo;
    const raw = hi - lo;
    const width = raw > 0 ? raw : Math.max(Math.abs(lo) * 0.01, 1e-9);
    return { lo, hi, center: raw > 0 ? (lo + hi) / 2 : lo, width, count, share: paths > 0 ? count / paths : 0, below: hi < ind.endTarget };
  });
}

/**
 * The histogram of the tracked quantity at the horizon with the target as a vertical line: bars below the target
 * (misses) in the gap-down colour, the rest in the projection blue; y is the share of paths in percent.
 */
export function buildHistogramFigure(ind: StressIndicatorResult, paths: number, lang: Lang, t: Translate): Figure {
  const unit = unitOf(ind, lang);
  const fmt = (v: number): string => withUnit(formatNumber(v, ind.decimals, lang), unit);
  const bars = histogramBars(ind, paths);
  const data: Data[] = [
    {
      type: 'bar',
      name: t('stress.hist.paths'),
      x: bars.map((b) => b.center),
      y: bars.map((b) => b.share * 100),
      width: bars.map((b) => b.width),
      marker: { color: bars.map((b) => (b.below ? CHART_COLORS.gapDown : CHART_COLORS.projection)), opacity: 0.75 },
      hovertext: bars.map((b) =>
        t('stress.hist.hover', { lo: fmt(b.lo), hi: fmt(b.hi), count: formatCount(b.count, lang), share: formatRate(b.share, lang) }),
      ),
      hovertemplate: HOVER,
      showlegend: false,
    },
  ];
  const horizon = ind.percentiles[ind.percentiles.length - 1]?.year ?? '';
  return {
    data,
    layout: {
      ...baseLayout(12),
      margin: { l: 52, r: 12, t: 28, b: 44 },
      bargap: 0,
      xaxis: { title: { text: `${horizon} · ${valueAxisTitle(ind, lang, t)}` }, exponentformat: 'none', automargin: true },
      yaxis: { title: { text: t('stress.hist.share') }, ticksuffix: '%', rangemode: 'tozero', automargin: true },
      shapes: [
        {
          type: 'line',
          xref: 'x',
          yref: 'paper',
          x0: ind.endTarget,
          x1: ind.endTarget,
          y0: 0,
          y1: 1,
          line: { color: CHART_COLORS.target, width: 2, dash: 'dot' },
        },
      ],
      annotations: [
        {
          xref: 'x',
          yref: 'paper',
          x: ind.endTarget,
          y: 1,
          yanchor: 'bottom',
          showarrow: false,
          text: t('stress.hist.target', { value: fmt(ind.endTarget) }),
          font: { color: CHART_COLORS.target, size: 12 },
        },
      ],
    },
  };
}

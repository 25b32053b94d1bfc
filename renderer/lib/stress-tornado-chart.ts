import type { Data } from 'plotly.js-dist-min';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import type { TornadoResult } from '../../shared/stress';
import { baseLayout, CHART_COLORS, HOVER, type Figure } from './chart-traces';
import { formatNumber, formatSignedNumber, withUnit, type Lang } from './format';
import { assumptionLabel, assumptionValueText } from './stress-assumptions';
import type { Translate } from './translate';

/** One bar of the tornado as shown: the assumption, its value and step, and the horizon gap at both ends (unit). */
export interface TornadoRow {
  label: string;
  /** "7.00% ± 1.00%" — the current value and the step. */
  setting: string;
  lowValue: string;
  highValue: string;
  lowGap: number | null;
  highGap: number | null;
  lowGapText: string;
  highGapText: string;
  swing: number;
  swingText: string;
}

/** The unit and decimals the tornado's gaps are shown in (the indicator's). */
export interface GapUnit {
  unit: string;
  decimals: number;
}

/** The rows of a tornado result in rank order (largest swing first), every figure formatted with its unit. */
export function tornadoRows(result: Extract<TornadoResult, { ok: true }>, plan: Plan, scenario: Scenario, u: GapUnit, lang: Lang, t: Translate): TornadoRow[] {
  const gap = (g: number | null): string => (g === null ? '—' : withUnit(formatSignedNumber(g, u.decimals, lang), u.unit));
  return result.bars.map((b) => {
    const isRate = b.assumption.kind !== 'parameter';
    return {
      label: assumptionLabel(b.assumption, plan, scenario, lang, t),
      setting: t('stress.tornado.setting', { value: assumptionValueText(b.value, isRate, lang), step: assumptionValueText(b.step, isRate, lang) }),
      lowValue: assumptionValueText(b.low.value, isRate, lang),
      highValue: assumptionValueText(b.high.value, isRate, lang),
      lowGap: b.low.gap,
      highGap: b.high.gap,
      lowGapText: gap(b.low.gap),
      highGapText: gap(b.high.gap),
      swing: b.swing,
      swingText: withUnit(formatNumber(b.swing, u.decimals, lang), u.unit),
    };
  });
}

/**
 * The tornado chart: one horizontal bar per assumption, ranked from the top, spanning the horizon gap with the
 * assumption moved down (one colour) and up (the other) from the current gap; each end labelled with its gap in
 * the unit; a dashed line at the current gap (its value in the axis title, where no tick label can cover it) and
 * the zero line (target just met).
 */
export function buildTornadoFigure(rows: readonly TornadoRow[], baseGap: number, u: GapUnit, lang: Lang, t: Translate): Figure {
  const labels = rows.map((r) => `${r.label}<br>${r.setting}`);
  const end = (pick: 'low' | 'high', color: string): Data => ({
    type: 'bar',
    orientation: 'h',
    name: t(pick === 'low' ? 'stress.tornado.down' : 'stress.tornado.up'),
    y: labels,
    base: rows.map(() => baseGap),
    x: rows.map((r) => (pick === 'low' ? r.lowGap : r.highGap) ?? baseGap).map((g) => g - baseGap),
    text: rows.map((r) => (pick === 'low' ? r.lowGapText : r.highGapText)),
    textposition: 'outside',
    cliponaxis: false,
    marker: { color },
    hovertext: rows.map((r) =>
      t('stress.tornado.hover', {
        label: r.label,
        value: pick === 'low' ? r.lowValue : r.highValue,
        gap: pick === 'low' ? r.lowGapText : r.highGapText,
      }),
    ),
    hovertemplate: HOVER,
  });
  const gaps = rows.flatMap((r) => [r.lowGap, r.highGap]).filter((g): g is number => g !== null);
  const lo = Math.min(baseGap, 0, ...gaps);
  const hi = Math.max(baseGap, 0, ...gaps);
  const pad = (hi - lo || Math.abs(baseGap) || 1) * 0.28;
  return {
    data: [end('low', '#e8590c'), end('high', CHART_COLORS.projection)],
    layout: {
      ...baseLayout(12),
      margin: { l: 8, r: 16, t: 28, b: 44 },
      barmode: 'overlay',
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: 1.02, yanchor: 'bottom' },
      xaxis: {
        title: { text: t('stress.tornado.axis', { unit: u.unit, gap: withUnit(formatSignedNumber(baseGap, u.decimals, lang), u.unit) }) },
        range: [lo - pad, hi + pad],
        zeroline: true,
        zerolinecolor: CHART_COLORS.target,
        zerolinewidth: 2,
        exponentformat: 'none',
      },
      yaxis: { autorange: 'reversed', automargin: true },
      shapes: [
        { type: 'line', xref: 'x', yref: 'paper', x0: baseGap, x1: baseGap, y0: 0, y1: 1, line: { color: '#212529', width: 1.5, dash: 'dash' } },
      ],
    },
  };
}

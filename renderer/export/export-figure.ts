import type { Annotation, Layout } from 'plotly.js-dist-min';
import { textWidth } from '../../shared/export/footnote';
import { FONT_FAMILY, type Figure } from '../lib/chart-traces';

/** A chart's pixel size (CSS pixels; `scale` multiplies them in the PNG). */
export interface ChartSize {
  width: number;
  height: number;
  scale: number;
}

/** The default export size: full HD, scale 1. The 2× option doubles the pixels for projectors, same layout. */
export const DEFAULT_CHART_SIZE: ChartSize = { width: 1920, height: 1080, scale: 1 };

/** The size presets of the export dialog. */
export const CHART_SIZE_PRESETS = {
  hd: { width: 1920, height: 1080 },
  small: { width: 1280, height: 720 },
  fourThree: { width: 1600, height: 1200 },
} as const satisfies Record<string, { width: number; height: number }>;

/** A value written next to a point of the main plot (the horizon's projection and target), in data coordinates. */
export interface PointLabel {
  x: number;
  y: number;
  text: string;
  color: string;
  /** Above the point (true) or below it. */
  above: boolean;
}

/** What goes around an exported chart: the title (indicator and unit), a subtitle, the footnote lines and point labels. */
export interface ChartFrame {
  title: string;
  subtitle: string;
  footnote: readonly string[];
  labels?: readonly PointLabel[];
}

/** Escapes text for Plotly's pseudo-HTML labels (titles, annotations), so names show as typed. */
export function escapeLabel(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Base font size for a chart width: 23 px at 1920 px wide (legible on a projector), never below 14 nor above 30. */
export function baseFontSize(width: number): number {
  return Math.max(14, Math.min(30, Math.round(width / 84)));
}

/** Size of the small texts (ticks, legend, footnote) relative to the base font. */
const SMALL = 0.75;

/** Left and right margins of an exported chart for a base font size, and the inset of the title and footnote, in px. */
function sideMargins(base: number): { l: number; r: number; inset: number } {
  return { l: Math.round(base * 5), r: Math.round(base * 2), inset: Math.round(base * 0.8) };
}

/** How many half-width characters of footnote fit on one line of a plot area `plotWidth` px wide at `fontSize` (a half-width character is about 0.56 em). */
export function footnoteWidth(plotWidth: number, fontSize: number): number {
  return Math.max(20, Math.floor(plotWidth / (fontSize * 0.56)));
}

/**
 * How many rows the horizontal legend takes in a plot area `plotWidth` px wide: each entry is its name (about
 * 0.56 em per half-width character) plus the symbol and spacing (about 3.5 em).
 */
export function legendRows(figure: Figure, plotWidth: number, fontSize: number): number {
  const widths = figure.data.flatMap((trace) => {
    const name: unknown = Reflect.get(trace, 'name');
    const shown: unknown = Reflect.get(trace, 'showlegend');
    return shown !== false && typeof name === 'string' && name !== '' ? [textWidth(name) * fontSize * 0.56 + fontSize * 3.5] : [];
  });
  let rows = widths.length > 0 ? 1 : 0;
  let used = 0;
  for (const w of widths) {
    if (used > 0 && used + w > plotWidth) {
      rows += 1;
      used = 0;
    }
    used += w;
  }
  return rows;
}

function axisFont(size: number) {
  return { family: FONT_FAMILY, size, color: '#343a40' };
}

/**
 * A workbench figure made ready for a slide or a document: fixed size, white background, the title (bold) and
 * subtitle on top, the legend under the title, fonts scaled to the size (CJK fonts first), and the footnote
 * (scenario, date, assumptions …) at the bottom left. The traces are kept as they are.
 */
export function exportFigure(figure: Figure, frame: ChartFrame, size: Pick<ChartSize, 'width' | 'height'>): Figure {
  const base = baseFontSize(size.width);
  const small = Math.round(base * SMALL);
  const noteLine = Math.round(small * 1.45);
  const titleSize = Math.round(base * 1.35);
  const subtitleSize = Math.round(base * 0.8);
  const { l, r, inset } = sideMargins(base);
  const headingHeight = base * 0.6 + titleSize * 1.5 + subtitleSize * 1.6;
  const top = Math.round(headingHeight + legendRows(figure, size.width - l - r, small) * small * 1.9 + small * 0.4);
  const bottom = Math.round(base * 3.2 + noteLine * frame.footnote.length);
  const layout = figure.layout;
  const heading = (text: string, fontSize: number, shift: number, color: string): Partial<Annotation> => ({
    text,
    xref: 'paper',
    yref: 'paper',
    x: 0,
    y: 1,
    xanchor: 'left',
    yanchor: 'top',
    xshift: inset - l,
    yshift: shift,
    align: 'left',
    showarrow: false,
    font: { family: FONT_FAMILY, size: fontSize, color },
  });
  const title = heading(`<b>${escapeLabel(frame.title)}</b>`, titleSize, top - Math.round(base * 0.6), '#212529');
  const subtitle = heading(escapeLabel(frame.subtitle), subtitleSize, top - Math.round(base * 0.6 + titleSize * 1.5), '#5c636a');
  const footnote: Partial<Annotation> = {
    text: frame.footnote.map(escapeLabel).join('<br>'),
    xref: 'paper',
    yref: 'paper',
    x: 0,
    y: 0,
    xanchor: 'left',
    yanchor: 'top',
    xshift: inset - l,
    yshift: -Math.round(base * 2.6),
    align: 'left',
    showarrow: false,
    font: { family: FONT_FAMILY, size: small, color: '#495057' },
  };
  const labels = (frame.labels ?? []).map(
    (label): Partial<Annotation> => ({
      text: `<b>${escapeLabel(label.text)}</b>`,
      xref: 'x',
      yref: 'y',
      x: label.x,
      y: label.y,
      xanchor: 'right',
      yanchor: label.above ? 'bottom' : 'top',
      yshift: label.above ? Math.round(small * 0.5) : -Math.round(small * 0.5),
      showarrow: false,
      bgcolor: 'rgba(255,255,255,0.85)',
      font: { family: FONT_FAMILY, size: Math.round(small * 1.1), color: label.color },
    }),
  );
  const yaxis = layout.yaxis ?? {};
  const yaxis2 = layout.yaxis2 ?? {};
  const xaxis = layout.xaxis ?? {};
  const next: Partial<Layout> = {
    ...layout,
    width: size.width,
    height: size.height,
    autosize: false,
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    font: { family: FONT_FAMILY, size: base, color: '#212529' },
    title: { text: '' },
    margin: { l, r, t: top, b: bottom, pad: 4 },
    legend: { orientation: 'h', x: 0, xanchor: 'left', y: 1, yanchor: 'bottom', font: { family: FONT_FAMILY, size: small }, bgcolor: 'rgba(255,255,255,0)' },
    xaxis: { ...xaxis, tickfont: axisFont(small), title: { ...(typeof xaxis.title === 'object' ? xaxis.title : {}), font: axisFont(small) } },
    yaxis: { ...yaxis, tickfont: axisFont(small), title: { ...(typeof yaxis.title === 'object' ? yaxis.title : {}), font: axisFont(small) } },
    yaxis2: { ...yaxis2, tickfont: axisFont(small), title: { ...(typeof yaxis2.title === 'object' ? yaxis2.title : {}), font: axisFont(small) } },
    annotations: [...(layout.annotations ?? []), ...labels, title, subtitle, footnote],
    hovermode: false,
  };
  return { data: figure.data, layout: next };
}

/** The footnote's display width budget for a size, in half-width characters (see shared/export/footnote). */
export function footnoteBudget(size: Pick<ChartSize, 'width'>): number {
  const base = baseFontSize(size.width);
  const { r, inset } = sideMargins(base);
  return footnoteWidth(size.width - inset - r, Math.round(base * SMALL));
}

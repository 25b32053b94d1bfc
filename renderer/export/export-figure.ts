import type { Annotation, Layout } from 'plotly.js-dist-min';
import { wrapText } from '../../shared/export/footnote';
import { FONT_FAMILY, type Figure } from '../lib/chart-traces';
import { escapeHover } from '../lib/explain-number';

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

/** A value written just right of a point of the main plot (the horizon's projection and target), in data coordinates. */
export interface PointLabel {
  x: number;
  y: number;
  /** One or more lines of text (a long unit gets a line of its own). */
  lines: readonly string[];
  color: string;
  /** Just above the point (true) or just below it. */
  above: boolean;
}

/** What goes around an exported chart: the title (indicator and unit), a subtitle, the footnote lines and point labels. */
export interface ChartFrame {
  title: string;
  subtitle: string;
  footnote: readonly string[];
  labels?: readonly PointLabel[];
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
 * Width of a text in em, on the generous side so layouts never come out too tight: CJK characters, full-width
 * forms and typographic quotes (“ ” are full width in CJK fonts) 1 em, a space 0.3 em, anything else 0.6 em.
 */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code >= 0x2000 ? 1 : ch === ' ' ? 0.3 : 0.6;
  }
  return em;
}

/** The legend's names, in order (traces with showlegend: false or no name have no entry). */
function legendNames(figure: Figure): string[] {
  return figure.data.flatMap((trace) => {
    const name: unknown = Reflect.get(trace, 'name');
    const shown: unknown = Reflect.get(trace, 'showlegend');
    return shown !== false && typeof name === 'string' && name !== '' ? [name] : [];
  });
}

/**
 * How many rows a horizontal legend takes in a plot area `plotWidth` px wide, laid out as Plotly does: each entry
 * is 40 px of symbol plus its text, 5 px apart; when they do not all fit in one row, every entry takes the width
 * of the widest and they wrap into rows.
 */
export function legendRows(figure: Figure, plotWidth: number, fontSize: number): number {
  const widths = legendNames(figure).map((name) => 40 + textEm(name) * fontSize);
  if (widths.length === 0) return 0;
  const gap = 5;
  const total = widths.reduce((a, w) => a + w + gap, 0) - gap;
  if (total < plotWidth) return 1;
  const widest = Math.max(...widths);
  let rows = 1;
  let offset = 0;
  for (let i = 0; i < widths.length; i += 1) {
    if (offset + gap + widest > plotWidth && offset > 0) {
      rows += 1;
      offset = 0;
    }
    offset += gap + widest;
  }
  return rows;
}

/** Height in px of a horizontal legend of `rows` rows (Plotly: rows of max(1.3 em, 16) + 3 px, plus 10 px). */
function legendHeight(rows: number, fontSize: number): number {
  return rows === 0 ? 0 : rows * (Math.max(fontSize * 1.3, 16) + 3) + 10;
}

function axisFont(size: number) {
  return { family: FONT_FAMILY, size, color: '#343a40' };
}

/** The x-axis range of a figure's layout, when it is fixed (the trajectory charts fix it to the years shown). */
function xRange(layout: Figure['layout']): [number, number] | null {
  const range: unknown = layout.xaxis?.range;
  if (!Array.isArray(range)) return null;
  const [from, to]: unknown[] = range;
  return typeof from === 'number' && typeof to === 'number' && to > from ? [from, to] : null;
}

/**
 * The right margin the point labels need, in px: the widest label (bold, at `fontSize`) plus its offset from the
 * point, less the room already there between the labelled point and the plot's right edge.
 */
function labelMargin(labels: readonly PointLabel[], fontSize: number, layout: Figure['layout'], plotWidth: number): number {
  if (labels.length === 0) return 0;
  const widest = Math.max(...labels.flatMap((label) => label.lines.map((line) => textEm(line) * fontSize * 1.05)));
  const range = xRange(layout);
  const lastX = Math.max(...labels.map((label) => label.x));
  const room = range ? Math.max(0, ((range[1] - lastX) / (range[1] - range[0])) * plotWidth) : 0;
  return Math.ceil(widest + fontSize * 0.5 + fontSize - room);
}

/**
 * A workbench figure made ready for a slide or a document: fixed size, white background, the title (bold) and
 * subtitle (wrapped to two lines at most) on top, the legend under them with room for as many rows as it takes,
 * fonts scaled to the size (CJK fonts first), the horizon's figures right of the last points (in a right margin
 * wide enough for them), and the footnote (scenario, date, assumptions …) at the bottom left. Traces are kept.
 */
export function exportFigure(figure: Figure, frame: ChartFrame, size: Pick<ChartSize, 'width' | 'height'>): Figure {
  const base = baseFontSize(size.width);
  const small = Math.round(base * SMALL);
  const labelSize = Math.round(small * 1.1);
  const noteLine = Math.round(small * 1.45);
  const titleSize = Math.round(base * 1.35);
  const subtitleSize = Math.round(base * 0.8);
  const sides = sideMargins(base);
  const { l, inset } = sides;
  const layout = figure.layout;
  const frameLabels = frame.labels ?? [];
  const guess = size.width - l - sides.r;
  const r = Math.max(sides.r, labelMargin(frameLabels, labelSize, layout, guess - labelMargin(frameLabels, labelSize, layout, guess)));
  const subtitleLines = wrapText(frame.subtitle, footnoteWidth(size.width - inset - sides.r, subtitleSize), 2);
  const subtitleTop = base * 0.6 + titleSize * 1.6;
  const headingHeight = subtitleTop + subtitleSize * (1.45 * subtitleLines.length + 0.4);
  const top = Math.round(headingHeight + legendHeight(legendRows(figure, size.width - l - r, small), small) + small * 0.3);
  const bottom = Math.round(base * 3.2 + noteLine * frame.footnote.length);
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
  const title = heading(`<b>${escapeHover(frame.title)}</b>`, titleSize, top - Math.round(base * 0.6), '#212529');
  const subtitle = heading(subtitleLines.map(escapeHover).join('<br>'), subtitleSize, top - Math.round(subtitleTop), '#5c636a');
  const footnote: Partial<Annotation> = {
    text: frame.footnote.map(escapeHover).join('<br>'),
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
  const labels = frameLabels.map(
    (label): Partial<Annotation> => ({
      text: label.lines.map((line) => `<b>${escapeHover(line)}</b>`).join('<br>'),
      xref: 'x',
      yref: 'y',
      x: label.x,
      y: label.y,
      xanchor: 'left',
      yanchor: label.above ? 'bottom' : 'top',
      xshift: Math.round(labelSize * 0.5),
      yshift: label.above ? 2 : -2,
      align: 'left',
      showarrow: false,
      font: { family: FONT_FAMILY, size: labelSize, color: label.color },
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

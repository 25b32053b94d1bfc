import Plotly from 'plotly.js-dist-min';
import type { Figure } from '../lib/chart-traces';
import { base64ToBytes, dataUrlPayload } from './base64';
import type { ChartSize } from './export-figure';

/** A rendered chart: PNG bytes as base64, or SVG text. */
export type ChartImage = { format: 'png'; base64: string; width: number; height: number } | { format: 'svg'; text: string };

/**
 * Draws a figure off-screen with Plotly.toImage at the given size: PNG (width × height CSS px times `scale`
 * device pixels) or SVG (vector, same layout). The figure should come from exportFigure (fixed size, white).
 */
export async function renderChartImage(figure: Figure, format: 'png' | 'svg', size: ChartSize): Promise<ChartImage> {
  const url = await Plotly.toImage(
    { data: figure.data, layout: figure.layout, config: { staticPlot: true, displayModeBar: false } },
    { format, width: size.width, height: size.height, scale: format === 'png' ? size.scale : 1 },
  );
  const payload = dataUrlPayload(url);
  if (format === 'svg') {
    return { format, text: 'text' in payload ? payload.text : new TextDecoder().decode(base64ToBytes(payload.base64)) };
  }
  if (!('base64' in payload)) throw new Error('Plotly returned a PNG without base64 data');
  return { format, base64: payload.base64, width: size.width * size.scale, height: size.height * size.scale };
}

import Plotly from 'plotly.js-dist-min';
import { useEffect, useRef } from 'react';
import type { Figure } from '../lib/chart-traces';

/** Props of a fixed-size, non-interactive chart. `onDrawn` fires once Plotly has drawn it (for printing). */
export interface StaticChartProps {
  figure: Figure;
  width: number;
  height: number;
  label: string;
  testId?: string;
  onDrawn?: () => void;
}

/**
 * A chart drawn once at a fixed size with no mode bar or hover (static SVG), for the printed report and present
 * mode: it prints as vector graphics and does not resize with the window. Redrawn when the figure changes.
 */
export function StaticChart({ figure, width, height, label, testId, onDrawn }: StaticChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let live = true;
    void Plotly.react(el, figure.data, { ...figure.layout, width, height, autosize: false }, { staticPlot: true, displayModeBar: false, responsive: false }).then(() => {
      if (live) drawn.current?.();
    });
    return () => {
      live = false;
    };
  }, [figure, width, height]);

  useEffect(() => {
    const el = ref.current;
    return () => {
      if (el) Plotly.purge(el);
    };
  }, []);

  return <div ref={ref} className="static-chart" role="img" aria-label={label} data-testid={testId} style={{ width, height }} />;
}

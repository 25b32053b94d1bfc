import Plotly from 'plotly.js-dist-min';
import { useEffect, useRef } from 'react';
import type { Figure } from '../lib/chart-traces';
import { markDrawn } from '../lib/perf';
import { plotlyLocale, plotlyLocaleZhCN } from '../lib/plotly-locale-zh-cn';

let registered = false;

function ensureLocale(): void {
  if (registered) return;
  Plotly.register(plotlyLocaleZhCN);
  registered = true;
}

/** Props of a Plotly chart: the figure, its accessible description and the UI language. */
export interface PlotlyChartProps {
  figure: Figure;
  label: string;
  lang: 'zh-CN' | 'en';
  height: number;
  testId?: string;
}

/**
 * Draws a figure with Plotly.react (diffing, no re-creation) whenever it changes, in the UI language's locale,
 * and closes the input → drawn performance measure once Plotly has drawn. Purges the plot on unmount.
 */
export function PlotlyChart({ figure, label, lang, height, testId }: PlotlyChartProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    ensureLocale();
    let live = true;
    void Plotly.react(el, figure.data, { ...figure.layout, height, autosize: true }, {
      locale: plotlyLocale(lang),
      responsive: true,
      displaylogo: false,
      modeBarButtonsToRemove: ['select2d', 'lasso2d', 'toggleSpikelines'],
    }).then(() => {
      if (live) markDrawn();
    });
    return () => {
      live = false;
    };
  }, [figure, lang, height]);

  useEffect(() => {
    const el = ref.current;
    return () => {
      if (el) Plotly.purge(el);
    };
  }, []);

  return <div ref={ref} className="chart" role="figure" aria-label={label} data-testid={testId} style={{ minHeight: height }} />;
}

import Plotly, { type ModeBarButton } from 'plotly.js-dist-min';
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

/** A chart's own export entry in its mode bar: the tooltip and what a click does. */
export interface ChartExportAction {
  title: string;
  onExport: () => void;
}

/** Props of a Plotly chart: the figure, its accessible description, the UI language and an optional export entry. */
export interface PlotlyChartProps {
  figure: Figure;
  label: string;
  lang: 'zh-CN' | 'en';
  height: number;
  testId?: string;
  /** Replaces Plotly's plain "download PNG" button with the app's export (footnote, size, where it was saved). */
  exportAction?: ChartExportAction;
}

/**
 * Draws a figure with Plotly.react (diffing, no re-creation) whenever it changes, in the UI language's locale,
 * and closes the input → drawn performance measure once Plotly has drawn. Purges the plot on unmount. With an
 * `exportAction`, the mode bar's export button calls it instead of Plotly's own bare PNG download.
 */
export function PlotlyChart({ figure, label, lang, height, testId, exportAction }: PlotlyChartProps) {
  const ref = useRef<HTMLDivElement>(null);
  const exportRef = useRef(exportAction);
  exportRef.current = exportAction;
  const exportTitle = exportAction?.title ?? null;

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    ensureLocale();
    let live = true;
    const exportButton: ModeBarButton | null =
      exportTitle === null ? null : { name: 'tuiyan-export', title: exportTitle, icon: Plotly.Icons.disk, click: () => exportRef.current?.onExport() };
    void Plotly.react(el, figure.data, { ...figure.layout, height, autosize: true }, {
      locale: plotlyLocale(lang),
      responsive: true,
      displaylogo: false,
      modeBarButtonsToRemove: exportButton ? ['select2d', 'lasso2d', 'toggleSpikelines', 'toImage'] : ['select2d', 'lasso2d', 'toggleSpikelines'],
      ...(exportButton ? { modeBarButtonsToAdd: [exportButton] } : {}),
    }).then(() => {
      if (live) markDrawn();
    });
    return () => {
      live = false;
    };
  }, [figure, lang, height, exportTitle]);

  useEffect(() => {
    const el = ref.current;
    return () => {
      if (el) Plotly.purge(el);
    };
  }, []);

  return <div ref={ref} className="chart" role="figure" aria-label={label} data-testid={testId} style={{ minHeight: height }} />;
}

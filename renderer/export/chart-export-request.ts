/** The window event a chart's own export button sends; the header's ExportToolbar opens the export dialog on it. */
export const CHART_EXPORT_EVENT = 'tuiyan:export-chart';

/**
 * Asks for the export dialog on one indicator's chart (the chart's own toolbar button). A window event keeps the
 * chart free of the export code: whoever shows the dialog listens with onChartExportRequest.
 */
export function requestChartExport(indicatorId: string, target: EventTarget = window): void {
  target.dispatchEvent(new CustomEvent<string>(CHART_EXPORT_EVENT, { detail: indicatorId }));
}

/** Calls `handler` with the indicator id of every chart export request; returns the function that stops listening. */
export function onChartExportRequest(handler: (indicatorId: string) => void, target: EventTarget = window): () => void {
  const listener = (event: Event) => {
    const detail: unknown = event instanceof CustomEvent ? event.detail : null;
    if (typeof detail === 'string' && detail !== '') handler(detail);
  };
  target.addEventListener(CHART_EXPORT_EVENT, listener);
  return () => target.removeEventListener(CHART_EXPORT_EVENT, listener);
}

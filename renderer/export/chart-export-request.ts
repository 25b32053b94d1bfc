import type { UncertaintySpec } from '../../shared/stress/stress-schema';
import type { StressIndicatorResult } from '../../shared/stress';

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

/** The window event a stress chart's own export button sends (the chart's figures travel with it). */
export const STRESS_CHART_EXPORT_EVENT = 'tuiyan:export-stress-chart';

/** Which chart of a stress run: the fan chart over the years, or the histogram at the horizon. */
export type StressChartKind = 'fan' | 'histogram';

/**
 * One chart of a stress run to export: the indicator's stress result as shown, the run's seed and path count
 * (for the footnote) and whether the run shown is stale (saved before the scenario or its uncertainty changed).
 */
export interface StressChartRequest {
  kind: StressChartKind;
  indicator: StressIndicatorResult;
  seed: number;
  paths: number;
  stale: boolean;
  /** The uncertainty the run drew from, written into the footnote; absent when unknown. */
  spec?: UncertaintySpec;
}

/** True for a stress chart request as requestStressChartExport sends it. */
export function isStressChartRequest(value: unknown): value is StressChartRequest {
  if (typeof value !== 'object' || value === null) return false;
  const kind: unknown = Reflect.get(value, 'kind');
  const indicator: unknown = Reflect.get(value, 'indicator');
  return (
    (kind === 'fan' || kind === 'histogram') &&
    typeof indicator === 'object' &&
    indicator !== null &&
    typeof Reflect.get(indicator, 'id') === 'string' &&
    Array.isArray(Reflect.get(indicator, 'percentiles')) &&
    Number.isFinite(Reflect.get(value, 'seed')) &&
    Number.isFinite(Reflect.get(value, 'paths')) &&
    typeof Reflect.get(value, 'stale') === 'boolean'
  );
}

/** Asks for the export dialog on one chart of a stress run (its own button or mode bar icon); see requestChartExport. */
export function requestStressChartExport(request: StressChartRequest, target: EventTarget = window): void {
  target.dispatchEvent(new CustomEvent<StressChartRequest>(STRESS_CHART_EXPORT_EVENT, { detail: request }));
}

/** Calls `handler` with every stress chart export request; returns the function that stops listening. */
export function onStressChartExportRequest(handler: (request: StressChartRequest) => void, target: EventTarget = window): () => void {
  const listener = (event: Event) => {
    const detail: unknown = event instanceof CustomEvent ? event.detail : null;
    if (isStressChartRequest(detail)) handler(detail);
  };
  target.addEventListener(STRESS_CHART_EXPORT_EVENT, listener);
  return () => target.removeEventListener(STRESS_CHART_EXPORT_EVENT, listener);
}

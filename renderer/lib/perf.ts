/** Mark names of the input → drawn-chart measure, read by the benchmark. */
export const PERF_INPUT = 'tuiyan:input';
export const PERF_DRAWN = 'tuiyan:drawn';
export const PERF_MEASURE = 'tuiyan:input-to-drawn';

/** How many of the latest measures `window.__tuiyanPerf` keeps. */
export const PERF_KEEP = 200;

declare global {
  interface Window {
    /** Durations in ms of the latest input → drawn-chart measures, oldest first (for the benchmark). */
    __tuiyanPerf?: number[];
  }
}

let pending = false;

/** Marks a user input that changes the projection; the next `markDrawn` closes the measure. */
export function markInput(): void {
  if (typeof performance === 'undefined') return;
  performance.mark(PERF_INPUT);
  pending = true;
}

/**
 * Marks a chart drawn. When an input is pending, measures input → drawn (ms) with performance.measure and
 * appends the duration to `window.__tuiyanPerf`, keeping the last PERF_KEEP. Returns the duration, or null.
 */
export function markDrawn(): number | null {
  if (!pending || typeof performance === 'undefined') return null;
  pending = false;
  performance.mark(PERF_DRAWN);
  const measure = performance.measure(PERF_MEASURE, PERF_INPUT, PERF_DRAWN);
  const list = (window.__tuiyanPerf ??= []);
  list.push(measure.duration);
  if (list.length > PERF_KEEP) list.splice(0, list.length - PERF_KEEP);
  performance.clearMarks(PERF_INPUT);
  performance.clearMarks(PERF_DRAWN);
  performance.clearMeasures(PERF_MEASURE);
  return measure.duration;
}

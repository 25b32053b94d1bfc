import type { StressLayout, StressHistogram, StressTotals } from './stress-types';

function toX(layout: StressLayout, k: number, u: number): number {
  return layout.logScale[k] === 1 ? Math.exp(u) : u;
}

/** The value (indicator unit) at fine-bin edge e (0..bins) of slot-year k. */
export function binEdge(layout: StressLayout, k: number, e: number): number {
  return toX(layout, k, (layout.lo[k] ?? 0) + e * (layout.width[k] ?? 0));
}

/**
 * The p-quantile (0 < p < 1) of slot-year k from its fine histogram: walks the cumulative counts to rank p × n (n =
 * totals.finite[k], the sum of its bins) and interpolates linearly inside the bin (in the bin's coordinate, ln x or
 * x); the underflow and overflow bins interpolate between the run's exact minimum / maximum and the grid's edge.
 * Clamped to [min, max], so a quantity equal on every path comes out exactly. Over the finite values only; NaN when
 * there are none.
 */
export function histogramQuantile(layout: StressLayout, totals: StressTotals, k: number, p: number): number {
  const K = layout.bins;
  const base = k * (K + 2);
  const n = totals.finite[k] ?? 0;
  const lo = totals.min[k] ?? Number.NaN;
  const hi = totals.max[k] ?? Number.NaN;
  if (n === 0 || !Number.isFinite(lo)) return Number.NaN;
  if (lo === hi) return lo;
  const r = p * n;
  let cum = 0;
  for (let b = 0; b < K + 2; b++) {
    const c = totals.counts[base + b] ?? 0;
    if (c > 0 && cum + c >= r) {
      const frac = (r - cum) / c;
      let x: number;
      if (b === 0) {
        const edge = binEdge(layout, k, 0);
        x = lo + frac * (edge - lo);
      } else if (b === K + 1) {
        const edge = binEdge(layout, k, K);
        x = edge + frac * (hi - edge);
      } else {
        x = toX(layout, k, (layout.lo[k] ?? 0) + (b - 1 + frac) * (layout.width[k] ?? 0));
      }
      return Math.min(hi, Math.max(lo, x));
    }
    cum += c;
  }
  return hi;
}

/**
 * A display histogram of slot-year k: the fine bins from the first to the last non-empty one regrouped into at
 * most `maxBins` bins (edges on fine-bin edges, so log-spaced on a log grid), plus a first bin [min, …) for the
 * underflow and a last bin […, max] for the overflow when they hold paths. Only finite values are binned.
 */
export function displayHistogram(layout: StressLayout, totals: StressTotals, k: number, maxBins: number): StressHistogram {
  const K = layout.bins;
  const base = k * (K + 2);
  const count = (b: number): number => totals.counts[base + b] ?? 0;
  const lo = totals.min[k] ?? Number.NaN;
  const hi = totals.max[k] ?? Number.NaN;
  const finite = totals.finite[k] ?? 0;
  if (!Number.isFinite(lo) || finite === 0) return { edges: [], counts: [] };
  if (lo === hi) return { edges: [lo, hi], counts: [finite] };
  let first = -1;
  let last = -1;
  for (let b = 1; b <= K; b++) {
    if (count(b) > 0) {
      if (first < 0) first = b;
      last = b;
    }
  }
  const edges: number[] = [];
  const counts: number[] = [];
  if (count(0) > 0) {
    edges.push(lo);
    counts.push(count(0));
  }
  if (first > 0) {
    const group = Math.max(1, Math.ceil((last - first + 1) / maxBins));
    for (let b = first; b <= last; b += group) {
      edges.push(binEdge(layout, k, b - 1));
      let c = 0;
      for (let q = b; q <= Math.min(b + group - 1, last); q++) c += count(q);
      counts.push(c);
    }
  }
  edges.push(binEdge(layout, k, first > 0 ? last : 0));
  if (count(K + 1) > 0) {
    counts.push(count(K + 1));
    edges.push(hi);
  }
  return { edges, counts };
}

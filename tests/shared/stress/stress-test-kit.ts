import type { StressIndicatorResult, StressResult } from '../../../shared/stress/stress-types';

/** Standard normal quantiles z_p from printed tables, for P5, P10, P25, P50, P75, P90, P95. */
export const Z_TABLE: readonly [number, number][] = [
  [0.05, -1.6448536269514722],
  [0.1, -1.2815515655446004],
  [0.25, -0.6744897501960817],
  [0.5, 0],
  [0.75, 0.6744897501960817],
  [0.9, 1.2815515655446004],
  [0.95, 1.6448536269514722],
];

/** Standard normal density φ(z). */
export function phi(z: number): number {
  return Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
}

/** Φ(x) by Marsaglia's (2004) Taylor series, independent of the engine's erfc fit; accurate to ~1e-15 for |x| < 8. */
export function Phi(x: number): number {
  let s = x;
  let t = 0;
  let b = x;
  const q = x * x;
  let i = 1;
  while (s !== t) {
    t = s;
    i += 2;
    b *= q / i;
    s = t + b;
  }
  return 0.5 + s * Math.exp(-0.5 * q - 0.91893853320467274178);
}

/** One indicator of a stress result by id (fails the test when missing). */
export function stressInd(result: StressResult, id: string): StressIndicatorResult {
  const found = result.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

/** The percentile of a row by its fraction p (0.05 → p5, …). */
export function percentileOf(row: StressIndicatorResult['percentiles'][number], p: number): number {
  const key = ({ 0.05: 'p5', 0.1: 'p10', 0.25: 'p25', 0.5: 'p50', 0.75: 'p75', 0.9: 'p90', 0.95: 'p95' } as const)[p as 0.05];
  return row[key];
}

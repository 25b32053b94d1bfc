import type { Indicator } from '../plan/plan-schema';

/**
 * Average annual growth (decimal) between two years of an indicator's history, (V_to / V_from)^(1/(to − from)) − 1,
 * e.g. the 13th plan's pace 2015→2020 as a default assumption. Null when either year is missing or a value is not positive.
 */
export function historicalCagr(ind: Indicator, fromYear: number, toYear: number): number | null {
  const a = ind.history.find((h) => h.year === fromYear)?.value;
  const b = ind.history.find((h) => h.year === toYear)?.value;
  if (a === undefined || b === undefined || !(a > 0) || !(b > 0) || toYear <= fromYear) return null;
  return Math.pow(b / a, 1 / (toYear - fromYear)) - 1;
}

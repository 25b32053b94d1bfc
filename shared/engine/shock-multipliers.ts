import type { Shock } from '../scenario/scenario-schema';

/**
 * The multiplier a dip shock applies in `year`: 1 − depth for year ≤ y < year + duration; then over the
 * `recovery` years y = year + duration + k − 1 (k = 1..recovery) it is 1 − depth × (1 − k / (recovery + 1)),
 * a straight line back to the trend that reaches exactly 1 in year + duration + recovery; 1 before and after.
 */
export function dipMultiplier(shock: { year: number; depth: number; duration: number; recovery: number }, year: number): number {
  const sinceStart = year - shock.year;
  if (sinceStart < 0) return 1;
  if (sinceStart < shock.duration) return 1 - shock.depth;
  const k = sinceStart - shock.duration + 1;
  if (k > shock.recovery) return 1;
  return 1 - shock.depth * (1 - k / (shock.recovery + 1));
}

/** The multiplier a level shock applies in `year`: 1 + size from `from` on (a permanent step, e.g. −0.05 for 减税降费), else 1. */
export function levelMultiplier(shock: { from: number; size: number }, year: number): number {
  return year >= shock.from ? 1 + shock.size : 1;
}

/** The product of all level and dip multipliers M_t for `year` (growth shocks act on g, not here). */
export function shockMultiplier(shocks: readonly Shock[], year: number): number {
  let m = 1;
  for (const s of shocks) {
    if (s.kind === 'level') m *= levelMultiplier(s, year);
    else if (s.kind === 'dip') m *= dipMultiplier(s, year);
  }
  return m;
}

/** The sum of growth shocks' deltas (decimal, percentage points / 100) active in `year` (from ≤ year ≤ to). */
export function growthShockDelta(shocks: readonly Shock[], year: number): number {
  let d = 0;
  for (const s of shocks) {
    if (s.kind === 'growth' && year >= s.from && year <= s.to) d += s.delta;
  }
  return d;
}

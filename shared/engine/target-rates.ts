import type { Target } from '../plan/plan-schema';

/** True for targets on a sum of yearly flows (cumulative 亿元, count of new firms): values are flows, the tracked quantity their running sum. */
export function isFlowTarget(target: Target): boolean {
  return target.kind === 'cumulative' || target.kind === 'count-new';
}

/**
 * The annual rate (decimal) a target implies over n = targetYear − baseYear years, from base value `base`:
 * cagr → rate; level-increase → (1 + ratio)^(1/n) − 1; level → (value / base)^(1/n) − 1.
 * Null for relative (depends on the reference) and flow targets (no rate), or when undefined (level with base ≤ 0).
 */
export function targetRate(target: Target, base: number, n: number): number | null {
  switch (target.kind) {
    case 'cagr':
      return target.rate;
    case 'level-increase':
      return Math.pow(1 + target.ratio, 1 / n) - 1;
    case 'level': {
      const ratio = target.value / base;
      return base > 0 && ratio > 0 ? Math.pow(ratio, 1 / n) - 1 : null;
    }
    default:
      return null;
  }
}

/**
 * The baseline growth (decimal) of an indicator when the scenario gives none: the target's rate for
 * cagr / level kinds, 0 for flows (held at the base, which is the target spread evenly). Relative targets
 * take the reference rate, handled by the caller; this returns 0 for them.
 */
export function defaultGrowth(target: Target, base: number, n: number): number {
  return targetRate(target, base, n) ?? 0;
}

/** Sum of the per-year flow the target implies (total for cumulative, count for count-new); 0 for other kinds. */
export function flowTotal(target: Target): number {
  if (target.kind === 'cumulative') return target.total;
  if (target.kind === 'count-new') return target.count;
  return 0;
}

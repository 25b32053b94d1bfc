import type { Plan } from '../../shared/plan/plan-schema';
import type { Shock } from '../../shared/scenario/scenario-schema';

/** The shock templates the editor offers. */
export type ShockTemplateId = 'tax-cut' | 'epidemic' | 'two-sigma';

/** Template ids in the order the editor lists them. */
export const SHOCK_TEMPLATES: readonly ShockTemplateId[] = ['tax-cut', 'epidemic', 'two-sigma'];

/** Size of the growth shock when the plan gives no year-to-year history to measure it: 2 percentage points. */
export const DEFAULT_TWO_SIGMA = 0.02;

/** How big a two-standard-deviation growth shock is for an indicator, and where the figure comes from. */
export interface TwoSigma {
  /** Two standard deviations of year-on-year growth, a positive decimal (0.02 = 2 percentage points). */
  size: number;
  /** 'history' when measured from consecutive yearly values in the plan; 'default' when ±2 pp is used instead. */
  source: 'history' | 'default';
  /** Number of yearly growth rates measured (0 for the default). */
  samples: number;
}

/**
 * Two standard deviations of the indicator's year-on-year growth, measured on consecutive yearly values of its
 * history inside the previous plan's period (13th plan, 2015–2020). At least three yearly rates are needed for a
 * meaningful spread; otherwise (the seed plan gives only 2015 and 2020) the ±2 percentage-point default is used,
 * and `source` says so, so the label can tell the user.
 */
export function twoSigmaGrowth(plan: Plan, indicatorId: string): TwoSigma {
  const ind = plan.indicators.find((i) => i.id === indicatorId);
  const from = plan.previousPlan ? plan.previousPlan.startYear - 1 : Number.NEGATIVE_INFINITY;
  const to = plan.previousPlan ? plan.previousPlan.endYear : plan.baseYear;
  const points = (ind?.history ?? [])
    .filter((h) => h.year >= from && h.year <= to)
    .sort((a, b) => a.year - b.year);
  const rates: number[] = [];
  for (let k = 1; k < points.length; k++) {
    const prev = points[k - 1];
    const cur = points[k];
    if (prev && cur && cur.year === prev.year + 1 && prev.value > 0) rates.push(cur.value / prev.value - 1);
  }
  if (rates.length < 3) return { size: DEFAULT_TWO_SIGMA, source: 'default', samples: 0 };
  const mean = rates.reduce((s, r) => s + r, 0) / rates.length;
  const variance = rates.reduce((s, r) => s + (r - mean) ** 2, 0) / (rates.length - 1);
  return { size: 2 * Math.sqrt(variance), source: 'history', samples: rates.length };
}

/**
 * A new shock from a template, starting in `year` (usually the first projected year):
 * 减税降费 a permanent −5 % level shift; 疫情 a 10 % dip for one year recovering over two;
 * the growth shock −2σ (see twoSigmaGrowth) in that one year. `label` names it in the editor and in hovers.
 */
export function shockFromTemplate(template: ShockTemplateId, year: number, label: string, twoSigma: TwoSigma): Shock {
  switch (template) {
    case 'tax-cut':
      return { kind: 'level', from: year, size: -0.05, label };
    case 'epidemic':
      return { kind: 'dip', year, depth: 0.1, duration: 1, recovery: 2, label };
    case 'two-sigma':
      return { kind: 'growth', from: year, to: year, delta: -Math.round(twoSigma.size * 10_000) / 10_000, label };
  }
}

/** True when the shock is in force (shifts the value or the growth) in `year`. */
export function shockActiveIn(shock: Shock, year: number): boolean {
  switch (shock.kind) {
    case 'level':
      return year >= shock.from;
    case 'dip':
      return year >= shock.year && year < shock.year + shock.duration + shock.recovery;
    case 'growth':
      return year >= shock.from && year <= shock.to;
  }
}

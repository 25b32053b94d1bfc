import type { Plan } from '../../shared/plan/plan-schema';
import type { IndicatorAssumptions, Scenario } from '../../shared/scenario/scenario-schema';

/** A scenario with no assumptions: every indicator follows the plan's baseline. */
export function baselineScenario(name: string): Scenario {
  return { name };
}

/**
 * A scenario that assumes each indicator keeps growing at the rate it actually achieved under the previous
 * (13th) plan: the `achieved` average annual growth (decimal) of every previous-plan row that is linked to
 * one of this plan's indicators and measured as a growth rate. Rows measured as totals or levels, and rows
 * without a linked indicator, leave their indicator on the baseline.
 */
export function previousPlanScenario(plan: Plan, name: string): Scenario {
  const known = new Set(plan.indicators.map((i) => i.id));
  const indicators: Record<string, IndicatorAssumptions> = {};
  const used: string[] = [];
  for (const row of plan.previousPlan?.rows ?? []) {
    if (row.indicator === undefined || !known.has(row.indicator) || row.achieved.kind !== 'cagr') continue;
    indicators[row.indicator] = { growth: row.achieved.value };
    used.push(row.name.zh);
  }
  const title = plan.previousPlan?.title;
  if (used.length === 0 || title === undefined) return { name };
  return {
    name,
    description: `按${title.zh}实际完成的年均增速推演：${used.join('、')}。Growth as achieved under the ${title.en}.`,
    indicators,
  };
}

import type { ProjectionResult } from '../../shared/engine/engine-types';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';

/**
 * The `run --format json` document: `{ plan, scenario, years, indicators, warnings }`. Each indicator carries
 * id, name / unit (Chinese, with nameEn / unitEn), its per-year rows and horizon summary exactly as the engine
 * returns them. Rates are decimals; values are in the indicator's unit; non-finite numbers become null.
 */
export function formatJson(plan: Plan, scenario: Scenario, result: ProjectionResult, file: string | null): string {
  const doc = {
    plan: {
      id: plan.id,
      title: plan.title.zh,
      titleEn: plan.title.en,
      town: plan.town.zh,
      baseYear: plan.baseYear,
      targetYear: plan.targetYear,
    },
    scenario: {
      name: scenario.name,
      description: scenario.description ?? null,
      file,
      horizon: result.horizon,
      parameters: scenario.parameters ?? {},
    },
    years: result.years,
    indicators: result.indicators.map((ind) => ({
      id: ind.id,
      symbol: ind.symbol,
      name: ind.name.zh,
      nameEn: ind.name.en,
      unit: ind.unit.zh,
      unitEn: ind.unit.en,
      decimals: ind.decimals,
      targetKind: ind.targetKind,
      flow: ind.flow,
      formula: ind.formula,
      years: ind.years,
      summary: ind.summary,
      annualTargets: ind.annualTargets,
    })),
    warnings: result.warnings,
  };
  return `${JSON.stringify(doc, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}

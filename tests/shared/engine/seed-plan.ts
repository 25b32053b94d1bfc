import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planSchema, type Plan } from '../../../shared/plan/plan-schema';
import type { ProjectionResult, IndicatorProjection } from '../../../shared/engine/engine-types';
import { prepareModel } from '../../../shared/engine/prepare-model';
import { runModel } from '../../../shared/engine/run-model';
import { validateScenario } from '../../../shared/engine/validate-scenario';

/** The seed plan, parsed with the plan schema (fresh copy per call, so tests may modify it). */
export function seedPlan(): Plan {
  const path = fileURLToPath(new URL('../../../seeds/chedun-14th-plan.json', import.meta.url));
  return planSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Validates a scenario document against the plan and runs it; fails the test with the issues if invalid. */
export function project(json: unknown, plan: Plan = seedPlan()): ProjectionResult {
  const v = validateScenario(plan, json);
  if (!v.ok) throw new Error(v.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return runModel(prepareModel(plan, v.scenario));
}

/** One indicator of a result by id. */
export function ind(result: ProjectionResult, id: string): IndicatorProjection {
  const found = result.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

/** The value of an indicator in a year. */
export function valueAt(result: ProjectionResult, id: string, year: number): number {
  const row = ind(result, id).years.find((r) => r.year === year);
  if (!row) throw new Error(`no year ${year} for ${id}`);
  return row.value;
}

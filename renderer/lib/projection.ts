import { runModel, tryPrepareModel, type ProjectionResult, type ScenarioIssue } from '../../shared/engine';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';

/** A projection, or the problems that keep the scenario from running (each with its dotted path). */
export type Projection = { ok: true; result: ProjectionResult } | { ok: false; issues: ScenarioIssue[] };

/** The last projection of each scenario object, with the plan it was made against. */
const projections = new WeakMap<Scenario, { plan: Plan; projection: Projection }>();

function run(plan: Plan, scenario: Scenario): Projection {
  const prepared = tryPrepareModel(plan, scenario);
  if (!prepared.ok) return { ok: false, issues: prepared.issues };
  try {
    return { ok: true, result: runModel(prepared.model) };
  } catch (err) {
    return { ok: false, issues: [{ path: '(root)', message: err instanceof Error ? err.message : String(err) }] };
  }
}

/**
 * Runs the engine in the window: prepares the scenario against the plan and projects it. Problems come back as
 * data (a dependency cycle between formulas, a year outside the horizon), never thrown. Scenarios are never
 * changed in place (every edit makes a new object), so the answer is kept per scenario object: one edit is
 * projected once, however many places (autosave check, workbench, stress tab, comparison, export) ask for it.
 */
export function project(plan: Plan, scenario: Scenario): Projection {
  const kept = projections.get(scenario);
  if (kept?.plan === plan) return kept.projection;
  const projection = run(plan, scenario);
  projections.set(scenario, { plan, projection });
  return projection;
}

/** The frozen baseline: the plan's own assumptions (a scenario with none), what every comparison is measured against. */
export function projectBaseline(plan: Plan): Projection {
  return project(plan, { name: 'baseline' });
}

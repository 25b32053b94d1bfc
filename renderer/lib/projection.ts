import { runModel, tryPrepareModel, type ProjectionResult, type ScenarioIssue } from '../../shared/engine';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';

/** A projection, or the problems that keep the scenario from running (each with its dotted path). */
export type Projection = { ok: true; result: ProjectionResult } | { ok: false; issues: ScenarioIssue[] };

/**
 * Runs the engine in the window on every change: prepares the scenario against the plan and projects it.
 * Problems come back as data (a dependency cycle between formulas, a year outside the horizon), never thrown.
 */
export function project(plan: Plan, scenario: Scenario): Projection {
  const prepared = tryPrepareModel(plan, scenario);
  if (!prepared.ok) return { ok: false, issues: prepared.issues };
  try {
    return { ok: true, result: runModel(prepared.model) };
  } catch (err) {
    return { ok: false, issues: [{ path: '(root)', message: err instanceof Error ? err.message : String(err) }] };
  }
}

/** The frozen baseline: the plan's own assumptions (a scenario with none), what every comparison is measured against. */
export function projectBaseline(plan: Plan): Projection {
  return project(plan, { name: 'baseline' });
}

import type { Plan } from '../plan/plan-schema';
import type { IndicatorAssumptions, Scenario, Shock } from '../scenario/scenario-schema';
import type { ProjectionResult } from './engine-types';
import { tryPrepareModel } from './prepare-model';
import { projectInto } from './project-kernel';
import { findRoot } from './root-find';
import { runModel } from './run-model';
import { issuesText } from './scenario-error';
import { horizonGap } from './target-path';

/** The assumption goal seek varies: an indicator's uniform growth, its growth in some years, one shock field, or a parameter. */
export type GoalSeekAssumption =
  | { kind: 'growth'; indicator: string }
  | { kind: 'yearGrowth'; indicator: string; years: number[] }
  | { kind: 'shock'; indicator: string; index: number; field: 'size' | 'depth' | 'delta' }
  | { kind: 'parameter'; name: string };

/** Solve for the assumption value in [lo, hi] that makes `indicator`'s horizon gap zero (rates as decimals). */
export interface GoalSeekRequest {
  indicator: string;
  assumption: GoalSeekAssumption;
  lo: number;
  hi: number;
  /** x-tolerance of the answer; 1e-10 by default. */
  tol?: number;
}

/** Why goal seek found no answer: no sign change in the range, a request naming nothing, or a scenario that does not prepare. */
export interface GoalSeekError {
  code: 'NO_SOLUTION' | 'BAD_REQUEST' | 'INVALID_SCENARIO';
  message: string;
  path?: string;
}

/** The solved value with the scenario it gives and that scenario's projection, or a GoalSeekError. */
export type GoalSeekResult =
  | { ok: true; value: number; gap: number; iterations: number; scenario: Scenario; result: ProjectionResult }
  | { ok: false; error: GoalSeekError };

function withShockField(s: Shock, field: 'size' | 'depth' | 'delta', x: number): Shock | null {
  if (s.kind === 'level' && field === 'size') return { ...s, size: x };
  if (s.kind === 'dip' && field === 'depth') return { ...s, depth: x };
  if (s.kind === 'growth' && field === 'delta') return { ...s, delta: x };
  return null;
}

/**
 * The scenario with the assumption set to x (a new object; the input is not changed): `growth` sets the
 * indicator's uniform growth (yearGrowth entries and actuals still win in their years), `yearGrowth` sets the
 * listed years, `shock` one field of the indicator's shock number `index`, `parameter` a named parameter.
 * Null when the assumption names a shock that does not exist or a field of another shock kind.
 */
export function applyAssumption(scenario: Scenario, assumption: GoalSeekAssumption, x: number): Scenario | null {
  if (assumption.kind === 'parameter') return { ...scenario, parameters: { ...scenario.parameters, [assumption.name]: x } };
  const id = assumption.indicator;
  const current = scenario.indicators !== undefined && Object.hasOwn(scenario.indicators, id) ? scenario.indicators[id] : undefined;
  const a: IndicatorAssumptions = { ...current };
  if (assumption.kind === 'growth') a.growth = x;
  else if (assumption.kind === 'yearGrowth') {
    a.yearGrowth = { ...a.yearGrowth, ...Object.fromEntries(assumption.years.map((y) => [String(y), x])) };
  } else {
    const shocks = [...(a.shocks ?? [])];
    const s = shocks[assumption.index];
    const changed = s ? withShockField(s, assumption.field, x) : null;
    if (!changed) return null;
    shocks[assumption.index] = changed;
    a.shocks = shocks;
  }
  return { ...scenario, indicators: { ...scenario.indicators, [id]: a } };
}

function describe(a: GoalSeekAssumption): string {
  switch (a.kind) {
    case 'growth':
      return `the growth of ${a.indicator}`;
    case 'yearGrowth':
      return `the ${a.years.join(', ')} growth of ${a.indicator}`;
    case 'shock':
      return `the ${a.field} of shock ${a.index} of ${a.indicator}`;
    case 'parameter':
      return `the parameter ${a.name}`;
  }
}

function checkRequest(plan: Plan, scenario: Scenario, req: GoalSeekRequest): GoalSeekError | null {
  const ids = new Set(plan.indicators.map((i) => i.id));
  if (!ids.has(req.indicator)) return { code: 'BAD_REQUEST', path: 'indicator', message: `unknown indicator id "${req.indicator}"` };
  if (!Number.isFinite(req.lo) || !Number.isFinite(req.hi) || !(req.lo < req.hi)) {
    return { code: 'BAD_REQUEST', path: 'lo', message: `expected finite lo < hi, got [${req.lo}, ${req.hi}]` };
  }
  const a = req.assumption;
  if (a.kind === 'parameter') {
    if (scenario.parameters === undefined || !Object.hasOwn(scenario.parameters, a.name)) {
      return { code: 'BAD_REQUEST', path: 'assumption.name', message: `the scenario has no parameter "${a.name}"` };
    }
    return null;
  }
  if (!ids.has(a.indicator)) return { code: 'BAD_REQUEST', path: 'assumption.indicator', message: `unknown indicator id "${a.indicator}"` };
  if (a.kind === 'yearGrowth' && a.years.length === 0) return { code: 'BAD_REQUEST', path: 'assumption.years', message: 'expected at least one year' };
  if (a.kind === 'shock' && applyAssumption(scenario, a, 0) === null) {
    return { code: 'BAD_REQUEST', path: 'assumption.index', message: `${a.indicator} has no shock ${a.index} with a "${a.field}" field` };
  }
  return null;
}

/**
 * Goal seek: the value of one assumption in [lo, hi] at which `indicator`'s horizon gap (tracked − target) is 0,
 * by Brent's method to `tol` (1e-10). Each trial re-prepares the scenario (formulas come from the cache) and runs
 * the kernel. When the gap has the same sign at both ends the answer is NO_SOLUTION, with both gaps in the message.
 */
export function goalSeek(plan: Plan, scenario: Scenario, req: GoalSeekRequest): GoalSeekResult {
  const bad = checkRequest(plan, scenario, req);
  if (bad) return { ok: false, error: bad };
  const first = tryPrepareModel(plan, applyAssumption(scenario, req.assumption, req.lo) ?? scenario);
  if (!first.ok) {
    const issue = first.issues[0];
    return { ok: false, error: { code: 'INVALID_SCENARIO', path: issue?.path, message: issuesText(first.issues, '; ') } };
  }
  const target = first.model.indicators.findIndex((i) => i.id === req.indicator);
  const values = new Float64Array(first.model.nInd * first.model.nYears);
  const gapAt = (x: number): number => {
    const s = applyAssumption(scenario, req.assumption, x);
    const p = s ? tryPrepareModel(plan, s) : null;
    if (!p?.ok) return Number.NaN;
    projectInto(p.model, null, values);
    return horizonGap(p.model, values, target);
  };
  const root = findRoot(gapAt, req.lo, req.hi, req.tol ?? 1e-10);
  const name = plan.indicators[target]?.name.zh ?? req.indicator;
  const horizon = first.model.horizon;
  if (!root.ok) {
    const fmt = (v: number): string => (Number.isFinite(v) ? String(Number(v.toPrecision(6))) : 'not a number');
    const why = root.reason === 'same-sign' ? 'the same sign at both ends' : 'no finite value at an end';
    return {
      ok: false,
      error: {
        code: 'NO_SOLUTION',
        message: `no value of ${describe(req.assumption)} in [${req.lo}, ${req.hi}] closes the ${horizon} gap of ${req.indicator} (${name}): the gap is ${fmt(root.fLo)} at ${req.lo} and ${fmt(root.fHi)} at ${req.hi}, ${why}; widen the range`,
      },
    };
  }
  const solved = applyAssumption(scenario, req.assumption, root.x) ?? scenario;
  const prepared = tryPrepareModel(plan, solved);
  if (!prepared.ok) return { ok: false, error: { code: 'INVALID_SCENARIO', message: issuesText(prepared.issues, '; ') } };
  return { ok: true, value: root.x, gap: root.fx, iterations: root.iterations, scenario: solved, result: runModel(prepared.model) };
}

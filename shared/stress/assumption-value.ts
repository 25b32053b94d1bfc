import type { PreparedModel } from '../engine/engine-types';
import { applyAssumption, type GoalSeekAssumption } from '../engine/goal-seek';
import { tryPrepareModel } from '../engine/prepare-model';
import { projectInto } from '../engine/project-kernel';
import { runModel } from '../engine/run-model';
import { horizonGap } from '../engine/target-path';
import type { Plan } from '../plan/plan-schema';
import type { Scenario } from '../scenario/scenario-schema';

/**
 * The value an assumption has in a scenario (decimal rates; a parameter in its unit): a parameter's value, a
 * shock's field, an indicator's `growth` (else its baseline: the target's rate, or for a relative target the
 * reference rate or the reference indicator's achieved CAGR in this projection), a year's `yearGrowth` (else the
 * growth). Null when the assumption names nothing in the scenario.
 */
export function assumptionValue(model: PreparedModel, assumption: GoalSeekAssumption): number | null {
  const scenario = model.scenario;
  if (assumption.kind === 'parameter') {
    const p = scenario.parameters;
    return p !== undefined && Object.hasOwn(p, assumption.name) ? (p[assumption.name] ?? null) : null;
  }
  const i = model.indicators.findIndex((ind) => ind.id === assumption.indicator);
  const ind = model.indicators[i];
  if (!ind) return null;
  const a = scenario.indicators !== undefined && Object.hasOwn(scenario.indicators, ind.id) ? scenario.indicators[ind.id] : undefined;
  if (assumption.kind === 'shock') {
    const s = a?.shocks?.[assumption.index];
    if (s?.kind === 'level' && assumption.field === 'size') return s.size;
    if (s?.kind === 'dip' && assumption.field === 'depth') return s.depth;
    if (s?.kind === 'growth' && assumption.field === 'delta') return s.delta;
    return null;
  }
  if (assumption.kind === 'yearGrowth') {
    const y = assumption.years[0];
    const given = y !== undefined && a?.yearGrowth !== undefined && Object.hasOwn(a.yearGrowth, String(y)) ? a.yearGrowth[String(y)] : undefined;
    if (given !== undefined) return given;
  }
  if (a?.growth !== undefined) return a.growth;
  if (ind.targetKind !== 'relative') return ind.targetRate ?? 0;
  if (typeof a?.reference === 'number') return a.reference;
  const ref = model.refIndex[i] ?? -1;
  const cagr = ref >= 0 ? runModel(model).indicators[ref]?.summary.achievedCagr : null;
  return cagr ?? 0;
}

/** The deterministic horizon gap of one indicator and its target (unit), or null when the scenario does not prepare. */
export interface GapAt {
  gap: number;
  target: number;
}

/**
 * The horizon gap (tracked − target, indicator unit) of indicator `index` when `assumption` is set to x:
 * the engine's applyAssumption, prepare and one kernel run. Null when that scenario is refused.
 */
export function gapWith(plan: Plan, scenario: Scenario, assumption: GoalSeekAssumption | null, x: number, index: number): GapAt | null {
  const s = assumption ? applyAssumption(scenario, assumption, x) : scenario;
  const p = s ? tryPrepareModel(plan, s) : null;
  if (!p?.ok) return null;
  const m = p.model;
  const values = new Float64Array(m.nInd * m.nYears);
  projectInto(m, null, values);
  const gap = horizonGap(m, values, index);
  const H = m.nYears - 1;
  let tracked = values[index * m.nYears + H] ?? Number.NaN;
  if (m.indicators[index]?.flow) {
    tracked = 0;
    for (let t = 1; t <= H; t++) tracked += values[index * m.nYears + t] ?? 0;
  }
  return { gap, target: tracked - gap };
}

import type { GoalSeekAssumption } from '../engine/goal-seek';
import { tryPrepareModel } from '../engine/prepare-model';
import { issuesText } from '../engine/scenario-error';
import { indicatorSymbolIndex } from '../engine/symbol-table';
import type { Plan } from '../plan/plan-schema';
import type { Scenario } from '../scenario/scenario-schema';
import { assumptionValue, gapWith } from './assumption-value';

/** One assumption of a tornado chart and how far to move it each way (decimal for rates, unit for parameters). */
export interface TornadoStep {
  assumption: GoalSeekAssumption;
  step: number;
}

/** The horizon gap (indicator unit) with the assumption at `value`; null when that scenario is refused. */
export interface TornadoEnd {
  value: number;
  gap: number | null;
}

/** One bar: the assumption at its current value, moved down and up by its step, and the gap's range. */
export interface TornadoBar {
  assumption: GoalSeekAssumption;
  step: number;
  value: number;
  low: TornadoEnd;
  high: TornadoEnd;
  /** |gap(high) − gap(low)|: the bar's length and the rank key (0 when an end is refused). */
  swing: number;
}

/** Problems refuse the whole request, with the field they concern. */
export interface SensitivityError {
  path: string;
  message: string;
}

/** A tornado chart: the indicator, its current horizon gap and target, and bars ranked by swing (largest first). */
export type TornadoResult =
  | { ok: true; indicator: string; baseGap: number; endTarget: number; bars: TornadoBar[] }
  | { ok: false; error: SensitivityError };

/**
 * A tornado chart of `indicator`'s deterministic horizon gap: every step's assumption (see the engine's
 * applyAssumption) is set to its current value − step and + step, the scenario re-run, and the bars ranked by
 * |gap(+) − gap(−)|, ties in the order given. Values as decimals for rates. Refuses an unknown indicator, an
 * assumption naming nothing, a non-positive step, or a scenario that does not prepare.
 */
export function tornado(plan: Plan, scenario: Scenario, steps: readonly TornadoStep[], indicator: string): TornadoResult {
  const prepared = tryPrepareModel(plan, scenario);
  if (!prepared.ok) {
    return { ok: false, error: { path: 'scenario', message: issuesText(prepared.issues, '; ') } };
  }
  const model = prepared.model;
  const index = model.indicators.findIndex((i) => i.id === indicator);
  if (index < 0) return { ok: false, error: { path: 'indicator', message: `unknown indicator id "${indicator}"` } };
  const base = gapWith(plan, scenario, null, 0, index);
  if (!base) return { ok: false, error: { path: 'scenario', message: 'the scenario does not run' } };
  const bars: TornadoBar[] = [];
  for (const [k, s] of steps.entries()) {
    if (!(s.step > 0) || !Number.isFinite(s.step)) return { ok: false, error: { path: `steps.${k}.step`, message: `a positive finite step, got ${s.step}` } };
    const value = assumptionValue(model, s.assumption);
    if (value === null) return { ok: false, error: { path: `steps.${k}.assumption`, message: 'the scenario has no such assumption (unknown indicator, parameter or shock)' } };
    const end = (x: number): TornadoEnd => ({ value: x, gap: gapWith(plan, scenario, s.assumption, x, index)?.gap ?? null });
    const low = end(value - s.step);
    const high = end(value + s.step);
    const swing = low.gap !== null && high.gap !== null && Number.isFinite(high.gap - low.gap) ? Math.abs(high.gap - low.gap) : 0;
    bars.push({ assumption: s.assumption, step: s.step, value, low, high, swing });
  }
  const ranked = bars.map((b, k) => ({ b, k })).sort((x, y) => y.b.swing - x.b.swing || x.k - y.k).map((x) => x.b);
  return { ok: true, indicator, baseGap: base.gap, endTarget: base.target, bars: ranked };
}

/**
 * Default tornado steps for `indicator`: ±1 percentage point on the growth of the indicator and of every indicator
 * it reads (directly or through others) whose value responds to g, ±10 % of every scenario parameter its
 * formulas read (±0.01 when the parameter is 0), and ±0.01 on the size / depth / delta of their shocks.
 */
export function defaultTornadoSteps(plan: Plan, scenario: Scenario, indicator: string): TornadoStep[] {
  const prepared = tryPrepareModel(plan, scenario);
  if (!prepared.ok) return [];
  const model = prepared.model;
  const bySymbol = indicatorSymbolIndex(model.indicators);
  const start = model.indicators.findIndex((i) => i.id === indicator);
  if (start < 0) return [];
  const seen = new Set<number>([start]);
  const queue = [start];
  const params = new Set<string>();
  while (queue.length > 0) {
    const i = queue.shift() ?? 0;
    const reads = [...(model.formulas[i]?.uses ?? [])];
    const ref = model.refIndex[i] ?? -1;
    if (ref >= 0) reads.push(model.indicators[ref]?.symbol ?? '');
    for (const u of reads) {
      const j = bySymbol.get(u);
      if (j !== undefined && !seen.has(j)) {
        seen.add(j);
        queue.push(j);
      } else if (j === undefined && model.symbolSlots.parameters[u] !== undefined) params.add(u);
    }
  }
  const steps: TornadoStep[] = [];
  for (const i of [...seen].sort((a, b) => a - b)) {
    const ind = model.indicators[i];
    if (!ind) continue;
    const f = model.formulas[i];
    if (!f || f.uses.includes('g')) steps.push({ assumption: { kind: 'growth', indicator: ind.id }, step: 0.01 });
    const shocks = scenario.indicators?.[ind.id]?.shocks ?? [];
    shocks.forEach((s, index) => {
      const field = s.kind === 'level' ? 'size' : s.kind === 'dip' ? 'depth' : 'delta';
      steps.push({ assumption: { kind: 'shock', indicator: ind.id, index, field }, step: 0.01 });
    });
  }
  for (const name of params) {
    const v = scenario.parameters?.[name] ?? 0;
    steps.push({ assumption: { kind: 'parameter', name }, step: v === 0 ? 0.01 : Math.abs(v) * 0.1 });
  }
  return steps;
}

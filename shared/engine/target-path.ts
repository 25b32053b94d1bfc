import type { PreparedModel } from './engine-types';
import { flowTotal } from './target-rates';

/**
 * The reference growth (decimal) of a relative-target indicator i in year t: the scenario's rate, or the
 * realised growth V_r,t / V_r,t−1 − 1 of the plan's default reference indicator r in this run's `values`.
 */
export function referenceRate(model: PreparedModel, values: Float64Array, i: number, t: number): number {
  const idx = i * model.nYears + t;
  if (model.refDynamic[idx] !== 1) return model.refRate[idx] ?? 0;
  const r = model.refIndex[i] ?? 0;
  return (values[r * model.nYears + t] ?? 0) / (values[r * model.nYears + t - 1] ?? 0) - 1;
}

/**
 * Fills `out[t]` (t = 0..H, length ≥ nYears) with indicator i's target path for its tracked quantity:
 * cagr / level / level-increase → V_0 × (1 + r)^t with the target's rate r; relative → V_0 × Π_{k≤t} (1 + ref_k);
 * cumulative / count-new → total × t / n (n = targetYear − baseYear), i.e. the total spread evenly and continued
 * at total / n a year past the target year. `values` is this run's output (only read for dynamic references).
 */
export function targetPathInto(model: PreparedModel, values: Float64Array, i: number, out: Float64Array): void {
  const ind = model.indicators[i];
  if (!ind) return;
  const b = model.base[i] ?? 0;
  const n = model.plan.targetYear - model.baseYear;
  out[0] = ind.flow ? 0 : b;
  if (ind.flow) {
    const total = flowTotal(ind.target);
    for (let t = 1; t < model.nYears; t++) out[t] = (total * t) / n;
  } else if (ind.targetKind === 'relative') {
    let level = b;
    for (let t = 1; t < model.nYears; t++) {
      level *= 1 + referenceRate(model, values, i, t);
      out[t] = level;
    }
  } else {
    const r = ind.targetRate ?? Number.NaN;
    for (let t = 1; t < model.nYears; t++) out[t] = b * Math.pow(1 + r, t);
  }
}

/**
 * Fills `out[t]` with indicator i's tracked quantity: the value V_t, or for flow targets the running sum
 * Σ_{k=1..t} V_k from the start year (0 in the base year).
 */
export function trackedPathInto(model: PreparedModel, values: Float64Array, i: number, out: Float64Array): void {
  const ind = model.indicators[i];
  if (!ind) return;
  const off = i * model.nYears;
  if (!ind.flow) {
    for (let t = 0; t < model.nYears; t++) out[t] = values[off + t] ?? 0;
    return;
  }
  let sum = 0;
  out[0] = 0;
  for (let t = 1; t < model.nYears; t++) {
    sum += values[off + t] ?? 0;
    out[t] = sum;
  }
}

/**
 * Horizon gap (tracked − target, indicator unit) of indicator i from a run's `values`, without allocating
 * the whole result: the quantity goal seek and a Monte Carlo engine need per path.
 */
export function horizonGap(model: PreparedModel, values: Float64Array, i: number): number {
  const ind = model.indicators[i];
  if (!ind) return Number.NaN;
  const H = model.nYears - 1;
  const off = i * model.nYears;
  const b = model.base[i] ?? 0;
  if (ind.flow) {
    let sum = 0;
    for (let t = 1; t <= H; t++) sum += values[off + t] ?? 0;
    return sum - (flowTotal(ind.target) * H) / (model.plan.targetYear - model.baseYear);
  }
  let target: number;
  if (ind.targetKind === 'relative') {
    target = b;
    for (let t = 1; t <= H; t++) target *= 1 + referenceRate(model, values, i, t);
  } else {
    target = b * Math.pow(1 + (ind.targetRate ?? Number.NaN), H);
  }
  return (values[off + H] ?? 0) - target;
}

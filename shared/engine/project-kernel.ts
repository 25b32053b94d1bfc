import type { PreparedModel } from './engine-types';

/**
 * The projection kernel: fills `out` with the reported values V (indicator unit) of every indicator and year,
 * flat at `out[i * nYears + t]` (t = year − baseYear, t = 0 the base value). Pure arithmetic over typed arrays:
 * no allocation, no mathjs, so a Monte Carlo engine can call it once per path over one PreparedModel.
 *
 * Per year t = 1..H, indicators in `model.order`:
 * - g = growth[i,t] (or `growthOverride[i,t]`, same layout, which replaces model.growth including shock deltas),
 *   plus the reference indicator's realised growth V_r,t / V_r,t−1 − 1 where `growthFromRef[i,t]` is 1;
 * - with an actual: V = actual, T = actual / M_t (shocks already in the actual are not applied again);
 * - else T_t = formula(prev = T_{t−1}, base = V_0, year, t, g, parameters, S / S_prev / S_g of every indicator),
 *   `prev * (1 + g)` by default, and V_t = T_t × M_t with M_t = `multiplier[i,t]`.
 * S reads the reported V of this year (already computed thanks to the order), S_prev last year's V,
 * S_g = S / S_prev − 1.
 *
 * `trendOut`, when given (same layout as `out`), receives the trend values T. Uses `model.vars` and
 * `model.scratch` as work space, so runs over one model must not overlap (they cannot in one JS thread).
 */
export function projectInto(
  model: PreparedModel,
  growthOverride: Float64Array | null,
  out: Float64Array,
  trendOut?: Float64Array,
): void {
  const { nInd, nYears, order, base, multiplier, actualMask, actual, growthFromRef, refIndex, formulas, vars, scratch } = model;
  const growth = growthOverride ?? model.growth;
  const slots = model.symbolSlots;
  const indStart = slots.indicatorStart;
  for (let i = 0; i < nInd; i++) {
    const b = base[i] ?? 0;
    out[i * nYears] = b;
    scratch[i] = b;
    if (trendOut) trendOut[i * nYears] = b;
  }
  for (let t = 1; t < nYears; t++) {
    vars[slots.year] = model.baseYear + t;
    vars[slots.t] = t;
    for (let i = 0; i < nInd; i++) {
      const v = out[i * nYears + t - 1] ?? 0;
      vars[indStart + 3 * i] = v;
      vars[indStart + 3 * i + 1] = v;
      vars[indStart + 3 * i + 2] = 0;
    }
    for (let k = 0; k < nInd; k++) {
      const i = order[k] ?? 0;
      const idx = i * nYears + t;
      let trend: number;
      let value: number;
      const m = multiplier[idx] ?? 1;
      if (actualMask[idx] === 1) {
        value = actual[idx] ?? 0;
        trend = value / m;
      } else {
        let g = growth[idx] ?? 0;
        if (growthFromRef[idx] === 1) {
          const r = refIndex[i] ?? 0;
          g += (out[r * nYears + t] ?? 0) / (out[r * nYears + t - 1] ?? 0) - 1;
        }
        const prevTrend = scratch[i] ?? 0;
        const f = formulas[i];
        if (f) {
          vars[slots.prev] = prevTrend;
          vars[slots.base] = base[i] ?? 0;
          vars[slots.g] = g;
          trend = f.evaluate(vars);
        } else {
          trend = prevTrend * (1 + g);
        }
        value = trend * m;
      }
      scratch[i] = trend;
      out[idx] = value;
      if (trendOut) trendOut[idx] = trend;
      vars[indStart + 3 * i] = value;
      vars[indStart + 3 * i + 2] = value / (out[idx - 1] ?? 0) - 1;
    }
  }
}

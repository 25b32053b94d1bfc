import { projectInto } from '../engine/project-kernel';
import { applyGrowthDraw, applyParameterDraw, DIST_LOGNORMAL, DIST_NORMAL, drawFrom, eventSize } from './distributions';
import { fillNormal, normal } from './normal-sampler';
import type { Xoshiro128ss } from './prng';
import type { StressCore } from './prepare-stress';

/**
 * Simulates one path into `core.values` (layout i × nYears + t, indicator units), drawing from `rng` in a fixed
 * order so a chunk's numbers depend only on its stream. First one block of standard normals (`core.normals`, filled
 * in one tight loop): one per uncertain parameter, then per year t = 1..H the economy factor z_e (when any loading
 * is set) and one ε_j per indicator with a growth distribution. Then:
 * 1. each uncertain parameter: the scenario's value moved by its draw, written to its slot of the model's vars;
 * 2. per year: Z = mix · (z_e, ε), i.e. Z_j = ρ_j z_e + √(1 − ρ_j²) (L ε)_j with L the Cholesky factor of the
 *    correlation matrix, and g = the scenario's g (shocks' deltas included) moved by the draw of Z_j;
 * 3. per shock event and year of its window: a uniform; below the probability, a normal for the size s and the
 *    multipliers of that year and every later one times (1 + s);
 * 4. the projection kernel with this path's growth and multipliers.
 */
export function simulatePath(core: StressCore, rng: Xoshiro128ss): void {
  const { model, growth, baseGrowth, gRow, gDist, gCode, gA, gB, mix, mixCols, H, normals } = core;
  fillNormal(rng, normals);
  const vars = model.vars;
  const np = core.pSlot.length;
  for (let k = 0; k < np; k++) {
    const d = core.pDist[k];
    if (d) vars[core.pSlot[k] ?? 0] = applyParameterDraw(d, core.pBase[k] ?? 0, drawFrom(d, normals[k] ?? 0));
  }
  const m = gRow.length;
  for (let t = 1; t <= H && m > 0; t++) {
    const at = np + (t - 1) * mixCols;
    for (let j = 0; j < m; j++) {
      let zz = 0;
      const row = j * mixCols;
      for (let k = 0; k < mixCols; k++) zz += (mix[row + k] ?? 0) * (normals[at + k] ?? 0);
      const idx = (gRow[j] ?? 0) + t;
      const g0 = baseGrowth[idx] ?? 0;
      const code = gCode[j];
      if (code === DIST_NORMAL) growth[idx] = g0 + (gA[j] ?? 0) + (gB[j] ?? 0) * zz;
      else if (code === DIST_LOGNORMAL) growth[idx] = (1 + g0) * Math.exp((gA[j] ?? 0) + (gB[j] ?? 0) * zz) - 1;
      else {
        const d = gDist[j];
        if (d) growth[idx] = applyGrowthDraw(d, g0, drawFrom(d, zz));
      }
    }
  }
  const ne = core.eRow.length;
  if (ne > 0) {
    const mult = model.multiplier;
    const nYears = model.nYears;
    for (let r = 0; r < core.eventRows.length; r++) {
      const row = core.eventRows[r] ?? 0;
      for (let t = 0; t < nYears; t++) mult[row + t] = core.baseMultiplier[row + t] ?? 1;
    }
    for (let e = 0; e < ne; e++) {
      const d = core.eDist[e];
      const p = core.eProb[e] ?? 0;
      const row = core.eRow[e] ?? 0;
      const to = core.eTo[e] ?? 0;
      for (let t = core.eFrom[e] ?? 1; t <= to; t++) {
        if (d && rng.nextFloat() < p) {
          const f = 1 + eventSize(d, drawFrom(d, normal(rng)));
          for (let tt = t; tt <= H; tt++) mult[row + tt] = (mult[row + tt] ?? 1) * f;
        }
      }
    }
  }
  projectInto(model, growth, core.values);
}

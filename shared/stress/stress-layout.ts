import { simulatePath } from './path-simulator';
import type { StressCore } from './prepare-stress';
import { streamFor } from './prng';
import { HIST_BINS, PILOT_PATHS, PILOT_STREAM } from './stress-constants';
import type { StressLayout } from './stress-types';

/** Pilot max / min above which a histogram uses log-spaced bins. */
export const LOG_SCALE_RATIO = 4;

/**
 * Fixes the histogram grid of every tracked indicator-year from a pilot run of PILOT_PATHS paths on its own stream
 * (seed, PILOT_STREAM), so it is the same in every worker: log scale when every pilot value is positive and the
 * largest is more than LOG_SCALE_RATIO times the smallest (a skewed, wide spread), else linear (no log per value,
 * and fine enough: 2048 bins over a range within a factor 4); the range is the pilot's [min, max] widened by half its span on each side (a degenerate range by
 * 1e-9 relative). Values outside fall into the underflow / overflow bins, whose percentiles are interpolated
 * towards the run's exact minimum and maximum.
 */
export function buildLayout(core: StressCore): StressLayout {
  const { slots, slotFlow, H, model } = core;
  const nSlots = slots.length;
  const size = nSlots * H;
  const min = new Float64Array(size).fill(Infinity);
  const max = new Float64Array(size).fill(-Infinity);
  const positive = new Uint8Array(size).fill(1);
  if (nSlots > 0) {
    const rng = streamFor(core.seed, PILOT_STREAM);
    for (let p = 0; p < PILOT_PATHS; p++) {
      simulatePath(core, rng);
      for (let s = 0; s < nSlots; s++) {
        const off = (slots[s] ?? 0) * model.nYears;
        let run = 0;
        for (let t = 1; t <= H; t++) {
          const v = core.values[off + t] ?? Number.NaN;
          const x = slotFlow[s] === 1 ? (run += v) : v;
          const k = s * H + t - 1;
          if (!Number.isFinite(x)) continue;
          if (!(x > 0)) positive[k] = 0;
          if (x < (min[k] ?? 0)) min[k] = x;
          if (x > (max[k] ?? 0)) max[k] = x;
        }
      }
    }
  }
  const logScale = new Uint8Array(size);
  const lo = new Float64Array(size);
  const width = new Float64Array(size);
  for (let k = 0; k < size; k++) {
    const a = min[k] ?? 0;
    const b = max[k] ?? 0;
    const finite = Number.isFinite(a) && Number.isFinite(b);
    const log = finite && positive[k] === 1 && b > LOG_SCALE_RATIO * a;
    let u0 = finite ? (log ? Math.log(a) : a) : 0;
    let u1 = finite ? (log ? Math.log(b) : b) : 1;
    const margin = 0.5 * (u1 - u0);
    const pad = Math.max(margin, 1e-9 * Math.max(1, Math.abs(u0), Math.abs(u1)));
    u0 -= pad;
    u1 += pad;
    logScale[k] = log ? 1 : 0;
    lo[k] = u0;
    width[k] = (u1 - u0) / HIST_BINS;
  }
  return { bins: HIST_BINS, logScale, lo, width };
}

/**
 * A one-bin linear layout for runs that only need probabilities (e.g. each cell of a sensitivity grid): no pilot
 * run, and percentiles of such a run are only interpolated between the minimum and maximum.
 */
export function flatLayout(core: StressCore): StressLayout {
  const size = core.slots.length * core.H;
  return { bins: 1, logScale: new Uint8Array(size), lo: new Float64Array(size), width: new Float64Array(size).fill(1) };
}

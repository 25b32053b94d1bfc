import { ON_TRACK_TOLERANCE } from '../engine/run-model';
import { horizonGap } from '../engine/target-path';
import { simulatePath } from './path-simulator';
import type { StressSetup } from './prepare-stress';
import { streamFor } from './prng';
import { CHUNK_SIZE } from './stress-constants';
import type { StressPartial } from './stress-types';

/** An empty tally for `setup` (what a worker starts from): zero counts, min +∞, max −∞, no chunks. */
export function createPartial(setup: StressSetup): StressPartial {
  const size = setup.slots.length * setup.H;
  return {
    paths: 0,
    counts: new Uint32Array(size * (setup.layout.bins + 2)),
    min: new Float64Array(size).fill(Infinity),
    max: new Float64Array(size).fill(-Infinity),
    met: new Uint32Array(setup.slots.length),
    missFinite: new Uint32Array(setup.slots.length),
    jointMet: 0,
    jointSetMet: new Uint32Array(setup.jointSetIds.length),
    chunkIds: [],
    chunkFloats: [],
  };
}

/** The buffers of a partial, for a postMessage transfer list (moved, not copied, between a worker and the pool). */
export function partialBuffers(p: StressPartial): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [p.counts, p.min, p.max, p.met, p.missFinite, p.jointSetMet, ...p.chunkFloats];
  return arrays.map((a) => a.buffer).filter((b): b is ArrayBuffer => b instanceof ArrayBuffer);
}

/** Number of paths in chunk `chunk` of a run of `paths` paths (CHUNK_SIZE except possibly the last). */
export function chunkPaths(paths: number, chunk: number): number {
  return Math.max(0, Math.min(CHUNK_SIZE, paths - chunk * CHUNK_SIZE));
}

/**
 * Runs chunk `chunk` (paths chunk × CHUNK_SIZE onwards) on its own stream streamFor(seed, chunk) and adds it to
 * `partial`: per tracked indicator-year the histogram bin, min, max and sum of the tracked quantity (value, or
 * running sum for flow targets; non-finite values are left out of all three); per slot whether the
 * horizon target is met (gap ≥ −1e-9 × |target|, the engine's on-track rule) or the shortfall target − tracked;
 * and per joint set (the joint set, then each extra one) whether every target in it is met on this path. The chunk's
 * float sums are kept as its own row. Returns the number of paths run.
 */
export function runChunk(setup: StressSetup, partial: StressPartial, chunk: number): number {
  const n = chunkPaths(setup.paths, chunk);
  const { slots, slotFlow, slotTarget, H, model, values, layout, invWidth, jointSlots, jointStart, jointCertain, metNow, jointHits } = setup;
  const nJoint = jointCertain.length;
  const nSlots = slots.length;
  const size = nSlots * H;
  const K = layout.bins;
  const stride = K + 2;
  const floats = new Float64Array(size + nSlots);
  const logScale = layout.logScale;
  const lo = layout.lo;
  const { counts, min, max, met, missFinite, jointSetMet } = partial;
  jointHits.fill(0);
  if (nSlots === 0) {
    for (let j = 0; j < nJoint; j++) jointHits[j] = jointCertain[j] === 1 ? n : 0;
  } else {
    const rng = streamFor(setup.seed, chunk);
    const nYears = model.nYears;
    for (let p = 0; p < n; p++) {
      simulatePath(setup, rng);
      for (let s = 0; s < nSlots; s++) {
        const i = slots[s] ?? 0;
        const off = i * nYears;
        const flow = slotFlow[s] === 1;
        let run = 0;
        let x = 0;
        for (let t = 1; t <= H; t++) {
          const v = values[off + t] ?? 0;
          x = flow ? (run += v) : v;
          const k = s * H + t - 1;
          if (x - x === 0) {
            floats[k] = (floats[k] ?? 0) + x;
            if (x < (min[k] ?? 0)) min[k] = x;
            if (x > (max[k] ?? 0)) max[k] = x;
            const u = logScale[k] === 1 ? (x > 0 ? Math.log(x) : -Infinity) : x;
            const f = (u - (lo[k] ?? 0)) * (invWidth[k] ?? 0);
            const c = k * stride + (f < 0 ? 0 : f >= K ? K + 1 : (f | 0) + 1);
            counts[c] = (counts[c] ?? 0) + 1;
          }
        }
        const fixed = slotTarget[s] ?? Number.NaN;
        const gap = fixed === fixed ? x - fixed : horizonGap(model, values, i);
        const target = x - gap;
        if (gap >= -ON_TRACK_TOLERANCE * Math.abs(target)) {
          met[s] = (met[s] ?? 0) + 1;
          metNow[s] = 1;
        } else {
          metNow[s] = 0;
          if (gap - gap === 0) {
            missFinite[s] = (missFinite[s] ?? 0) + 1;
            floats[size + s] = (floats[size + s] ?? 0) - gap;
          }
        }
      }
      for (let j = 0; j < nJoint; j++) {
        if (jointCertain[j] !== 1) continue;
        let all = 1;
        const end = jointStart[j + 1] ?? 0;
        for (let q = jointStart[j] ?? 0; q < end; q++) all &= metNow[jointSlots[q] ?? 0] ?? 0;
        jointHits[j] = (jointHits[j] ?? 0) + all;
      }
    }
  }
  partial.paths += n;
  partial.jointMet += jointHits[0] ?? 0;
  for (let j = 1; j < nJoint; j++) jointSetMet[j - 1] = (jointSetMet[j - 1] ?? 0) + (jointHits[j] ?? 0);
  partial.chunkIds.push(chunk);
  partial.chunkFloats.push(floats);
  return n;
}

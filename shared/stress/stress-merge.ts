import type { StressSetup } from './prepare-stress';
import type { StressPartial, StressTotals } from './stress-types';

/**
 * Merges workers' partial tallies into totals identical for any split of the chunks: integer counts are summed
 * (order-free), min / max taken, and the chunks' float rows added in chunk order 0, 1, 2, … whoever ran them.
 * Throws when a chunk is missing or repeated (a pool bug, not bad input).
 */
export function mergePartials(setup: StressSetup, partials: readonly StressPartial[]): StressTotals {
  const first = partials[0];
  if (!first) throw new Error('mergePartials: no partial results');
  const counts = new Uint32Array(first.counts.length);
  const min = new Float64Array(first.min.length).fill(Infinity);
  const max = new Float64Array(first.max.length).fill(-Infinity);
  const finite = new Uint32Array(first.min.length);
  const met = new Uint32Array(first.met.length);
  const missFinite = new Uint32Array(first.missFinite.length);
  let paths = 0;
  let jointMet = 0;
  const jointSetMet = new Uint32Array(first.jointSetMet.length);
  const rows: { chunk: number; row: Float64Array }[] = [];
  for (const p of partials) {
    paths += p.paths;
    jointMet += p.jointMet;
    for (let j = 0; j < jointSetMet.length; j++) jointSetMet[j] = (jointSetMet[j] ?? 0) + (p.jointSetMet[j] ?? 0);
    for (let k = 0; k < counts.length; k++) counts[k] = (counts[k] ?? 0) + (p.counts[k] ?? 0);
    for (let k = 0; k < min.length; k++) {
      min[k] = Math.min(min[k] ?? Infinity, p.min[k] ?? Infinity);
      max[k] = Math.max(max[k] ?? -Infinity, p.max[k] ?? -Infinity);
    }
    for (let s = 0; s < met.length; s++) {
      met[s] = (met[s] ?? 0) + (p.met[s] ?? 0);
      missFinite[s] = (missFinite[s] ?? 0) + (p.missFinite[s] ?? 0);
    }
    p.chunkIds.forEach((chunk, k) => rows.push({ chunk, row: p.chunkFloats[k] ?? new Float64Array(0) }));
  }
  const stride = setup.layout.bins + 2;
  for (let k = 0; k < finite.length; k++) {
    let c = 0;
    for (let b = 0; b < stride; b++) c += counts[k * stride + b] ?? 0;
    finite[k] = c;
  }
  rows.sort((a, b) => a.chunk - b.chunk);
  if (rows.length !== setup.nChunks || rows.some((r, k) => r.chunk !== k)) {
    throw new Error(`mergePartials: expected chunks 0..${setup.nChunks - 1} once each, got ${rows.map((r) => r.chunk).join(', ')}`);
  }
  const floats = new Float64Array(rows[0]?.row.length ?? 0);
  for (const { row } of rows) for (let q = 0; q < floats.length; q++) floats[q] = (floats[q] ?? 0) + (row[q] ?? 0);
  return { paths, chunks: rows.length, counts, min, max, finite, met, missFinite, jointMet, jointSetMet, floats };
}

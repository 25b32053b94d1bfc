import type { Xoshiro128ss } from './prng';

const LAYERS = 128;
const R = 3.442619855899;
const V = 9.91256303526217e-3;
const SCALE = 16777216;

const kn = new Int32Array(LAYERS);
const wn = new Float64Array(LAYERS);
const fn = new Float64Array(LAYERS);

function buildTables(): void {
  const q = V / Math.exp(-0.5 * R * R);
  kn[0] = Math.floor((R / q) * SCALE);
  kn[1] = 0;
  wn[0] = q / SCALE;
  wn[LAYERS - 1] = R / SCALE;
  fn[0] = 1;
  fn[LAYERS - 1] = Math.exp(-0.5 * R * R);
  let dn = R;
  let tn = R;
  for (let i = LAYERS - 2; i >= 1; i--) {
    dn = Math.sqrt(-2 * Math.log(V / dn + Math.exp(-0.5 * dn * dn)));
    kn[i + 1] = Math.floor((dn / tn) * SCALE);
    tn = dn;
    fn[i] = Math.exp(-0.5 * dn * dn);
    wn[i] = dn / SCALE;
  }
}
buildTables();

function slowNormal(rng: Xoshiro128ss, first: number): number {
  let u = first;
  for (;;) {
    const i = u & 127;
    const j = u >> 7;
    if (Math.abs(j) < (kn[i] ?? 0)) return j * (wn[i] ?? 0);
    if (i === 0) {
      let x: number;
      let y: number;
      do {
        x = -Math.log(rng.nextFloat()) / R;
        y = -Math.log(rng.nextFloat());
      } while (y + y < x * x);
      return j > 0 ? R + x : -R - x;
    }
    const x = j * (wn[i] ?? 0);
    const f0 = fn[i] ?? 0;
    if (f0 + rng.nextFloat() * ((fn[i - 1] ?? 0) - f0) < Math.exp(-0.5 * x * x)) return x;
    u = rng.nextInt32();
  }
}

/**
 * A standard normal draw N(0, 1) by the ziggurat method of Marsaglia & Tsang (2000), 128 layers. One 32-bit draw
 * usually suffices: its low 7 bits pick the layer and its upper 25 bits (signed) the position, so layer and value
 * come from disjoint bits (the flaw Doornik 2005 pointed out in the original). Rare draws (about 1 in 40) go to
 * the wedge test or the exact tail beyond r = 3.4426 (Marsaglia 1964), so the distribution is exact up to
 * rounding. The fast path is kept tiny so it inlines into callers.
 */
export function normal(rng: Xoshiro128ss): number {
  const u = rng.nextInt32();
  const i = u & 127;
  const j = u >> 7;
  if (Math.abs(j) < (kn[i] ?? 0)) return j * (wn[i] ?? 0);
  return slowNormal(rng, u);
}

/** Fills `out` with standard normal draws, in order (the same numbers as calling `normal` out.length times). */
export function fillNormal(rng: Xoshiro128ss, out: Float64Array): void {
  for (let k = 0; k < out.length; k++) out[k] = normal(rng);
}

/**
 * xoshiro128** 1.1 (Blackman & Vigna, https://prng.di.unimi.it/xoshiro128starstar.c): 128-bit state, 32-bit
 * outputs, period 2^128 − 1. Fast in JavaScript because every step is 32-bit integer arithmetic (Math.imul).
 * The state words are kept as int32 numbers.
 */
export class Xoshiro128ss {
  /** The state words s0..s3 (an Int32Array keeps them unboxed: about twice as fast as four object fields). */
  private readonly s = new Int32Array(4);

  /** Starts from the four 32-bit state words (not all zero; an all-zero state is replaced by {1, 0, 0, 0}). */
  constructor(s0: number, s1: number, s2: number, s3: number) {
    const zero = (s0 | s1 | s2 | s3) === 0;
    this.s[0] = zero ? 1 : s0;
    this.s[1] = s1;
    this.s[2] = s2;
    this.s[3] = s3;
  }

  /** The next output as a signed 32-bit integer (the same bits as nextU32). */
  nextInt32(): number {
    const st = this.s;
    const s0 = st[0] ?? 0;
    const s1 = st[1] ?? 0;
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    const s2 = (st[2] ?? 0) ^ s0;
    const s3 = (st[3] ?? 0) ^ s1;
    st[1] = s1 ^ s2;
    st[0] = s0 ^ s3;
    st[2] = s2 ^ t;
    st[3] = (s3 << 11) | (s3 >>> 21);
    return result;
  }

  /** The next output as an unsigned 32-bit integer, 0..2^32 − 1. */
  nextU32(): number {
    return this.nextInt32() >>> 0;
  }

  /** A uniform number in the open interval (0, 1): (u + 0.5) / 2^32, never 0 or 1, so safe for log. */
  nextFloat(): number {
    return ((this.nextInt32() >>> 0) + 0.5) * 2.3283064365386963e-10;
  }

  /** The current state words as unsigned integers (for tests and diagnostics). */
  state(): [number, number, number, number] {
    const st = this.s;
    return [(st[0] ?? 0) >>> 0, (st[1] ?? 0) >>> 0, (st[2] ?? 0) >>> 0, (st[3] ?? 0) >>> 0];
  }
}

const MASK64 = (1n << 64n) - 1n;

/**
 * One step of SplitMix64 (Steele, Lea & Flood; Vigna's splitmix64.c), the seeder the xoshiro authors recommend:
 * returns the next 64-bit state and the output for it.
 */
export function splitmix64(state: bigint): { state: bigint; value: bigint } {
  const next = (state + 0x9e3779b97f4a7c15n) & MASK64;
  let z = next;
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
  return { state: next, value: z ^ (z >> 31n) };
}

/**
 * The random stream of chunk `stream` of a run with `seed` (both unsigned 32-bit integers): xoshiro128** whose
 * state is two SplitMix64 outputs from seed × 2^32 + stream, low word first. Depends on nothing else, so a chunk
 * draws the same numbers whichever worker runs it.
 */
export function streamFor(seed: number, stream: number): Xoshiro128ss {
  const key = (BigInt(seed >>> 0) << 32n) | BigInt(stream >>> 0);
  const a = splitmix64(key);
  const b = splitmix64(a.state);
  const w = (v: bigint, shift: bigint): number => Number((v >> shift) & 0xffffffffn);
  return new Xoshiro128ss(w(a.value, 0n), w(a.value, 32n), w(b.value, 0n), w(b.value, 32n));
}

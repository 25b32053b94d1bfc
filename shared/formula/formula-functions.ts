import type { CompareOp } from './formula-ast';

/** Relative tolerance of comparisons (dimensionless), mathjs's default config.relTol. */
export const REL_TOL = 1e-12;
/** Absolute tolerance of comparisons (in the values' own unit), mathjs's default config.absTol. */
export const ABS_TOL = 1e-15;

/**
 * Whether two numbers are equal up to REL_TOL (relative) or ABS_TOL (absolute), as mathjs compares numbers,
 * so `0.1 + 0.2 == 0.3` holds in a formula. NaN equals nothing; infinities equal only themselves.
 */
export function nearlyEqual(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(REL_TOL * Math.max(Math.abs(a), Math.abs(b)), ABS_TOL);
}

/** A comparison with mathjs's tolerance: `<` is false for nearly equal numbers, `<=` true. */
export function compareNumbers(op: CompareOp, a: number, b: number): boolean {
  switch (op) {
    case '<':
      return a < b && !nearlyEqual(a, b);
    case '<=':
      return a <= b || nearlyEqual(a, b);
    case '>':
      return a > b && !nearlyEqual(a, b);
    case '>=':
      return a >= b || nearlyEqual(a, b);
    case '==':
      return nearlyEqual(a, b);
    case '!=':
      return !nearlyEqual(a, b);
  }
}

/** x to the power y as mathjs does for reals: |x| < 1 to +∞ is 0; a negative base with a fractional power is NaN. */
export function power(x: number, y: number): number {
  if ((x * x < 1 && y === Infinity) || (x * x > 1 && y === -Infinity)) return 0;
  return Math.pow(x, y);
}

/** Rounds half away from zero to `decimals` places on the shortest decimal form of x (1.005 → 1.01), like mathjs. */
function roundDecimal(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  if (x === 0) return 0;
  const [mantissa = '0', exponentText = '0'] = Math.abs(x).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  const keep = Number(exponentText) + 1 + decimals;
  if (keep >= digits.length) return x;
  const sign = x < 0 ? -1 : 1;
  if (keep < 0) return sign * 0;
  const up = digits.charAt(keep) >= '5' ? 1n : 0n;
  const kept = BigInt(digits.slice(0, keep) || '0') + up;
  return sign * Number(`${kept.toString()}e-${decimals}`);
}

const EPSILON_DECIMALS = 12;

/** Whether n is a valid number of decimals (an integer 0–15); mathjs throws otherwise, a formula gets NaN. */
function validDecimals(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 15;
}

/** round(x, n): half away from zero, first snapping x to 12 decimals when that is within tolerance (mathjs). */
export function roundTo(x: number, n = 0): number {
  if (!validDecimals(n)) return NaN;
  if (n >= EPSILON_DECIMALS) return roundDecimal(x, n);
  const snapped = roundDecimal(x, EPSILON_DECIMALS);
  return roundDecimal(nearlyEqual(x, snapped) ? snapped : x, n);
}

/** `whole` (floor or ceil of x), unless x is within tolerance of its rounding and not of `whole` (mathjs). */
function snapToInteger(x: number, whole: number): number {
  const r = roundTo(x);
  if (whole === r) return whole;
  return nearlyEqual(x, r) && !nearlyEqual(x, whole) ? r : whole;
}

/** floor(x, n) to n decimals, returning the nearby integer when x is within tolerance of it (mathjs). */
export function floorTo(x: number, n = 0): number {
  if (!validDecimals(n)) return NaN;
  const shift = 10 ** n;
  const y = x * shift;
  return snapToInteger(y, Math.floor(y)) / shift;
}

/** ceil(x, n) to n decimals, returning the nearby integer when x is within tolerance of it (mathjs). */
export function ceilTo(x: number, n = 0): number {
  if (!validDecimals(n)) return NaN;
  const shift = 10 ** n;
  const y = x * shift;
  return snapToInteger(y, Math.ceil(y)) / shift;
}

/** An allowed function's implementations by argument count; `n` takes any count of at least one. */
export interface FormulaFunction {
  one?: (x: number) => number;
  two?: (x: number, y: number) => number;
  three?: (x: number, y: number, z: number) => number;
  many?: (xs: Float64Array) => number;
  /** Argument counts for messages, e.g. "1 or 2". */
  arity: string;
}

/**
 * The largest (or smallest) argument as mathjs picks it: a later value replaces the current one only when
 * it is larger beyond tolerance (so max(0, 5e-324) is 0); any NaN makes the result NaN.
 */
function extreme(xs: Float64Array, op: '>' | '<'): number {
  let res = NaN;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] ?? NaN;
    if (Number.isNaN(x)) return NaN;
    if (i === 0 || compareNumbers(op, x, res)) res = x;
  }
  return res;
}

const largest = (xs: Float64Array): number => extreme(xs, '>');
const smallest = (xs: Float64Array): number => extreme(xs, '<');

/**
 * The functions a formula may call, each compiled to plain JS. Results follow mathjs for real numbers,
 * except that where mathjs would turn complex (sqrt(-1), log(-1), (-8)^(1/3)) the result is NaN.
 */
export const FORMULA_FUNCTIONS: ReadonlyMap<string, FormulaFunction> = new Map<string, FormulaFunction>([
  ['min', { many: smallest, arity: '1+' }],
  ['max', { many: largest, arity: '1+' }],
  ['abs', { one: Math.abs, arity: '1' }],
  ['exp', { one: Math.exp, arity: '1' }],
  ['log', { one: Math.log, two: (x, b) => Math.log(x) / Math.log(b), arity: '1–2' }],
  ['log10', { one: Math.log10, arity: '1' }],
  ['sqrt', { one: Math.sqrt, arity: '1' }],
  ['round', { one: (x) => roundTo(x), two: roundTo, arity: '1–2' }],
  ['floor', { one: (x) => floorTo(x), two: floorTo, arity: '1–2' }],
  ['ceil', { one: (x) => ceilTo(x), two: ceilTo, arity: '1–2' }],
  ['pow', { two: power, arity: '2' }],
  ['sign', { one: Math.sign, arity: '1' }],
  ['clamp', { three: (x, lo, hi) => Math.min(Math.max(x, lo), hi), arity: '3' }],
]);

/** Whether an allowed function accepts `count` arguments. */
export function acceptsArgumentCount(fn: FormulaFunction, count: number): boolean {
  if (fn.many) return count >= 1;
  return (count === 1 && !!fn.one) || (count === 2 && !!fn.two) || (count === 3 && !!fn.three);
}

/** A root of f in [lo, hi], or why there is none: f has the same sign (or is not finite) at both ends. */
export type RootResult =
  | { ok: true; x: number; fx: number; iterations: number }
  | { ok: false; reason: 'same-sign' | 'not-finite'; fLo: number; fHi: number };

/**
 * Brent's method (inverse quadratic interpolation, secant and bisection steps) for f(x) = 0 on [lo, hi],
 * to an x-tolerance `tol` (default 1e-10). Needs a sign change between the ends; an exact zero at an end is
 * returned as is. Converges at least as fast as bisection, so at most ~log2((hi − lo) / tol) + a few steps.
 */
export function findRoot(f: (x: number) => number, lo: number, hi: number, tol = 1e-10, maxIter = 200): RootResult {
  let a = lo;
  let b = hi;
  let fa = f(a);
  let fb = f(b);
  if (!Number.isFinite(fa) || !Number.isFinite(fb)) return { ok: false, reason: 'not-finite', fLo: fa, fHi: fb };
  if (fa === 0) return { ok: true, x: a, fx: 0, iterations: 0 };
  if (fb === 0) return { ok: true, x: b, fx: 0, iterations: 0 };
  if ((fa > 0 && fb > 0) || (fa < 0 && fb < 0)) return { ok: false, reason: 'same-sign', fLo: fa, fHi: fb };
  let c = a;
  let fc = fa;
  let d = b - a;
  let e = d;
  for (let iter = 1; iter <= maxIter; iter++) {
    if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
      c = a;
      fc = fa;
      d = b - a;
      e = d;
    }
    if (Math.abs(fc) < Math.abs(fb)) {
      a = b;
      b = c;
      c = a;
      fa = fb;
      fb = fc;
      fc = fa;
    }
    const tol1 = 2 * Number.EPSILON * Math.abs(b) + 0.5 * tol;
    const xm = 0.5 * (c - b);
    if (Math.abs(xm) <= tol1 || fb === 0) return { ok: true, x: b, fx: fb, iterations: iter };
    if (Math.abs(e) >= tol1 && Math.abs(fa) > Math.abs(fb)) {
      const s = fb / fa;
      let p: number;
      let q: number;
      if (a === c) {
        p = 2 * xm * s;
        q = 1 - s;
      } else {
        const qq = fa / fc;
        const r = fb / fc;
        p = s * (2 * xm * qq * (qq - r) - (b - a) * (r - 1));
        q = (qq - 1) * (r - 1) * (s - 1);
      }
      if (p > 0) q = -q;
      p = Math.abs(p);
      if (2 * p < Math.min(3 * xm * q - Math.abs(tol1 * q), Math.abs(e * q))) {
        e = d;
        d = p / q;
      } else {
        d = xm;
        e = d;
      }
    } else {
      d = xm;
      e = d;
    }
    a = b;
    fa = fb;
    b += Math.abs(d) > tol1 ? d : xm > 0 ? tol1 : -tol1;
    fb = f(b);
    if (!Number.isFinite(fb)) return { ok: false, reason: 'not-finite', fLo: fa, fHi: fb };
  }
  return { ok: true, x: b, fx: fb, iterations: maxIter };
}

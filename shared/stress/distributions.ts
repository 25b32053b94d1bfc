import { normalCdf, normalQuantile } from './normal-cdf';
import type { Distribution } from './stress-schema';

/** Codes of the compiled distributions (a number switch is faster per draw than comparing strings). */
export const DIST_NORMAL = 0;
export const DIST_LOGNORMAL = 1;
export const DIST_TRIANGULAR = 2;
export const DIST_UNIFORM = 3;
export const DIST_TWO_PIECE = 4;

/**
 * A distribution reduced to numbers for the hot loop: `code` and up to four parameters.
 * normal (mean, sd); lognormal (mu, sigma); triangular (min, mode, max, F(mode)); uniform (min, max);
 * two-piece normal (mode, sdLow, sdHigh, P(X < mode) = sdLow / (sdLow + sdHigh)).
 */
export interface CompiledDistribution {
  code: number;
  a: number;
  b: number;
  c: number;
  d: number;
}

/** Compiles a validated distribution for `drawFrom`. */
export function compileDistribution(dist: Distribution): CompiledDistribution {
  switch (dist.kind) {
    case 'normal':
      return { code: DIST_NORMAL, a: dist.mean ?? 0, b: dist.sd, c: 0, d: 0 };
    case 'lognormal':
      return { code: DIST_LOGNORMAL, a: dist.mu ?? 0, b: dist.sigma, c: 0, d: 0 };
    case 'triangular':
      return { code: DIST_TRIANGULAR, a: dist.min, b: dist.mode, c: dist.max, d: (dist.mode - dist.min) / (dist.max - dist.min) };
    case 'uniform':
      return { code: DIST_UNIFORM, a: dist.min, b: dist.max, c: 0, d: 0 };
    case 'two-piece-normal': {
      const total = dist.sdLow + dist.sdHigh;
      return { code: DIST_TWO_PIECE, a: dist.mode ?? 0, b: dist.sdLow, c: dist.sdHigh, d: total > 0 ? dist.sdLow / total : 0.5 };
    }
  }
}

/**
 * The draw of a distribution driven by one standard normal z (a Gaussian copula, so correlated z give correlated
 * draws with the exact marginal): normal mean + sd z; lognormal the LOG factor mu + sigma z (the caller applies
 * e^x); the others F⁻¹(Φ(z)) with F their CDF. For the two-piece normal with p = sdLow / (sdLow + sdHigh) and
 * u = Φ(z): mode + sdLow Φ⁻¹(u / (2p)) below p, mode + sdHigh Φ⁻¹(1/2 + (u − p) / (2(1 − p))) above.
 */
export function drawFrom(dist: CompiledDistribution, z: number): number {
  switch (dist.code) {
    case DIST_NORMAL:
    case DIST_LOGNORMAL:
      return dist.a + dist.b * z;
    case DIST_UNIFORM:
      return dist.a + (dist.b - dist.a) * normalCdf(z);
    case DIST_TRIANGULAR: {
      const u = normalCdf(z);
      const span = dist.c - dist.a;
      return u < dist.d ? dist.a + Math.sqrt(u * span * (dist.b - dist.a)) : dist.c - Math.sqrt((1 - u) * span * (dist.c - dist.b));
    }
    default: {
      if (dist.b === dist.c) return dist.a + dist.b * z;
      const u = normalCdf(z);
      const p = dist.d;
      return u < p ? dist.a + dist.b * normalQuantile(u / (2 * p)) : dist.a + dist.c * normalQuantile(0.5 + (u - p) / (2 * (1 - p)));
    }
  }
}

/** Applies a growth draw x of `dist` to the scenario's growth g (decimal): g + x, or (1 + g) e^x − 1 for lognormal. */
export function applyGrowthDraw(dist: CompiledDistribution, g: number, x: number): number {
  return dist.code === DIST_LOGNORMAL ? (1 + g) * Math.exp(x) - 1 : g + x;
}

/** Applies a parameter draw x of `dist` to the scenario's value p: p + x, or p e^x for lognormal. */
export function applyParameterDraw(dist: CompiledDistribution, p: number, x: number): number {
  return dist.code === DIST_LOGNORMAL ? p * Math.exp(x) : p + x;
}

/** The level-shift size (decimal) of a shock-event draw x: x itself, or e^x − 1 for lognormal (always above −1). */
export function eventSize(dist: CompiledDistribution, x: number): number {
  return dist.code === DIST_LOGNORMAL ? Math.exp(x) - 1 : x;
}

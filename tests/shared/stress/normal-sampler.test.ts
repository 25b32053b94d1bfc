import { describe, expect, it } from 'vitest';
import { compileDistribution, drawFrom } from '../../../shared/stress/distributions';
import { normalCdf, normalQuantile } from '../../../shared/stress/normal-cdf';
import { normal } from '../../../shared/stress/normal-sampler';
import { streamFor } from '../../../shared/stress/prng';
import type { Distribution } from '../../../shared/stress/stress-schema';

const N = 100_000;

function moments(xs: Float64Array): { mean: number; variance: number; kurtosis: number } {
  let m = 0;
  for (const x of xs) m += x;
  m /= xs.length;
  let m2 = 0;
  let m4 = 0;
  for (const x of xs) {
    const d = (x - m) * (x - m);
    m2 += d;
    m4 += d * d;
  }
  m2 /= xs.length;
  m4 /= xs.length;
  return { mean: m, variance: m2, kurtosis: m4 / (m2 * m2) };
}

describe('ziggurat normal sampler', () => {
  const rng = streamFor(2024, 0);
  const xs = new Float64Array(N);
  for (let k = 0; k < N; k++) xs[k] = normal(rng);
  const { mean, variance, kurtosis } = moments(xs);

  it('has mean 0, variance 1 and kurtosis 3 within 3 standard errors on 1e5 draws', () => {
    expect(Math.abs(mean)).toBeLessThan(3 / Math.sqrt(N));
    expect(Math.abs(variance - 1)).toBeLessThan(3 * Math.sqrt(2 / N));
    expect(Math.abs(kurtosis - 3)).toBeLessThan(3 * Math.sqrt(24 / N));
  });

  it('puts the right mass in the tails, including beyond the ziggurat base r = 3.4426', () => {
    for (const c of [1, 1.959963984540054, 3.442619855899]) {
      const p = 2 * (1 - normalCdf(c));
      let count = 0;
      for (const x of xs) if (Math.abs(x) > c) count++;
      expect(Math.abs(count / N - p)).toBeLessThan(3 * Math.sqrt((p * (1 - p)) / N));
    }
  });
});

describe('normal CDF and quantile', () => {
  it('match tabulated values', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 7);
    expect(normalCdf(2.5)).toBeCloseTo(0.9937903346742238, 7);
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 8);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.6448536269514722, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306167813, 7);
  });
});

describe('distributions through the Gaussian copula', () => {
  const sample = (d: Distribution): Float64Array => {
    const c = compileDistribution(d);
    const rng = streamFor(99, 1);
    const out = new Float64Array(N);
    for (let k = 0; k < N; k++) out[k] = drawFrom(c, normal(rng));
    return out;
  };
  const check = (xs: Float64Array, mean: number, variance: number): void => {
    const m = moments(xs);
    expect(Math.abs(m.mean - mean)).toBeLessThan(3 * Math.sqrt(variance / N));
    expect(Math.abs(m.variance - variance) / variance).toBeLessThan(0.03);
  };

  it('triangular(min, mode, max) has mean (a+b+c)/3 and variance (a²+b²+c²−ab−ac−bc)/18', () => {
    const [a, b, c] = [-0.04, 0.01, 0.03];
    check(sample({ kind: 'triangular', min: a, mode: b, max: c }), (a + b + c) / 3, (a * a + b * b + c * c - a * b - a * c - b * c) / 18);
  });

  it('uniform(min, max) has mean (a+b)/2 and variance (b−a)²/12 and stays inside', () => {
    const xs = sample({ kind: 'uniform', min: -0.02, max: 0.05 });
    check(xs, 0.015, 0.07 ** 2 / 12);
    expect(xs.every((x) => x >= -0.02 && x <= 0.05)).toBe(true);
  });

  it('two-piece normal has mean mode + √(2/π)(σ₂ − σ₁), variance (1 − 2/π)(σ₂ − σ₁)² + σ₁σ₂ and P(X < mode) = σ₁/(σ₁+σ₂)', () => {
    const [mode, s1, s2] = [0.01, 0.02, 0.05];
    const xs = sample({ kind: 'two-piece-normal', mode, sdLow: s1, sdHigh: s2 });
    check(xs, mode + Math.sqrt(2 / Math.PI) * (s2 - s1), (1 - 2 / Math.PI) * (s2 - s1) ** 2 + s1 * s2);
    let below = 0;
    for (const x of xs) if (x < mode) below++;
    const p = s1 / (s1 + s2);
    expect(Math.abs(below / N - p)).toBeLessThan(3 * Math.sqrt((p * (1 - p)) / N));
  });

  it('normal and lognormal map z linearly (mean + sd z; mu + sigma z on the log scale)', () => {
    expect(drawFrom(compileDistribution({ kind: 'normal', mean: 0.01, sd: 0.02 }), 1.5)).toBeCloseTo(0.04, 15);
    expect(drawFrom(compileDistribution({ kind: 'lognormal', sigma: 0.1 }), -2)).toBeCloseTo(-0.2, 15);
  });
});

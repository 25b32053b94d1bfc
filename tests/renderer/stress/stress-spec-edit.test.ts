import { describe, expect, it } from 'vitest';
import {
  addEvent,
  clearCorrelation,
  distributionFields,
  distributionSpread,
  distributionValue,
  impliedCorrelation,
  newEvent,
  removeEvent,
  setDistributionField,
  setGrowthDistribution,
  setLoading,
  setParameterDistribution,
  switchDistribution,
  updateEvent,
} from '../../../renderer/lib/stress-spec-edit';
import type { Distribution, UncertaintySpec } from '../../../shared/stress';
import { validateUncertaintySpec } from '../../../shared/stress/validate-stress-spec';
import { seedPlan } from '../seed';
import { FISCAL, LOCAL } from './stress-test-data';

/** The standard deviation of a density on [a, b] by Simpson's rule (2,000 panels): an independent check of the closed forms. */
function sdByQuadrature(pdf: (x: number) => number, a: number, b: number): number {
  const n = 2000;
  const h = (b - a) / n;
  const moment = (f: (x: number) => number): number => {
    let s = f(a) + f(b);
    for (let k = 1; k < n; k++) s += (k % 2 === 1 ? 4 : 2) * f(a + k * h);
    return (s * h) / 3;
  };
  const m1 = moment((x) => x * pdf(x));
  return Math.sqrt(moment((x) => x * x * pdf(x)) - m1 * m1);
}

function triangularPdf(min: number, mode: number, max: number): (x: number) => number {
  return (x) => (x < min || x > max ? 0 : x <= mode ? (2 * (x - min)) / ((max - min) * (mode - min)) : (2 * (max - x)) / ((max - min) * (max - mode)));
}

describe('distribution spread and kind switching', () => {
  it('gives the standard deviation of each kind (closed forms checked by quadrature)', () => {
    expect(distributionSpread({ kind: 'normal', sd: 0.02 })).toBe(0.02);
    expect(distributionSpread({ kind: 'lognormal', sigma: 0.03 })).toBe(0.03);
    expect(distributionSpread({ kind: 'triangular', min: -0.05, mode: 0.01, max: 0.02 })).toBeCloseTo(sdByQuadrature(triangularPdf(-0.05, 0.01, 0.02), -0.05, 0.02), 8);
    expect(distributionSpread({ kind: 'uniform', min: -0.03, max: 0.01 })).toBeCloseTo(sdByQuadrature(() => 1 / 0.04, -0.03, 0.01), 8);
    expect(distributionSpread({ kind: 'two-piece-normal', sdLow: 0.03, sdHigh: 0.01 })).toBe(0.02);
  });

  it('keeps the spread when switching kind, centred on zero', () => {
    const from: Distribution = { kind: 'normal', sd: 0.02 };
    const tri = switchDistribution(from, 'triangular');
    expect(tri).toEqual({ kind: 'triangular', min: -0.04899, mode: 0, max: 0.04899 });
    if (tri.kind === 'triangular') expect(sdByQuadrature(triangularPdf(tri.min, tri.mode, tri.max), tri.min, tri.max)).toBeCloseTo(0.02, 5);
    const uni = switchDistribution(from, 'uniform');
    if (uni.kind === 'uniform') expect((uni.max - uni.min) / Math.sqrt(12)).toBeCloseTo(0.02, 5);
    expect(switchDistribution(from, 'lognormal')).toEqual({ kind: 'lognormal', sigma: 0.02 });
    expect(switchDistribution(from, 'two-piece-normal')).toEqual({ kind: 'two-piece-normal', sdLow: 0.02, sdHigh: 0.02 });
    expect(switchDistribution(undefined, 'normal')).toEqual({ kind: 'normal', sd: 0.01 });
    expect(switchDistribution({ kind: 'normal', sd: 0 }, 'normal', 0.05)).toEqual({ kind: 'normal', sd: 0.05 });
  });
});

describe('distribution fields', () => {
  it('lists each kind’s fields, optional ones marked', () => {
    expect(distributionFields('normal')).toEqual([{ key: 'mean', optional: true }, { key: 'sd', optional: false }]);
    expect(distributionFields('triangular').map((f) => f.key)).toEqual(['min', 'mode', 'max']);
  });

  it('sets a field, clears an optional one, and ignores a field the kind does not have', () => {
    const d: Distribution = { kind: 'normal', sd: 0.02 };
    const withMean = setDistributionField(d, 'mean', -0.01);
    expect(withMean).toEqual({ kind: 'normal', mean: -0.01, sd: 0.02 });
    expect(distributionValue(withMean, 'mean')).toBe(-0.01);
    expect(setDistributionField(withMean, 'mean', undefined)).toEqual(d);
    expect(setDistributionField(d, 'sd', undefined)).toBe(d);
    expect(setDistributionField(d, 'max', 1)).toBe(d);
    expect(distributionValue(d, 'mode')).toBeUndefined();
  });
});

describe('spec edits', () => {
  const plan = seedPlan();
  const scenario = { name: 's', parameters: { share: 0.36 }, indicators: { [LOCAL]: { formula: 'fiscal * share' } } };

  it('adds and removes growth lines and their loadings, leaving {} when nothing is left', () => {
    let spec: UncertaintySpec = setGrowthDistribution({}, FISCAL, { kind: 'normal', sd: 0.02 });
    spec = setLoading(spec, FISCAL, 0.8);
    expect(spec).toEqual({ growth: { [FISCAL]: { kind: 'normal', sd: 0.02 } }, economy: { loadings: { [FISCAL]: 0.8 } } });
    expect(setLoading(spec, FISCAL, 1.7).economy?.loadings[FISCAL]).toBe(1);
    expect(setLoading(spec, FISCAL, 0)).toEqual({ growth: spec.growth });
    expect(setGrowthDistribution(spec, FISCAL, undefined)).toEqual({});
  });

  it('edits parameter distributions and shock events into a spec the engine accepts', () => {
    let spec = setParameterDistribution({}, 'share', { kind: 'uniform', min: -0.02, max: 0.02 });
    spec = addEvent(spec, newEvent(FISCAL));
    spec = addEvent(spec, { ...newEvent(LOCAL), probability: 0.2 });
    spec = updateEvent(spec, 0, { ...newEvent(FISCAL), from: 2022, label: '减税降费' });
    expect(spec.events?.map((e) => [e.indicator, e.probability, e.from])).toEqual([[FISCAL, 0.1, 2022], [LOCAL, 0.2, undefined]]);
    expect(validateUncertaintySpec(plan, scenario, spec).ok).toBe(true);
    spec = removeEvent(removeEvent(spec, 1), 0);
    expect(spec).toEqual({ parameters: { share: { kind: 'uniform', min: -0.02, max: 0.02 } } });
    expect(setParameterDistribution(spec, 'share', undefined)).toEqual({});
  });

  it('implies corr = ρ_i ρ_j + √((1 − ρ_i²)(1 − ρ_j²)) C_ij', () => {
    const spec: UncertaintySpec = { economy: { loadings: { [FISCAL]: 0.8, [LOCAL]: 0.6 } } };
    expect(impliedCorrelation(spec, FISCAL, LOCAL)).toBeCloseTo(0.48, 15);
    const withMatrix: UncertaintySpec = { ...spec, correlation: { indicators: [FISCAL, LOCAL], matrix: [[1, 0.5], [0.5, 1]] } };
    expect(impliedCorrelation(withMatrix, FISCAL, LOCAL)).toBeCloseTo(0.48 + 0.6 * 0.8 * 0.5, 15);
    expect(impliedCorrelation(clearCorrelation(withMatrix), FISCAL, LOCAL)).toBeCloseTo(0.48, 15);
    expect(impliedCorrelation({}, FISCAL, LOCAL)).toBe(0);
  });
});

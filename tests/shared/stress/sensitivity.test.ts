import { describe, expect, it } from 'vitest';
import { sensitivityGrid } from '../../../shared/stress/sensitivity-grid';
import { defaultTornadoSteps, tornado } from '../../../shared/stress/tornado';
import { seedPlan } from '../engine/seed-plan';
import { Phi } from './stress-test-kit';

const plan = seedPlan();
// 地方财政收入 = 财税总收入 × share; 财税 grows 7 %; the 2025 target of 地方 is 6.1 × 1.08^5.
const scenario = { name: 'share', parameters: { share: 0.36 }, indicators: { 'fiscal-revenue-total': { growth: 0.07 }, 'local-fiscal-revenue': { formula: 'fiscal * share' } } };
const T = 6.1 * Math.pow(1.08, 5);
const localGap = (g: number, share: number): number => 16.9 * share * Math.pow(1 + g, 5) - T;

describe('tornado', () => {
  it('moves each assumption by its step and ranks the bars by swing of the 2025 gap', () => {
    const r = tornado(plan, scenario, [
      { assumption: { kind: 'growth', indicator: 'fiscal-revenue-total' }, step: 0.01 },
      { assumption: { kind: 'parameter', name: 'share' }, step: 0.036 },
    ], 'local-fiscal-revenue');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.baseGap).toBeCloseTo(localGap(0.07, 0.36), 10);
    const swingGrowth = localGap(0.08, 0.36) - localGap(0.06, 0.36);
    const swingShare = localGap(0.07, 0.396) - localGap(0.07, 0.324);
    expect(swingShare).toBeGreaterThan(swingGrowth);
    expect(r.bars.map((b) => b.assumption.kind)).toEqual(['parameter', 'growth']);
    expect(r.bars[0]?.swing).toBeCloseTo(swingShare, 10);
    expect(r.bars[1]?.low.value).toBeCloseTo(0.06, 15);
    expect(r.bars[1]?.low.gap).toBeCloseTo(localGap(0.06, 0.36), 10);
  });

  it('suggests steps for what the indicator reads, and refuses bad requests with the field', () => {
    const steps = defaultTornadoSteps(plan, scenario, 'local-fiscal-revenue');
    expect(steps).toContainEqual({ assumption: { kind: 'growth', indicator: 'fiscal-revenue-total' }, step: 0.01 });
    expect(steps).toContainEqual({ assumption: { kind: 'parameter', name: 'share' }, step: expect.closeTo(0.036, 12) });
    expect(steps.some((s) => s.assumption.kind === 'growth' && s.assumption.indicator === 'local-fiscal-revenue')).toBe(false);
    const bad = tornado(plan, scenario, [{ assumption: { kind: 'parameter', name: 'nope' }, step: 1 }], 'local-fiscal-revenue');
    expect(bad.ok ? null : bad.error.path).toBe('steps.0.assumption');
    expect(tornado(plan, scenario, [], 'nope').ok).toBe(false);
  });
});

describe('sensitivity grid', () => {
  it('gap metric: z[j][k] is the 2025 gap with axis A at a[k] and axis B at b[j]', () => {
    const r = sensitivityGrid(plan, scenario, { assumption: { kind: 'growth', indicator: 'fiscal-revenue-total' }, values: [0.05, 0.07, 0.09] }, { assumption: { kind: 'parameter', name: 'share' }, values: [0.3, 0.4] }, { kind: 'gap', indicator: 'local-fiscal-revenue' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.z).toHaveLength(2);
    r.b.forEach((share, j) => r.a.forEach((g, k) => expect(r.z[j]?.[k]).toBeCloseTo(localGap(g, share), 10)));
  });

  it('probability metric: a seeded stress run per cell matches the lognormal closed form within 3 standard errors', () => {
    const paths = 4000;
    const spec = { growth: { 'fiscal-revenue-total': { kind: 'lognormal', sigma: 0.05 } } };
    const r = sensitivityGrid(plan, scenario, { assumption: { kind: 'growth', indicator: 'fiscal-revenue-total' }, values: [0.07, 0.09] }, { assumption: { kind: 'parameter', name: 'share' }, values: [0.36] }, { kind: 'probability', indicator: 'fiscal-revenue-total', spec, paths, seed: 4 });
    if (!r.ok) throw new Error(r.error.message);
    r.a.forEach((g, k) => {
      const p = 1 - Phi((5 * Math.log(1.09 / (1 + g))) / (0.05 * Math.sqrt(5)));
      expect(Math.abs((r.z[0]?.[k] ?? 0) - p)).toBeLessThan(3 * Math.sqrt((p * (1 - p)) / paths));
    });
  });

  it('refuses oversize grids, unknown assumptions and bad specs with the field', () => {
    const axis = { assumption: { kind: 'parameter', name: 'share' } as const, values: Array.from({ length: 51 }, (_, k) => k / 100) };
    const small = { assumption: { kind: 'parameter', name: 'share' } as const, values: [0.3] };
    const big = sensitivityGrid(plan, scenario, axis, small, { kind: 'gap', indicator: 'local-fiscal-revenue' });
    expect(big.ok ? null : big.error.path).toBe('axisA.values');
    const unknown = sensitivityGrid(plan, scenario, small, { assumption: { kind: 'parameter', name: 'nope' }, values: [1] }, { kind: 'gap', indicator: 'local-fiscal-revenue' });
    expect(unknown.ok ? null : unknown.error.path).toBe('axisB.assumption');
    const spec = sensitivityGrid(plan, scenario, small, small, { kind: 'probability', indicator: null, spec: { growth: { gdp: { kind: 'uniform', min: 1, max: 0 } } } });
    expect(spec.ok ? null : spec.error.message).toMatch(/growth\.gdp\.max/);
  });
});

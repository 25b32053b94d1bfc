import { describe, expect, it } from 'vitest';
import { goalSeek } from '../../../shared/engine/goal-seek';
import type { Scenario } from '../../../shared/scenario/scenario-schema';
import { seedPlan } from './seed-plan';

const FISCAL = 'fiscal-revenue-total';
const plan = seedPlan();

describe('goalSeek', () => {
  it('recovers the 9 % uniform growth that closes the 财税 gap', () => {
    const r = goalSeek(plan, { name: 'slow', indicators: { [FISCAL]: { growth: 0.03 } } }, {
      indicator: FISCAL,
      assumption: { kind: 'growth', indicator: FISCAL },
      lo: -0.2,
      hi: 0.5,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Math.abs(r.value - 0.09)).toBeLessThan(1e-9);
    expect(Math.abs(r.gap)).toBeLessThan(1e-8);
    expect(r.scenario.indicators?.[FISCAL]?.growth).toBe(r.value);
    expect(r.result.indicators.find((i) => i.id === FISCAL)?.summary.onTrack).toBe(true);
  });

  it('errors with NO_SOLUTION naming the range and both gaps when the range cannot reach the target', () => {
    const r = goalSeek(plan, { name: 'x' }, { indicator: FISCAL, assumption: { kind: 'growth', indicator: FISCAL }, lo: 0.1, hi: 0.2 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('NO_SOLUTION');
    expect(r.error.message).toContain('[0.1, 0.2]');
    const gapLo = 16.9 * (Math.pow(1.1, 5) - Math.pow(1.09, 5));
    expect(r.error.message).toContain(String(Number(gapLo.toPrecision(6))));
  });

  it('solves growth in chosen years: 16.9 × 1.05³ × (1 + x)² = 16.9 × 1.09⁵', () => {
    const r = goalSeek(plan, { name: 'x', indicators: { [FISCAL]: { growth: 0.05 } } }, {
      indicator: FISCAL,
      assumption: { kind: 'yearGrowth', indicator: FISCAL, years: [2024, 2025] },
      lo: 0,
      hi: 0.5,
    });
    expect(r.ok && r.value).toBeCloseTo(Math.sqrt(Math.pow(1.09, 5) / Math.pow(1.05, 3)) - 1, 9);
  });

  it('solves a level shock size: 1.1⁵ (1 + s) = 1.09⁵', () => {
    const s: Scenario = { name: 'x', indicators: { [FISCAL]: { growth: 0.1, shocks: [{ kind: 'level', from: 2022, size: 0 }] } } };
    const r = goalSeek(plan, s, { indicator: FISCAL, assumption: { kind: 'shock', indicator: FISCAL, index: 0, field: 'size' }, lo: -0.5, hi: 0.5 });
    expect(r.ok && r.value).toBeCloseTo(Math.pow(1.09 / 1.1, 5) - 1, 9);
  });

  it('a dip that is over by the horizon cannot close the gap', () => {
    const s: Scenario = { name: 'x', indicators: { [FISCAL]: { growth: 0.05, shocks: [{ kind: 'dip', year: 2022, depth: 0.1, duration: 1, recovery: 0 }] } } };
    const r = goalSeek(plan, s, { indicator: FISCAL, assumption: { kind: 'shock', indicator: FISCAL, index: 0, field: 'depth' }, lo: -0.5, hi: 0.5 });
    expect(!r.ok && r.error.code).toBe('NO_SOLUTION');
  });

  it('solves a parameter: local = fiscal × share meets 6.1 × 1.08⁵', () => {
    const s: Scenario = { name: 'x', parameters: { share: 0.3 }, indicators: { 'local-fiscal-revenue': { formula: 'fiscal * share' } } };
    const r = goalSeek(plan, s, { indicator: 'local-fiscal-revenue', assumption: { kind: 'parameter', name: 'share' }, lo: 0, hi: 1 });
    expect(r.ok && r.value).toBeCloseTo((6.1 * Math.pow(1.08, 5)) / (16.9 * Math.pow(1.09, 5)), 9);
  });

  it('solves a cumulative target: uniform flow growth g with 10 Σ(1+g)^k = 60', () => {
    const plan60 = seedPlan();
    const inv = plan60.indicators.find((i) => i.id === 'industrial-investment');
    if (inv?.target.kind !== 'cumulative') throw new Error('seed plan changed');
    inv.target.total = 10 * (1.05 + 1.05 ** 2 + 1.05 ** 3 + 1.05 ** 4 + 1.05 ** 5);
    const r = goalSeek(plan60, { name: 'x' }, { indicator: 'industrial-investment', assumption: { kind: 'growth', indicator: 'industrial-investment' }, lo: -0.5, hi: 0.5 });
    expect(r.ok && r.value).toBeCloseTo(0.05, 9);
  });

  it('refuses requests that name nothing', () => {
    const bad = (req: Parameters<typeof goalSeek>[2]) => {
      const r = goalSeek(plan, { name: 'x' }, req);
      return r.ok ? null : r.error.code;
    };
    expect(bad({ indicator: 'nope', assumption: { kind: 'growth', indicator: FISCAL }, lo: 0, hi: 1 })).toBe('BAD_REQUEST');
    expect(bad({ indicator: FISCAL, assumption: { kind: 'parameter', name: 'share' }, lo: 0, hi: 1 })).toBe('BAD_REQUEST');
    expect(bad({ indicator: FISCAL, assumption: { kind: 'shock', indicator: FISCAL, index: 0, field: 'size' }, lo: 0, hi: 1 })).toBe('BAD_REQUEST');
    expect(bad({ indicator: FISCAL, assumption: { kind: 'growth', indicator: FISCAL }, lo: 1, hi: 0 })).toBe('BAD_REQUEST');
    expect(bad({ indicator: FISCAL, assumption: { kind: 'yearGrowth', indicator: FISCAL, years: [2030] }, lo: 0, hi: 1 })).toBe('INVALID_SCENARIO');
  });
});

import { describe, expect, it } from 'vitest';
import { MIN_SUGGESTED_SD, suggestUncertainty } from '../../../shared/stress/calibrate';
import { validateUncertaintySpec } from '../../../shared/stress/validate-stress-spec';
import { seedPlan } from '../engine/seed-plan';

const plan = seedPlan();

describe('uncertainty suggested from the 13th plan record (表1) and the 2015→2020 history', () => {
  const s = suggestUncertainty(plan, { name: 'baseline' });
  const sd = (id: string): number | undefined => {
    const d = s.spec.growth?.[id];
    return d?.kind === 'normal' ? d.sd : undefined;
  };

  it('σ = |achieved − planned| × √5 per line, e.g. 财税 (8 % planned, 5.2 % achieved) ≈ 6.26 % a year', () => {
    expect(sd('fiscal-revenue-total')).toBeCloseTo(0.028 * Math.sqrt(5), 4);
    expect(sd('local-fiscal-revenue')).toBeCloseTo(0.008 * Math.sqrt(5), 4);
    // GDP missed by 0.4 points: 0.4 % × √5 = 0.89 % is below the 1 % floor.
    expect(sd('gdp')).toBe(MIN_SUGGESTED_SD);
    expect(s.rows.find((r) => r.indicator === 'gdp')?.floored).toBe(true);
  });

  it('turns a level row into growth from the 2015 value (亩均税收: 14 → planned 20, achieved 19)', () => {
    const planned = Math.pow(20 / 14, 1 / 5) - 1;
    const achieved = Math.pow(19 / 14, 1 / 5) - 1;
    expect(sd('land-tax-per-mu')).toBeCloseTo(Math.abs(achieved - planned) * Math.sqrt(5), 4);
  });

  it('says where the numbers come from, in Chinese and English, citing 表1 and the history', () => {
    expect(s.source.zh).toContain('表1');
    expect(s.source.zh).toContain('8.0%');
    expect(s.source.zh).toContain('5.2%');
    expect(s.source.zh).toContain('13.1→16.9');
    expect(s.source.en).toMatch(/σ\/√5/);
    expect(s.rows.find((r) => r.indicator === 'fiscal-revenue-total')?.source.en).toContain('第2行');
  });

  it('correlates 财税总收入 and 地方财政收入 by default through the economy factor', () => {
    const l = s.spec.economy?.loadings ?? {};
    expect((l['fiscal-revenue-total'] ?? 0) * (l['local-fiscal-revenue'] ?? 0)).toBeCloseTo(0.64, 12);
    expect(validateUncertaintySpec(plan, { name: 'baseline' }, s.spec).ok).toBe(true);
  });

  it('skips a line whose formula does not read g (local as a share of fiscal)', () => {
    const share = suggestUncertainty(plan, { name: 's', parameters: { share: 0.36 }, indicators: { 'local-fiscal-revenue': { formula: 'fiscal * share' } } });
    expect(share.spec.growth?.['local-fiscal-revenue']).toBeUndefined();
    expect(share.spec.growth?.['fiscal-revenue-total']).toBeDefined();
  });
});

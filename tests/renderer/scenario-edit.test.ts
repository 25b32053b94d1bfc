import { describe, expect, it } from 'vitest';
import {
  addShock,
  removeShock,
  setActual,
  setFormula,
  setGrowth,
  setParameter,
  setYearGrowth,
  updateShock,
} from '../../renderer/lib/scenario-edit';
import { scenarioSchema, type Scenario } from '../../shared/scenario/scenario-schema';

const base: Scenario = { name: 's' };

describe('scenario edits', () => {
  it('sets and clears growth, dropping emptied indicators', () => {
    const a = setGrowth(base, 'gdp', 0.05);
    expect(a.indicators).toEqual({ gdp: { growth: 0.05 } });
    expect(setGrowth(a, 'gdp', undefined)).toEqual({ name: 's' });
    expect(base).toEqual({ name: 's' });
  });

  it('keeps per-year tables keyed by year and removes empty ones', () => {
    let s = setYearGrowth(base, 'gdp', 2023, 0.1);
    s = setActual(s, 'gdp', 2021, 104);
    expect(s.indicators?.['gdp']).toEqual({ yearGrowth: { '2023': 0.1 }, actuals: { '2021': 104 } });
    s = setYearGrowth(s, 'gdp', 2023, undefined);
    expect(s.indicators?.['gdp']).toEqual({ actuals: { '2021': 104 } });
    expect(scenarioSchema.safeParse(s).success).toBe(true);
  });

  it('adds, updates and removes shocks by position', () => {
    let s = addShock(base, 'gdp', { kind: 'level', from: 2022, size: -0.05 });
    s = addShock(s, 'gdp', { kind: 'dip', year: 2022, depth: 0.1, duration: 1, recovery: 2 });
    s = updateShock(s, 'gdp', 0, { kind: 'level', from: 2023, size: -0.03 });
    expect(s.indicators?.['gdp']?.shocks?.[0]).toEqual({ kind: 'level', from: 2023, size: -0.03 });
    s = removeShock(s, 'gdp', 0);
    expect(s.indicators?.['gdp']?.shocks).toEqual([{ kind: 'dip', year: 2022, depth: 0.1, duration: 1, recovery: 2 }]);
    expect(removeShock(s, 'gdp', 0)).toEqual({ name: 's' });
  });

  it('treats a blank formula as none and manages parameters', () => {
    const s = setFormula(base, 'local-fiscal-revenue', 'fiscal * share');
    expect(s.indicators?.['local-fiscal-revenue']?.formula).toBe('fiscal * share');
    expect(setFormula(s, 'local-fiscal-revenue', '   ')).toEqual({ name: 's' });
    const p = setParameter(base, 'share', 0.36);
    expect(p.parameters).toEqual({ share: 0.36 });
    expect(setParameter(p, 'share', undefined)).toEqual({ name: 's' });
  });
});

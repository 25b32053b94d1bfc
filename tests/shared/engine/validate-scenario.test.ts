import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../shared/engine/validate-scenario';
import type { ScenarioIssue } from '../../../shared/engine/engine-types';
import { seedPlan } from './seed-plan';

function issuesOf(json: unknown, plan = seedPlan()): ScenarioIssue[] {
  const v = validateScenario(plan, json);
  if (v.ok) throw new Error('expected the scenario to be refused');
  return v.issues;
}

function pathsOf(json: unknown): string[] {
  return issuesOf(json).map((i) => i.path);
}

describe('validateScenario', () => {
  it('accepts a minimal scenario and returns it parsed', () => {
    const v = validateScenario(seedPlan(), { name: 'ok', kind: 'tuiyan-scenario', schemaVersion: 1 });
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.scenario.name).toBe('ok');
  });

  it('wrong types name the field and what was expected', () => {
    const issues = issuesOf({ name: 'x', indicators: { 'fiscal-revenue-total': { growth: '5%' } } });
    expect(issues).toEqual([{ path: 'indicators.fiscal-revenue-total.growth', message: 'expected number, received string' }]);
  });

  it('a missing name and a non-object document', () => {
    expect(issuesOf({})).toEqual([{ path: 'name', message: 'missing; expected a string' }]);
    expect(pathsOf([1, 2])).toEqual(['(root)']);
    expect(pathsOf(null)).toEqual(['(root)']);
  });

  it('unknown fields are listed with the allowed ones', () => {
    const issues = issuesOf({ name: 'x', indicators: { gdp: { grwth: 0.1 } } });
    expect(issues[0]?.path).toBe('indicators.gdp.grwth');
    expect(issues[0]?.message).toContain('growth, yearGrowth');
    expect(pathsOf({ name: 'x', extra: 1 })).toEqual(['extra']);
    const shock = issuesOf({ name: 'x', indicators: { gdp: { shocks: [{ kind: 'dip', year: 2022, depth: 0.1, duration: 1, recovery: 0, size: 1 }] } } });
    expect(shock[0]?.path).toBe('indicators.gdp.shocks.0.size');
    expect(shock[0]?.message).toContain('depth, duration, recovery');
  });

  it('an unknown indicator id', () => {
    const issues = issuesOf({ name: 'x', indicators: { 'fiscal-revenue': { growth: 0.05 } } });
    expect(issues[0]?.path).toBe('indicators.fiscal-revenue');
    expect(issues[0]?.message).toContain('unknown indicator id');
    expect(issues[0]?.message).toContain('fiscal-revenue-total');
  });

  it('years outside base year + 1 .. horizon', () => {
    expect(pathsOf({ name: 'x', indicators: { gdp: { actuals: { '2020': 100 } } } })).toEqual(['indicators.gdp.actuals.2020']);
    expect(pathsOf({ name: 'x', indicators: { gdp: { actuals: { '2026': 100 } } } })).toEqual(['indicators.gdp.actuals.2026']);
    expect(pathsOf({ name: 'x', horizon: 2023, indicators: { gdp: { yearGrowth: { '2024': 0.1 } } } })).toEqual(['indicators.gdp.yearGrowth.2024']);
    expect(pathsOf({ name: 'x', indicators: { gdp: { shocks: [{ kind: 'level', from: 2019, size: 0.1 }] } } })).toEqual(['indicators.gdp.shocks.0.from']);
    expect(pathsOf({ name: 'x', indicators: { gdp: { shocks: [{ kind: 'growth', from: 2022, to: 2021, delta: 0.1 }] } } })).toEqual(['indicators.gdp.shocks.0.to']);
    expect(pathsOf({ name: 'x', indicators: { gdp: { yearGrowth: { '23': 0.1 } } } })).toEqual(['indicators.gdp.yearGrowth.23']);
    const msg = issuesOf({ name: 'x', indicators: { gdp: { actuals: { '2026': 100 } } } })[0]?.message;
    expect(msg).toContain('2021..2025');
    expect(pathsOf({ name: 'x', horizon: 2040 })).toEqual(['horizon']);
  });

  it('formula errors carry the formula module message', () => {
    const bad = issuesOf({ name: 'x', indicators: { gdp: { formula: 'prev * (1 + ' } } });
    expect(bad[0]?.path).toBe('indicators.gdp.formula');
    expect(bad[0]?.message.length).toBeGreaterThan(0);
    const unknown = issuesOf({ name: 'x', indicators: { gdp: { formula: 'prev * share' } } });
    expect(unknown[0]?.path).toBe('indicators.gdp.formula');
    expect(unknown[0]?.message).toContain('share');
    expect(unknown[0]?.message).toContain('no parameters');
  });

  it('parameter names that clash with built-ins or indicator symbols', () => {
    expect(pathsOf({ name: 'x', parameters: { prev: 1 } })).toEqual(['parameters.prev']);
    expect(pathsOf({ name: 'x', parameters: { fiscal_g: 1 } })).toEqual(['parameters.fiscal_g']);
    expect(pathsOf({ name: 'x', parameters: { 'bad-name': 1 } })).toEqual(['parameters.bad-name']);
  });

  it('a schemaVersion newer than supported says the file was made by a newer Tuiyan', () => {
    const issues = issuesOf({ name: 'x', schemaVersion: 2 });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('schemaVersion');
    expect(issues[0]?.message).toContain('made by a newer Tuiyan');
  });

  it('a plan file given as a scenario is recognised', () => {
    expect(issuesOf({ kind: 'tuiyan-plan', schemaVersion: 1 })[0]?.message).toContain('plan file');
  });

  it('a relative target without any reference is refused when the plan names no default', () => {
    const plan = seedPlan();
    const income = plan.indicators.find((i) => i.id === 'disposable-income');
    if (income?.target.kind !== 'relative') throw new Error('seed plan changed');
    delete income.target.defaultReference;
    const issues = issuesOf({ name: 'x' }, plan);
    expect(issues[0]?.path).toBe('indicators.disposable-income.reference');
    expect(validateScenario(plan, { name: 'x', indicators: { 'disposable-income': { reference: 0.06 } } }).ok).toBe(true);
    expect(issuesOf({ name: 'x', indicators: { 'disposable-income': { reference: { '2021': 0.06 } } } }, plan)[0]?.message).toContain('2022, 2023, 2024, 2025');
  });

  it('a plan symbol that is a built-in formula name is refused', () => {
    const plan = seedPlan();
    const gdp = plan.indicators[0];
    if (!gdp) throw new Error('seed plan changed');
    gdp.symbol = 'g';
    expect(issuesOf({ name: 'x' }, plan).map((i) => i.path)).toEqual(['plan.indicators.0.symbol']);
  });

  it('reports several problems at once', () => {
    const issues = issuesOf({ name: 'x', indicators: { nope: {}, gdp: { actuals: { '2030': 1 } } } });
    expect(issues.map((i) => i.path).sort()).toEqual(['indicators.gdp.actuals.2030', 'indicators.nope']);
  });
});

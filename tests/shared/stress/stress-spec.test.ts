import { describe, expect, it } from 'vitest';
import { prepareStress } from '../../../shared/stress/prepare-stress';
import { validateUncertaintySpec } from '../../../shared/stress/validate-stress-spec';
import { seedPlan } from '../engine/seed-plan';

const plan = seedPlan();
const base = { name: 'base' };
const F = 'fiscal-revenue-total';

function issues(spec: unknown, scenario: object = base): { path: string; message: string }[] {
  const r = validateUncertaintySpec(plan, { name: 'x', ...scenario }, spec);
  return r.ok ? [] : r.issues;
}

describe('uncertainty spec validation', () => {
  it('accepts an empty spec and a full one', () => {
    expect(issues({})).toEqual([]);
    expect(issues({ growth: { [F]: { kind: 'two-piece-normal', sdLow: 0.02, sdHigh: 0.01 } }, events: [{ indicator: F, probability: 0.05, size: { kind: 'triangular', min: -0.1, mode: -0.05, max: 0 } }] })).toEqual([]);
  });

  it('refuses a negative spread naming the field', () => {
    const [i] = issues({ growth: { [F]: { kind: 'normal', sd: -0.01 } } });
    expect(i?.path).toBe(`growth.${F}.sd`);
    expect(i?.message).toMatch(/spread of 0 or more/);
    expect(issues({ growth: { [F]: { kind: 'two-piece-normal', sdLow: 0.01, sdHigh: -1 } } })[0]?.path).toBe(`growth.${F}.sdHigh`);
  });

  it('refuses min above max and a mode outside [min, max]', () => {
    const [u] = issues({ growth: { [F]: { kind: 'uniform', min: 0.02, max: -0.01 } } });
    expect(u).toEqual({ path: `growth.${F}.max`, message: 'max (-0.01) must be above min (0.02)' });
    const [t] = issues({ parameters: { share: { kind: 'triangular', min: 0, mode: 0.5, max: 0.1 } } }, { parameters: { share: 0.36 } });
    expect(t?.path).toBe('parameters.share.mode');
    expect(t?.message).toMatch(/must lie between min \(0\) and max \(0\.1\)/);
  });

  it('refuses a probability above 1 or below 0', () => {
    const [p] = issues({ events: [{ indicator: F, probability: 1.5, size: { kind: 'normal', sd: 0.01 } }] });
    expect(p).toEqual({ path: 'events.0.probability', message: 'a probability per year from 0 to 1' });
    expect(issues({ events: [{ indicator: F, probability: -0.1, size: { kind: 'normal', sd: 0.01 } }] })[0]?.path).toBe('events.0.probability');
  });

  it('refuses unknown kinds, fields, indicators, parameters and years with the field named', () => {
    expect(issues({ growth: { [F]: { kind: 'cauchy', scale: 1 } } })[0]).toEqual({ path: `growth.${F}.kind`, message: 'unknown kind; expected one of normal, lognormal, triangular, uniform, two-piece-normal' });
    expect(issues({ growth: { [F]: { kind: 'normal', sd: 0.01, skew: 1 } } })[0]?.message).toMatch(/unknown field.*skew/);
    expect(issues({ growth: { nope: { kind: 'normal', sd: 0.01 } } })[0]).toMatchObject({ path: 'growth.nope', message: expect.stringMatching(/unknown indicator id "nope"/) });
    expect(issues({ parameters: { share: { kind: 'normal', sd: 0.01 } } })[0]).toMatchObject({ path: 'parameters.share', message: expect.stringMatching(/no parameter "share"/) });
    expect(issues({ events: [{ indicator: F, probability: 0.1, size: { kind: 'normal', sd: 0.01 }, from: 2030 }] })[0]?.path).toBe('events.0.from');
    expect(issues([])[0]?.path).toBe('(root)');
  });

  it('refuses a correlation matrix that is not positive definite', () => {
    const [i] = issues({
      growth: { gdp: { kind: 'normal', sd: 0.01 }, [F]: { kind: 'normal', sd: 0.05 }, 'local-fiscal-revenue': { kind: 'normal', sd: 0.03 } },
      correlation: { indicators: ['gdp', F, 'local-fiscal-revenue'], matrix: [[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]] },
    });
    expect(i?.path).toBe('correlation.matrix');
    expect(i?.message).toMatch(/not positive definite/);
    expect(issues({ economy: { loadings: { [F]: 1.2 } } })[0]?.path).toBe(`economy.loadings.${F}`);
  });

  it('warns (without refusing) about uncertainty that cannot move anything', () => {
    const r = validateUncertaintySpec(plan, { name: 's', parameters: { share: 0.36 }, indicators: { 'local-fiscal-revenue': { formula: 'fiscal * share' } } }, { growth: { 'local-fiscal-revenue': { kind: 'normal', sd: 0.02 } } });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings[0]?.message).toMatch(/does not read g/);
  });

  it('refuses bad run options naming paths and seed', () => {
    const r = prepareStress(plan, base, {}, { paths: 2_000_000, seed: -1 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(['paths', 'seed']);
    const s = prepareStress(plan, { name: 'x', indicators: { nope: {} } }, {}, { paths: 10, seed: 1 });
    if (!s.ok) expect(s.issues[0]?.path).toBe('scenario.indicators.nope');
  });
});

import { describe, expect, it } from 'vitest';
import { simulateStress } from '../../../shared/stress/simulate-stress';
import { seedPlan } from '../engine/seed-plan';

const plan = seedPlan();
const F = 'fiscal-revenue-total';
const scenario = { name: 'bad', parameters: { share: 0.36 }, indicators: { 'local-fiscal-revenue': { formula: 'fiscal * share' } } };

/** The problems a run is refused with (each path and message), or [] when it runs. */
function refusal(spec: unknown): { path: string; message: string }[] {
  const r = simulateStress(plan, scenario, spec, { paths: 10, seed: 1 });
  return r.ok ? [] : r.issues;
}

describe('a run refuses invalid distribution parameters, naming each field', () => {
  it('a negative spread of every kind that has one', () => {
    const issues = refusal({
      growth: {
        gdp: { kind: 'normal', sd: -0.01 },
        [F]: { kind: 'lognormal', sigma: -0.02 },
        'land-tax-per-mu': { kind: 'two-piece-normal', sdLow: -0.01, sdHigh: 0.01 },
      },
      parameters: { share: { kind: 'normal', sd: -0.05 } },
    });
    expect(issues.map((i) => i.path).sort()).toEqual([`growth.${F}.sigma`, 'growth.gdp.sd', 'growth.land-tax-per-mu.sdLow', 'parameters.share.sd']);
    for (const i of issues) expect(i.message).toMatch(/spread.*0 or more/);
  });

  it('min above max (uniform, triangular) and a mode outside the range, with both values in the message', () => {
    expect(refusal({ parameters: { share: { kind: 'uniform', min: 0.4, max: 0.3 } } })).toEqual([{ path: 'parameters.share.max', message: 'max (0.3) must be above min (0.4)' }]);
    expect(refusal({ growth: { [F]: { kind: 'triangular', min: 0.02, mode: 0, max: -0.02 } } })).toEqual([{ path: `growth.${F}.max`, message: 'max (-0.02) must be above min (0.02)' }]);
    expect(refusal({ growth: { [F]: { kind: 'triangular', min: -0.02, mode: 0.05, max: 0.02 } } })).toEqual([{ path: `growth.${F}.mode`, message: 'mode (0.05) must lie between min (-0.02) and max (0.02)' }]);
  });

  it('a shock probability above 1 and a shock size with a negative spread, in the same refusal', () => {
    const issues = refusal({ events: [{ indicator: F, probability: 1.2, size: { kind: 'normal', mean: -0.05, sd: -0.02 } }] });
    expect(issues).toEqual([
      { path: 'events.0.probability', message: 'a probability per year from 0 to 1' },
      { path: 'events.0.size.sd', message: expect.stringMatching(/spread of 0 or more/) },
    ]);
  });

  it('a loading outside −1..1 and a spread wider than 100 percentage points a year', () => {
    expect(refusal({ economy: { loadings: { [F]: 1.5 } } })).toEqual([{ path: `economy.loadings.${F}`, message: 'a loading from −1 to 1' }]);
    expect(refusal({ growth: { [F]: { kind: 'normal', sd: 1.5 } } })[0]?.path).toBe(`growth.${F}.sd`);
  });

  it('runs once the fields are fixed', () => {
    expect(refusal({ growth: { [F]: { kind: 'uniform', min: -0.02, max: 0.02 } }, events: [{ indicator: F, probability: 0.2, size: { kind: 'normal', sd: 0.02 } }] })).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { prepareModel } from '../../../shared/engine/prepare-model';
import { projectInto } from '../../../shared/engine/project-kernel';
import { horizonGap } from '../../../shared/engine/target-path';
import { ScenarioError } from '../../../shared/engine/scenario-error';
import { seedPlan } from './seed-plan';

describe('projectInto (the kernel a Monte Carlo engine reuses)', () => {
  const plan = seedPlan();
  const model = prepareModel(plan, { name: 'baseline' });
  const fiscal = model.indicators.findIndex((i) => i.id === 'fiscal-revenue-total');
  const local = model.indicators.findIndex((i) => i.id === 'local-fiscal-revenue');

  it('fills the flat value array i × nYears + t', () => {
    const out = new Float64Array(model.nInd * model.nYears);
    projectInto(model, null, out);
    expect(model.nYears).toBe(6);
    expect(out[fiscal * 6]).toBe(16.9);
    expect(out[fiscal * 6 + 5]).toBeCloseTo(16.9 * Math.pow(1.09, 5), 12);
    expect(horizonGap(model, out, fiscal)).toBeCloseTo(0, 10);
  });

  it('a growth override replaces the model growth, path by path, without touching the model', () => {
    const out = new Float64Array(model.nInd * model.nYears);
    const draw = Float64Array.from(model.growth);
    for (let t = 1; t < model.nYears; t++) draw[fiscal * model.nYears + t] = 0.05;
    projectInto(model, draw, out);
    expect(out[fiscal * 6 + 5]).toBeCloseTo(16.9 * Math.pow(1.05, 5), 12);
    expect(horizonGap(model, out, fiscal)).toBeCloseTo(16.9 * (Math.pow(1.05, 5) - Math.pow(1.09, 5)), 10);
    expect(out[local * 6 + 5]).toBeCloseTo(6.1 * Math.pow(1.08, 5), 12);
    projectInto(model, null, out);
    expect(out[fiscal * 6 + 5]).toBeCloseTo(16.9 * Math.pow(1.09, 5), 12);
  });

  it('prepareModel throws a ScenarioError with the issues for a scenario that does not fit', () => {
    expect(() => prepareModel(plan, { name: 'x', indicators: { nope: {} } })).toThrow(ScenarioError);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultJointSets, jointSetIssues, MAX_JOINT_SETS } from '../../../shared/stress/joint-sets';
import { prepareStress } from '../../../shared/stress/prepare-stress';
import { simulateStress } from '../../../shared/stress/simulate-stress';
import type { JointSet, StressResult } from '../../../shared/stress/stress-types';
import { seedPlan } from '../engine/seed-plan';
import { stressInd } from './stress-test-kit';

const plan = seedPlan();
const FISCAL = 'fiscal-revenue-total';
const LOCAL = 'local-fiscal-revenue';
const PAIR: JointSet = { id: 'revenue', indicators: [FISCAL, LOCAL] };
const N = 60_000;

// Both revenue lines grow at their target rates (9 % and 8 %) with lognormal noise, 1 + g_t = (1 + r) e^{σ Z_t}, so
// ln V_2025 = ln V_2020 + 5 ln(1 + r) + σ Σ Z_t: the target is the median. Loadings 0.9 and 0.5 on the economy factor
// give corr(Z_f, Z_l) = 0.45 every year, hence also between the five-year sums. GDP is uncertain as well but outside
// the pair: it can only lower the all-targets joint, never the pair's.
const RHO = 0.9 * 0.5;
const scenario = { name: 'pair', indicators: { [FISCAL]: { growth: 0.09 }, [LOCAL]: { growth: 0.08 } } };
const spec = {
  growth: { gdp: { kind: 'normal', sd: 0.02 }, [FISCAL]: { kind: 'lognormal', sigma: 0.05 }, [LOCAL]: { kind: 'lognormal', sigma: 0.04 } },
  economy: { loadings: { [FISCAL]: 0.9, [LOCAL]: 0.5 } },
};

function run(sets: readonly JointSet[], joint?: string[], paths = N): StressResult {
  const r = simulateStress(plan, scenario, spec, { paths, seed: 17, joint, jointSets: sets });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.result;
}

describe('joint sets counted on the same paths', () => {
  const result = run([PAIR, { id: 'fiscal only', indicators: [FISCAL] }, { id: 'with gdp', indicators: ['gdp', FISCAL, LOCAL] }]);
  const [pair, fiscalOnly, withGdp] = result.jointSets;

  it('both revenue lines at their median meet together with probability 1/4 + asin(ρ)/(2π), within 3 standard errors', () => {
    const p = 0.25 + Math.asin(RHO) / (2 * Math.PI);
    expect(pair?.id).toBe('revenue');
    expect(pair?.indicators).toEqual([FISCAL, LOCAL]);
    expect(Math.abs((pair?.probability ?? 0) - p)).toBeLessThan(3 * Math.sqrt((p * (1 - p)) / N));
    expect(pair?.met).toBe(Math.round((pair?.probability ?? 0) * N));
    const q = pair?.probability ?? 0;
    expect(pair?.standardError).toBeCloseTo(Math.sqrt((q * (1 - q)) / N), 15);
  });

  it('a set of one indicator counts exactly its paths; adding indicators or taking all targets can only lose paths', () => {
    expect(fiscalOnly?.met).toBe(stressInd(result, FISCAL).met);
    expect(pair?.met).toBeLessThanOrEqual(Math.min(stressInd(result, FISCAL).met, stressInd(result, LOCAL).met));
    expect(withGdp?.met).toBeLessThan(pair?.met ?? 0);
    expect(result.jointMet).toBeLessThanOrEqual(withGdp?.met ?? 0);
    expect(result.jointIndicators).toHaveLength(plan.indicators.length);
  });

  it('a set equal to the `joint` option counts the same paths as the all-targets joint', () => {
    const r = run([PAIR], [FISCAL, LOCAL], 20_000);
    expect(r.jointSets[0]?.met).toBe(r.jointMet);
    expect(r.jointSets[0]?.probability).toBe(r.jointProbability);
  });

  it('without joint sets the result has none, and the all-targets figures are the same as with them', () => {
    const without = run([]);
    expect(without.jointSets).toEqual([]);
    expect(without.jointMet).toBe(result.jointMet);
    expect(without.indicators).toEqual(result.indicators);
  });
});

describe('default joint sets', () => {
  it('are the revenue pair on the seed plan', () => {
    expect(defaultJointSets(plan)).toEqual([{ id: 'revenue', indicators: [FISCAL, LOCAL] }]);
  });

  it('are none on a plan without both revenue lines, and such a plan runs without an error', () => {
    const other = { ...plan, indicators: plan.indicators.filter((i) => i.id !== LOCAL) };
    expect(defaultJointSets(other)).toEqual([]);
    const r = simulateStress(other, { name: 'other town' }, { growth: { [FISCAL]: { kind: 'normal', sd: 0.02 } } }, { paths: 500, seed: 1, jointSets: defaultJointSets(other) });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.result.jointSets).toEqual([]);
  });
});

describe('invalid joint sets are refused, naming the field', () => {
  const ids = plan.indicators.map((i) => i.id);

  it('one message per problem with its path', () => {
    const issues = jointSetIssues(
      [
        { id: 'a', indicators: [FISCAL, 'nope'] },
        { id: 'a', indicators: [] },
        { id: '', indicators: [LOCAL, LOCAL] },
        'pair',
      ],
      ids,
    );
    expect(issues).toEqual([
      { path: 'jointSets.0.indicators.1', message: expect.stringMatching(/^unknown indicator id "nope"; the plan has gdp, fiscal-revenue-total, /) },
      { path: 'jointSets.1.id', message: '"a" is already the id of jointSets.0' },
      { path: 'jointSets.1.indicators', message: 'expected at least one indicator id' },
      { path: 'jointSets.2.id', message: 'expected a non-empty id' },
      { path: 'jointSets.2.indicators.1', message: `"${LOCAL}" is listed twice in this set` },
      { path: 'jointSets.3', message: 'expected a set { id, indicators }' },
    ]);
    expect(jointSetIssues({ id: 'x' }, ids)).toEqual([{ path: 'jointSets', message: 'expected a list of sets { id, indicators }' }]);
    expect(jointSetIssues(undefined, ids)).toEqual([]);
  });

  it(`at most ${MAX_JOINT_SETS} sets`, () => {
    const nine = Array.from({ length: 9 }, (_, k) => ({ id: `s${k}`, indicators: [FISCAL] }));
    expect(MAX_JOINT_SETS).toBe(8);
    expect(jointSetIssues(nine, ids)).toEqual([{ path: 'jointSets', message: 'at most 8 joint sets, got 9' }]);
    expect(jointSetIssues(nine.slice(0, 8), ids)).toEqual([]);
  });

  it('a run with a bad set is refused before it starts', () => {
    const r = prepareStress(plan, scenario, spec, { paths: 100, seed: 1, jointSets: [{ id: 'revenue', indicators: [FISCAL, 'local'] }] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual(['jointSets.0.indicators.1']);
  });
});

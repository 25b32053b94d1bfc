import { describe, expect, it } from 'vitest';
import { project, projectBaseline } from '../../renderer/lib/projection';
import { setGrowth } from '../../renderer/lib/scenario-edit';
import { seedPlan } from './seed';

const FISCAL = 'fiscal-revenue-total';

function endValue(run: ReturnType<typeof project>): number {
  if (!run.ok) throw new Error('does not run');
  return run.result.indicators.find((i) => i.id === FISCAL)?.summary.endValue ?? Number.NaN;
}

describe('project', () => {
  it('projects each scenario object once: asking again gives the same answer without running the engine', () => {
    const plan = seedPlan();
    const s = setGrowth({ name: 's' }, FISCAL, 0.052);
    const first = project(plan, s);
    expect(endValue(first)).toBeCloseTo(16.9 * Math.pow(1.052, 5), 9);
    expect(project(plan, s)).toBe(first);
  });

  it('projects an edit (a new scenario object) afresh, and the same scenario against another plan afresh', () => {
    const plan = seedPlan();
    const s = setGrowth({ name: 's' }, FISCAL, 0.052);
    const before = project(plan, s);
    const edited = setGrowth(s, FISCAL, 0.07);
    expect(endValue(project(plan, edited))).toBeCloseTo(16.9 * Math.pow(1.07, 5), 9);
    const other = seedPlan();
    const again = project(other, s);
    expect(again).not.toBe(before);
    expect(endValue(again)).toBeCloseTo(16.9 * Math.pow(1.052, 5), 9);
  });

  it('keeps a refusal too, and the baseline grows at the target rate', () => {
    const plan = seedPlan();
    const broken = { name: 'x', indicators: { [FISCAL]: { formula: 'nope * 2' } } };
    const refused = project(plan, broken);
    expect(refused.ok).toBe(false);
    expect(project(plan, broken)).toBe(refused);
    expect(endValue(projectBaseline(plan))).toBeCloseTo(16.9 * Math.pow(1.09, 5), 9);
  });
});

import { describe, expect, it } from 'vitest';
import { project } from '../../renderer/lib/projection';
import { setGrowth } from '../../renderer/lib/scenario-edit';
import { buildVarianceRows } from '../../renderer/lib/variance';
import { seedPlan } from './seed';

describe('buildVarianceRows', () => {
  it('gives each scenario’s horizon value and its difference from the frozen baseline', () => {
    const plan = seedPlan();
    const base = project(plan, { name: 'b' });
    const slow = project(plan, setGrowth({ name: 'slow' }, 'fiscal-revenue-total', 0.052));
    if (!base.ok || !slow.ok) throw new Error('runs');
    const rows = buildVarianceRows(base.result, [slow.result, base.result], 'zh-CN');
    expect(rows[0]!.id).toBe('fiscal-revenue-total');
    const end = 16.9 * Math.pow(1.052, 5);
    const b = 16.9 * Math.pow(1.09, 5);
    expect(rows[0]!.baseline).toBe('26.00\u00a0亿元');
    expect(rows[0]!.cells[0]!.raw.vsBaseline).toBeCloseTo(end - b, 9);
    expect(rows[0]!.cells[0]!.vsBaseline).toBe('\u22124.23\u00a0亿元');
    expect(rows[0]!.cells[0]!.vsBaselinePct).toBe(`\u2212${(((b - end) / b) * 100).toFixed(1)}%`);
    expect(rows[0]!.cells[1]!.vsBaseline).toBe('0.00\u00a0亿元');
    expect(rows[1]!.cells[0]!.vsBaseline).toBe('0.00\u00a0亿元');
  });
});

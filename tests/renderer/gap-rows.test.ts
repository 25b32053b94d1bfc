import { describe, expect, it } from 'vitest';
import { buildGapRows, orderIndicators } from '../../renderer/lib/gap-rows';
import { project } from '../../renderer/lib/projection';
import { setActual, setGrowth } from '../../renderer/lib/scenario-edit';
import { seedPlan } from './seed';

const plan = seedPlan();
const FISCAL = 'fiscal-revenue-total';
const LOCAL = 'local-fiscal-revenue';
const NBSP = '\u00a0';

function rowsFor(scenario: Parameters<typeof project>[1], lang: 'zh-CN' | 'en' = 'zh-CN') {
  const run = project(plan, scenario);
  if (!run.ok) throw new Error(run.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
  return buildGapRows(run.result, lang);
}

describe('orderIndicators', () => {
  it('puts 财税总收入 and 地方财政收入 first, the rest in plan order', () => {
    const ids = orderIndicators(plan.indicators).map((i) => i.id);
    expect(ids.slice(0, 2)).toEqual([FISCAL, LOCAL]);
    const rest = plan.indicators.map((i) => i.id).filter((id) => id !== FISCAL && id !== LOCAL);
    expect(ids.slice(2)).toEqual(rest);
  });
});

describe('gap panel rows from a real engine run', () => {
  it('reads the seed baseline: 26.00 against 26.00 亿元, 8.96 against 8.96', () => {
    const rows = rowsFor({ name: 'baseline' });
    const fiscal = rows[0]!;
    const local = rows[1]!;
    // 16.9 × 1.09^5 = 26.0027…, 6.1 × 1.08^5 = 8.9629…
    expect(fiscal.name).toBe('财税总收入');
    expect(fiscal.projected).toBe(`26.00${NBSP}亿元`);
    expect(fiscal.target).toBe(`26.00${NBSP}亿元`);
    expect(fiscal.gap).toBe(`0.00${NBSP}亿元`);
    expect(fiscal.onTrack).toBe(true);
    expect(fiscal.required).toBe('9.0%');
    expect(local.projected).toBe(`8.96${NBSP}亿元`);
    expect(local.target).toBe(`8.96${NBSP}亿元`);
    expect(rows.every((r) => r.onTrack)).toBe(true);
  });

  it('财税 at 5.2 % a year ends at 21.78, 4.23 below the target', () => {
    const rows = rowsFor(setGrowth({ name: 's' }, FISCAL, 0.052));
    const fiscal = rows[0]!;
    const end = 16.9 * Math.pow(1.052, 5);
    const target = 16.9 * Math.pow(1.09, 5);
    expect(end).toBeCloseTo(21.7754, 4);
    expect(fiscal.raw.endValue).toBeCloseTo(end, 9);
    expect(fiscal.projected).toBe(`21.78${NBSP}亿元`);
    expect(fiscal.gap).toBe(`\u22124.23${NBSP}亿元`);
    expect(fiscal.gapPct).toBe(`\u2212${(((target - end) / target) * 100).toFixed(1)}%`);
    expect(fiscal.onTrack).toBe(false);
  });

  it('a flat 2021 actual raises the growth needed to 1.09^(5/4) − 1 over 2022–2025', () => {
    const rows = rowsFor(setActual({ name: 's' }, FISCAL, 2021, 16.9));
    const fiscal = rows[0]!;
    expect(fiscal.raw.requiredCagr).toBeCloseTo(Math.pow(1.09, 5 / 4) - 1, 9);
    expect(fiscal.required).toBe('11.4%');
    expect(fiscal.requiredFrom).toBe(2021);
  });

  it('labels units in English too', () => {
    const rows = rowsFor({ name: 'baseline' }, 'en');
    expect(rows[0]!.name).toBe('Total fiscal and tax revenue');
    expect(rows[0]!.projected).toBe(`26.00${NBSP}100 million yuan`);
  });
});

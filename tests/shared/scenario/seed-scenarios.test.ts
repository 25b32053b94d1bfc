import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../../shared/scenario/scenario-schema';
import { validateScenario } from '../../../shared/engine/validate-scenario';
import { ind, project, seedPlan, valueAt } from '../engine/seed-plan';

const dir = fileURLToPath(new URL('../../../seeds/scenarios/', import.meta.url));

function load(name: string): unknown {
  return JSON.parse(readFileSync(`${dir}${name}`, 'utf8'));
}

describe('example scenarios in seeds/scenarios', () => {
  it('every file parses and fits the seed plan', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const f of files) {
      expect(scenarioSchema.safeParse(load(f)).success).toBe(true);
      expect(validateScenario(seedPlan(), load(f)).ok).toBe(true);
    }
  });

  it('13th-plan pace: the rates are the seed history averages to 0.1 pp, and 财税 falls 4.2274 short', () => {
    const r = project(load('13th-plan-pace.json'));
    const plan = seedPlan();
    const hist = (id: string) => {
      const i = plan.indicators.find((x) => x.id === id);
      const a = i?.history.find((h) => h.year === 2015)?.value ?? Number.NaN;
      const b = i?.history.find((h) => h.year === 2020)?.value ?? Number.NaN;
      return Math.pow(b / a, 1 / 5) - 1;
    };
    expect(Math.abs(hist('fiscal-revenue-total') - 0.052)).toBeLessThan(0.001);
    expect(Math.abs(hist('local-fiscal-revenue') - 0.088)).toBeLessThan(0.001);
    expect(ind(r, 'fiscal-revenue-total').summary.gap).toBeCloseTo(16.9 * (Math.pow(1.052, 5) - Math.pow(1.09, 5)), 10);
    expect(ind(r, 'fiscal-revenue-total').summary.gap).toBeCloseTo(-4.2274, 4);
    expect(ind(r, 'local-fiscal-revenue').summary.endValue).toBeCloseTo(6.1 * Math.pow(1.088, 5), 10);
    expect(ind(r, 'local-fiscal-revenue').summary.onTrack).toBe(true);
  });

  it('tax cut and epidemic: values by hand from the level and dip multipliers', () => {
    const r = project(load('tax-cut-and-epidemic.json'));
    const f = (y: number) => 16.9 * Math.pow(1.09, y - 2020);
    expect(valueAt(r, 'fiscal-revenue-total', 2021)).toBeCloseTo(f(2021), 12);
    expect(valueAt(r, 'fiscal-revenue-total', 2022)).toBeCloseTo(f(2022) * 0.95 * 0.92, 12);
    expect(valueAt(r, 'fiscal-revenue-total', 2023)).toBeCloseTo(f(2023) * 0.95 * (1 - 0.08 * (2 / 3)), 12);
    expect(valueAt(r, 'fiscal-revenue-total', 2024)).toBeCloseTo(f(2024) * 0.95 * (1 - 0.08 / 3), 12);
    expect(valueAt(r, 'fiscal-revenue-total', 2025)).toBeCloseTo(f(2025) * 0.95, 12);
    expect(ind(r, 'local-fiscal-revenue').summary.gap).toBeCloseTo(-0.05 * 6.1 * Math.pow(1.08, 5), 12);
    expect(valueAt(r, 'gdp', 2022)).toBeCloseTo(100 * 1.07 * 1.07 * 0.95, 10);
    expect(valueAt(r, 'gdp', 2023)).toBeCloseTo(100 * Math.pow(1.07, 3) * 0.975, 10);
    expect(ind(r, 'disposable-income').summary.gap).toBeCloseTo(0, 9);
    expect(valueAt(r, 'disposable-income', 2022)).toBeCloseTo(100 * 1.07 * 1.07 * 0.95, 10);
  });

  it('local share of fiscal: 地方财政收入 = 财税总收入 × share every projected year', () => {
    const r = project(load('local-share-of-fiscal.json'));
    for (let y = 2021; y <= 2025; y++) {
      expect(valueAt(r, 'local-fiscal-revenue', y)).toBeCloseTo(16.9 * Math.pow(1.07, y - 2020) * 0.36, 12);
    }
    expect(ind(r, 'local-fiscal-revenue').summary.onTrack).toBe(16.9 * Math.pow(1.07, 5) * 0.36 >= 6.1 * Math.pow(1.08, 5));
  });
});

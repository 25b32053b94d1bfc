import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateUncertaintySpec } from '../../../shared/stress/validate-stress-spec';
import { scenarioSchema } from '../../../shared/scenario/scenario-schema';
import { seedPlan } from '../engine/seed-plan';

const specDir = fileURLToPath(new URL('../../../seeds/uncertainty/', import.meta.url));
const scenarioDir = fileURLToPath(new URL('../../../seeds/scenarios/', import.meta.url));

function load(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('example uncertainty specs in seeds/uncertainty', () => {
  it('each one is accepted, without warnings, for the baseline and for the tax-cut scenario', () => {
    const specs = readdirSync(specDir).filter((f) => f.endsWith('.json'));
    expect(specs.length).toBeGreaterThanOrEqual(1);
    const scenarios = [scenarioSchema.parse({ name: 'baseline', indicators: {} }), scenarioSchema.parse(load(`${scenarioDir}tax-cut-and-epidemic.json`))];
    for (const f of specs) {
      for (const scenario of scenarios) {
        const r = validateUncertaintySpec(seedPlan(), scenario, load(`${specDir}${f}`));
        expect(r.ok ? r.warnings : r.issues, f).toEqual([]);
      }
    }
  });
});

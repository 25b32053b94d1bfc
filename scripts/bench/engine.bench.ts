import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluate } from 'mathjs';
import type { PreparedModel } from '../../shared/engine/engine-types';
import { prepareModel } from '../../shared/engine/prepare-model';
import { projectInto } from '../../shared/engine/project-kernel';
import { runModel } from '../../shared/engine/run-model';
import { issuesText } from '../../shared/engine/scenario-error';
import { validateScenario } from '../../shared/engine/validate-scenario';
import { planSchema, type Plan } from '../../shared/plan/plan-schema';

const root = new URL('../../', import.meta.url);

function readJson(rel: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(rel, root)), 'utf8'));
}

/** Median of per-call times in µs: `batches` batches of `perBatch` calls each, after a warm-up. */
function medianMicros(fn: () => void, batches: number, perBatch: number): number {
  for (let k = 0; k < perBatch * 5; k++) fn();
  const times: number[] = [];
  for (let b = 0; b < batches; b++) {
    const start = process.hrtime.bigint();
    for (let k = 0; k < perBatch; k++) fn();
    times.push(Number(process.hrtime.bigint() - start) / 1000 / perBatch);
  }
  times.sort((x, y) => x - y);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** The same projection as the kernel, but every formula evaluated by mathjs's own `evaluate` (parse + evaluate) per year. */
function projectWithMathjs(model: PreparedModel, out: Float64Array): void {
  const { nInd, nYears } = model;
  const scope: Record<string, number> = { ...model.scenario.parameters };
  const trend = new Float64Array(nInd);
  for (let i = 0; i < nInd; i++) {
    out[i * nYears] = model.base[i] ?? 0;
    trend[i] = model.base[i] ?? 0;
  }
  for (let t = 1; t < nYears; t++) {
    scope.year = model.baseYear + t;
    scope.t = t;
    model.indicators.forEach((ind, i) => {
      const prev = out[i * nYears + t - 1] ?? 0;
      scope[ind.symbol] = prev;
      scope[`${ind.symbol}_prev`] = prev;
      scope[`${ind.symbol}_g`] = 0;
    });
    for (const i of model.order) {
      const ind = model.indicators[i];
      if (!ind) continue;
      const idx = i * nYears + t;
      const m = model.multiplier[idx] ?? 1;
      let value: number;
      let tr: number;
      if (model.actualMask[idx] === 1) {
        value = model.actual[idx] ?? 0;
        tr = value / m;
      } else {
        let g = model.growth[idx] ?? 0;
        if (model.growthFromRef[idx] === 1) {
          const r = model.refIndex[i] ?? 0;
          g += (out[r * nYears + t] ?? 0) / (out[r * nYears + t - 1] ?? 0) - 1;
        }
        scope.prev = trend[i] ?? 0;
        scope.base = model.base[i] ?? 0;
        scope.g = g;
        const result: unknown = evaluate(ind.formulaSource ?? 'prev * (1 + g)', scope);
        tr = typeof result === 'number' ? result : Number.NaN;
        value = tr * m;
      }
      trend[i] = tr;
      out[idx] = value;
      scope[ind.symbol] = value;
      scope[`${ind.symbol}_g`] = value / (out[idx - 1] ?? 0) - 1;
    }
  }
}

function prepared(plan: Plan, json: unknown): PreparedModel {
  const v = validateScenario(plan, json);
  if (!v.ok) throw new Error(issuesText(v.issues, '; '));
  return prepareModel(plan, v.scenario);
}

/** Times a full engine run of all indicators (median µs) and compares the kernel with mathjs `evaluate` on the same formulas. */
export async function run(): Promise<void> {
  const plan = planSchema.parse(readJson('seeds/chedun-14th-plan.json'));
  const cases: [string, unknown][] = [
    ['baseline', { name: 'baseline' }],
    ['tax-cut-and-epidemic', readJson('seeds/scenarios/tax-cut-and-epidemic.json')],
    ['local-share-of-fiscal (formula)', readJson('seeds/scenarios/local-share-of-fiscal.json')],
  ];
  for (const [label, json] of cases) {
    const model = prepared(plan, json);
    const out = new Float64Array(model.nInd * model.nYears);
    const check = new Float64Array(out.length);
    projectInto(model, null, out);
    projectWithMathjs(model, check);
    const maxDiff = out.reduce((m, v, k) => Math.max(m, Math.abs(v - (check[k] ?? 0))), 0);
    const prepareUs = medianMicros(() => prepareModel(plan, model.scenario), 31, 200);
    const runUs = medianMicros(() => runModel(model), 51, 500);
    const kernelUs = medianMicros(() => projectInto(model, null, out), 51, 2000);
    const mathjsUs = medianMicros(() => projectWithMathjs(model, check), 11, 5);
    const line = [
      `${label}: ${model.nInd} indicators × ${model.nYears - 1} years`,
      `runModel ${runUs.toFixed(2)} µs (budget 1000 µs)`,
      `kernel ${kernelUs.toFixed(2)} µs`,
      `prepareModel ${prepareUs.toFixed(2)} µs`,
      `mathjs evaluate ${mathjsUs.toFixed(0)} µs = ${(mathjsUs / kernelUs).toFixed(0)}× kernel, ${(mathjsUs / runUs).toFixed(0)}× runModel`,
      `max |kernel − mathjs| ${maxDiff.toExponential(1)}`,
    ];
    process.stdout.write(`${line.join(' · ')}\n`);
  }
}

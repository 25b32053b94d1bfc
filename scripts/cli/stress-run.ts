import type { Bilingual, Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { suggestUncertainty } from '../../shared/stress/calibrate';
import { defaultJointSets } from '../../shared/stress/joint-sets';
import { simulateStress } from '../../shared/stress/simulate-stress';
import type { StressResult } from '../../shared/stress/stress-types';
import { validateUncertaintySpec } from '../../shared/stress/validate-stress-spec';
import { readJsonFile } from './read-json-file';
import type { StressCliOptions } from './stress-args';

/** A finished CLI stress run: the result, the spec used and where it came from. */
export interface CliStress {
  result: StressResult;
  spec: unknown;
  from: 'file' | 'suggested';
  file: string | null;
  note: Bilingual;
}

/**
 * Runs the stress test for `run --paths`: the spec from --uncertainty FILE (validated against the plan and scenario,
 * each problem as `FILE: path: message`), else the suggestion calibrated on the plan's 表1 record. In this thread
 * (the numbers equal a worker run's), with the plan's default joint sets (the revenue pair when it has both lines).
 * Warnings about parts of the spec that move nothing go to `warnings`.
 */
export function runCliStress(plan: Plan, scenario: Scenario, options: StressCliOptions): { ok: true; stress: CliStress; warnings: string[] } | { ok: false; problems: string[] } {
  let spec: unknown;
  let note: Bilingual;
  const warnings: string[] = [];
  if (options.uncertainty !== null) {
    const file = options.uncertainty;
    const read = readJsonFile(file);
    if (!read.ok) return { ok: false, problems: [read.message] };
    const checked = validateUncertaintySpec(plan, scenario, read.value);
    if (!checked.ok) return { ok: false, problems: checked.issues.map((i) => `${file}: ${i.path}: ${i.message}`) };
    warnings.push(...checked.warnings.map((w) => `${file}: ${w.path}: ${w.message}`));
    spec = checked.spec;
    note = { zh: `不确定性来自文件 ${file}`, en: `uncertainty from the file ${file}` };
  } else {
    const suggestion = suggestUncertainty(plan, scenario);
    spec = suggestion.spec;
    note = suggestion.source;
  }
  const run = simulateStress(plan, scenario, spec, { paths: options.paths, seed: options.seed, jointSets: defaultJointSets(plan) });
  if (!run.ok) return { ok: false, problems: run.issues.map((i) => `${i.path}: ${i.message}`) };
  return { ok: true, stress: { result: run.result, spec, from: options.uncertainty === null ? 'suggested' : 'file', file: options.uncertainty, note }, warnings };
}

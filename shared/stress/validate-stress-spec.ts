import type { z } from 'zod';
import type { PreparedModel, ScenarioIssue } from '../engine/engine-types';
import { formatIssuePath } from '../engine/validate-scenario';
import { tryPrepareModel } from '../engine/prepare-model';
import type { Plan } from '../plan/plan-schema';
import type { Scenario } from '../scenario/scenario-schema';
import { correlationMatrixIssues } from './correlation';
import { uncertaintySpecSchema, type UncertaintySpec } from './stress-schema';

/** A usable spec with the notes on parts that have no effect, or every problem found (each with its dotted path). */
export type SpecValidation = { ok: true; spec: UncertaintySpec; warnings: ScenarioIssue[] } | { ok: false; issues: ScenarioIssue[] };

function fromZod(issue: z.core.$ZodIssue): ScenarioIssue {
  const path = formatIssuePath(issue.path);
  if (issue.code === 'unrecognized_keys') return { path, message: `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    return { path, message: `unknown kind; expected one of ${issue.options.join(', ')}` };
  }
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) return { path, message: `missing; expected a ${issue.expected}` };
  return { path, message: issue.message.replace(/^Invalid input: /, '') };
}

/** Parses an untrusted uncertainty spec (parsed JSON) against the schema alone; never throws. */
export function parseUncertaintySpec(json: unknown): { ok: true; spec: UncertaintySpec } | { ok: false; issues: ScenarioIssue[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, issues: [{ path: '(root)', message: 'expected a JSON object (an uncertainty spec, possibly empty: {})' }] };
  }
  const r = uncertaintySpecSchema.safeParse(json);
  return r.success ? { ok: true, spec: r.data } : { ok: false, issues: r.error.issues.map(fromZod) };
}

function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Whether indicator i's value responds to its growth g: the default `prev * (1 + g)` or a formula that reads g. */
export function readsGrowth(model: PreparedModel, i: number): boolean {
  const f = model.formulas[i];
  return f === null || f === undefined || f.uses.includes('g');
}

/**
 * Checks a parsed spec against a prepared scenario: indicator ids and parameter names must exist, event years lie
 * in baseYear + 1..horizon, the correlation matrix be square, symmetric, unit-diagonal and positive definite.
 * Parts that exist but cannot move anything (a growth distribution on a formula that does not read g, a loading
 * for an indicator without a growth distribution, a parameter no formula reads) come back as warnings.
 */
export function checkUncertaintySpec(model: PreparedModel, spec: UncertaintySpec): { issues: ScenarioIssue[]; warnings: ScenarioIssue[] } {
  const issues: ScenarioIssue[] = [];
  const warnings: ScenarioIssue[] = [];
  const ids = model.indicators.map((i) => i.id);
  const index = new Map(ids.map((id, i) => [id, i] as const));
  const known = ids.join(', ');
  const unknown = (path: string, id: string): void => {
    issues.push({ path, message: `unknown indicator id "${id}"; the plan has ${known}` });
  };
  for (const id of Object.keys(spec.growth ?? {})) {
    const i = index.get(id);
    if (i === undefined) unknown(`growth.${id}`, id);
    else if (!readsGrowth(model, i)) {
      warnings.push({ path: `growth.${id}`, message: `the formula of ${id} (${model.indicators[i]?.formulaSource ?? ''}) does not read g, so this growth uncertainty has no effect; make a parameter of the formula uncertain instead` });
    }
  }
  const first = model.baseYear + 1;
  (spec.events ?? []).forEach((e, k) => {
    if (!index.has(e.indicator)) unknown(`events.${k}.indicator`, e.indicator);
    for (const field of ['from', 'to'] as const) {
      const y = e[field];
      if (y !== undefined && (y < first || y > model.horizon)) issues.push({ path: `events.${k}.${field}`, message: `the year ${y} lies outside the projection ${first}..${model.horizon}` });
    }
  });
  const params = model.scenario.parameters ?? {};
  const used = new Set(model.formulas.flatMap((f) => (f ? [...f.uses] : [])));
  for (const name of Object.keys(spec.parameters ?? {})) {
    if (own(params, name) === undefined) {
      const have = Object.keys(params);
      issues.push({ path: `parameters.${name}`, message: `the scenario has no parameter "${name}"; ${have.length > 0 ? `it has ${have.join(', ')}` : 'it declares none'}` });
    } else if (!used.has(name)) {
      warnings.push({ path: `parameters.${name}`, message: `no formula of the scenario reads ${name}, so its uncertainty has no effect` });
    }
  }
  const growthIds = new Set(Object.keys(spec.growth ?? {}));
  const noGrowth = (path: string, id: string): void => {
    warnings.push({ path, message: `${id} has no growth distribution, so its correlation has no effect; give it one under growth` });
  };
  for (const id of Object.keys(spec.economy?.loadings ?? {})) {
    if (!index.has(id)) unknown(`economy.loadings.${id}`, id);
    else if (!growthIds.has(id)) noGrowth(`economy.loadings.${id}`, id);
  }
  const corr = spec.correlation;
  if (corr) {
    const seen = new Set<string>();
    corr.indicators.forEach((id, k) => {
      if (!index.has(id)) unknown(`correlation.indicators.${k}`, id);
      else if (seen.has(id)) issues.push({ path: `correlation.indicators.${k}`, message: `${id} is listed twice` });
      else if (!growthIds.has(id)) noGrowth(`correlation.indicators.${k}`, id);
      seen.add(id);
    });
    for (const m of correlationMatrixIssues(corr.matrix, corr.indicators)) issues.push({ path: `correlation.${m.path}`, message: m.message });
  }
  return { issues, warnings };
}

/**
 * Validates an untrusted uncertainty spec for a plan and scenario: the schema (spreads ≥ 0, min < max, mode inside
 * [min, max], probabilities in [0, 1], loadings and correlations in [−1, 1]) and then `checkUncertaintySpec`.
 * A scenario that does not prepare is reported with paths prefixed `scenario.`. Never throws.
 */
export function validateUncertaintySpec(plan: Plan, scenario: Scenario, json: unknown): SpecValidation {
  const parsed = parseUncertaintySpec(json);
  if (!parsed.ok) return parsed;
  const prepared = tryPrepareModel(plan, scenario);
  if (!prepared.ok) return { ok: false, issues: prepared.issues.map((i) => ({ path: `scenario.${i.path}`, message: i.message })) };
  const checked = checkUncertaintySpec(prepared.model, parsed.spec);
  return checked.issues.length > 0 ? { ok: false, issues: checked.issues } : { ok: true, spec: parsed.spec, warnings: checked.warnings };
}

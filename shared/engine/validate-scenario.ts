import type { z } from 'zod';
import type { Plan } from '../plan/plan-schema';
import {
  SCENARIO_SCHEMA_VERSION,
  dipShockSchema,
  growthShockSchema,
  indicatorAssumptionsSchema,
  levelShockSchema,
  scenarioSchema,
  type Scenario,
} from '../scenario/scenario-schema';
import type { ScenarioIssue } from './engine-types';
import { tryPrepareModel } from './prepare-model';

/** A scenario that fits the plan, or every problem found, each with its dotted JSON path. */
export type ScenarioValidation = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

/** Joins a zod path into the dotted form used in messages; the whole document is `(root)`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map((p) => String(p)).join('.');
}

function allowedKeys(path: readonly PropertyKey[], json: unknown): string[] {
  if (path.length === 0) return Object.keys(scenarioSchema.shape);
  if (path.length === 2 && path[0] === 'indicators') return Object.keys(indicatorAssumptionsSchema.shape);
  if (path.length === 4 && path[2] === 'shocks') {
    let node: unknown = json;
    for (const p of path) node = typeof node === 'object' && node !== null ? Reflect.get(node, p) : undefined;
    const kind = typeof node === 'object' && node !== null ? Reflect.get(node, 'kind') : undefined;
    if (kind === 'level') return Object.keys(levelShockSchema.shape);
    if (kind === 'dip') return Object.keys(dipShockSchema.shape);
    if (kind === 'growth') return Object.keys(growthShockSchema.shape);
  }
  return [];
}

function fromZod(issue: z.core.$ZodIssue, json: unknown): ScenarioIssue[] {
  const path = formatIssuePath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(issue.path, json);
    const hint = allowed.length > 0 ? `; expected one of ${allowed.join(', ')}` : '';
    return issue.keys.map((k) => ({ path: formatIssuePath([...issue.path, k]), message: `unknown field "${k}"${hint}` }));
  }
  if (issue.code === 'invalid_key') {
    const inner = issue.issues.map((i) => i.message).join('; ');
    return [{ path, message: `invalid key: expected ${inner}` }];
  }
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
    return [{ path, message: `missing; expected a ${issue.expected}` }];
  }
  return [{ path, message: issue.message.replace(/^Invalid input: /, '') }];
}

function unknownIds(plan: Plan, json: object): ScenarioIssue[] {
  const indicators: unknown = Reflect.get(json, 'indicators');
  if (typeof indicators !== 'object' || indicators === null) return [];
  const known = new Set(plan.indicators.map((i) => i.id));
  return Object.keys(indicators)
    .filter((id) => !known.has(id))
    .map((id) => ({ path: `indicators.${id}`, message: `unknown indicator id "${id}"; the plan has ${[...known].join(', ')}` }));
}

/**
 * Checks an untrusted scenario document (parsed JSON) against the scenario schema and the plan: shape and
 * ranges (zod), a schemaVersion newer than this build reads, unknown indicator ids, years outside
 * baseYear + 1..horizon, formula errors, parameter names, missing references and dependency cycles.
 * Never throws; each issue names its path, e.g. `indicators.fiscal-revenue-total.growth`.
 */
export function validateScenario(plan: Plan, json: unknown): ScenarioValidation {
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    const version: unknown = Reflect.get(json, 'schemaVersion');
    if (typeof version === 'number' && version > SCENARIO_SCHEMA_VERSION) {
      return {
        ok: false,
        issues: [{
          path: 'schemaVersion',
          message: `this scenario was made by a newer Tuiyan (format version ${version}; this version reads up to ${SCENARIO_SCHEMA_VERSION}); update Tuiyan to open it`,
        }],
      };
    }
    if (Reflect.get(json, 'kind') === 'tuiyan-plan') {
      return { ok: false, issues: [{ path: 'kind', message: 'this is a plan file, not a scenario (expected kind "tuiyan-scenario" or none)' }] };
    }
  } else {
    return { ok: false, issues: [{ path: '(root)', message: 'expected a JSON object with at least a "name"' }] };
  }
  const parsed = scenarioSchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: [...parsed.error.issues.flatMap((i) => fromZod(i, json)), ...unknownIds(plan, json)] };
  const prepared = tryPrepareModel(plan, parsed.data);
  return prepared.ok ? { ok: true, scenario: parsed.data } : { ok: false, issues: prepared.issues };
}

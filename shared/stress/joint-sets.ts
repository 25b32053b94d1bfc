import type { ScenarioIssue } from '../engine/engine-types';
import type { Plan } from '../plan/plan-schema';
import type { JointSet } from './stress-types';

/** Most extra joint sets one run may ask for: each adds a counter per path, and the view shows one card per set. */
export const MAX_JOINT_SETS = 8;

/** Id of the revenue pair: 财税总收入 and 地方财政收入 both meeting their targets on the same path. */
export const REVENUE_JOINT_SET = 'revenue';

/** The indicator ids of the revenue pair, in the order the cards and tables name them. */
export const REVENUE_PAIR: readonly string[] = ['fiscal-revenue-total', 'local-fiscal-revenue'];

/**
 * The joint sets the workbench and the CLI ask for: the revenue pair (the finance officers' first question) when
 * the plan has both of its ids, else none, so another town's plan runs without it and without an error.
 */
export function defaultJointSets(plan: Plan): JointSet[] {
  const ids = new Set(plan.indicators.map((i) => i.id));
  return REVENUE_PAIR.every((id) => ids.has(id)) ? [{ id: REVENUE_JOINT_SET, indicators: [...REVENUE_PAIR] }] : [];
}

function setIssues(set: unknown, k: number, ids: readonly string[], seen: Map<string, number>): ScenarioIssue[] {
  const at = `jointSets.${k}`;
  if (typeof set !== 'object' || set === null || Array.isArray(set)) return [{ path: at, message: 'expected a set { id, indicators }' }];
  const issues: ScenarioIssue[] = [];
  const id: unknown = Reflect.get(set, 'id');
  if (typeof id !== 'string' || id.trim() === '') {
    issues.push({ path: `${at}.id`, message: 'expected a non-empty id' });
  } else {
    const first = seen.get(id);
    if (first !== undefined) issues.push({ path: `${at}.id`, message: `"${id}" is already the id of jointSets.${first}` });
    else seen.set(id, k);
  }
  const members: unknown = Reflect.get(set, 'indicators');
  if (!Array.isArray(members) || members.length === 0) {
    issues.push({ path: `${at}.indicators`, message: 'expected at least one indicator id' });
    return issues;
  }
  members.forEach((m: unknown, j) => {
    const path = `${at}.indicators.${j}`;
    if (typeof m !== 'string' || !ids.includes(m)) {
      issues.push({ path, message: `unknown indicator id ${JSON.stringify(m)}; the plan has ${ids.join(', ')}` });
    } else if (members.indexOf(m) < j) {
      issues.push({ path, message: `"${m}" is listed twice in this set` });
    }
  });
  return issues;
}

/**
 * Every problem with the extra joint sets of a run, each with its path (`jointSets`, `jointSets.1.id`,
 * `jointSets.0.indicators.2`): not a list, more than MAX_JOINT_SETS sets, an empty or repeated id, a set without
 * indicators, an id the plan does not have (`ids`) or listed twice. Takes the value unchecked (it may come
 * from a worker message or a file); empty when the sets are usable or absent.
 */
export function jointSetIssues(sets: unknown, ids: readonly string[]): ScenarioIssue[] {
  if (sets === undefined) return [];
  if (!Array.isArray(sets)) return [{ path: 'jointSets', message: 'expected a list of sets { id, indicators }' }];
  const issues: ScenarioIssue[] = [];
  if (sets.length > MAX_JOINT_SETS) issues.push({ path: 'jointSets', message: `at most ${MAX_JOINT_SETS} joint sets, got ${sets.length}` });
  const seen = new Map<string, number>();
  sets.forEach((set: unknown, k) => issues.push(...setIssues(set, k, ids, seen)));
  return issues;
}

import type { z } from 'zod';
import { scenarioSchema, type Scenario } from '../../shared/scenario/scenario-schema';
import { StoreError } from './store-types';

/** "indicators.gdp.growth: a growth rate below 1000 %" for the first few issues of a zod error. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const parts = error.issues.slice(0, max).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    return `${where}: ${issue.message}`;
  });
  const more = error.issues.length > max ? ` (and ${String(error.issues.length - max)} more)` : '';
  return parts.join('; ') + more;
}

/** Validates a scenario coming into the store; bad input is StoreError INVALID naming the field. */
export function acceptScenario(input: unknown): Scenario {
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) throw new StoreError('INVALID', `The scenario is not valid: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/**
 * Parses and validates a stored scenario version on its way out. A row that is not JSON or fails the schema is
 * StoreError DAMAGED naming the scenario and version, never a raw SyntaxError or ZodError.
 */
export function readStoredScenario(json: string, owner: { id: string; name: string }, version: number): Scenario {
  const who = `Scenario "${owner.name}" (${owner.id}, version ${String(version)})`;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new StoreError('DAMAGED', `${who} is damaged: its stored text is not JSON.`);
  }
  const parsed = scenarioSchema.safeParse(raw);
  if (!parsed.success) {
    throw new StoreError(
      'DAMAGED',
      `${who} is damaged: ${describeIssues(parsed.error)}`,
    );
  }
  return parsed.data;
}

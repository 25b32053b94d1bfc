import type { z } from 'zod';
import type { ApiError } from '../../shared/api/types';
import { dottedPath } from './payload-screen';

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function describe(issue: z.core.$ZodIssue): { path: readonly PropertyKey[]; message: string } {
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    return { path: [...issue.path, key], message: `unknown field "${cut(key, 60)}"` };
  }
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message)) {
    return { path: issue.path, message: `missing; expected ${issue.expected === 'object' ? 'an' : 'a'} ${issue.expected}` };
  }
  if (issue.code === 'invalid_key') {
    return { path: issue.path, message: `invalid name: ${issue.issues.map((i) => i.message.replace(/^Invalid input: /, '')).join('; ')}` };
  }
  return { path: issue.path, message: issue.message.replace(/^Invalid input: /, '') };
}

/**
 * Turns the first zod issue into an INVALID_PAYLOAD error whose message names the field in dotted form
 * (`scenario.indicators.gdp.growth: expected number, received string`). `prefix` is prepended to the path
 * when the schema checked a part of the payload.
 */
export function issueToApiError(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): ApiError {
  const first = issues[0];
  if (!first) return { code: 'INVALID_PAYLOAD', message: '(root): invalid payload', path: '(root)' };
  const { path, message } = describe(first);
  const at = dottedPath([...prefix, ...path]);
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return { code: 'INVALID_PAYLOAD', message: cut(`${at}: ${message}${more}`, 2000), path: at };
}

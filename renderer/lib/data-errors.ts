import { ApiFailure } from '../api/api-failure';
import type { Translate } from './translate';

/** Error codes the data & backups calls can answer with, each with its own wording under `data.errors`. */
const KNOWN_CODES = ['NETWORK', 'CONFLICT', 'NOT_FOUND', 'DAMAGED', 'IO', 'INVALID_PAYLOAD', 'INVALID', 'TOO_NEW'];

/**
 * A failed backup, restore or status call as a sentence in the UI language: the code's own wording (a backup,
 * not a scenario, was not found; the file is in use elsewhere…), the field when the backend named one, then the
 * backend's message. Anything that is not an ApiFailure reads as a generic failure, never a stack trace.
 */
export function dataErrorText(err: unknown, t: Translate): string {
  if (!(err instanceof ApiFailure)) return t('data.errors.unexpected');
  const lead = t(KNOWN_CODES.includes(err.code) ? `data.errors.${err.code}` : 'data.errors.other');
  const where = err.path ? t('data.errors.field', { path: err.path }) : '';
  return `${lead}${where} ${err.message}`.trim();
}

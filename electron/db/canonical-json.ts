import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/util/canonical-json';

export { canonicalJson };

/** SHA-256 (hex) of the canonical JSON of `value`: a content hash independent of key order. */
export function contentHash(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

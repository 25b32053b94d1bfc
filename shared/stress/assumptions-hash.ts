import type { Plan } from '../plan/plan-schema';
import type { Scenario } from '../scenario/scenario-schema';
import { canonicalJson } from '../util/canonical-json';

/**
 * FNV-1a 64-bit hash (offset basis 0xcbf29ce484222325, prime 2^40 + 0x1b3) of the UTF-8 bytes of `text`, as 16
 * lower-case hex digits. Computed on two 32-bit halves, so it needs neither BigInt nor a crypto library.
 */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  const step = (byte: number): void => {
    lo ^= byte;
    const low = (lo >>> 0) * 0x1b3;
    const carry = Math.floor(low / 0x100000000);
    hi = ((hi >>> 0) * 0x1b3 + carry + ((lo << 8) >>> 0)) % 0x100000000;
    lo = low % 0x100000000;
  };
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) step(c);
    else if (c < 0x800) {
      step(0xc0 | (c >> 6));
      step(0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      step(0xe0 | (c >> 12));
      step(0x80 | ((c >> 6) & 0x3f));
      step(0x80 | (c & 0x3f));
    } else {
      step(0xf0 | (c >> 18));
      step(0x80 | ((c >> 12) & 0x3f));
      step(0x80 | ((c >> 6) & 0x3f));
      step(0x80 | (c & 0x3f));
    }
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

/**
 * A deterministic fingerprint of everything a stress run's numbers depend on besides seed and path count: FNV-1a 64
 * over the canonical JSON of { plan, scenario, spec }. Saved with a run; when the scenario or its uncertainty
 * changes the hash changes, so the store can mark the old runs stale. Key order does not matter.
 */
export function assumptionsHash(plan: Plan, scenario: Scenario, spec: unknown): string {
  return fnv1a64(canonicalJson({ plan, scenario, spec }));
}

import { describe, expect, it } from 'vitest';
import { assumptionsHash, fnv1a64 } from '../../../shared/stress/assumptions-hash';
import { canonicalJson } from '../../../shared/util/canonical-json';
import { seedPlan } from '../engine/seed-plan';

/** FNV-1a 64 written independently with BigInt over the UTF-8 bytes. */
function reference(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(text)) {
    h ^= BigInt(b);
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

describe('assumptionsHash', () => {
  it('FNV-1a 64 matches the published test vectors and an independent BigInt implementation', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
    for (const s of ['财税总收入 16.9 亿元', '{"a":1}', '😀 emoji', 'x'.repeat(1000)]) expect(fnv1a64(s)).toBe(reference(s));
  });

  it('does not depend on key order, and changes when the scenario or the spec changes', () => {
    const plan = seedPlan();
    const a = assumptionsHash(plan, { name: 's', parameters: { a: 1, b: 2 } }, { growth: { gdp: { kind: 'normal', sd: 0.01 } } });
    const b = assumptionsHash(plan, { parameters: { b: 2, a: 1 }, name: 's' }, { growth: { gdp: { sd: 0.01, kind: 'normal' } } });
    expect(a).toBe(b);
    expect(assumptionsHash(plan, { name: 's', parameters: { a: 1, b: 3 } }, { growth: { gdp: { kind: 'normal', sd: 0.01 } } })).not.toBe(a);
    expect(assumptionsHash(plan, { name: 's', parameters: { a: 1, b: 2 } }, { growth: { gdp: { kind: 'normal', sd: 0.02 } } })).not.toBe(a);
    expect(canonicalJson({ b: [2, { d: 1, c: 0 }], a: undefined })).toBe('{"b":[2,{"c":0,"d":1}]}');
  });
});

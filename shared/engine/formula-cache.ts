import { compileFormula } from '../formula/compile-formula';
import type { CompileResult } from '../formula/formula-types';

const MAX_ENTRIES = 512;
const cache = new Map<string, CompileResult>();

/**
 * compileFormula with a cache keyed by the symbol list and the source, so re-preparing a scenario
 * (goal seek, every edit in the UI) does not parse the same formula again. Results are immutable closures;
 * the oldest entry is dropped past 512 entries.
 */
export function compileCached(source: string, symbols: readonly string[]): CompileResult {
  const key = `${symbols.join(',')}\n${source}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = compileFormula(source, symbols);
  if (cache.size >= MAX_ENTRIES) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
  cache.set(key, result);
  return result;
}

import type { FormulaError } from './formula-types';

/** Longest formula source accepted, in characters (UTF-16 code units). */
export const MAX_FORMULA_LENGTH = 1000;
/** Deepest node tree accepted (the root is depth 1); also the deepest bracket nesting. */
export const MAX_FORMULA_DEPTH = 32;
/** Most nodes a formula tree may have. */
export const MAX_FORMULA_NODES = 500;

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

/**
 * Checks that need no parsing: empty source, length and bracket nesting. Runs before mathjs sees the text,
 * so a 100 kB paste is refused at once and a deeply bracketed input cannot exhaust the parser's stack.
 * Returns null when the source may be parsed.
 */
export function precheckFormula(source: string): FormulaError | null {
  if (source.length > MAX_FORMULA_LENGTH) {
    return { code: 'FORMULA_TOO_LONG', message: '', start: MAX_FORMULA_LENGTH, end: source.length };
  }
  if (source.trim() === '') return { code: 'FORMULA_EMPTY', message: '' };
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source.charAt(i);
    if (OPENERS.has(ch)) {
      depth++;
      if (depth > MAX_FORMULA_DEPTH) return { code: 'FORMULA_TOO_DEEP', message: '', start: i, end: i + 1 };
    } else if (CLOSERS.has(ch) && depth > 0) {
      depth--;
    }
  }
  return null;
}

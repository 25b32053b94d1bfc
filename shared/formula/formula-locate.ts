/** A lexical token of a formula source with its character offsets (0-based, end exclusive). */
export interface SourceToken {
  kind: 'name' | 'number' | 'string' | 'op';
  text: string;
  start: number;
  end: number;
}

const NAME_START = /[A-Za-z_$\u00C0-\u02AF\u0370-\u03FF\u2100-\u214F]/;
const NAME_PART = /[\w$\u00C0-\u02AF\u0370-\u03FF\u2100-\u214F]/;
const NUMBER = /^(0[xXbBoO][0-9a-fA-F.]+(i\d+)?|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)/;
const OPERATORS = ['>>>', '<<', '>>', '==', '!=', '<=', '>=', '.*', './', '.^', '?.', '^|'];

/**
 * Splits a formula into tokens roughly as mathjs does, only to find where a named part sits in the source:
 * mathjs nodes carry no positions. Comments and blanks are skipped; newlines and `;` are kept as operators.
 */
export function tokenizeFormula(source: string): SourceToken[] {
  const tokens: SourceToken[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source.charAt(i);
    if (ch === '#') {
      while (i < source.length && source.charAt(i) !== '\n') i++;
    } else if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
    } else if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < source.length && source.charAt(j) !== ch) j += source.charAt(j) === '\\' ? 2 : 1;
      const end = Math.min(j + 1, source.length);
      tokens.push({ kind: 'string', text: source.slice(i, end), start: i, end });
      i = end;
    } else if (NAME_START.test(ch)) {
      let j = i + 1;
      while (j < source.length && NAME_PART.test(source.charAt(j))) j++;
      tokens.push({ kind: 'name', text: source.slice(i, j), start: i, end: j });
      i = j;
    } else {
      const num = /[\d.]/.test(ch) ? NUMBER.exec(source.slice(i, i + 64)) : null;
      if (num && num[0] !== '.') {
        tokens.push({ kind: 'number', text: num[0], start: i, end: i + num[0].length });
        i += num[0].length;
        continue;
      }
      const op = OPERATORS.find((o) => source.startsWith(o, i)) ?? ch;
      tokens.push({ kind: 'op', text: op, start: i, end: i + op.length });
      i += op.length;
    }
  }
  return tokens;
}

/** What to look for: a token of this kind, with this exact text unless `text` is left out. */
export interface TokenQuery {
  kind: SourceToken['kind'];
  text?: string;
}

/** Offsets of the first token matching the query, or undefined when the source holds none. */
export function locateToken(source: string, query: TokenQuery): { start: number; end: number } | undefined {
  const hit = tokenizeFormula(source).find((t) => t.kind === query.kind && (query.text === undefined || t.text === query.text));
  return hit ? { start: hit.start, end: hit.end } : undefined;
}

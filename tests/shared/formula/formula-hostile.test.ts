import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFormula, compileFormula } from '../../../shared/formula/compile-formula';
import { describeFormulaError } from '../../../shared/formula/formula-messages';
import type { FormulaError } from '../../../shared/formula/formula-types';

const SYMBOLS = ['prev', 'base', 'year', 't', 'g', 'a', 'x'];
const CODES = ['FORMULA_EMPTY', 'FORMULA_SYNTAX', 'FORMULA_FORBIDDEN', 'FORMULA_UNKNOWN_SYMBOL', 'FORMULA_TOO_LONG', 'FORMULA_TOO_DEEP'];

function refusal(source: string, symbols: readonly string[] = SYMBOLS): FormulaError {
  const r = compileFormula(source, symbols);
  if (r.ok) throw new Error(`${source} was accepted`);
  expect(checkFormula(source, symbols)).toEqual(r.error);
  return r.error;
}

describe('hostile formulas are refused, naming the part', () => {
  it.each([
    ['import({}, {override:true})', 'function', 'import'],
    ['createUnit("x")', 'function', 'createUnit'],
    ['evaluate("1")', 'function', 'evaluate'],
    ['parse("1")', 'function', 'parse'],
    ['simplify("x")', 'function', 'simplify'],
    ['a.constructor', 'accessor', 'constructor'],
    ['a?.constructor', 'accessor', 'constructor'],
    ['a["constructor"]', 'accessor', 'constructor'],
    ['x[1]', 'accessor', 'x[1]'],
    ['__proto__', 'reserved-name', '__proto__'],
    ['constructor', 'reserved-name', 'constructor'],
    ['toString(1)', 'reserved-name', 'toString'],
    ['1:1e12', 'range', ':'],
    ['1e9!', 'operator', '!'],
    ["a'", 'operator', "'"],
    ['a mod 2', 'operator', 'mod'],
    ['a % 2', 'operator', '%'],
    ['a & x', 'operator', '&'],
    ['a xor x', 'operator', 'xor'],
    ['a .* x', 'operator', '.*'],
    ['5 cm to inch', 'operator', 'to'],
    ['[1,2]', 'matrix', '[1, 2]'],
    ['{a:1}', 'object', 'a'],
    ['"str"', 'string', 'str'],
    ["'str'", 'string', 'str'],
    ['f(x)=x', 'function-definition', 'f(x)'],
    ['x=1', 'assignment', 'x = 1'],
    ['5 cm', 'unit', 'cm'],
    ['true', 'boolean', 'true'],
    ['null', 'no-value', 'null'],
    ['Infinity', 'non-finite', 'Infinity'],
    ['1e400', 'non-finite', '1e400'],
    ['a; x', 'statements', ''],
    ['a\nx', 'statements', ''],
    ['mxa(a, 1)', 'function', 'mxa'],
    ['prev(1 + g)', 'function', 'prev'],
    ['log()', 'arguments', 'log'],
    ['pow(2)', 'arguments', 'pow'],
    ['clamp(1, 2)', 'arguments', 'clamp'],
  ])('%s → FORMULA_FORBIDDEN (%s)', (source, construct, part) => {
    const err = refusal(source);
    expect(err.code).toBe('FORMULA_FORBIDDEN');
    expect(err.construct).toBe(construct);
    expect(err.part).toContain(part);
    expect(err.message).toContain(part);
    expect(describeFormulaError(err, 'zh')).toContain(part);
    expect(describeFormulaError(err, 'en')).toContain(part);
  });

  it('refuses names every object inherits even when they are declared', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const err = refusal(`${name} + 1`, [...SYMBOLS, name]);
      expect(err.code).toBe('FORMULA_FORBIDDEN');
      expect(err.part).toBe(name);
      expect(err.start).toBe(0);
      expect(err.end).toBe(name.length);
    }
  });

  it('locates the refused part in the source', () => {
    expect(refusal('prev + 5 cm')).toMatchObject({ start: 9, end: 11 });
    expect(refusal('1 + a.constructor')).toMatchObject({ start: 5, end: 6 });
    expect(refusal('max(a, evaluate("1"))')).toMatchObject({ start: 7, end: 15 });
    expect(refusal('g + gpd_g')).toMatchObject({ start: 4, end: 9 });
  });

  it('names unknown symbols and suggests the nearest declared one', () => {
    const err = refusal('prev * (1 + gpd_g)', ['prev', 'gdp_g', 'gdp', 'base']);
    expect(err.code).toBe('FORMULA_UNKNOWN_SYMBOL');
    expect(err.part).toBe('gpd_g');
    expect(err.suggestions?.[0]).toBe('gdp_g');
    expect(describeFormulaError(err, 'zh')).toContain('gdp_g');
    expect(describeFormulaError(err, 'en')).toContain('gdp_g');
    expect(refusal('pi * 2').code).toBe('FORMULA_UNKNOWN_SYMBOL');
    expect(refusal('evaluate').code).toBe('FORMULA_UNKNOWN_SYMBOL');
  });
});

describe('size limits are enforced before and after parsing', () => {
  it('refuses 100 kB of input as too long', () => {
    const err = refusal('1+'.repeat(50_000) + '1');
    expect(err.code).toBe('FORMULA_TOO_LONG');
    expect(err.start).toBe(1000);
  });

  it('refuses 10,000 levels of brackets (too long before anything else)', () => {
    expect(refusal('('.repeat(10_000) + 'a' + ')'.repeat(10_000)).code).toBe('FORMULA_TOO_LONG');
  });

  it('refuses bracket nesting deeper than 32 before the parser sees it', () => {
    const err = refusal('('.repeat(400) + 'a' + ')'.repeat(400));
    expect(err.code).toBe('FORMULA_TOO_DEEP');
    expect(err.start).toBe(32);
    expect(refusal('['.repeat(33)).code).toBe('FORMULA_TOO_DEEP');
    expect(compileFormula('('.repeat(30) + 'a' + ')'.repeat(30), SYMBOLS).ok).toBe(true);
  });

  it('refuses deep trees built without brackets and trees of over 500 nodes', () => {
    expect(refusal('-'.repeat(900) + '1').code).toBe('FORMULA_TOO_DEEP');
    expect(refusal('a' + '+a'.repeat(40)).code).toBe('FORMULA_TOO_DEEP');
    expect(refusal(`max(${Array.from({ length: 300 }, () => '2a').join(',')})`).code).toBe('FORMULA_TOO_DEEP');
  });

  it('accepts a formula of exactly 1000 characters', () => {
    const source = `max(${Array.from({ length: 198 }, () => 'a').join(',')})`;
    const padded = source + ' '.repeat(1000 - source.length);
    expect(padded.length).toBe(1000);
    expect(compileFormula(padded, SYMBOLS).ok).toBe(true);
  });
});

describe('syntax errors', () => {
  it.each([
    ['1 +', 3],
    ['(a', 2],
    ['1 + * 2', 4],
    ['a ? x', 5],
  ])('%s → FORMULA_SYNTAX at offset %d', (source, start) => {
    const err = refusal(source);
    expect(err.code).toBe('FORMULA_SYNTAX');
    expect(err.start).toBe(start);
    expect(describeFormulaError(err, 'zh')).toMatch(/^语法错误/);
  });
});

describe('robustness', () => {
  it('never throws on arbitrary text and always answers with a known code', () => {
    const chars = fc.constantFrom(...'ab1.+-*/^()[]{}?:,;=!<>"\'# \n_xeg'.split(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: chars, maxLength: 60 })), (source) => {
        const r = compileFormula(source, SYMBOLS);
        if (!r.ok) {
          expect(CODES).toContain(r.error.code);
          expect(r.error.message.length).toBeGreaterThan(0);
          expect(describeFormulaError(r.error, 'zh').length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('has exactly one module that imports mathjs and no eval in shared/', () => {
    const root = join(__dirname, '../../../shared');
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk(root);
    const importers = files.filter((f) => /from\s+['"]mathjs['"]/.test(readFileSync(f, 'utf8')));
    expect(importers.map((f) => relative(root, f).replaceAll('\\', '/'))).toEqual(['formula/math-instance.ts']);
    for (const f of files.filter((p) => p.includes('formula'))) {
      expect(readFileSync(f, 'utf8')).not.toMatch(/new Function\s*\(|\beval\s*\(/);
    }
  });
});

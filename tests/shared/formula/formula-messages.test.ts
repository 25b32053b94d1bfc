import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../../shared/formula/compile-formula';
import { describeFormulaError } from '../../../shared/formula/formula-messages';
import { closeMatches, editDistance } from '../../../shared/formula/formula-suggest';
import type { FormulaError } from '../../../shared/formula/formula-types';

function errorOf(source: string, symbols: readonly string[] = ['prev', 'g', 'base']): FormulaError {
  const r = compileFormula(source, symbols);
  if (r.ok) throw new Error(`${source} was accepted`);
  return r.error;
}

describe('editDistance and closeMatches', () => {
  it('counts edits, an adjacent swap as one, ignoring case', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('gpd_g', 'gdp_g')).toBe(1);
    expect(editDistance('Prev', 'prev')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('keeps only near names, nearest first, at most three', () => {
    expect(closeMatches('gpd_g', ['base', 'gdp', 'gdp_g'])).toEqual(['gdp_g']);
    expect(closeMatches('prve', ['prev', 'pre', 'base'])).toEqual(['pre', 'prev']);
    expect(closeMatches('xyz', ['prev', 'base'])).toEqual([]);
    expect(closeMatches('ab', ['aa', 'ac', 'ad', 'ae'])).toHaveLength(3);
  });
});

describe('describeFormulaError', () => {
  it('describes empty, too long and too deep formulas in both languages', () => {
    expect(describeFormulaError(errorOf(' '), 'zh')).toBe('公式为空');
    expect(describeFormulaError(errorOf(' '), 'en')).toBe('The formula is empty');
    expect(describeFormulaError(errorOf('1'.repeat(1001)), 'zh')).toContain('1000');
    expect(describeFormulaError(errorOf('1'.repeat(1001)), 'en')).toContain('1000');
    expect(describeFormulaError(errorOf('('.repeat(40)), 'zh')).toContain('32');
  });

  it('translates the parser’s syntax messages and gives the position', () => {
    const err = errorOf('prev + * 2');
    expect(err.start).toBe(7);
    expect(describeFormulaError(err, 'zh')).toBe('语法错误（第 8 个字符“*”处）：此处缺少数值或名称');
    expect(describeFormulaError(err, 'en')).toBe('Syntax error at character 8 ("*"): Value expected');
    expect(describeFormulaError(errorOf('max(prev, g'), 'zh')).toBe('语法错误（末尾）：缺少右括号 )');
  });

  it('names an unknown symbol and the declared names it may have meant', () => {
    const err = errorOf('prve * 2', ['prev', 'g']);
    expect(describeFormulaError(err, 'zh')).toBe('未知名称“prve”，是否要写“prev”？');
    expect(describeFormulaError(err, 'en')).toBe('Unknown name "prve"; did you mean "prev"?');
    expect(describeFormulaError(errorOf('zzz'), 'en')).toBe('Unknown name "zzz"');
  });

  it('names a refused function and lists the allowed ones', () => {
    const zh = describeFormulaError(errorOf('evaluate("1")'), 'zh');
    expect(zh).toContain('evaluate()');
    expect(zh).toContain('min, max');
    expect(describeFormulaError(errorOf('mxa(prev, 1)'), 'en')).toBe('Function mxa() is not allowed; did you mean "max()"?');
    expect(describeFormulaError(errorOf('log(1, 2, 3)'), 'zh')).toBe('函数 log() 的参数个数不对：应为 1–2 个');
  });

  it('names refused constructs', () => {
    expect(describeFormulaError(errorOf('x = 1'), 'zh')).toBe('不允许使用赋值：x = 1');
    expect(describeFormulaError(errorOf('5 cm'), 'en')).toBe('A unit is not allowed: cm');
    expect(describeFormulaError(errorOf('1e9!'), 'zh')).toBe('不允许使用运算符 !');
    expect(describeFormulaError(errorOf('prev; g'), 'zh')).toBe('只能写一个表达式（发现分号或换行）');
  });

  it('copes with a hand-built error that lacks the optional fields', () => {
    expect(describeFormulaError({ code: 'FORMULA_FORBIDDEN', message: '' }, 'zh')).toBe('不允许使用此写法');
    expect(describeFormulaError({ code: 'FORMULA_SYNTAX', message: '' }, 'en')).toBe('Syntax error');
  });
});

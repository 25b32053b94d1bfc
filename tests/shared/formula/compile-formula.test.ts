import { describe, expect, it } from 'vitest';
import { checkFormula, compileFormula } from '../../../shared/formula/compile-formula';

/** Compiles `source` over the names of `values` and evaluates it at those values. */
function run(source: string, values: Record<string, number> = {}): number {
  const names = Object.keys(values);
  const result = compileFormula(source, names);
  if (!result.ok) throw new Error(`${source}: ${result.error.message}`);
  return result.formula.evaluate(Float64Array.from(names.map((n) => values[n] ?? NaN)));
}

describe('compileFormula: driver formulas', () => {
  it('grows the previous value: 16.9 × 1.09 = 18.421', () => {
    expect(run('prev * (1 + g)', { prev: 16.9, g: 0.09 })).toBeCloseTo(18.421, 12);
  });

  it('multiplies a share of a fiscal total: 200 × 0.35 = 70', () => {
    expect(run('fiscal * share', { fiscal: 200, share: 0.35 })).toBeCloseTo(70, 12);
  });

  it('applies a buoyancy to GDP growth: 100 × (1 + 1.2 × 0.05) = 106', () => {
    expect(run('prev * (1 + buoyancy * gdp_g)', { prev: 100, buoyancy: 1.2, gdp_g: 0.05 })).toBeCloseTo(106, 12);
  });

  it('takes the larger of growth and a floor', () => {
    expect(run('max(prev * (1+g), base)', { prev: 10, g: 0.1, base: 5 })).toBeCloseTo(11, 12);
    expect(run('max(prev * (1+g), base)', { prev: 10, g: 0.1, base: 12 })).toBe(12);
  });

  it('switches by year with a conditional', () => {
    const f = 'year >= 2023 ? prev*1.1 : prev*(1+g)';
    expect(run(f, { year: 2022, prev: 10, g: 0.05 })).toBeCloseTo(10.5, 12);
    expect(run(f, { year: 2023, prev: 10, g: 0.05 })).toBeCloseTo(11, 12);
  });
});

describe('compileFormula: arithmetic and precedence', () => {
  it.each([
    ['2^3^2', 512],
    ['(2^3)^2', 64],
    ['-2^2', -4],
    ['(-2)^2', 4],
    ['2 * -3', -6],
    ['- -2', 2],
    ['+5', 5],
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['7 - 2 - 1', 4],
    ['8 / 4 / 2', 1],
    ['50%', 0.5],
    ['0x10', 16],
    ['2 * 3 # a comment', 6],
  ])('%s = %d', (source, expected) => {
    expect(run(source)).toBe(expected);
  });

  it('reads implicit multiplication as mathjs does: 2a = 2 × a', () => {
    expect(run('2a', { a: 4 })).toBe(8);
  });

  it('follows JS for division by zero (the engine checks finiteness)', () => {
    expect(run('1 / 0')).toBe(Infinity);
    expect(run('-1 / 0')).toBe(-Infinity);
    expect(run('0 / 0')).toBeNaN();
  });

  it('gives NaN where mathjs would turn complex', () => {
    expect(run('(-8)^(1/3)')).toBeNaN();
    expect(run('sqrt(-1)')).toBeNaN();
    expect(run('log(-1)')).toBeNaN();
  });
});

describe('compileFormula: functions', () => {
  it.each([
    ['log(8, 2)', 3],
    ['log(1)', 0],
    ['log10(1000)', 3],
    ['exp(0)', 1],
    ['sqrt(16)', 4],
    ['abs(-3.5)', 3.5],
    ['pow(2, 10)', 1024],
    ['sign(-5)', -1],
    ['sign(0)', 0],
    ['min(3, 1, 2)', 1],
    ['max(3, 1, 2)', 3],
    ['max(4)', 4],
    ['clamp(5, 0, 1)', 1],
    ['clamp(-1, 0, 1)', 0],
    ['clamp(0.5, 0, 1)', 0.5],
    ['round(2.5)', 3],
    ['round(-2.5)', -3],
    ['round(2.4)', 2],
    ['round(3.14159, 2)', 3.14],
    ['round(1.005, 2)', 1.01],
    ['floor(-1.5)', -2],
    ['floor(1.99)', 1],
    ['ceil(1.2)', 2],
    ['ceil(-1.2)', -1],
    ['floor(1.2345, 2)', 1.23],
    ['ceil(1.2345, 2)', 1.24],
  ])('%s = %d', (source, expected) => {
    expect(run(source)).toBeCloseTo(expected, 12);
  });

  it('snaps floor/ceil/round to a nearby integer within the comparison tolerance', () => {
    // 0.1 * 3 * 10 is 3.0000000000000004 in binary; the intended value is 3.
    expect(run('ceil(0.1 * 3 * 10)')).toBe(3);
    expect(run('floor(2.9999999999999996)')).toBe(3);
    // Within tolerance of 0.5, so it rounds as 0.5 does: half away from zero.
    expect(run('round(0.49999999999999994)')).toBe(1);
    expect(run('floor(2.9999)')).toBe(2);
  });

  it('gives NaN for a bad number of decimals instead of throwing', () => {
    expect(run('round(1.5, 0.5)')).toBeNaN();
    expect(run('round(1.5, 16)')).toBeNaN();
  });
});

describe('compileFormula: comparisons and logic give 1 or 0', () => {
  it.each([
    ['a < b', 1],
    ['a > b', 0],
    ['a <= 1', 1],
    ['a >= 2', 0],
    ['a == 1', 1],
    ['a != 1', 0],
    ['0.1 + 0.2 == 0.3', 1],
    ['0.1 + 0.2 > 0.3', 0],
    ['0 < a < b', 1],
    ['0 < b < a', 0],
    ['1 and 0', 0],
    ['2 and -1', 1],
    ['1 or 0', 1],
    ['0 or 0', 0],
    ['not 0', 1],
    ['not 2', 0],
    ['(a < b) + (a < b)', 2],
  ])('%s = %d (a = 1, b = 2)', (source, expected) => {
    expect(run(source, { a: 1, b: 2 })).toBe(expected);
  });

  it('takes any non-zero, non-NaN condition as true', () => {
    const f = 'c ? 10 : 20';
    expect(run(f, { c: -1 })).toBe(10);
    expect(run(f, { c: 0.5 })).toBe(10);
    expect(run(f, { c: 0 })).toBe(20);
    expect(run(f, { c: NaN })).toBe(20);
  });

  it('nests conditionals to the right', () => {
    const f = 'year < 2022 ? 1 : year < 2024 ? 2 : 3';
    expect([2021, 2022, 2023, 2024].map((year) => run(f, { year }))).toEqual([1, 2, 2, 3]);
  });
});

describe('compileFormula: symbols and slots', () => {
  it('reads symbol i from vars[i] and lists the symbols used, once each, in order of first use', () => {
    const r = compileFormula('g + prev * g + base', ['base', 'prev', 'unused', 'g']);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.formula.uses).toEqual(['g', 'prev', 'base']);
    expect(r.formula.source).toBe('g + prev * g + base');
    expect(r.formula.evaluate(Float64Array.from([100, 10, 999, 0.5]))).toBe(0.5 + 10 * 0.5 + 100);
  });

  it('resolves a symbol declared twice to its first slot', () => {
    const r = compileFormula('x', ['x', 'x']);
    expect(r.ok && r.formula.evaluate(Float64Array.from([1, 2]))).toBe(1);
  });

  it('reads NaN for a slot beyond the vars buffer', () => {
    const r = compileFormula('y', ['x', 'y']);
    expect(r.ok && Number.isNaN(r.formula.evaluate(Float64Array.from([1])))).toBe(true);
  });

  it('lets a declared name shadow a unit or function name', () => {
    expect(run('2 g', { g: 3 })).toBe(6);
    expect(run('5 cm', { cm: 2 })).toBe(10);
    expect(run('max + 1', { max: 2 })).toBe(3);
  });

  it('accepts a trailing newline or semicolon', () => {
    expect(run('a + 1\n', { a: 1 })).toBe(2);
    expect(run('a + 1;', { a: 1 })).toBe(2);
  });

  it('evaluates repeatedly with fresh values', () => {
    const r = compileFormula('prev * (1 + g)', ['prev', 'g']);
    if (!r.ok) throw new Error(r.error.message);
    let v = 100;
    for (let i = 0; i < 5; i++) v = r.formula.evaluate(Float64Array.from([v, 0.1]));
    expect(v).toBeCloseTo(100 * 1.1 ** 5, 10);
  });
});

describe('checkFormula', () => {
  it('returns null for a valid formula and the error for an invalid one', () => {
    expect(checkFormula('prev * (1 + g)', ['prev', 'g'])).toBeNull();
    expect(checkFormula('prev * (1 + h)', ['prev', 'g'])?.code).toBe('FORMULA_UNKNOWN_SYMBOL');
    expect(checkFormula('', ['prev'])?.code).toBe('FORMULA_EMPTY');
    expect(checkFormula('   \n ', ['prev'])?.code).toBe('FORMULA_EMPTY');
    expect(checkFormula('# only a note', ['prev'])?.code).toBe('FORMULA_EMPTY');
  });
});

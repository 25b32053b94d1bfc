import fc from 'fast-check';
import { all, create } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { compileFormula } from '../../../shared/formula/compile-formula';

/**
 * The oracle: mathjs's own evaluate. `predictable` keeps it on real numbers (sqrt(-1) is NaN, not a complex
 * number), which is what the compiled closures do; powers take |base| so mathjs's real odd roots of negative
 * numbers (a predictable-mode extra) never come up.
 */
if (all === undefined) throw new Error('mathjs does not export all');
const oracle = create(all, { predictable: true });
const NAMES = ['x', 'y', 'z'] as const;

const wrap = (s: string, paren: boolean): string => (paren ? `(${s})` : s);

const leaf = fc.oneof(
  fc.constantFrom(...NAMES),
  fc.constantFrom('0', '1', '2', '0.5', '0.09', '3', '10', '100', '1e-3'),
  fc.integer({ min: 0, max: 50 }).map(String),
);

const { expr } = fc.letrec<{ expr: string }>((tie) => {
  const sub = (): fc.Arbitrary<string> => tie('expr');
  const p = fc.boolean();
  return {
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.tuple(sub(), fc.constantFrom('+', '-', '*', '/', '<', '<=', '>', '>=', '==', '!=', 'and', 'or'), sub(), p, p)
        .map(([a, op, b, pa, pb]) => `${wrap(a, pa)} ${op} ${wrap(b, pb)}`),
      fc.tuple(sub(), sub()).map(([a, b]) => `abs(${a}) ^ (${b})`),
      fc.tuple(fc.constantFrom('-', '+', 'not '), sub()).map(([op, a]) => `${op}(${a})`),
      fc.tuple(sub(), sub(), sub()).map(([c, a, b]) => `(${c}) ? (${a}) : (${b})`),
      fc.tuple(fc.constantFrom('abs', 'exp', 'log', 'log10', 'sqrt', 'round', 'floor', 'ceil', 'sign'), sub())
        .map(([f, a]) => `${f}(${a})`),
      fc.tuple(fc.constantFrom('round', 'floor', 'ceil'), sub(), fc.integer({ min: 0, max: 4 }))
        .map(([f, a, n]) => `${f}(${a}, ${n})`),
      fc.tuple(sub(), sub()).map(([a, b]) => `log(${a}, ${b})`),
      fc.tuple(sub(), sub()).map(([a, b]) => `pow(abs(${a}), ${b})`),
      fc.tuple(fc.constantFrom('min', 'max'), fc.array(sub(), { minLength: 1, maxLength: 3 }))
        .map(([f, args]) => `${f}(${args.join(', ')})`),
    ),
  };
});

const value = fc.oneof(fc.double({ min: -100, max: 100, noNaN: true }), fc.constantFrom(0, 1, -1, 0.5));

/** mathjs's answer as a number (booleans as 1/0), or undefined when it is neither. */
function mathjsValue(source: string, scope: Record<string, number>): number | undefined {
  const result: unknown = oracle.evaluate(source, { ...scope });
  if (typeof result === 'number') return result;
  if (typeof result === 'boolean') return result ? 1 : 0;
  return undefined;
}

function same(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (a === b) return true;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('compiled closures agree with mathjs evaluate', () => {
  it('on random formulas and values', () => {
    fc.assert(
      fc.property(expr, value, value, value, (source, x, y, z) => {
        const compiled = compileFormula(source, NAMES);
        if (!compiled.ok) throw new Error(`${source}: ${compiled.error.message}`);
        const expected = mathjsValue(source, { x, y, z });
        expect(expected).toBeTypeOf('number');
        const actual = compiled.formula.evaluate(Float64Array.from([x, y, z]));
        if (expected === undefined || !same(actual, expected)) {
          throw new Error(`${source} at x=${x}, y=${y}, z=${z}: compiled ${actual}, mathjs ${String(expected)}`);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('on unparenthesised chains, so precedence comes out as mathjs reads it', () => {
    const op = fc.constantFrom('+', '-', '*', '/', '^', '<', '==', 'and', 'or');
    const chain = fc.tuple(leaf, fc.array(fc.tuple(op, fc.constantFrom('', '-'), leaf), { minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(chain, value, value, value, ([head, rest], x, y, z) => {
        const source = head + rest.map(([o, sign, l]) => ` ${o} ${sign}${l}`).join('');
        const compiled = compileFormula(source, NAMES);
        if (!compiled.ok) throw new Error(`${source}: ${compiled.error.message}`);
        const actual = compiled.formula.evaluate(Float64Array.from([Math.abs(x), Math.abs(y), Math.abs(z)]));
        const expected = mathjsValue(source, { x: Math.abs(x), y: Math.abs(y), z: Math.abs(z) });
        expect(expected).toBeTypeOf('number');
        if (expected === undefined || !same(actual, expected)) {
          throw new Error(`${source}: compiled ${actual}, mathjs ${String(expected)}`);
        }
      }),
      { numRuns: 400 },
    );
  });
});

import type { BinaryOp, CheckedNode, CompareOp, RawNode } from './formula-ast';
import { acceptsArgumentCount, FORMULA_FUNCTIONS } from './formula-functions';
import { locateToken, type TokenQuery } from './formula-locate';
import { withMessage } from './formula-messages';
import { closeMatches } from './formula-suggest';
import type { FormulaConstruct, FormulaError } from './formula-types';

/**
 * Names a formula may never read, even when declared: the properties every JS object inherits, so no
 * lookup anywhere can reach a prototype through a formula symbol.
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'constructor', '__proto__', 'prototype', 'toString', 'toLocaleString', 'valueOf', 'hasOwnProperty',
  'isPrototypeOf', 'propertyIsEnumerable', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__',
]);

const BINARY_OPS: ReadonlySet<string> = new Set<BinaryOp>(['+', '-', '*', '/', '^', 'and', 'or']);
const COMPARE_OPS: ReadonlySet<string> = new Set<CompareOp>(['<', '<=', '>', '>=', '==', '!=']);
const WORD_OPERATOR = /^[a-z]+$/;

function isBinaryOp(op: string): op is BinaryOp {
  return BINARY_OPS.has(op);
}

function isCompareOp(op: string): op is CompareOp {
  return COMPARE_OPS.has(op);
}

/** Where to look in the source for each refused construct (the first match is reported). */
const CONSTRUCT_TOKENS: Partial<Record<FormulaConstruct, readonly TokenQuery[]>> = {
  accessor: [{ kind: 'op', text: '.' }, { kind: 'op', text: '?.' }, { kind: 'op', text: '[' }],
  range: [{ kind: 'op', text: ':' }],
  matrix: [{ kind: 'op', text: '[' }],
  object: [{ kind: 'op', text: '{' }],
  assignment: [{ kind: 'op', text: '=' }],
  'function-definition': [{ kind: 'op', text: '=' }],
  statements: [{ kind: 'op', text: ';' }, { kind: 'op', text: '\n' }],
  string: [{ kind: 'string' }],
};

class Refusal {
  constructor(readonly error: FormulaError) {}
}

interface Context {
  source: string;
  slots: Map<string, number>;
  uses: string[];
}

function refuse(ctx: Context, error: Omit<FormulaError, 'message'>, queries: readonly TokenQuery[] = []): never {
  let at: { start: number; end: number } | undefined;
  for (const q of queries) {
    at = at ?? locateToken(ctx.source, q);
  }
  const part = error.construct === 'non-finite' && at ? ctx.source.slice(at.start, at.end) : error.part;
  throw new Refusal(withMessage({ ...error, message: '', ...at, ...(part === undefined ? {} : { part }) }));
}

function forbid(ctx: Context, construct: FormulaConstruct, part: string, queries: readonly TokenQuery[] = []): never {
  refuse(ctx, { code: 'FORMULA_FORBIDDEN', construct, part }, queries);
}

function checkConstant(ctx: Context, value: number | string | boolean | null | undefined): CheckedNode {
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return { k: 'num', value };
    const word = Number.isNaN(value) ? 'NaN' : 'Infinity';
    return forbid(ctx, 'non-finite', word, [{ kind: 'name', text: word }, { kind: 'number' }]);
  }
  if (typeof value === 'string') {
    const shown = JSON.stringify(value);
    return forbid(ctx, 'string', shown.length > 40 ? `${shown.slice(0, 39)}…` : shown, [{ kind: 'string' }]);
  }
  if (typeof value === 'boolean') return forbid(ctx, 'boolean', String(value), [{ kind: 'name', text: String(value) }]);
  return forbid(ctx, 'no-value', String(value), [{ kind: 'name', text: String(value) }]);
}

function checkSymbol(ctx: Context, name: string): CheckedNode {
  const where: TokenQuery[] = [{ kind: 'name', text: name }];
  if (RESERVED_NAMES.has(name)) forbid(ctx, 'reserved-name', name, where);
  const index = ctx.slots.get(name);
  if (index === undefined) {
    const suggestions = closeMatches(name, ctx.slots.keys());
    refuse(ctx, { code: 'FORMULA_UNKNOWN_SYMBOL', part: name, suggestions }, where);
  }
  if (!ctx.uses.includes(name)) ctx.uses.push(name);
  return { k: 'var', index };
}

function checkOperator(ctx: Context, node: Extract<RawNode, { kind: 'operator' }>): CheckedNode {
  const { op, args } = node;
  const where: TokenQuery[] = [{ kind: WORD_OPERATOR.test(op) ? 'name' : 'op', text: op }];
  const [first, second] = args;
  if (args.length === 1 && first) {
    if (op === '-') return { k: 'neg', arg: check(ctx, first) };
    if (op === '+') return { k: 'pos', arg: check(ctx, first) };
    if (op === 'not') return { k: 'not', arg: check(ctx, first) };
  }
  if (args.length === 2 && first && second) {
    const unit = second.kind === 'symbol' && second.isUnitName && !ctx.slots.has(second.name);
    if (node.implicit && op === '*' && unit) forbid(ctx, 'unit', second.name, [{ kind: 'name', text: second.name }]);
    if (isBinaryOp(op)) return { k: 'bin', op, a: check(ctx, first), b: check(ctx, second) };
    if (isCompareOp(op)) return { k: 'cmp', ops: [op], args: [check(ctx, first), check(ctx, second)] };
  }
  return forbid(ctx, 'operator', op, where);
}

function checkCall(ctx: Context, name: string, args: readonly RawNode[]): CheckedNode {
  const where: TokenQuery[] = [{ kind: 'name', text: name }];
  const fn = FORMULA_FUNCTIONS.get(name);
  if (!fn) {
    if (RESERVED_NAMES.has(name)) forbid(ctx, 'reserved-name', name, where);
    const suggestions = closeMatches(name, FORMULA_FUNCTIONS.keys());
    refuse(ctx, { code: 'FORMULA_FORBIDDEN', construct: 'function', part: name, suggestions }, where);
  }
  if (!acceptsArgumentCount(fn, args.length)) forbid(ctx, 'arguments', name, where);
  return { k: 'call', name, args: args.map((a) => check(ctx, a)) };
}

function check(ctx: Context, node: RawNode): CheckedNode {
  switch (node.kind) {
    case 'constant':
      return checkConstant(ctx, node.value);
    case 'symbol':
      return checkSymbol(ctx, node.name);
    case 'operator':
      return checkOperator(ctx, node);
    case 'parenthesis':
      return check(ctx, node.content);
    case 'conditional':
      return { k: 'if', cond: check(ctx, node.condition), then: check(ctx, node.whenTrue), else: check(ctx, node.whenFalse) };
    case 'call':
      return checkCall(ctx, node.name, node.args);
    case 'relational': {
      const ops = node.ops.map((op) => (isCompareOp(op) ? op : forbid(ctx, 'operator', op, [{ kind: 'op', text: op }])));
      return { k: 'cmp', ops, args: node.args.map((a) => check(ctx, a)) };
    }
    case 'block': {
      const [only] = node.statements;
      if (node.statements.length === 1 && only) return check(ctx, only);
      return forbid(ctx, 'statements', ';', CONSTRUCT_TOKENS.statements);
    }
    case 'forbidden':
      return forbid(ctx, node.construct, node.part, CONSTRUCT_TOKENS[node.construct]);
  }
}

/** The outcome of checking: the resolved tree and the declared symbols it reads, or the first refusal. */
export type CheckOutcome = { ok: true; node: CheckedNode; uses: readonly string[] } | { ok: false; error: FormulaError };

/**
 * Checks a parsed formula against the allowlist (finite numbers, declared symbols, + - * / ^, comparisons,
 * and/or/not, a ? b : c, the functions of FORMULA_FUNCTIONS) and resolves symbol i of `symbols` to slot i.
 * Names in RESERVED_NAMES are refused even when declared. Refusals name the part and locate it in `source`.
 */
export function checkTree(tree: RawNode, source: string, symbols: readonly string[]): CheckOutcome {
  if (tree.kind === 'constant' && tree.value === undefined) {
    return { ok: false, error: withMessage({ code: 'FORMULA_EMPTY', message: '' }) };
  }
  const slots = new Map<string, number>();
  symbols.forEach((name, i) => {
    if (!slots.has(name) && !RESERVED_NAMES.has(name)) slots.set(name, i);
  });
  const ctx: Context = { source, slots, uses: [] };
  try {
    return { ok: true, node: check(ctx, tree), uses: ctx.uses };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, error: err.error };
    throw err;
  }
}

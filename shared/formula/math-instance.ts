import { create, parseDependencies, type MathNode } from 'mathjs';
import type { RawNode } from './formula-ast';
import { MAX_FORMULA_DEPTH, MAX_FORMULA_NODES } from './formula-limits';
import type { FormulaConstruct, FormulaError } from './formula-types';

/**
 * The app's only mathjs instance: built from the parser's factories alone (no evaluate, simplify, units
 * creation…), with the remaining entry points that could change it overridden to throw. It is never
 * exported; formulas are evaluated by compiled closures, not by mathjs.
 */
if (parseDependencies === undefined) throw new Error('mathjs does not export parseDependencies');
const math = create(parseDependencies, { number: 'number' });
const parse = math.parse;
const isValuelessUnit = (name: string): boolean => math.Unit.isValuelessUnit(name);

function disabled(name: string): () => never {
  return () => {
    throw new Error(`${name} is disabled in formulas`);
  };
}

math.import(
  Object.fromEntries(
    ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'compile', 'reviver', 'resolve', 'parser', 'chain'].map(
      (name) => [name, disabled(name)],
    ),
  ),
  { override: true },
);

const PART_LIMIT = 40;

function shortText(node: MathNode): string {
  const text = node.toString();
  return text.length > PART_LIMIT ? `${text.slice(0, PART_LIMIT - 1)}…` : text;
}

function forbidden(construct: FormulaConstruct, part: string): RawNode {
  return { kind: 'forbidden', construct, part };
}

/** Depth and node count of a mathjs tree, walked with an explicit stack so no input can overflow it. */
function measure(root: MathNode): { depth: number; nodes: number } {
  const stack: { node: MathNode; depth: number }[] = [{ node: root, depth: 1 }];
  let depth = 0;
  let nodes = 0;
  while (stack.length > 0 && depth <= MAX_FORMULA_DEPTH && nodes <= MAX_FORMULA_NODES) {
    const top = stack.pop();
    if (!top) break;
    nodes++;
    depth = Math.max(depth, top.depth);
    top.node.forEach((child: MathNode) => stack.push({ node: child, depth: top.depth + 1 }));
  }
  return { depth, nodes };
}

/** Converts a measured mathjs tree to plain data; constructs that are never allowed stop the descent. */
function toRaw(node: MathNode): RawNode {
  if (math.isConstantNode(node)) {
    const value: unknown = node.value;
    if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value === null) {
      return { kind: 'constant', value };
    }
    return value === undefined ? { kind: 'constant', value } : forbidden('other', shortText(node));
  }
  if (math.isSymbolNode(node)) return { kind: 'symbol', name: node.name, isUnitName: isValuelessUnit(node.name) };
  if (math.isOperatorNode(node)) {
    return { kind: 'operator', op: node.op, args: node.args.map(toRaw), implicit: node.implicit };
  }
  if (math.isParenthesisNode(node)) return { kind: 'parenthesis', content: toRaw(node.content) };
  if (math.isConditionalNode(node)) {
    return { kind: 'conditional', condition: toRaw(node.condition), whenTrue: toRaw(node.trueExpr), whenFalse: toRaw(node.falseExpr) };
  }
  if (math.isFunctionNode(node)) {
    const callee: MathNode = node.fn;
    if (math.isSymbolNode(callee)) return { kind: 'call', name: callee.name, args: node.args.map(toRaw) };
    const converted = toRaw(callee);
    return converted.kind === 'forbidden' ? converted : forbidden('function', shortText(callee));
  }
  if (math.isRelationalNode(node)) {
    const ops = node.conditionals.map((c) => RELATIONS.get(c) ?? c);
    return { kind: 'relational', ops, args: node.params.map(toRaw) };
  }
  if (math.isBlockNode(node)) return { kind: 'block', statements: node.blocks.map((b) => toRaw(b.node)) };
  if (math.isAccessorNode(node) || math.isIndexNode(node)) return forbidden('accessor', shortText(node));
  if (math.isArrayNode(node)) return forbidden('matrix', shortText(node));
  if (math.isObjectNode(node)) return forbidden('object', shortText(node));
  if (math.isRangeNode(node)) return forbidden('range', shortText(node));
  if (math.isAssignmentNode(node)) return forbidden('assignment', shortText(node));
  if (math.isFunctionAssignmentNode(node)) return forbidden('function-definition', shortText(node));
  return forbidden('other', node.type);
}

const RELATIONS = new Map([
  ['smaller', '<'],
  ['smallerEq', '<='],
  ['larger', '>'],
  ['largerEq', '>='],
  ['equal', '=='],
  ['unequal', '!='],
]);

/** The outcome of parsing: the plain tree, or a syntax / depth error. */
export type ParseOutcome = { ok: true; tree: RawNode } | { ok: false; error: FormulaError };

function syntaxError(source: string, err: unknown): FormulaError {
  const raw = err instanceof Error ? err.message : String(err);
  const reason = raw.replace(/\s*\(char \d+\)\s*$/, '');
  const charNo = err instanceof Error && 'char' in err && typeof err.char === 'number' ? err.char : undefined;
  if (charNo === undefined) return { code: 'FORMULA_SYNTAX', message: `Syntax error: ${reason}` };
  const start = Math.min(Math.max(charNo - 1, 0), source.length);
  const end = Math.min(start + 1, source.length);
  const part = source.slice(start, end).trim();
  const at = part === '' ? 'at the end' : `at character ${start + 1} ("${part}")`;
  return { code: 'FORMULA_SYNTAX', message: `Syntax error ${at}: ${reason}`, start, end, ...(part === '' ? {} : { part }) };
}

/**
 * Parses a prechecked formula source (see precheckFormula) with the restricted instance and returns it as
 * plain data. Syntax errors carry the parser's position; trees deeper than MAX_FORMULA_DEPTH or larger than
 * MAX_FORMULA_NODES are refused before conversion. Never throws.
 */
export function parseFormulaTree(source: string): ParseOutcome {
  let root: MathNode;
  try {
    root = parse(source);
  } catch (err) {
    if (err instanceof RangeError) return { ok: false, error: { code: 'FORMULA_TOO_DEEP', message: '' } };
    return { ok: false, error: syntaxError(source, err) };
  }
  const size = measure(root);
  if (size.depth > MAX_FORMULA_DEPTH || size.nodes > MAX_FORMULA_NODES) {
    return { ok: false, error: { code: 'FORMULA_TOO_DEEP', message: '' } };
  }
  return { ok: true, tree: toRaw(root) };
}

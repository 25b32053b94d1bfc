import type { FormulaConstruct } from './formula-types';

/**
 * A parsed formula as plain data, free of mathjs types: what the parser saw, before the allowlist.
 * Constructs that can never be allowed arrive already as `forbidden`, with their text for the message.
 */
export type RawNode =
  | { kind: 'constant'; value: number | string | boolean | null | undefined }
  | { kind: 'symbol'; name: string; isUnitName: boolean }
  | { kind: 'operator'; op: string; args: readonly RawNode[]; implicit: boolean }
  | { kind: 'parenthesis'; content: RawNode }
  | { kind: 'conditional'; condition: RawNode; whenTrue: RawNode; whenFalse: RawNode }
  | { kind: 'call'; name: string; args: readonly RawNode[] }
  | { kind: 'relational'; ops: readonly string[]; args: readonly RawNode[] }
  | { kind: 'block'; statements: readonly RawNode[] }
  | { kind: 'forbidden'; construct: FormulaConstruct; part: string };

/** Comparison operators, as written. */
export type CompareOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

/** Binary operators the compiler accepts, as written. */
export type BinaryOp = '+' | '-' | '*' | '/' | '^' | 'and' | 'or';

/**
 * A formula that passed the allowlist: symbols resolved to slots in the vars buffer, parentheses dropped,
 * functions resolved to an allowed name with a valid argument count.
 */
export type CheckedNode =
  | { k: 'num'; value: number }
  | { k: 'var'; index: number }
  | { k: 'neg' | 'pos' | 'not'; arg: CheckedNode }
  | { k: 'bin'; op: BinaryOp; a: CheckedNode; b: CheckedNode }
  | { k: 'cmp'; ops: readonly CompareOp[]; args: readonly CheckedNode[] }
  | { k: 'if'; cond: CheckedNode; then: CheckedNode; else: CheckedNode }
  | { k: 'call'; name: string; args: readonly CheckedNode[] };

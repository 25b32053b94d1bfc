/** Why a formula was refused; `start`/`end` are character offsets into the source (0-based, end exclusive) when known. */
export interface FormulaError {
  code: 'FORMULA_EMPTY' | 'FORMULA_SYNTAX' | 'FORMULA_FORBIDDEN' | 'FORMULA_UNKNOWN_SYMBOL' | 'FORMULA_TOO_LONG' | 'FORMULA_TOO_DEEP';
  message: string;
  start?: number;
  end?: number;
  /** The offending text as written or named (symbol, function, operator, construct), so messages can name it in either language. */
  part?: string;
  /** For FORMULA_FORBIDDEN: which kind of construct was refused. */
  construct?: FormulaConstruct;
  /** For unknown symbols and functions: the closest allowed names, best first (at most 3). */
  suggestions?: readonly string[];
}

/** The kinds of construct a formula may not contain (FORMULA_FORBIDDEN). */
export type FormulaConstruct =
  | 'assignment'
  | 'function-definition'
  | 'accessor'
  | 'range'
  | 'matrix'
  | 'object'
  | 'string'
  | 'boolean'
  | 'non-finite'
  | 'no-value'
  | 'unit'
  | 'operator'
  | 'function'
  | 'arguments'
  | 'reserved-name'
  | 'statements'
  | 'other';

/**
 * A formula parsed once, checked against the allowlist and compiled to a plain closure.
 * `evaluate(vars)` reads symbol i from vars[i], in the order of the `symbols` list it was compiled with.
 */
export interface CompiledFormula {
  source: string;
  /** The distinct declared symbols the formula reads, in order of first use. */
  uses: readonly string[];
  evaluate: (vars: Float64Array) => number;
}

/** Result of compiling: the closure, or the reason it was refused (never thrown). */
export type CompileResult = { ok: true; formula: CompiledFormula } | { ok: false; error: FormulaError };

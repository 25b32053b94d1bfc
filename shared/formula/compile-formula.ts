import { checkTree, type CheckOutcome } from './formula-check';
import { buildClosure } from './formula-closure';
import { precheckFormula } from './formula-limits';
import { withMessage } from './formula-messages';
import type { CompileResult, FormulaError } from './formula-types';
import { parseFormulaTree } from './math-instance';

/** Precheck, parse and allowlist check: the resolved tree, or the first reason the source is refused. */
function checkSource(source: string, symbols: readonly string[]): CheckOutcome {
  const pre = precheckFormula(source);
  if (pre) return { ok: false, error: withMessage(pre) };
  const parsed = parseFormulaTree(source);
  if (!parsed.ok) return { ok: false, error: withMessage(parsed.error) };
  return checkTree(parsed.tree, source, symbols);
}

/**
 * Compiles a user formula (mathjs syntax) over the declared `symbols`: refuses empty, over-long or too deeply
 * nested input before parsing, parses once with the restricted mathjs instance, checks the tree against the
 * allowlist and builds plain closures. `evaluate(vars)` reads symbol i from vars[i]. Never throws.
 */
export function compileFormula(source: string, symbols: readonly string[]): CompileResult {
  const checked = checkSource(source, symbols);
  if (!checked.ok) return checked;
  return { ok: true, formula: { source, uses: checked.uses, evaluate: buildClosure(checked.node) } };
}

/** As-you-type validation: the reason `source` would be refused over `symbols`, or null when it compiles. */
export function checkFormula(source: string, symbols: readonly string[]): FormulaError | null {
  const checked = checkSource(source, symbols);
  return checked.ok ? null : checked.error;
}

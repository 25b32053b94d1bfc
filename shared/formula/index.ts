/** The formula module's public API: compile, validate as you type, describe refusals. */
export { checkFormula, compileFormula } from './compile-formula';
export { describeFormulaError, type FormulaLang } from './formula-messages';
export { FORMULA_FUNCTIONS } from './formula-functions';
export { MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH, MAX_FORMULA_NODES } from './formula-limits';
export type { CompileResult, CompiledFormula, FormulaConstruct, FormulaError } from './formula-types';

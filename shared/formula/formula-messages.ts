import { FORMULA_FUNCTIONS } from './formula-functions';
import { MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH, MAX_FORMULA_NODES } from './formula-limits';
import type { FormulaConstruct, FormulaError } from './formula-types';

/** Language of a user-facing message. */
export type FormulaLang = 'zh' | 'en';

const CONSTRUCT_NAMES: Record<FormulaConstruct, { zh: string; en: string }> = {
  assignment: { zh: '赋值', en: 'Assignment' },
  'function-definition': { zh: '函数定义', en: 'Function definition' },
  accessor: { zh: '属性或下标访问', en: 'Property or index access' },
  range: { zh: '区间', en: 'A range' },
  matrix: { zh: '矩阵或数组', en: 'A matrix or array' },
  object: { zh: '对象', en: 'An object' },
  string: { zh: '字符串', en: 'A text string' },
  boolean: { zh: '布尔常量（请用 1 或 0）', en: 'A boolean constant (use 1 or 0)' },
  'non-finite': { zh: '非有限数值', en: 'A non-finite number' },
  'no-value': { zh: '空值', en: 'An empty value' },
  unit: { zh: '单位', en: 'A unit' },
  operator: { zh: '运算符', en: 'Operator' },
  function: { zh: '函数', en: 'Function' },
  arguments: { zh: '参数个数', en: 'Argument count' },
  'reserved-name': { zh: '保留名称', en: 'The reserved name' },
  statements: { zh: '多条语句', en: 'More than one statement' },
  other: { zh: '此写法', en: 'This construct' },
};

/** Chinese for the parser's (mathjs's) English syntax messages, matched by their opening words. */
const SYNTAX_REASONS: readonly [string, string][] = [
  ['Unexpected end of expression', '表达式不完整'],
  ['Value expected', '此处缺少数值或名称'],
  ['Parenthesis ) expected', '缺少右括号 )'],
  ['Parenthesis ] expected', '缺少右方括号 ]'],
  ['Unexpected operator', '多余的运算符'],
  ['Unexpected part', '多余的内容'],
  ['Syntax error in part', '无法识别的内容'],
  ['False part of conditional expression expected', '条件表达式缺少“: 否则值”部分'],
  ['The true-expression of a conditional operator may not be empty', '条件表达式“?”后不能为空'],
  ['Invalid left hand side of assignment', '赋值号左边无效'],
  ['Digit expected', '此处应为数字'],
  ['End of string', '字符串没有结束引号'],
  ['End of matrix ] expected', '缺少右方括号 ]'],
  ['Comma , or bracket } expected', '缺少逗号或右花括号 }'],
];

const FUNCTION_LIST = [...FORMULA_FUNCTIONS.keys()].join(', ');

function quoteList(names: readonly string[], lang: FormulaLang, call: boolean): string {
  const shown = names.map((n) => (call ? `${n}()` : n));
  return lang === 'zh' ? shown.map((n) => `“${n}”`).join('或') : shown.map((n) => `"${n}"`).join(' or ');
}

function describeSyntax(err: FormulaError, lang: FormulaLang): string {
  if (lang === 'en') return err.message || 'Syntax error';
  const reason = err.message.includes(': ') ? err.message.slice(err.message.indexOf(': ') + 2) : err.message;
  const zhReason = SYNTAX_REASONS.find(([en]) => reason.startsWith(en))?.[1] ?? reason;
  let where = '';
  if (err.part !== undefined && err.start !== undefined) where = `（第 ${err.start + 1} 个字符“${err.part}”处）`;
  else if (err.start !== undefined) where = '（末尾）';
  return `语法错误${where}：${zhReason}`;
}

function describeForbidden(err: FormulaError, lang: FormulaLang): string {
  const part = err.part ?? '';
  const suggestions = err.suggestions ?? [];
  const construct = err.construct ?? 'other';
  const zh = lang === 'zh';
  switch (construct) {
    case 'function': {
      const hint =
        suggestions.length > 0
          ? zh ? `，是否要写${quoteList(suggestions, lang, true)}？` : `; did you mean ${quoteList(suggestions, lang, true)}?`
          : zh ? `；可用函数：${FUNCTION_LIST}` : `; allowed: ${FUNCTION_LIST}`;
      return zh ? `不允许调用函数 ${part}()${hint}` : `Function ${part}() is not allowed${hint}`;
    }
    case 'arguments': {
      const arity = FORMULA_FUNCTIONS.get(part)?.arity ?? '?';
      return zh ? `函数 ${part}() 的参数个数不对：应为 ${arity} 个` : `${part}() takes ${arity} argument(s)`;
    }
    case 'operator':
      return zh ? `不允许使用运算符 ${part}` : `Operator ${part} is not allowed`;
    case 'statements':
      return zh ? '只能写一个表达式（发现分号或换行）' : 'Write a single expression (found ; or a line break)';
    case 'reserved-name':
      return zh ? `不允许使用保留名称 ${part}` : `The reserved name ${part} is not allowed`;
    default: {
      const name = CONSTRUCT_NAMES[construct];
      if (part === '') return zh ? `不允许使用${name.zh}` : `${name.en} is not allowed`;
      return zh ? `不允许使用${name.zh}：${part}` : `${name.en} is not allowed: ${part}`;
    }
  }
}

/**
 * A short user-facing message for a refused formula, in Chinese or English, naming the offending part
 * (the symbol, function, operator or construct) and suggesting close names where there are any.
 */
export function describeFormulaError(err: FormulaError, lang: FormulaLang): string {
  const zh = lang === 'zh';
  switch (err.code) {
    case 'FORMULA_EMPTY':
      return zh ? '公式为空' : 'The formula is empty';
    case 'FORMULA_TOO_LONG':
      return zh ? `公式过长：最多 ${MAX_FORMULA_LENGTH} 个字符` : `The formula is too long: at most ${MAX_FORMULA_LENGTH} characters`;
    case 'FORMULA_TOO_DEEP':
      return zh
        ? `公式嵌套过深：最多 ${MAX_FORMULA_DEPTH} 层、${MAX_FORMULA_NODES} 个节点`
        : `The formula is nested too deeply: at most ${MAX_FORMULA_DEPTH} levels and ${MAX_FORMULA_NODES} parts`;
    case 'FORMULA_SYNTAX':
      return describeSyntax(err, lang);
    case 'FORMULA_UNKNOWN_SYMBOL': {
      const s = err.suggestions ?? [];
      if (zh) return `未知名称“${err.part ?? ''}”${s.length > 0 ? `，是否要写${quoteList(s, lang, false)}？` : ''}`;
      return `Unknown name "${err.part ?? ''}"${s.length > 0 ? `; did you mean ${quoteList(s, lang, false)}?` : ''}`;
    }
    case 'FORMULA_FORBIDDEN':
      return describeForbidden(err, lang);
  }
}

/** Fills in `message` (English) for an error built without one; syntax errors keep the parser's message. */
export function withMessage(err: FormulaError): FormulaError {
  return err.message ? err : { ...err, message: describeFormulaError(err, 'en') };
}

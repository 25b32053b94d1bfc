import type { Plan } from '../plan/plan-schema';
import type { IndicatorAssumptions, Scenario, Shock } from '../scenario/scenario-schema';
import { pick, type ExportLang } from './export-labels';

/** A decimal rate as percent text with one decimal and a real minus sign: −0.05 → "−5.0%". */
export function percentText(rate: number, signed = false): string {
  const text = `${(rate * 100).toFixed(1)}%`;
  const withSign = signed && rate > 0 && text !== '0.0%' ? `+${text}` : text;
  return withSign.replace(/^-/, '\u2212');
}

/** A value with fixed decimals and a real minus sign. */
function fixedText(value: number, decimals: number): string {
  return value.toFixed(decimals).replace(/^-/, '\u2212');
}

/** A shock in words: "减税降费：水平 −5.0%（2022年起）", "dip 10.0% in 2022 for 1 yr, recovery 2 yrs". */
export function shockText(shock: Shock, lang: ExportLang): string {
  const label = shock.label?.trim() ? `${shock.label.trim()}${lang === 'en' ? ': ' : '：'}` : '';
  if (shock.kind === 'level') {
    return label + (lang === 'en' ? `level ${percentText(shock.size, true)} from ${shock.from}` : `水平 ${percentText(shock.size, true)}（${shock.from}年起）`);
  }
  if (shock.kind === 'dip') {
    return (
      label +
      (lang === 'en'
        ? `dip ${percentText(shock.depth)} in ${shock.year} for ${shock.duration} yr, recovery ${shock.recovery} yr`
        : `回落 ${percentText(shock.depth)}（${shock.year}年，持续${shock.duration}年，恢复${shock.recovery}年）`)
    );
  }
  const pp = `${shock.delta >= 0 ? '+' : '\u2212'}${Math.abs(shock.delta * 100).toFixed(1)}`;
  return label + (lang === 'en' ? `growth ${pp} pp in ${shock.from}–${shock.to}` : `增速 ${pp}个百分点（${shock.from}–${shock.to}年）`);
}

/**
 * One indicator's assumptions in short phrases, in a fixed order: base, growth, growth by year, reference,
 * formula, shocks, actuals. Values in the indicator's unit with its decimals; rates in percent. Empty when the
 * scenario sets nothing for it (the plan's baseline applies).
 */
export function indicatorAssumptionPhrases(a: IndicatorAssumptions | undefined, decimals: number, lang: ExportLang): string[] {
  if (!a) return [];
  const en = lang === 'en';
  const out: string[] = [];
  if (a.base !== undefined) out.push(en ? `base ${fixedText(a.base, decimals)}` : `基数 ${fixedText(a.base, decimals)}`);
  if (a.growth !== undefined) out.push(en ? `growth ${percentText(a.growth)}/yr` : `年增速 ${percentText(a.growth)}`);
  for (const [year, g] of Object.entries(a.yearGrowth ?? {}).sort(([x], [y]) => x.localeCompare(y))) {
    out.push(en ? `${year} growth ${percentText(g)}` : `${year}年增速 ${percentText(g)}`);
  }
  if (typeof a.reference === 'number') out.push(en ? `reference growth ${percentText(a.reference)}` : `参照增速 ${percentText(a.reference)}`);
  else if (a.reference !== undefined) {
    const parts = Object.entries(a.reference).sort(([x], [y]) => x.localeCompare(y)).map(([y, r]) => `${y} ${percentText(r)}`);
    out.push(en ? `reference growth ${parts.join(', ')}` : `参照增速 ${parts.join('、')}`);
  }
  if (a.formula !== undefined && a.formula.trim() !== '') out.push(en ? `formula ${a.formula.trim()}` : `公式 ${a.formula.trim()}`);
  for (const shock of a.shocks ?? []) out.push(shockText(shock, lang));
  const actuals = Object.entries(a.actuals ?? {}).sort(([x], [y]) => x.localeCompare(y));
  if (actuals.length > 0) {
    const parts = actuals.map(([y, v]) => `${y} ${fixedText(v, decimals)}`);
    out.push(en ? `actuals ${parts.join(', ')}` : `实际完成数 ${parts.join('、')}`);
  }
  return out;
}

/** One line of the assumptions table: the indicator's name and its assumptions (or the plan baseline). */
export interface AssumptionLine {
  id: string;
  name: string;
  phrases: string[];
}

/**
 * The scenario's assumptions for every plan indicator (plan order), then its formula parameters as one line
 * with id "(parameters)" when it has any. An indicator without assumptions gets no phrases.
 */
export function assumptionLines(plan: Plan, scenario: Scenario, lang: ExportLang): AssumptionLine[] {
  const lines: AssumptionLine[] = plan.indicators.map((ind) => ({
    id: ind.id,
    name: pick(ind.name, lang),
    phrases: indicatorAssumptionPhrases(scenario.indicators?.[ind.id], ind.decimals, lang),
  }));
  const params = Object.entries(scenario.parameters ?? {});
  if (params.length > 0) {
    lines.push({ id: '(parameters)', name: lang === 'en' ? 'Parameters' : '参数', phrases: params.map(([k, v]) => `${k} = ${v}`) });
  }
  if (scenario.horizon !== undefined) {
    lines.push({ id: '(horizon)', name: lang === 'en' ? 'Horizon' : '推演至', phrases: [lang === 'en' ? String(scenario.horizon) : `${scenario.horizon}年`] });
  }
  return lines;
}

/**
 * The key assumptions behind one indicator's chart, in a line each: its own assumptions first, then those of the
 * other indicators the scenario changes (they can feed it through formulas), then parameters.
 */
export function keyAssumptions(plan: Plan, scenario: Scenario, indicatorId: string | null, lang: ExportLang): string[] {
  const lines = assumptionLines(plan, scenario, lang).filter((l) => l.phrases.length > 0);
  const own = lines.filter((l) => l.id === indicatorId);
  const rest = lines.filter((l) => l.id !== indicatorId);
  const sep = lang === 'en' ? ', ' : '，';
  const colon = lang === 'en' ? ': ' : '：';
  return [...own, ...rest].map((l) => `${l.name}${colon}${l.phrases.join(sep)}`);
}

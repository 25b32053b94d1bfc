import type { GoalSeekAssumption, PreparedModel } from '../../shared/engine';
import { tryPrepareModel } from '../../shared/engine';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { assumptionValue } from '../../shared/stress/assumption-value';
import { readsGrowth } from '../../shared/stress/validate-stress-spec';
import { pick } from '../../shared/export/export-labels';
import { formatNumber, formatRate, type Lang } from './format';
import { orderIndicators } from './gap-rows';
import type { Translate } from './translate';

/** An assumption the sensitivity tools and goal seek can vary, with its label and current value. */
export interface AssumptionOption {
  /** A stable text key for selects: "growth:gdp", "yearGrowth:gdp", "shock:gdp:0:size", "parameter:share". */
  key: string;
  assumption: GoalSeekAssumption;
  label: string;
  /** True for rates (decimals, shown in percent); false for a parameter (its own unit). */
  isRate: boolean;
  /** The value in the current scenario (decimal for rates); null when the scenario does not prepare. */
  value: number | null;
}

/** The key of an assumption as a select value; yearGrowth keys leave the years out (they are chosen separately). */
export function assumptionKey(a: GoalSeekAssumption): string {
  switch (a.kind) {
    case 'growth':
    case 'yearGrowth':
      return `${a.kind}:${a.indicator}`;
    case 'shock':
      return `shock:${a.indicator}:${a.index}:${a.field}`;
    case 'parameter':
      return `parameter:${a.name}`;
  }
}

/**
 * The years a per-year growth assumption covers by default: from the year after the last actual (without actuals,
 * the first projected year, baseYear + 1) to the horizon; years with an actual are fixed and left out.
 */
export function defaultYears(plan: Plan, scenario: Scenario, indicator: string, horizon: number): number[] {
  const actuals = Object.keys(scenario.indicators?.[indicator]?.actuals ?? {}).map(Number);
  const first = Math.max(plan.baseYear + 1, ...actuals.map((y) => y + 1));
  const years: number[] = [];
  for (let y = first; y <= horizon; y++) years.push(y);
  return years;
}

/** "2022–2025" for a run of years, else the years joined ("2022, 2024"). */
export function yearsText(years: readonly number[]): string {
  const sorted = [...years].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  if (sorted.length > 1 && last - first === sorted.length - 1) return `${first}–${last}`;
  return sorted.join(', ');
}

/** The label of an assumption in the UI language, e.g. "财税总收入 · 年均增速" or "参数 share". */
export function assumptionLabel(a: GoalSeekAssumption, plan: Plan, scenario: Scenario, lang: Lang, t: Translate): string {
  if (a.kind === 'parameter') return t('stress.assumption.parameter', { name: a.name });
  const ind = plan.indicators.find((i) => i.id === a.indicator);
  const name = ind ? pick(ind.name, lang) : a.indicator;
  if (a.kind === 'growth') return `${name} · ${t('stress.assumption.growth')}`;
  if (a.kind === 'yearGrowth') return `${name} · ${t('stress.assumption.yearGrowth', { years: yearsText(a.years) })}`;
  const shock = scenario.indicators?.[a.indicator]?.shocks?.[a.index];
  const label = shock?.label && shock.label.trim() !== '' ? shock.label : t(`shock.kinds.${shock?.kind ?? 'level'}`);
  return `${name} · ${t('stress.assumption.shock', { n: a.index + 1, label, field: t(`shock.${a.field}`) })}`;
}

/** A value of an assumption as shown: rates in percent (one decimal more than usual), parameters as typed. */
export function assumptionValueText(value: number | null, isRate: boolean, lang: Lang): string {
  if (value === null) return '—';
  return isRate ? formatRate(value, lang, 2) : formatNumber(value, Math.abs(value) >= 100 ? 1 : 4, lang).replace(/0+$/, '').replace(/[.,]$/, '');
}

function shockField(kind: 'level' | 'dip' | 'growth'): 'size' | 'depth' | 'delta' {
  return kind === 'level' ? 'size' : kind === 'dip' ? 'depth' : 'delta';
}

/**
 * Every assumption the scenario lets goal seek and the sensitivity tools vary, lead indicators first: each
 * indicator's uniform growth and its per-year growth over `defaultYears` (only where the value responds to g),
 * each shock's size / depth / delta, and each formula parameter.
 */
export function assumptionOptions(plan: Plan, scenario: Scenario, lang: Lang, t: Translate): AssumptionOption[] {
  const prepared = tryPrepareModel(plan, scenario);
  const model: PreparedModel | null = prepared.ok ? prepared.model : null;
  const horizon = model?.horizon ?? plan.targetYear;
  const out: AssumptionOption[] = [];
  const push = (assumption: GoalSeekAssumption, isRate: boolean) => {
    out.push({
      key: assumptionKey(assumption),
      assumption,
      label: assumptionLabel(assumption, plan, scenario, lang, t),
      isRate,
      value: model ? assumptionValue(model, assumption) : null,
    });
  };
  for (const ind of orderIndicators(plan.indicators)) {
    const i = model ? model.indicators.findIndex((m) => m.id === ind.id) : -1;
    if (!model || readsGrowth(model, i)) {
      push({ kind: 'growth', indicator: ind.id }, true);
      const years = defaultYears(plan, scenario, ind.id, horizon);
      if (years.length > 0) push({ kind: 'yearGrowth', indicator: ind.id, years }, true);
    }
    (scenario.indicators?.[ind.id]?.shocks ?? []).forEach((s, index) => {
      push({ kind: 'shock', indicator: ind.id, index, field: shockField(s.kind) }, true);
    });
  }
  for (const name of Object.keys(scenario.parameters ?? {})) push({ kind: 'parameter', name }, false);
  return out;
}

/** The option with this key, or undefined. */
export function findOption(options: readonly AssumptionOption[], key: string): AssumptionOption | undefined {
  return options.find((o) => o.key === key);
}

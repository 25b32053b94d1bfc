import type { Plan } from '../../shared/plan/plan-schema';
import type { Shock } from '../../shared/scenario/scenario-schema';
import { pick } from '../../shared/export/export-labels';
import type { AssumptionDiff, AssumptionValue } from './assumption-diff';
import { describeShock } from './explain-number';
import { formatNumber, formatRate, withUnit, type Lang } from './format';
import type { Translate } from './translate';

/** What a diff line is about, e.g. "财税总收入 · 2023年增速" or "参数 share". */
export function assumptionLabel(diff: AssumptionDiff, plan: Plan, lang: Lang, t: Translate): string {
  const ind = diff.indicator === null ? undefined : plan.indicators.find((i) => i.id === diff.indicator);
  const name = ind ? pick(ind.name, lang) : (diff.indicator ?? '');
  const field = t(`diff.field.${diff.field}`, { detail: diff.detail ?? '' });
  return diff.indicator === null ? field : `${name} · ${field}`;
}

function isShockList(value: AssumptionValue): value is readonly Shock[] {
  return Array.isArray(value);
}

/**
 * One scenario's value of a differing assumption as text: rates in percent, actuals and bases with the indicator's
 * unit, shocks one per line, and "plan baseline" where the scenario sets nothing.
 */
export function assumptionValueText(diff: AssumptionDiff, value: AssumptionValue, plan: Plan, lang: Lang, t: Translate): string {
  if (value === undefined) return t('diff.baseline');
  const ind = diff.indicator === null ? undefined : plan.indicators.find((i) => i.id === diff.indicator);
  const unit = ind ? pick(ind.unit, lang) : '';
  switch (diff.field) {
    case 'growth':
    case 'yearGrowth':
      return typeof value === 'number' ? formatRate(value, lang) : String(value);
    case 'actual':
    case 'base':
      return typeof value === 'number' ? withUnit(formatNumber(value, ind?.decimals ?? 2, lang), unit) : String(value);
    case 'shocks':
      return isShockList(value) ? value.map((s) => describeShock(s, lang, t)).join('; ') : String(value);
    case 'reference':
      if (typeof value === 'number') return formatRate(value, lang);
      if (typeof value === 'object' && !isShockList(value)) {
        return Object.entries(value)
          .map(([y, r]) => `${y}: ${formatRate(r, lang)}`)
          .join(', ');
      }
      return String(value);
    case 'horizon':
    case 'parameter':
    case 'formula':
      return String(value);
  }
}

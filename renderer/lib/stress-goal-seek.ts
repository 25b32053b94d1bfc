import { applyAssumption, goalSeek, type GoalSeekAssumption, type GoalSeekRequest } from '../../shared/engine';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { pick } from '../../shared/export/export-labels';
import { formatSignedNumber, parseNumberInput, parsePercentInput, withUnit, type Lang } from './format';
import { project } from './projection';
import { setGrowth, setParameter, setYearGrowth, updateShock } from './scenario-edit';
import { assumptionValueText, findOption, type AssumptionOption } from './stress-assumptions';
import type { Translate } from './translate';

/** What the goal-seek form holds: texts as typed (rates in percent, a parameter in its unit). */
export interface GoalSeekForm {
  indicator: string;
  assumptionKey: string;
  /** Years of a per-year growth assumption. */
  years: number[];
  lo: string;
  hi: string;
}

/** A form turned into an engine request, or the field that is wrong and the i18n key of why. */
export type GoalSeekFormResult =
  | { ok: true; request: GoalSeekRequest; isRate: boolean }
  | { ok: false; field: 'indicator' | 'assumption' | 'years' | 'lo' | 'hi'; message: string };

/** The default search range of an assumption (decimal for rates): wide enough for a growth rate or a shock, around a parameter's value. */
export function defaultRange(option: AssumptionOption): [number, number] {
  const a = option.assumption;
  if (a.kind === 'growth' || a.kind === 'yearGrowth') return [-0.2, 0.4];
  if (a.kind === 'shock') return a.field === 'depth' ? [0, 0.9] : a.field === 'size' ? [-0.5, 0.5] : [-0.2, 0.2];
  const v = option.value ?? 0;
  return v === 0 ? [-1, 1] : [v - Math.abs(v), v + Math.abs(v)];
}

/** A range end as the form shows it: percent for rates (0.4 → "40"), the number itself for a parameter. */
export function rangeText(value: number, isRate: boolean): string {
  return String(Math.round((isRate ? value * 100 : value) * 1e6) / 1e6);
}

/**
 * Reads the form into a GoalSeekRequest: the assumption named by its key (per-year growth with the chosen years),
 * the range ends parsed as percent for rates (decimals in the request) or as plain numbers for a parameter,
 * lo < hi. Refusals name the field and say why (an i18n message, via `t`).
 */
export function goalSeekRequest(form: GoalSeekForm, options: readonly AssumptionOption[], t: Translate): GoalSeekFormResult {
  if (form.indicator === '') return { ok: false, field: 'indicator', message: t('stress.seek.pickIndicator') };
  const option = findOption(options, form.assumptionKey);
  if (!option) return { ok: false, field: 'assumption', message: t('stress.seek.pickAssumption') };
  let assumption: GoalSeekAssumption = option.assumption;
  if (assumption.kind === 'yearGrowth') {
    if (form.years.length === 0) return { ok: false, field: 'years', message: t('stress.seek.pickYears') };
    assumption = { ...assumption, years: [...form.years].sort((a, b) => a - b) };
  }
  const parse = option.isRate ? parsePercentInput : parseNumberInput;
  const lo = parse(form.lo);
  const hi = parse(form.hi);
  if (lo === null) return { ok: false, field: 'lo', message: t('field.notNumber') };
  if (hi === null) return { ok: false, field: 'hi', message: t('field.notNumber') };
  if (!(lo < hi)) return { ok: false, field: 'hi', message: t('stress.seek.loBelowHi') };
  return { ok: true, request: { indicator: form.indicator, assumption, lo, hi }, isRate: option.isRate };
}

/** The outcome as the panel shows it: the solved value and the scenario to apply, or a message in the UI language. */
export type GoalSeekOutcome =
  | { ok: true; value: number; valueText: string; gapText: string; iterations: number; assumption: GoalSeekAssumption }
  | { ok: false; code: 'NO_SOLUTION' | 'BAD_REQUEST' | 'INVALID_SCENARIO'; message: string };

function gapAt(plan: Plan, scenario: Scenario, req: GoalSeekRequest, x: number): number | null {
  const s = applyAssumption(scenario, req.assumption, x);
  const run = s ? project(plan, s) : null;
  if (!run?.ok) return null;
  const g = run.result.indicators.find((i) => i.id === req.indicator)?.summary.gap;
  return g !== undefined && Number.isFinite(g) ? g : null;
}

/**
 * Runs the engine's goal seek and words the answer: the value (percent for rates) and the remaining gap with the
 * unit; NO_SOLUTION says which assumption, the range, and the horizon gap at both ends (computed here with the
 * same projection), so the user sees which way to widen the range; other refusals pass the engine's message on.
 */
export function runGoalSeek(plan: Plan, scenario: Scenario, req: GoalSeekRequest, option: AssumptionOption, lang: Lang, t: Translate): GoalSeekOutcome {
  const ind = plan.indicators.find((i) => i.id === req.indicator);
  const unit = ind ? pick(ind.unit, lang) : '';
  const name = ind ? pick(ind.name, lang) : req.indicator;
  const gapText = (g: number | null): string => (g === null ? '—' : withUnit(formatSignedNumber(g, ind?.decimals ?? 2, lang), unit));
  const r = goalSeek(plan, scenario, req);
  if (r.ok) {
    return {
      ok: true,
      value: r.value,
      valueText: assumptionValueText(r.value, option.isRate, lang),
      gapText: gapText(r.gap),
      iterations: r.iterations,
      assumption: req.assumption,
    };
  }
  if (r.error.code !== 'NO_SOLUTION') return { ok: false, code: r.error.code, message: r.error.message };
  const horizon = plan.targetYear;
  const run = project(plan, scenario);
  const year = run.ok ? run.result.horizon : horizon;
  return {
    ok: false,
    code: 'NO_SOLUTION',
    message: t('stress.seek.noSolution', {
      assumption: option.label,
      lo: assumptionValueText(req.lo, option.isRate, lang),
      hi: assumptionValueText(req.hi, option.isRate, lang),
      year,
      name,
      gapLo: gapText(gapAt(plan, scenario, req, req.lo)),
      gapHi: gapText(gapAt(plan, scenario, req, req.hi)),
    }),
  };
}

/**
 * The scenario with a found value applied through the workbench's own edit functions (so empty entries are pruned
 * the same way and the change autosaves and undoes like a hand edit): growth, each chosen year's growth, a
 * shock's field, or a parameter. Null when the assumption names a shock the scenario no longer has.
 */
export function applyFoundValue(scenario: Scenario, assumption: GoalSeekAssumption, value: number): Scenario | null {
  switch (assumption.kind) {
    case 'growth':
      return setGrowth(scenario, assumption.indicator, value);
    case 'yearGrowth':
      return assumption.years.reduce((s, y) => setYearGrowth(s, assumption.indicator, y, value), scenario);
    case 'parameter':
      return setParameter(scenario, assumption.name, value);
    case 'shock': {
      const shock = scenario.indicators?.[assumption.indicator]?.shocks?.[assumption.index];
      if (!shock) return null;
      const applied = applyAssumption(scenario, assumption, value);
      const next = applied?.indicators?.[assumption.indicator]?.shocks?.[assumption.index];
      return next ? updateShock(scenario, assumption.indicator, assumption.index, next) : null;
    }
  }
}

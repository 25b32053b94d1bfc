import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../shared/plan/plan-schema';
import type { Scenario } from '../../../shared/scenario/scenario-schema';
import { toLang } from '../../lib/format';
import { orderIndicators } from '../../lib/gap-rows';
import { findOption, type AssumptionOption } from '../../lib/stress-assumptions';
import { applyFoundValue, defaultRange, goalSeekRequest, rangeText, runGoalSeek, type GoalSeekForm, type GoalSeekOutcome } from '../../lib/stress-goal-seek';
import { asTranslate } from '../../lib/translate';

/** Props of the goal-seek panel; `onApply` hands the edited scenario to the workbench (autosaved, undoable). */
export interface GoalSeekPanelProps {
  plan: Plan;
  scenario: Scenario;
  options: readonly AssumptionOption[];
  onApply: (next: Scenario) => void;
}

function formFor(option: AssumptionOption | undefined, indicator: string): GoalSeekForm {
  const [lo, hi] = option ? defaultRange(option) : [-0.2, 0.4];
  const isRate = option?.isRate ?? true;
  return {
    indicator,
    assumptionKey: option?.key ?? '',
    years: option?.assumption.kind === 'yearGrowth' ? option.assumption.years : [],
    lo: rangeText(lo, isRate),
    hi: rangeText(hi, isRate),
  };
}

/**
 * Goal seek from the UI: the value of one assumption (uniform growth, growth in chosen years, a shock's size or
 * depth, a parameter) within a range that makes an indicator just meet its horizon target; the answer, or why
 * there is none, and a button applying it to the scenario.
 */
export function GoalSeekPanel({ plan, scenario, options, onApply }: GoalSeekPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const tr = useMemo(() => asTranslate(t), [t]);
  const id = useId();
  const lead = orderIndicators(plan.indicators);
  const [form, setForm] = useState<GoalSeekForm>(() => formFor(options[0], lead[0]?.id ?? ''));
  const [outcome, setOutcome] = useState<GoalSeekOutcome | null>(null);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const [applied, setApplied] = useState(false);
  const option = findOption(options, form.assumptionKey);
  const horizon = scenario.horizon ?? plan.targetYear;
  const allYears = Array.from({ length: horizon - plan.baseYear }, (_, k) => plan.startYear + k);

  const update = (next: GoalSeekForm) => {
    setForm(next);
    setOutcome(null);
    setError(null);
    setApplied(false);
  };

  const solve = () => {
    const r = goalSeekRequest(form, options, tr);
    if (!r.ok || !option) {
      setError(r.ok ? { field: 'assumption', message: t('stress.seek.pickAssumption') } : { field: r.field, message: r.message });
      setOutcome(null);
      return;
    }
    setError(null);
    setApplied(false);
    setOutcome(runGoalSeek(plan, scenario, r.request, option, lang, tr));
  };

  const apply = () => {
    if (!outcome?.ok) return;
    const next = applyFoundValue(scenario, outcome.assumption, outcome.value);
    if (next) {
      onApply(next);
      setApplied(true);
    }
  };

  const fieldError = (field: string) =>
    error?.field === field ? (
      <span role="alert" className="field-error">
        {error.message}
      </span>
    ) : null;
  const indName = (iid: string) => {
    const ind = plan.indicators.find((i) => i.id === iid);
    return ind ? (lang === 'en' ? ind.name.en : ind.name.zh) : iid;
  };

  return (
    <div className="goal-seek-panel" data-testid="goal-seek-panel">
      <p className="hint">{t('stress.seek.hint', { year: horizon })}</p>
      <div className="tool-bar">
        <span className="field">
          <label htmlFor={`${id}-ind`} className="field-label">{t('stress.seek.indicator')}</label>
          <select id={`${id}-ind`} value={form.indicator} data-testid="seek-indicator" onChange={(e) => update({ ...form, indicator: e.target.value })}>
            {lead.map((i) => (
              <option key={i.id} value={i.id}>{lang === 'en' ? i.name.en : i.name.zh}</option>
            ))}
          </select>
        </span>
        <span className="field">
          <label htmlFor={`${id}-a`} className="field-label">{t('stress.seek.assumption')}</label>
          <select id={`${id}-a`} value={form.assumptionKey} data-testid="seek-assumption" onChange={(e) => update(formFor(findOption(options, e.target.value), form.indicator))}>
            {options.map((o) => (
              <option key={o.key} value={o.key}>{o.label}</option>
            ))}
          </select>
          {fieldError('assumption')}
        </span>
        <span className="field">
          <label htmlFor={`${id}-lo`} className="field-label">{t('stress.seek.lo')}</label>
          <span className="number-input">
            <input id={`${id}-lo`} type="text" inputMode="decimal" value={form.lo} data-testid="seek-lo" aria-invalid={error?.field === 'lo'} onChange={(e) => update({ ...form, lo: e.target.value })} />
            {option?.isRate ? <span className="suffix" aria-hidden="true">%</span> : null}
          </span>
          {fieldError('lo')}
        </span>
        <span className="field">
          <label htmlFor={`${id}-hi`} className="field-label">{t('stress.seek.hi')}</label>
          <span className="number-input">
            <input id={`${id}-hi`} type="text" inputMode="decimal" value={form.hi} data-testid="seek-hi" aria-invalid={error?.field === 'hi'} onChange={(e) => update({ ...form, hi: e.target.value })} />
            {option?.isRate ? <span className="suffix" aria-hidden="true">%</span> : null}
          </span>
          {fieldError('hi')}
        </span>
        <button type="button" className="primary-button" onClick={solve} data-testid="seek-run">
          {t('stress.seek.solve')}
        </button>
      </div>
      {option?.assumption.kind === 'yearGrowth' ? (
        <fieldset className="year-checks">
          <legend>{t('stress.seek.years')}</legend>
          {allYears.map((y) => (
            <label key={y}>
              <input
                type="checkbox"
                checked={form.years.includes(y)}
                data-testid={`seek-year-${y}`}
                onChange={(e) => update({ ...form, years: e.target.checked ? [...form.years, y].sort((p, q) => p - q) : form.years.filter((x) => x !== y) })}
              />
              {y}
            </label>
          ))}
          {fieldError('years')}
        </fieldset>
      ) : null}
      {option ? <p className="hint">{t('stress.seek.current', { label: option.label, value: option.value === null ? '—' : rangeText(option.value, option.isRate) + (option.isRate ? '%' : '') })}</p> : null}
      {outcome?.ok ? (
        <div className="seek-result ok" role="status" data-testid="seek-result">
          <p>
            {t('stress.seek.found', { label: option?.label ?? '', value: outcome.valueText, year: horizon, name: indName(form.indicator), gap: outcome.gapText, n: outcome.iterations })}
          </p>
          <button type="button" className="primary-button" onClick={apply} disabled={applied} data-testid="seek-apply">
            {t('stress.seek.apply')}
          </button>
          {applied ? <span className="hint"> {t('stress.seek.applied')}</span> : null}
        </div>
      ) : null}
      {outcome && !outcome.ok ? (
        <div className="seek-result fail notice error" role="alert" data-testid="seek-result" data-code={outcome.code}>
          <p className="notice-title">{t(outcome.code === 'NO_SOLUTION' ? 'stress.seek.noSolutionTitle' : 'stress.seek.refused')}</p>
          <p>{outcome.message}</p>
        </div>
      ) : null}
    </div>
  );
}

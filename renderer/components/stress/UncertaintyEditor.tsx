import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { tryPrepareModel, type ScenarioIssue } from '../../../shared/engine';
import type { Plan } from '../../../shared/plan/plan-schema';
import type { Scenario } from '../../../shared/scenario/scenario-schema';
import { canonicalJson, type UncertaintySpec, type UncertaintySuggestion } from '../../../shared/stress';
import { readsGrowth } from '../../../shared/stress/validate-stress-spec';
import { formatNumber, toLang } from '../../lib/format';
import { LEAD_INDICATORS, orderIndicators } from '../../lib/gap-rows';
import { clearCorrelation, impliedCorrelation, setParameterDistribution } from '../../lib/stress-spec-edit';
import { IssueList } from '../IssueList';
import { CalibrationNote } from './CalibrationNote';
import { DistributionFields } from './DistributionFields';
import { GrowthUncertaintyTable, type GrowthRowInfo } from './GrowthUncertaintyTable';
import { ShockEventsEditor } from './ShockEventsEditor';

/** Props of the uncertainty editor. `issues` refuse a run; `warnings` name parts that have no effect. */
export interface UncertaintyEditorProps {
  plan: Plan;
  scenario: Scenario;
  spec: UncertaintySpec;
  suggestion: UncertaintySuggestion;
  issues: readonly ScenarioIssue[];
  warnings: readonly ScenarioIssue[];
  onChange: (next: UncertaintySpec) => void;
}

/**
 * The uncertainty settings of the scenario: the calibrated suggestion (button and where it comes from), per
 * indicator the growth deviation and its economy-factor loading, random shock events, the distributions of formula
 * parameters, and whatever in the spec is refused or has no effect.
 */
export function UncertaintyEditor({ plan, scenario, spec, suggestion, issues, warnings, onChange }: UncertaintyEditorProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const prepared = useMemo(() => tryPrepareModel(plan, scenario), [plan, scenario]);
  const rows: GrowthRowInfo[] = useMemo(() => {
    if (!prepared.ok) return orderIndicators(plan.indicators);
    const model = prepared.model;
    return orderIndicators(plan.indicators).filter((ind) => readsGrowth(model, model.indicators.findIndex((m) => m.id === ind.id)));
  }, [plan, prepared]);
  const names = useMemo(() => Object.fromEntries(plan.indicators.map((i) => [i.id, lang === 'en' ? i.name.en : i.name.zh])), [plan, lang]);
  const years = prepared.ok ? Array.from({ length: prepared.model.nYears - 1 }, (_, k) => plan.baseYear + 1 + k) : [];
  const specJson = canonicalJson(spec);
  const inUse = specJson === canonicalJson(suggestion.spec);
  const [a, b] = LEAD_INDICATORS;
  const bothUncertain = a !== undefined && b !== undefined && spec.growth !== undefined && Object.hasOwn(spec.growth, a) && Object.hasOwn(spec.growth, b);
  const params = Object.keys(scenario.parameters ?? {});

  return (
    <div className="uncertainty-editor" aria-label={t('stress.spec.title')}>
      <div className="button-row">
        <button type="button" className="primary-button" data-testid="apply-suggestion" onClick={() => onChange(suggestion.spec)}>
          {t('stress.calibration.apply')}
        </button>
        <button type="button" className="small-button" data-testid="clear-spec" onClick={() => onChange({})} disabled={specJson === '{}'}>
          {t('stress.spec.clear')}
        </button>
      </div>
      <CalibrationNote suggestion={suggestion} names={names} inUse={inUse} />
      {specJson === '{}' ? <p className="hint" data-testid="spec-empty">{t('stress.spec.empty')}</p> : null}
      <IssueList issues={issues} title={t('stress.spec.issues')} hint={null} testId="spec-errors" />
      <IssueList issues={warnings} title={t('stress.spec.warnings')} hint={null} kind="warning" testId="spec-warnings" />

      <section className="editor-section">
        <h3>{t('stress.spec.growthTitle')}</h3>
        <p className="hint">{t('stress.spec.growthHint')}</p>
        <GrowthUncertaintyTable rows={rows} spec={spec} onChange={onChange} />
        {bothUncertain ? (
          <p className="hint" data-testid="implied-correlation">
            {t('stress.spec.implied', { a: names[a] ?? a, b: names[b] ?? b, rho: formatNumber(impliedCorrelation(spec, a, b), 2, lang) })}
          </p>
        ) : null}
        {spec.correlation ? (
          <p className="hint">
            {t('stress.spec.matrix', { names: spec.correlation.indicators.map((id) => names[id] ?? id).join('、') })}
            <button type="button" className="small-button" onClick={() => onChange(clearCorrelation(spec))}>
              {t('stress.spec.removeMatrix')}
            </button>
          </p>
        ) : null}
      </section>

      <section className="editor-section">
        <h3>{t('stress.events.title')}</h3>
        <p className="hint">{t('stress.events.hint')}</p>
        <ShockEventsEditor plan={plan} spec={spec} years={years} onChange={onChange} />
      </section>

      {params.length > 0 ? (
        <section className="editor-section">
          <h3>{t('stress.params.title')}</h3>
          <p className="hint">{t('stress.params.hint')}</p>
          <ul className="param-dist-list">
            {params.map((name) => (
              <li key={name}>
                <code>{name}</code>
                <DistributionFields
                  value={spec.parameters?.[name]}
                  percent={false}
                  allowNone
                  label={name}
                  testId={`param-dist-${name}`}
                  defaultSpread={Math.abs(scenario.parameters?.[name] ?? 0) * 0.1 || 0.01}
                  onChange={(d) => onChange(setParameterDistribution(spec, name, d))}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

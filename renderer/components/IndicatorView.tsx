import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectionResult, ScenarioIssue } from '../../shared/engine';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { toLang } from '../lib/format';
import { gapRow, orderIndicators } from '../lib/gap-rows';
import { AnnualTargets } from './AnnualTargets';
import { AssumptionsEditor } from './AssumptionsEditor';
import { IndicatorSummary } from './IndicatorSummary';
import { IssueList } from './IssueList';
import { TrajectoryChart } from './TrajectoryChart';

/** Props of the indicator screen. `result` is the latest projection that ran (kept while `issues` block a new one). */
export interface IndicatorViewProps {
  plan: Plan;
  scenario: Scenario;
  result: ProjectionResult;
  issues: readonly ScenarioIssue[];
  indicatorId: string;
  chartHeight: number;
  onSelect: (indicatorId: string) => void;
  onEdit: (next: Scenario) => void;
  onBack: () => void;
}

/** One indicator: its summary, its trajectory chart and the assumptions editor side by side. */
export function IndicatorView(props: IndicatorViewProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const selectId = useId();
  const projection = props.result.indicators.find((i) => i.id === props.indicatorId) ?? props.result.indicators[0];
  if (!projection) return null;
  const ordered = orderIndicators(props.plan.indicators);
  return (
    <div className="indicator-view">
      <div className="indicator-bar">
        <button type="button" className="small-button" onClick={props.onBack}>
          ← {t('nav.backToGaps')}
        </button>
        <span className="field">
          <label htmlFor={selectId} className="field-label">{t('indicator.choose')}</label>
          <select id={selectId} value={projection.id} onChange={(e) => props.onSelect(e.target.value)} data-testid="indicator-select">
            {ordered.map((ind) => (
              <option key={ind.id} value={ind.id}>
                {lang === 'en' ? ind.name.en : ind.name.zh}
              </option>
            ))}
          </select>
        </span>
        <IndicatorSummary row={gapRow(projection, props.result.horizon, lang)} />
      </div>
      <AnnualTargets checks={projection.annualTargets} />
      <IssueList issues={props.issues} />
      <div className="indicator-body">
        <section className="panel chart-panel" aria-label={t('chart.sectionLabel')}>
          <TrajectoryChart plan={props.plan} scenario={props.scenario} projection={projection} height={props.chartHeight} />
          <p className="hint">{t('chart.hoverHint')}</p>
        </section>
        <section className="panel editor-panel" aria-labelledby="editor-title">
          <h2 id="editor-title">{t('editor.titleFor', { name: lang === 'en' ? projection.name.en : projection.name.zh })}</h2>
          <AssumptionsEditor plan={props.plan} projection={projection} scenario={props.scenario} onEdit={props.onEdit} />
        </section>
      </div>
    </div>
  );
}

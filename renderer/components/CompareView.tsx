import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectionResult } from '../../shared/engine';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { diffAssumptions } from '../lib/assumption-diff';
import { buildCompareFigure } from '../lib/compare-traces';
import { toLang } from '../lib/format';
import { orderIndicators } from '../lib/gap-rows';
import { asTranslate } from '../lib/translate';
import { buildVarianceRows } from '../lib/variance';
import { AssumptionDiffList } from './AssumptionDiffList';
import { PlotlyChart } from './PlotlyChart';
import { VarianceTable } from './VarianceTable';

/** One compared scenario: its name, its assumptions and its projection (null when it cannot run). */
export interface ComparedScenario {
  id: string;
  name: string;
  scenario: Scenario;
  result: ProjectionResult | null;
}

/** Props of the comparison of two to four scenarios against the frozen baseline. */
export interface CompareViewProps {
  plan: Plan;
  baseline: ProjectionResult;
  compared: readonly ComparedScenario[];
  chartHeight: number;
}

/** Side-by-side comparison: overlaid trajectories of one indicator, the variance table and the assumptions that differ. */
export function CompareView({ plan, baseline, compared, chartHeight }: CompareViewProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const selectId = useId();
  const ordered = orderIndicators(plan.indicators);
  const [indicatorId, setIndicatorId] = useState(ordered[0]?.id ?? '');
  const runnable = useMemo(
    () => compared.filter((c): c is ComparedScenario & { result: ProjectionResult } => c.result !== null),
    [compared],
  );
  const names = runnable.map((c) => c.name);

  const figure = useMemo(() => {
    const base = baseline.indicators.find((i) => i.id === indicatorId);
    if (!base) return null;
    const runs = runnable.flatMap((c) => {
      const p = c.result.indicators.find((i) => i.id === indicatorId);
      return p ? [{ name: c.name, projection: p }] : [];
    });
    return buildCompareFigure(base, runs, lang, asTranslate(t));
  }, [baseline, runnable, indicatorId, lang, t]);
  const variance = useMemo(() => buildVarianceRows(baseline, runnable.map((c) => c.result), lang), [baseline, runnable, lang]);
  const diffs = useMemo(() => diffAssumptions(compared.map((c) => c.scenario), plan.indicators.map((i) => i.id)), [compared, plan]);
  const broken = compared.filter((c) => c.result === null);
  const name = (id: string) => {
    const ind = plan.indicators.find((i) => i.id === id);
    return ind ? (lang === 'en' ? ind.name.en : ind.name.zh) : id;
  };

  return (
    <section className="panel compare" aria-labelledby="compare-title" data-testid="compare-view">
      <header className="panel-head">
        <h2 id="compare-title">{t('compare.title', { n: compared.length })}</h2>
        <span className="field">
          <label htmlFor={selectId} className="field-label">{t('indicator.choose')}</label>
          <select id={selectId} value={indicatorId} onChange={(e) => setIndicatorId(e.target.value)} data-testid="compare-indicator">
            {ordered.map((ind) => (
              <option key={ind.id} value={ind.id}>{name(ind.id)}</option>
            ))}
          </select>
        </span>
      </header>
      {broken.length > 0 ? (
        <p className="notice error" role="alert">{t('compare.broken', { names: broken.map((b) => b.name).join('、') })}</p>
      ) : null}
      {figure ? (
        <PlotlyChart figure={figure} lang={lang} height={chartHeight} label={t('compare.chartLabel', { name: name(indicatorId) })} testId="compare-chart" />
      ) : null}
      <h3>{t('compare.varianceTitle')}</h3>
      <VarianceTable rows={variance} names={names} horizon={baseline.horizon} />
      <h3>{t('compare.diffTitle')}</h3>
      <AssumptionDiffList plan={plan} diffs={diffs} names={compared.map((c) => c.name)} />
    </section>
  );
}

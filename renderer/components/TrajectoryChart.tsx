import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorProjection } from '../../shared/engine';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { buildTrajectoryFigure } from '../lib/chart-traces';
import { toLang } from '../lib/format';
import { asTranslate } from '../lib/translate';
import { PlotlyChart } from './PlotlyChart';

/** Props of one indicator's trajectory chart. */
export interface TrajectoryChartProps {
  plan: Plan;
  scenario: Scenario;
  projection: IndicatorProjection;
  height: number;
}

/** The indicator's history, target paths, projection, actuals and yearly gap, redrawn on every change. */
export function TrajectoryChart({ plan, scenario, projection, height }: TrajectoryChartProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const figure = useMemo(
    () => buildTrajectoryFigure({ plan, scenario, projection, lang, t: asTranslate(t) }),
    [plan, scenario, projection, lang, t],
  );
  const name = lang === 'en' ? projection.name.en : projection.name.zh;
  return <PlotlyChart figure={figure} lang={lang} height={height} label={t('chart.label', { name })} testId="trajectory-chart" />;
}

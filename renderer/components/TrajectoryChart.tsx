import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorProjection } from '../../shared/engine';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { requestChartExport } from '../export/chart-export-request';
import { exportTexts } from '../export/export-texts';
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

/**
 * The indicator's history, target paths, projection, actuals and yearly gap, redrawn on every change. Its own
 * export entry (a button on the chart and the mode bar's save icon) opens the export dialog on this indicator.
 */
export function TrajectoryChart({ plan, scenario, projection, height }: TrajectoryChartProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const figure = useMemo(
    () => buildTrajectoryFigure({ plan, scenario, projection, lang, t: asTranslate(t) }),
    [plan, scenario, projection, lang, t],
  );
  const name = lang === 'en' ? projection.name.en : projection.name.zh;
  const tx = exportTexts(lang);
  const onExport = () => requestChartExport(projection.id);
  return (
    <div className="trajectory-chart">
      <button type="button" className="small-button chart-export-button" onClick={onExport} title={tx.chartExportTitle(name)} data-testid="chart-export">
        {tx.chartExport}
      </button>
      <PlotlyChart
        figure={figure}
        lang={lang}
        height={height}
        label={t('chart.label', { name })}
        testId="trajectory-chart"
        exportAction={{ title: tx.chartExportTitle(name), onExport }}
      />
    </div>
  );
}

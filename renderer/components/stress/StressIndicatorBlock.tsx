import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StressIndicatorResult } from '../../../shared/stress';
import type { UncertaintySpec } from '../../../shared/stress/stress-schema';
import { requestStressChartExport, type StressChartKind } from '../../export/chart-export-request';
import { exportTexts } from '../../export/export-texts';
import { stressChartKinds, stressChartName } from '../../export/stress-chart-figure';
import { toLang } from '../../lib/format';
import { probabilityCard } from '../../lib/stress-cards';
import { buildFanFigure, stressName } from '../../lib/stress-fan-chart';
import { buildHistogramFigure } from '../../lib/stress-histogram-chart';
import { asTranslate } from '../../lib/translate';
import { PlotlyChart } from '../PlotlyChart';
import { ProbabilityCard } from './ProbabilityCards';

/** Props of one indicator's results: its stress result, the run's seed, path count and horizon, whether it is stale, chart heights. */
export interface StressIndicatorBlockProps {
  indicator: StressIndicatorResult;
  seed: number;
  paths: number;
  horizon: number;
  /** True when the run shown was saved before the scenario or its uncertainty changed (said on exported charts). */
  stale: boolean;
  /** The uncertainty the run drew from (for the exported charts' footnote). */
  spec?: UncertaintySpec;
  fanHeight: number;
  onRemove?: () => void;
}

/**
 * One indicator: its fan chart, and beside it the probability card and the histogram at the horizon with the
 * target line. The fan's 导出此图 button and both charts' mode bar save icons open the export dialog on that
 * chart, with the run's seed and path count for the footnote.
 */
export function StressIndicatorBlock({ indicator, seed, paths, horizon, stale, spec, fanHeight, onRemove }: StressIndicatorBlockProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const tr = useMemo(() => asTranslate(t), [t]);
  const fan = useMemo(() => buildFanFigure(indicator, lang, tr), [indicator, lang, tr]);
  const hist = useMemo(() => buildHistogramFigure(indicator, paths, lang, tr), [indicator, paths, lang, tr]);
  const card = useMemo(() => probabilityCard(indicator, paths, lang), [indicator, paths, lang]);
  const name = stressName(indicator, lang);
  const tx = exportTexts(lang);
  const exportTitle = (kind: StressChartKind) => tx.stressChartExportTitle(name, stressChartName(kind, indicator, lang));
  const onExport = (kind: StressChartKind) => () => requestStressChartExport({ kind, indicator, seed, paths, stale, ...(spec ? { spec } : {}) });
  return (
    <article className="stress-block" data-indicator={indicator.id}>
      <div className="stress-block-main">
        <div className="stress-block-head">
          <h3>{t('stress.fan.title', { name })}</h3>
          <span className="stress-block-actions">
            <button type="button" className="small-button" onClick={onExport('fan')} title={exportTitle('fan')} data-testid={`fan-export-${indicator.id}`}>
              {tx.chartExport}
            </button>
            {onRemove ? (
              <button type="button" className="small-button" onClick={onRemove} aria-label={t('stress.results.hide', { name })}>
                ×
              </button>
            ) : null}
          </span>
        </div>
        <PlotlyChart
          figure={fan}
          lang={lang}
          height={fanHeight}
          label={t('stress.fan.label', { name })}
          testId={`fan-${indicator.id}`}
          exportAction={{ title: exportTitle('fan'), onExport: onExport('fan') }}
        />
      </div>
      <div className="stress-block-side">
        <ProbabilityCard card={card} horizon={horizon} />
        {indicator.uncertain ? (
          <PlotlyChart
            figure={hist}
            lang={lang}
            height={210}
            label={t('stress.hist.label', { name, year: horizon })}
            testId={`hist-${indicator.id}`}
            exportAction={stressChartKinds(indicator).includes('histogram') ? { title: exportTitle('histogram'), onExport: onExport('histogram') } : undefined}
          />
        ) : null}
      </div>
    </article>
  );
}

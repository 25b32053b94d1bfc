import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { StressIndicatorResult } from '../../../shared/stress';
import { toLang } from '../../lib/format';
import { probabilityCard } from '../../lib/stress-cards';
import { buildFanFigure, stressName } from '../../lib/stress-fan-chart';
import { buildHistogramFigure } from '../../lib/stress-histogram-chart';
import { asTranslate } from '../../lib/translate';
import { PlotlyChart } from '../PlotlyChart';
import { ProbabilityCard } from './ProbabilityCards';

/** Props of one indicator's results: its stress result, the run's path count and horizon, chart heights. */
export interface StressIndicatorBlockProps {
  indicator: StressIndicatorResult;
  paths: number;
  horizon: number;
  fanHeight: number;
  onRemove?: () => void;
}

/** One indicator: its fan chart, and beside it the probability card and the histogram at the horizon with the target line. */
export function StressIndicatorBlock({ indicator, paths, horizon, fanHeight, onRemove }: StressIndicatorBlockProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const tr = useMemo(() => asTranslate(t), [t]);
  const fan = useMemo(() => buildFanFigure(indicator, lang, tr), [indicator, lang, tr]);
  const hist = useMemo(() => buildHistogramFigure(indicator, paths, lang, tr), [indicator, paths, lang, tr]);
  const card = useMemo(() => probabilityCard(indicator, paths, lang), [indicator, paths, lang]);
  const name = stressName(indicator, lang);
  return (
    <article className="stress-block" data-indicator={indicator.id}>
      <div className="stress-block-main">
        <div className="stress-block-head">
          <h3>{t('stress.fan.title', { name })}</h3>
          {onRemove ? (
            <button type="button" className="small-button" onClick={onRemove} aria-label={t('stress.results.hide', { name })}>
              ×
            </button>
          ) : null}
        </div>
        <PlotlyChart figure={fan} lang={lang} height={fanHeight} label={t('stress.fan.label', { name })} testId={`fan-${indicator.id}`} />
      </div>
      <div className="stress-block-side">
        <ProbabilityCard card={card} horizon={horizon} />
        {indicator.uncertain ? (
          <PlotlyChart figure={hist} lang={lang} height={210} label={t('stress.hist.label', { name, year: horizon })} testId={`hist-${indicator.id}`} />
        ) : null}
      </div>
    </article>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StressResult } from '../../../shared/stress';
import type { UncertaintySpec } from '../../../shared/stress/stress-schema';
import { toLang } from '../../lib/format';
import { orderIndicators } from '../../lib/gap-rows';
import { formatCount, jointCard, jointSetCards } from '../../lib/stress-cards';
import { JointProbabilityCard, JointSetProbabilityCard } from './ProbabilityCards';
import { StressIndicatorBlock } from './StressIndicatorBlock';

/** Where the figures on screen come from: this session's run, or a saved run (with its time and staleness). */
export type ResultSource = { kind: 'live' } | { kind: 'saved'; time: string; stale: boolean };

/** Props of the results area. */
export interface StressResultsProps {
  result: StressResult;
  source: ResultSource;
  /** The uncertainty the shown run drew from, for exported charts; absent when unknown. */
  spec?: UncertaintySpec;
  /** Indicator ids shown, in order (the lead indicators and any the user added). */
  shown: readonly string[];
  fanHeight: number;
  onShow: (id: string) => void;
  onHide: (id: string) => void;
}

/**
 * The results of a run: which run it is (seed, paths, saved or live, stale), the joint probability of each extra set
 * (the revenue pair first) and of all targets, and per shown indicator its fan chart, probability card and horizon
 * histogram; a menu adds any other indicator.
 */
export function StressResults({ result, source, spec, shown, fanHeight, onShow, onHide }: StressResultsProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const selectId = useId();
  const ordered = orderIndicators(result.indicators);
  const blocks = shown.map((id) => result.indicators.find((i) => i.id === id)).filter((i) => i !== undefined);
  const hidden = ordered.filter((i) => !shown.includes(i.id));
  return (
    <div className="stress-results" data-testid="stress-results" data-source={source.kind}>
      <div className="results-head">
        <p className="run-identity" data-testid="run-identity">
          {t(source.kind === 'saved' ? 'stress.results.saved' : 'stress.results.live', {
            time: source.kind === 'saved' ? source.time : '',
            seed: result.seed,
            paths: formatCount(result.paths, lang),
          })}
          {source.kind === 'saved' && source.stale ? (
            <span className="tag stale-tag" title={t('stress.saved.staleTitle')}>
              {t('stress.saved.stale')}
            </span>
          ) : null}
        </p>
        {jointSetCards(result, lang).map((card) => (
          <JointSetProbabilityCard key={card.id} card={card} horizon={result.horizon} />
        ))}
        <JointProbabilityCard card={jointCard(result, lang)} horizon={result.horizon} />
      </div>
      {result.warnings.length > 0 ? (
        <ul className="hint warn-text">
          {result.warnings.map((w, k) => (
            <li key={k}>
              <code>{w.path}</code>: {w.message}
            </li>
          ))}
        </ul>
      ) : null}
      {blocks.map((ind, k) => (
        <StressIndicatorBlock
          key={ind.id}
          indicator={ind}
          seed={result.seed}
          paths={result.paths}
          horizon={result.horizon}
          stale={source.kind === 'saved' && source.stale}
          spec={spec}
          fanHeight={fanHeight}
          onRemove={k >= 2 ? () => onHide(ind.id) : undefined}
        />
      ))}
      {hidden.length > 0 ? (
        <span className="field inline add-indicator">
          <label htmlFor={selectId} className="field-label">{t('stress.results.add')}</label>
          <select
            id={selectId}
            value=""
            data-testid="stress-add-indicator"
            onChange={(e) => {
              if (e.target.value !== '') onShow(e.target.value);
            }}
          >
            <option value="">{t('stress.results.choose')}</option>
            {hidden.map((i) => (
              <option key={i.id} value={i.id}>{lang === 'en' ? i.name.en : i.name.zh}</option>
            ))}
          </select>
        </span>
      ) : null}
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { UncertaintySuggestion } from '../../../shared/stress';
import { formatRate, toLang } from '../../lib/format';

/**
 * Where the calibrated suggestion comes from: the engine's source text (the previous plan's record, 表1 of the
 * plan) and, per indicator, planned vs achieved growth and the spread derived from them.
 */
export function CalibrationNote({ suggestion, names, inUse }: { suggestion: UncertaintySuggestion; names: Record<string, string>; inUse: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  return (
    <div className="calibration-note" data-testid="calibration-note" data-in-use={inUse}>
      <p className="calibration-head">
        <strong>{t(inUse ? 'stress.calibration.inUse' : 'stress.calibration.available')}</strong>
      </p>
      <table className="calibration-table">
        <caption className="sr-only">{t('stress.calibration.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stress.spec.indicator')}</th>
            <th scope="col" className="num">{t('stress.calibration.planned')}</th>
            <th scope="col" className="num">{t('stress.calibration.achieved')}</th>
            <th scope="col" className="num">{t('stress.calibration.sd')}</th>
          </tr>
        </thead>
        <tbody>
          {suggestion.rows.map((r) => (
            <tr key={r.indicator}>
              <th scope="row">{names[r.indicator] ?? r.indicator}</th>
              <td className="num">{formatRate(r.planned, lang)}</td>
              <td className="num">{formatRate(r.achieved, lang)}</td>
              <td className="num">
                {formatRate(r.sd, lang)}
                {r.floored ? <span className="tag">{t('stress.calibration.floored')}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <details className="calibration-source" open={inUse}>
        <summary>{t('stress.calibration.source')}</summary>
        <p data-testid="calibration-source">{lang === 'en' ? suggestion.source.en : suggestion.source.zh}</p>
      </details>
    </div>
  );
}

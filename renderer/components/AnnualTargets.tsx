import { useTranslation } from 'react-i18next';
import type { AnnualTargetCheck } from '../../shared/engine';
import { formatRate, toLang } from '../lib/format';
import { StatusMark } from './StatusMark';

/** The plan's one-year growth targets for this indicator (e.g. 2023 地方财政收入 +10 %) against the projected growth. */
export function AnnualTargets({ checks }: { checks: readonly AnnualTargetCheck[] }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  if (checks.length === 0) return null;
  return (
    <ul className="annual-targets" aria-label={t('annual.title')}>
      {checks.map((c) => (
        <li key={c.year} data-year={c.year}>
          {t('annual.line', { year: c.year, target: formatRate(c.targetGrowth, lang), growth: formatRate(c.growth, lang) })}{' '}
          {c.met === null ? <span className="muted">{t('annual.outside')}</span> : <StatusMark onTrack={c.met} />}
        </li>
      ))}
    </ul>
  );
}

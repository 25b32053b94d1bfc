import { useTranslation } from 'react-i18next';
import type { GapRow } from '../lib/gap-rows';
import { RequiredGrowth } from './RequiredGrowth';
import { StatusMark } from './StatusMark';

/** The indicator's state at the horizon in one line: projected vs target, gap, growth still needed, on-track mark. */
export function IndicatorSummary({ row }: { row: GapRow }) {
  const { t } = useTranslation();
  return (
    <dl className="indicator-summary" data-indicator={row.id}>
      <div>
        <dt>{t('gap.col.projected', { year: row.horizon })}</dt>
        <dd data-field="projected">{row.projected}</dd>
      </div>
      <div>
        <dt>{t('gap.col.target')}</dt>
        <dd data-field="target">{row.target}</dd>
      </div>
      <div>
        <dt>{t('gap.col.gap')}</dt>
        <dd>
          <span data-field="gap">{row.gap}</span> <span className="muted" data-field="gap-pct">({row.gapPct})</span>
        </dd>
      </div>
      <div>
        <dt>{t('gap.col.required')}</dt>
        <dd data-field="required"><RequiredGrowth row={row} /></dd>
      </div>
      <div>
        <dt>{t('gap.col.status')}</dt>
        <dd><StatusMark onTrack={row.onTrack} /></dd>
      </div>
    </dl>
  );
}

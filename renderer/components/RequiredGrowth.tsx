import { useTranslation } from 'react-i18next';
import type { GapRow } from '../lib/gap-rows';

/** The growth still needed per year, with the years it spans, or why there is none (already met, no years left). */
export function RequiredGrowth({ row }: { row: GapRow }) {
  const { t } = useTranslation();
  if (row.required === null) {
    return <span className="required muted">{t(`gap.requiredNote.${row.requiredNote ?? 'undefined'}`)}</span>;
  }
  return (
    <span className="required">
      <span className="figure">{row.required}</span>{' '}
      <span className="span-years">{t('gap.requiredSpan', { from: row.requiredFrom + 1, to: row.horizon })}</span>
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import type { GapRow } from '../lib/gap-rows';
import { RequiredGrowth } from './RequiredGrowth';
import { StatusMark } from './StatusMark';

/** Props of the home gap panel. */
export interface GapPanelProps {
  rows: readonly GapRow[];
  horizon: number;
  scenarioName: string;
  onOpen: (indicatorId: string) => void;
}

/**
 * The home screen: for every indicator the projected value at the horizon against its target, the gap in its unit
 * and in percent, the growth needed over the remaining years and an on-track mark. Choosing a name opens its chart.
 */
export function GapPanel({ rows, horizon, scenarioName, onOpen }: GapPanelProps) {
  const { t } = useTranslation();
  const onCount = rows.filter((r) => r.onTrack).length;
  return (
    <section className="panel gap-panel" aria-labelledby="gap-title">
      <header className="panel-head">
        <h2 id="gap-title">{t('gap.title', { year: horizon })}</h2>
        <p className="panel-sub">
          {t('gap.subtitle', { name: scenarioName, on: onCount, total: rows.length })}
        </p>
      </header>
      <div className="table-scroll">
        <table className="gap-table">
          <thead>
            <tr>
              <th scope="col">{t('gap.col.indicator')}</th>
              <th scope="col" className="num">{t('gap.col.projected', { year: horizon })}</th>
              <th scope="col" className="num">{t('gap.col.target')}</th>
              <th scope="col" className="num">{t('gap.col.gap')}</th>
              <th scope="col" className="num">{t('gap.col.gapPct')}</th>
              <th scope="col" className="num">{t('gap.col.required')}</th>
              <th scope="col">{t('gap.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-indicator={r.id} className={r.onTrack ? 'row-on' : 'row-off'}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onOpen(r.id)} aria-label={t('gap.open', { name: r.name })}>
                    {r.name}
                  </button>
                  {r.flow ? <span className="tag">{t('gap.cumulative')}</span> : null}
                </th>
                <td className="num" data-field="projected">{r.projected}</td>
                <td className="num" data-field="target">{r.target}</td>
                <td className="num" data-field="gap">{r.gap}</td>
                <td className="num" data-field="gap-pct">{r.gapPct}</td>
                <td className="num" data-field="required"><RequiredGrowth row={r} /></td>
                <td data-field="status"><StatusMark onTrack={r.onTrack} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('gap.hint')}</p>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { VarianceRow } from '../lib/variance';
import { StatusMark } from './StatusMark';

/** The comparison's variance table: per indicator the frozen baseline and target, and each scenario's value and differences. */
export function VarianceTable({ rows, names, horizon }: { rows: readonly VarianceRow[]; names: readonly string[]; horizon: number }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="variance-table" data-testid="variance-table">
        <caption>{t('compare.varianceCaption', { year: horizon })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gap.col.indicator')}</th>
            <th scope="col" className="num">{t('compare.baseline')}</th>
            <th scope="col" className="num">{t('gap.col.target')}</th>
            {names.map((n, k) => (
              <th scope="col" key={k} className="num">{n}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-indicator={r.id}>
              <th scope="row">{r.name}</th>
              <td className="num">{r.baseline}</td>
              <td className="num">{r.target}</td>
              {r.cells.map((c, k) => (
                <td key={k} className="num variance-cell" data-scenario-index={k}>
                  <span className="figure" data-field="value">{c.value}</span>
                  <span className="muted small">
                    {t('compare.vsBaseline')} <span data-field="vs-baseline">{c.vsBaseline}</span> ({c.vsBaselinePct})
                  </span>
                  <span className="muted small">
                    {t('gap.col.gap')} <span data-field="gap">{c.gap}</span>
                  </span>
                  <StatusMark onTrack={c.onTrack} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { Plan } from '../../shared/plan/plan-schema';
import type { AssumptionDiff } from '../lib/assumption-diff';
import { assumptionLabel, assumptionValueText } from '../lib/describe-assumption';
import { toLang } from '../lib/format';
import { asTranslate } from '../lib/translate';

/** The assumptions that differ among the compared scenarios, each scenario's value side by side. */
export function AssumptionDiffList({ plan, diffs, names }: { plan: Plan; diffs: readonly AssumptionDiff[]; names: readonly string[] }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const tr = asTranslate(t);
  if (diffs.length === 0) return <p className="empty-line">{t('compare.noDiffs')}</p>;
  return (
    <div className="table-scroll">
      <table className="diff-table" data-testid="assumption-diffs">
        <caption>{t('compare.diffCaption', { n: diffs.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.assumption')}</th>
            {names.map((n, k) => (
              <th scope="col" key={k}>{n}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {diffs.map((d) => (
            <tr key={d.key} data-key={d.key}>
              <th scope="row">{assumptionLabel(d, plan, lang, tr)}</th>
              {d.values.map((v, k) => (
                <td key={k} className={v === undefined ? 'muted' : undefined}>
                  {assumptionValueText(d, v, plan, lang, tr)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

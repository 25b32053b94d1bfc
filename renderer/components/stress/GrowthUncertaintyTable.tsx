import { useTranslation } from 'react-i18next';
import type { UncertaintySpec } from '../../../shared/stress';
import { toLang } from '../../lib/format';
import { setGrowthDistribution, setLoading } from '../../lib/stress-spec-edit';
import { NumberField } from '../NumberField';
import { DistributionFields } from './DistributionFields';

/** One row of the table: an indicator whose value responds to its growth rate. */
export interface GrowthRowInfo {
  id: string;
  name: { zh: string; en: string };
}

/** Props of the growth-uncertainty table. */
export interface GrowthUncertaintyTableProps {
  rows: readonly GrowthRowInfo[];
  spec: UncertaintySpec;
  onChange: (next: UncertaintySpec) => void;
}

/**
 * Per indicator: the distribution of its yearly growth deviation (in percentage points, added to the scenario's
 * growth every projected year) and its loading on the shared economy factor (−1…1; two indicators with loadings
 * ρ₁, ρ₂ move together with correlation ρ₁ρ₂).
 */
export function GrowthUncertaintyTable({ rows, spec, onChange }: GrowthUncertaintyTableProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const loadings = spec.economy?.loadings ?? {};
  return (
    <table className="stress-growth-table" data-testid="stress-growth-table">
      <caption className="sr-only">{t('stress.spec.growthCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('stress.spec.indicator')}</th>
          <th scope="col">{t('stress.spec.deviation')}</th>
          <th scope="col">{t('stress.spec.loading')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const name = lang === 'en' ? r.name.en : r.name.zh;
          const d = spec.growth !== undefined && Object.hasOwn(spec.growth, r.id) ? spec.growth[r.id] : undefined;
          const loading = Object.hasOwn(loadings, r.id) ? loadings[r.id] : undefined;
          return (
            <tr key={r.id} data-indicator={r.id}>
              <th scope="row">{name}</th>
              <td>
                <DistributionFields
                  value={d}
                  percent
                  allowNone
                  quietKindLabel
                  label={name}
                  testId={`growth-dist-${r.id}`}
                  onChange={(next) => onChange(setGrowthDistribution(spec, r.id, next))}
                />
              </td>
              <td>
                {d ? (
                  <NumberField
                    label={t('stress.spec.loadingOf', { name })}
                    hideLabel
                    value={loading}
                    allowEmpty
                    placeholder="0"
                    min={{ value: -1, inclusive: true }}
                    max={{ value: 1, inclusive: true }}
                    className="compact"
                    testId={`loading-${r.id}`}
                    onCommit={(v) => onChange(setLoading(spec, r.id, v))}
                  />
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { useTranslation } from 'react-i18next';
import type { IndicatorProjection, YearRow } from '../../shared/engine/engine-types';
import type { IndicatorAssumptions } from '../../shared/scenario/scenario-schema';
import { formatNumber, formatRate, percentToRate, rateToPercentField, toLang, withUnit } from '../lib/format';
import { NumberField } from './NumberField';

/** Props of the per-year table; rates are decimals, actuals in the indicator's unit. */
export interface YearTableProps {
  projection: IndicatorProjection;
  assumptions: IndicatorAssumptions;
  onYearGrowth: (year: number, rate: number | undefined) => void;
  onActual: (year: number, value: number | undefined) => void;
  /** "Explain this number" for a year, one line each (hover markup escaped). */
  explain: (row: YearRow) => string[];
}

function plain(line: string): string {
  return line.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Year by year: a growth override (percent), the actual outturn once known, and the resulting value. A year with
 * an actual is locked (its override no longer applies) and marked; the plan's targets stay as they are.
 */
export function YearTable({ projection: p, assumptions: a, onYearGrowth, onActual, explain }: YearTableProps) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const unit = lang === 'en' ? p.unit.en : p.unit.zh;
  const rows = p.years.slice(1);
  return (
    <div className="table-scroll">
      <table className="year-table">
        <caption className="sr-only">{t('editor.yearsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('editor.col.year')}</th>
            <th scope="col">{t('editor.col.growth')}</th>
            <th scope="col">{t('editor.col.actual', { unit })}</th>
            <th scope="col" className="num">{t('editor.col.value', { unit })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const key = String(r.year);
            const override = a.yearGrowth?.[key];
            const actual = a.actuals?.[key];
            const locked = actual !== undefined;
            return (
              <tr key={r.year} data-year={r.year} className={locked ? 'locked' : undefined}>
                <th scope="row">
                  {r.year}
                  {locked ? (
                    <span className="tag actual-tag">{t('editor.actualMark')}</span>
                  ) : null}
                </th>
                <td>
                  <NumberField
                    label={t('editor.yearGrowthLabel', { year: r.year })}
                    hideLabel
                    value={override === undefined ? undefined : rateToPercentField(override)}
                    allowEmpty
                    suffix="%"
                    min={{ value: -100 }}
                    max={{ value: 1000 }}
                    disabled={locked}
                    placeholder={r.growth === null ? '' : formatRate(r.growth, lang).replace('%', '')}
                    testId={`year-growth-${r.year}`}
                    onCommit={(v) => onYearGrowth(r.year, v === undefined ? undefined : percentToRate(v))}
                  />
                </td>
                <td>
                  <NumberField
                    label={t('editor.actualLabel', { year: r.year, unit })}
                    hideLabel
                    value={actual}
                    allowEmpty
                    testId={`actual-${r.year}`}
                    onCommit={(v) => onActual(r.year, v)}
                  />
                </td>
                <td className="num" data-field="value">
                  <details className="explain">
                    <summary aria-label={t('editor.explainYear', { year: r.year })}>
                      {withUnit(formatNumber(r.value, p.decimals, lang), unit)}
                    </summary>
                    <ul>
                      {explain(r).map((line, k) => (
                        <li key={k}>{plain(line)}</li>
                      ))}
                    </ul>
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

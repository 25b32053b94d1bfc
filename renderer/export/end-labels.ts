import type { IndicatorProjection } from '../../shared/engine/engine-types';
import { CHART_COLORS } from '../lib/chart-traces';
import { formatNumber, withUnit, type Lang } from '../lib/format';
import type { PointLabel } from './export-figure';

/**
 * The horizon's figures written on an exported chart, so a slide reads without hovering: the projection
 * ("2025年 21.78 亿元") and the target ("目标 26.00 亿元"), the higher one above its point and the lower below.
 */
export function endLabels(p: IndicatorProjection, lang: Lang): PointLabel[] {
  const last = p.years[p.years.length - 1];
  if (!last || !Number.isFinite(last.tracked) || !Number.isFinite(last.target)) return [];
  const unit = lang === 'en' ? p.unit.en : p.unit.zh;
  const value = (v: number): string => withUnit(formatNumber(v, p.decimals, lang), unit);
  const projectedAbove = last.tracked >= last.target;
  return [
    {
      x: last.year,
      y: last.tracked,
      text: lang === 'en' ? `${last.year}: ${value(last.tracked)}` : `${last.year}年 ${value(last.tracked)}`,
      color: CHART_COLORS.projection,
      above: projectedAbove,
    },
    {
      x: last.year,
      y: last.target,
      text: lang === 'en' ? `target ${value(last.target)}` : `目标 ${value(last.target)}`,
      color: CHART_COLORS.target,
      above: !projectedAbove,
    },
  ];
}

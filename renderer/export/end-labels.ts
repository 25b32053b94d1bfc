import type { IndicatorProjection } from '../../shared/engine/engine-types';
import { CHART_COLORS } from '../lib/chart-traces';
import { formatNumber, withUnit, type Lang } from '../lib/format';
import type { PointLabel } from './export-figure';

/** Units longer than this (in characters) go on a line of their own under the figure ("100 million yuan"). */
const LONG_UNIT = 8;

/**
 * The horizon's figures written at the right end of an exported chart, so a slide reads without hovering:
 * the projection ("推算 21.78 亿元") and the target ("目标 26.00 亿元"), the higher one just above its point and
 * the lower just below, so the two never overlap even when they are equal.
 */
export function endLabels(p: IndicatorProjection, lang: Lang): PointLabel[] {
  const last = p.years[p.years.length - 1];
  if (!last || !Number.isFinite(last.tracked) || !Number.isFinite(last.target)) return [];
  const unit = lang === 'en' ? p.unit.en : p.unit.zh;
  const lines = (word: string, v: number): string[] => {
    const number = formatNumber(v, p.decimals, lang);
    return unit.length > LONG_UNIT ? [`${word} ${number}`, unit] : [`${word} ${withUnit(number, unit)}`];
  };
  const projectedAbove = last.tracked >= last.target;
  return [
    { x: last.year, y: last.tracked, lines: lines(lang === 'en' ? 'projected' : '推算', last.tracked), color: CHART_COLORS.projection, above: projectedAbove },
    { x: last.year, y: last.target, lines: lines(lang === 'en' ? 'target' : '目标', last.target), color: CHART_COLORS.target, above: !projectedAbove },
  ];
}

import type { IndicatorProjection } from '../../shared/engine/engine-types';
import { pick } from '../../shared/export/export-labels';
import { CHART_COLORS } from '../lib/chart-traces';
import { formatNumber, withUnit, type Lang } from '../lib/format';
import type { PointLabel } from './export-figure';

/** Units longer than this (in characters) go on a line of their own under the figure ("100 million yuan"). */
const LONG_UNIT = 8;

/** A figure to write at the right end of a chart: the word before it ("推算"), its value in the unit, its colour. */
export interface EndValue {
  word: string;
  value: number;
  color: string;
}

/**
 * Two figures at the last year `x` written just right of their points, in the unit with `decimals`: the higher
 * one just above its point and the lower just below, so the two never overlap even when they are equal. Empty
 * when either value is not a finite number.
 */
export function pairedEndLabels(x: number, first: EndValue, second: EndValue, unit: string, decimals: number, lang: Lang): PointLabel[] {
  if (!Number.isFinite(first.value) || !Number.isFinite(second.value)) return [];
  const lines = (word: string, v: number): string[] => {
    const number = formatNumber(v, decimals, lang);
    return unit.length > LONG_UNIT ? [`${word} ${number}`, unit] : [`${word} ${withUnit(number, unit)}`];
  };
  const firstAbove = first.value >= second.value;
  return [
    { x, y: first.value, lines: lines(first.word, first.value), color: first.color, above: firstAbove },
    { x, y: second.value, lines: lines(second.word, second.value), color: second.color, above: !firstAbove },
  ];
}

/**
 * The horizon's figures written at the right end of an exported chart, so a slide reads without hovering:
 * the projection ("推算 21.78 亿元") and the target ("目标 26.00 亿元"), see pairedEndLabels.
 */
export function endLabels(p: IndicatorProjection, lang: Lang): PointLabel[] {
  const last = p.years[p.years.length - 1];
  if (!last) return [];
  return pairedEndLabels(
    last.year,
    { word: lang === 'en' ? 'projected' : '推算', value: last.tracked, color: CHART_COLORS.projection },
    { word: lang === 'en' ? 'target' : '目标', value: last.target, color: CHART_COLORS.target },
    pick(p.unit, lang),
    p.decimals,
    lang,
  );
}

import type { StressIndicatorResult, StressJointSetResult, StressResult } from '../../shared/stress';
import { formatNumber, formatRate, NO_VALUE, withUnit, type Lang } from './format';
import { unitOf } from './chart-traces';
import { stressName } from './stress-fan-chart';

/** How likely a target is met, for the card's colour: at least 80 %, at least 50 %, or below. */
export type CardTone = 'likely' | 'even' | 'unlikely';

/** One probability card, every figure formatted with its unit. */
export interface ProbabilityCard {
  id: string;
  name: string;
  /** Probability of meeting the target at the horizon, "22.5%". */
  probability: string;
  /** Its standard error, "0.4%" (shown as "± 0.4%"). */
  standardError: string;
  tone: CardTone;
  /** Paths meeting the target and all paths, formatted ("2,249", "10,000"). */
  met: string;
  paths: string;
  /** The horizon target and the median, P5 and P95 at the horizon, with unit ("26.00 亿元"). */
  target: string;
  median: string;
  p5: string;
  p95: string;
  /** Mean shortfall (target − value) over the paths that miss, with unit; null when no path misses. */
  shortfall: string | null;
  /** False when nothing in the uncertainty settings moves this indicator (every path is the projection). */
  uncertain: boolean;
  flow: boolean;
  /** Paths whose value is not a number (counted as misses). */
  nonFinite: number;
}

/** The joint card: every target of the joint set met on the same path. */
export interface JointCard {
  probability: string;
  standardError: string;
  tone: CardTone;
  met: string;
  paths: string;
  /** How many targets the joint set holds. */
  count: number;
}

/** The card of an extra joint set (e.g. the revenue pair): its figures as the joint card's, and the names of its indicators. */
export interface JointSetCard extends JointCard {
  id: string;
  /** The set's indicators by name in the UI language, in the set's order (an id when the result lacks it). */
  names: string[];
}

/** The tone of a probability: likely from 80 %, even from 50 %, else unlikely. */
export function toneOf(p: number): CardTone {
  return p >= 0.8 ? 'likely' : p >= 0.5 ? 'even' : 'unlikely';
}

/** Most decimals a share is shown with: 0.0001 % is one path in 1,000,000, the largest run. */
const MAX_SHARE_DECIMALS = 4;

/**
 * A probability or standard error in percent: one decimal, or as many more (up to four) as it takes for a share
 * that is not exactly 0 or 1 to show neither "0.0%" nor "100.0%" (3 misses in 10,000 read "99.97%"), so a
 * rounded figure never claims a certainty, or hides an uncertainty, the run did not find.
 */
export function formatShare(p: number, lang: Lang): string {
  let decimals = 1;
  while (decimals < MAX_SHARE_DECIMALS && p !== 0 && p !== 1) {
    const step = 0.5 * Math.pow(10, -decimals - 2);
    if (Math.abs(p) >= step && Math.abs(1 - p) >= step) break;
    decimals++;
  }
  return formatRate(p, lang, decimals);
}

/** A whole count with grouping ("10,000"). */
export function formatCount(n: number, lang: Lang): string {
  return formatNumber(n, 0, lang);
}

/** The card of one indicator of a stress result, in the UI language. */
export function probabilityCard(ind: StressIndicatorResult, paths: number, lang: Lang): ProbabilityCard {
  const unit = unitOf(ind, lang);
  const fmt = (v: number): string => withUnit(formatNumber(v, ind.decimals, lang), unit);
  const end = ind.percentiles[ind.percentiles.length - 1];
  return {
    id: ind.id,
    name: stressName(ind, lang),
    probability: formatShare(ind.probability, lang),
    standardError: formatShare(ind.standardError, lang),
    tone: toneOf(ind.probability),
    met: formatCount(ind.met, lang),
    paths: formatCount(paths, lang),
    target: fmt(ind.endTarget),
    median: end ? fmt(end.p50) : NO_VALUE,
    p5: end ? fmt(end.p5) : NO_VALUE,
    p95: end ? fmt(end.p95) : NO_VALUE,
    shortfall: ind.expectedShortfall === null ? null : fmt(ind.expectedShortfall),
    uncertain: ind.uncertain,
    flow: ind.flow,
    nonFinite: ind.nonFinite,
  };
}

/** The joint card of a stress result. */
export function jointCard(result: StressResult, lang: Lang): JointCard {
  return {
    probability: formatShare(result.jointProbability, lang),
    standardError: formatShare(result.jointStandardError, lang),
    tone: toneOf(result.jointProbability),
    met: formatCount(result.jointMet, lang),
    paths: formatCount(result.paths, lang),
    count: result.jointIndicators.length,
  };
}

function setCard(result: StressResult, set: StressJointSetResult, lang: Lang): JointSetCard {
  const names = set.indicators.map((id) => {
    const ind = result.indicators.find((i) => i.id === id);
    return ind ? stressName(ind, lang) : id;
  });
  return {
    id: set.id,
    names,
    probability: formatShare(set.probability, lang),
    standardError: formatShare(set.standardError, lang),
    tone: toneOf(set.probability),
    met: formatCount(set.met, lang),
    paths: formatCount(result.paths, lang),
    count: set.indicators.length,
  };
}

/** The cards of a result's extra joint sets, in their order; none for a run saved before joint sets existed. */
export function jointSetCards(result: StressResult, lang: Lang): JointSetCard[] {
  return result.jointSets.map((set) => setCard(result, set, lang));
}

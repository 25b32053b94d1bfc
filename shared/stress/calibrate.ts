import { tryPrepareModel } from '../engine/prepare-model';
import type { Bilingual, Indicator, Plan, PreviousPlanRow } from '../plan/plan-schema';
import type { Scenario } from '../scenario/scenario-schema';
import type { UncertaintySpec } from './stress-schema';
import { readsGrowth } from './validate-stress-spec';

/** Smallest suggested per-year growth spread (decimal): one observed miss near zero must not suggest certainty. */
export const MIN_SUGGESTED_SD = 0.01;

/**
 * Loadings on the shared economy factor in the suggestion (Chedun plan ids): GDP is the factor itself; the two
 * revenue lines are taxes on the same economy, assumed 0.8 each, so corr(财税总收入, 地方财政收入) = 0.64.
 * An assumption, not an estimate: 表1 holds one observation per line, which cannot measure a correlation.
 */
export const SUGGESTED_LOADINGS: Readonly<Record<string, number>> = { gdp: 1, 'fiscal-revenue-total': 0.8, 'local-fiscal-revenue': 0.8 };

/** One calibrated line: the planned and achieved average growth it comes from and the spread derived (decimals). */
export interface SuggestionRow {
  indicator: string;
  planned: number;
  achieved: number;
  years: number;
  sd: number;
  /** True when |achieved − planned| × √years fell below MIN_SUGGESTED_SD and the floor was used. */
  floored: boolean;
  source: Bilingual;
}

/** A suggested spec with where every number comes from, for the UI to show beside it. */
export interface UncertaintySuggestion {
  spec: UncertaintySpec;
  rows: SuggestionRow[];
  source: Bilingual;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function rates(plan: Plan, row: PreviousPlanRow, ind: Indicator, years: number): { planned: number; achieved: number; history: string } | null {
  const pp = plan.previousPlan;
  if (!pp) return null;
  const from = ind.history.find((h) => h.year === pp.startYear - 1);
  const to = ind.history.find((h) => h.year === pp.endYear);
  const history = from && to ? `${from.year}→${to.year}: ${from.value}→${to.value}` : '';
  if (row.planned.kind === 'cagr' && row.achieved.kind === 'cagr') return { planned: row.planned.value, achieved: row.achieved.value, history };
  if (row.planned.kind === 'level' && row.achieved.kind === 'level' && from && from.value > 0 && row.planned.value > 0 && row.achieved.value > 0) {
    const r = (v: number): number => Math.pow(v / from.value, 1 / years) - 1;
    return { planned: r(row.planned.value), achieved: r(row.achieved.value), history };
  }
  return null;
}

/**
 * Suggests an uncertainty spec calibrated on the previous plan's record (表1 “十三五”主要指标完成情况) and the
 * 2015→2020 history. For an indicator with a growth row (cagr, or a level row turned into growth from its
 * start-year value in the history), planned rate r_p and achieved r_a over n years: if yearly growth deviations
 * are independent with spread σ, the n-year average deviates with spread σ / √n, so one observed miss
 * e = r_a − r_p gives the unbiased variance estimate σ² ≈ n e², i.e. σ = |e| √n (at least MIN_SUGGESTED_SD).
 * E.g. 财税总收入 planned 8 %, achieved 5.2 % (13.1 → 16.9 亿元): σ = 2.8 % × √5 ≈ 6.3 % a year. Growth is
 * normal around the scenario's own growth (mean offset 0). Cumulative rows are skipped (a five-year total says
 * nothing about year-to-year spread), as are indicators whose scenario formula does not read g. Correlation:
 * SUGGESTED_LOADINGS on the economy factor.
 */
export function suggestUncertainty(plan: Plan, scenario: Scenario): UncertaintySuggestion {
  const pp = plan.previousPlan;
  const prepared = tryPrepareModel(plan, scenario);
  const rows: SuggestionRow[] = [];
  const growth: NonNullable<UncertaintySpec['growth']> = {};
  for (const row of pp?.rows ?? []) {
    const i = plan.indicators.findIndex((ind) => ind.id === row.indicator);
    const ind = plan.indicators[i];
    if (!pp || !ind || Object.hasOwn(growth, ind.id)) continue;
    if (prepared.ok && !readsGrowth(prepared.model, i)) continue;
    const years = pp.endYear - pp.startYear + 1;
    const r = rates(plan, row, ind, years);
    if (!r) continue;
    const miss = Math.abs(r.achieved - r.planned);
    const raw = miss * Math.sqrt(years);
    const sd = Math.max(MIN_SUGGESTED_SD, raw);
    const floored = raw < MIN_SUGGESTED_SD;
    const hist = r.history ? `；${r.history.replace(':', '年')} ${ind.unit.zh}` : '';
    const histEn = r.history ? `; history ${r.history} ${ind.unit.en}` : '';
    rows.push({
      indicator: ind.id,
      planned: r.planned,
      achieved: r.achieved,
      years,
      sd,
      floored,
      source: {
        zh: `${ind.name.zh}：${pp.title.zh}年均${pct(r.planned)}，实际${pct(r.achieved)}（${row.cite.ref}${hist}），偏差${pct(miss)}×√${years}${floored ? `，低于下限取${pct(MIN_SUGGESTED_SD)}` : ''} → 年增速标准差${pct(sd)}`,
        en: `${ind.name.en}: ${pp.title.en} planned ${pct(r.planned)} a year, achieved ${pct(r.achieved)} (${row.cite.ref}${histEn}); miss ${pct(miss)} × √${years}${floored ? `, below the floor so ${pct(MIN_SUGGESTED_SD)}` : ''} → growth spread ${pct(sd)} a year`,
      },
    });
    growth[ind.id] = { kind: 'normal', sd: Number(sd.toFixed(4)) };
  }
  const loadings = Object.fromEntries(Object.entries(SUGGESTED_LOADINGS).filter(([id]) => Object.hasOwn(growth, id)));
  const spec: UncertaintySpec = { growth, ...(Object.keys(loadings).length > 0 ? { economy: { loadings } } : {}) };
  const corrNote = Object.keys(loadings).length > 0
    ? {
        zh: `相关性：假定财税总收入、地方财政收入与经济因子（地区生产总值增速）的载荷各为0.8，二者相关约0.64；表1每项仅一次观测，无法估计相关，此为假设。`,
        en: `Correlation: total fiscal and local fiscal revenue are assumed to load 0.8 each on the economy factor (GDP growth), so they correlate about 0.64; 表1 has one observation per line, which cannot estimate a correlation, so this is an assumption.`,
      }
    : { zh: '', en: '' };
  const n = pp ? pp.endYear - pp.startYear + 1 : 5;
  return {
    spec,
    rows,
    source: {
      zh: `建议的不确定性来自${pp?.title.zh ?? '上一规划'}完成情况（表1）：若各年增速偏差相互独立、年标准差为σ，则${n}年平均增速偏差的标准差为σ/√${n}，以一次观测到的偏差估计σ≈|实际−规划|×√${n}（不低于${pct(MIN_SUGGESTED_SD)}）。${rows.map((r) => r.source.zh).join('；')}。${corrNote.zh}公式参数与冲击事件无历史依据，不作建议。`,
      en: `Suggested from the previous plan's record (表1, ${pp?.title.en ?? 'previous plan'}): if yearly growth deviations are independent with spread σ, the ${n}-year average deviates with spread σ/√${n}, so the one observed miss gives σ ≈ |achieved − planned| × √${n} (at least ${pct(MIN_SUGGESTED_SD)}). ${rows.map((r) => r.source.en).join('; ')}. ${corrNote.en} Formula parameters and shock events have no record to calibrate on and get no suggestion.`,
    },
  };
}

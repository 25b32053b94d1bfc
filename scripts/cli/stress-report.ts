import type { StressIndicatorResult, StressJointSetResult, StressResult } from '../../shared/stress/stress-types';
import type { CliStress } from './stress-run';
import { renderColumns } from './text-width';

/**
 * The `stress` member of `run --format json`: paths, seed, algorithm, engineVersion, assumptionsHash, where the
 * uncertainty came from (with the spec), per indicator its fan-chart percentiles per year (tracked quantity, unit),
 * probability of meeting the target with standard error, expected shortfall and horizon histogram, and the joint
 * probability of meeting every target on the same path, and `jointSets` (id, indicators, probability, standardError,
 * met) for the extra sets (the revenue pair).
 */
export function stressJson(s: CliStress): Record<string, unknown> {
  const r = s.result;
  return {
    paths: r.paths,
    seed: r.seed,
    algorithm: r.algorithm,
    engineVersion: r.engineVersion,
    assumptionsHash: r.assumptionsHash,
    uncertainty: { from: s.from, file: s.file, note: s.note.zh, noteEn: s.note.en, spec: s.spec },
    indicators: r.indicators.map((ind) => ({
      id: ind.id,
      name: ind.name.zh,
      nameEn: ind.name.en,
      unit: ind.unit.zh,
      uncertain: ind.uncertain,
      percentiles: ind.percentiles,
      endTarget: ind.endTarget,
      probability: ind.probability,
      standardError: ind.standardError,
      expectedShortfall: ind.expectedShortfall,
      histogram: ind.histogram,
      nonFinite: ind.nonFinite,
    })),
    jointIndicators: r.jointIndicators,
    jointProbability: r.jointProbability,
    jointStandardError: r.jointStandardError,
    jointSets: r.jointSets,
    warnings: r.warnings,
  };
}

/** Adds `stress` to the JSON document `run --format json` printed (same layout: two-space indent, non-finite numbers as null). */
export function withStressJson(jsonText: string, stress: Record<string, unknown>): string {
  const doc: unknown = JSON.parse(jsonText);
  const merged = typeof doc === 'object' && doc !== null ? { ...doc, stress } : { stress };
  return `${JSON.stringify(merged, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}

function num(v: number | null | undefined, decimals: number): string {
  return v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(decimals);
}

function pct(v: number): string {
  return Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '—';
}

function row(ind: StressIndicatorResult): string[] {
  const end = ind.percentiles.at(-1);
  const d = ind.decimals;
  return [ind.name.zh, ind.flow ? '累计' : '年末值', num(end?.p5, d), num(end?.p50, d), num(end?.p95, d), num(ind.endTarget, d), pct(ind.probability), ind.uncertain ? `±${(ind.standardError * 100).toFixed(1)}%` : '确定', num(ind.expectedShortfall, d)];
}

/** "财税总收入与地方财政收入同时达标" for a pair, "A、B、C同时达标" for more: the set's indicators by their Chinese names. */
function jointSetLine(r: StressResult, set: StressJointSetResult): string {
  const names = set.indicators.map((id) => r.indicators.find((i) => i.id === id)?.name.zh ?? id);
  const label = names.length === 2 ? names.join('与') : names.join('、');
  return `${label}同时达标：${pct(set.probability)} ± ${(set.standardError * 100).toFixed(1)}%`;
}

/**
 * The stress section of `run --format table`: run identity, where the uncertainty came from, a horizon table, the
 * joint probability of each extra set (the revenue pair first) and that of all targets.
 */
export function stressTable(s: CliStress): string {
  const r = s.result;
  const header = ['指标', '口径', `${r.horizon} P5`, 'P50', 'P95', '目标', '达标概率', '标准误', '未达标平均缺口'];
  const table = renderColumns([header, ...r.indicators.map(row)], ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right']);
  const origin = (s.note.zh.split('：')[0] ?? '').replace(/^建议的不确定性/, '建议值');
  const source = s.from === 'file' ? s.note.zh : `${origin}（推算方法见 --format json 的 stress.uncertainty.note）`;
  return [
    `压力测试：${r.paths.toLocaleString('en')} 条路径，种子 ${r.seed}（${r.algorithm}；${r.engineVersion}）`,
    `不确定性：${source}`,
    '',
    table,
    '',
    ...r.jointSets.map((set) => jointSetLine(r, set)),
    `全部目标同时达标：${pct(r.jointProbability)} ± ${(r.jointStandardError * 100).toFixed(1)}%`,
    ...r.warnings.map((w) => `注意：${w.path}: ${w.message}`),
    '',
  ].join('\n');
}

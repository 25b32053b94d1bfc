import type { IndicatorProjection, ProjectionResult } from '../../shared/engine/engine-types';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { renderColumns } from './text-width';

function fixed(v: number, decimals: number): string {
  const s = v.toFixed(decimals);
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

function num(v: number | null, decimals: number): string {
  return v === null || !Number.isFinite(v) ? '—' : fixed(v, decimals);
}

function pct(v: number | null): string {
  return v === null || !Number.isFinite(v) ? '—' : `${fixed(v * 100, 2)}%`;
}

function requiredText(ind: IndicatorProjection): string {
  const s = ind.summary;
  if (s.requiredCagr !== null) return pct(s.requiredCagr);
  if (s.requiredNote === 'already-met') return '已完成';
  if (s.requiredNote === 'no-years-left') return '无剩余年份';
  return '—';
}

function valuesTable(result: ProjectionResult): string {
  const header = ['指标', '单位', ...result.years.map(String)];
  const rows = result.indicators.map((ind) => [
    ind.name.zh,
    ind.unit.zh,
    ...ind.years.map((r) => `${num(r.value, ind.decimals)}${r.isActual ? '*' : ''}`),
  ]);
  return renderColumns([header, ...rows], ['left', 'left', ...result.years.map(() => 'right' as const)]);
}

function summaryTable(result: ProjectionResult): string {
  const header = ['指标', '口径', `${result.horizon}年`, '目标', '缺口', '缺口率', '实际年均', '目标年均', '所需增速', '状态'];
  const rows = result.indicators.map((ind) => {
    const s = ind.summary;
    const status = s.onTrack ? '达标' : s.firstBelowYear !== null ? `未达标(${s.firstBelowYear}年起落后)` : '未达标';
    return [
      ind.name.zh,
      ind.flow ? '累计' : '年末值',
      num(s.endValue, ind.decimals),
      num(s.endTarget, ind.decimals),
      num(s.gap, ind.decimals),
      pct(s.gapPct),
      pct(s.achievedCagr),
      pct(s.targetCagr),
      requiredText(ind),
      status,
    ];
  });
  return renderColumns([header, ...rows], ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left']);
}

/**
 * The `run` output for people: the plan and scenario, a table of yearly values (actuals marked *), a table of
 * horizon results against the targets (values to each indicator's decimals, e.g. 亿元 to two, growth in %),
 * the plan's annual growth targets and any warnings. Labels in Chinese.
 */
export function formatTable(plan: Plan, scenario: Scenario, result: ProjectionResult): string {
  const out: string[] = [];
  out.push(`${plan.title.zh} · 情景：${scenario.name} · ${result.baseYear}–${result.horizon}年`);
  if (scenario.description) out.push(scenario.description);
  out.push('', '各年预测值（* 为实际值）', valuesTable(result));
  out.push('', `${result.horizon}年目标对比（累计类指标比较${plan.startYear}年起的累计值）`, summaryTable(result));
  const annual = result.indicators.flatMap((ind) =>
    ind.annualTargets.map((a) => {
      const verdict = a.met === null ? '不在推演年份内' : a.met ? '达成' : '未达成';
      return `  ${ind.name.zh} ${a.year}年增长 ${pct(a.growth)}（目标 ${pct(a.targetGrowth)}）${verdict}`;
    }),
  );
  if (annual.length > 0) out.push('', '年度目标', ...annual);
  if (result.warnings.length > 0) out.push('', '警告', ...result.warnings.map((w) => `  ${w.message}`));
  return `${out.join('\n')}\n`;
}

import type { IndicatorProjection, YearRow } from '../../shared/engine/engine-types';
import { pick } from '../../shared/export/export-labels';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario, Shock } from '../../shared/scenario/scenario-schema';
import { formatNumber, formatRate, formatSignedNumber, formatSignedRate, withUnit, type Lang } from './format';
import { shockActiveIn } from './shock-templates';
import type { Translate } from './translate';

/** What a hover needs to say where a number comes from. */
export interface ExplainContext {
  plan: Plan;
  scenario: Scenario;
  projection: IndicatorProjection;
  lang: Lang;
  t: Translate;
}

/** Escapes the characters Plotly reads as markup in hover labels, titles and annotations, so user text (names, labels, formulas) shows as typed. */
export function escapeHover(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** "车墩镇“十四五”规划 · 附件 … 第2行": the document's title in the language and the place in it. */
export function citationText(plan: Plan, cite: { doc: string; ref: string }, lang: Lang): string {
  const doc = plan.documents.find((d) => d.id === cite.doc);
  const title = doc ? pick(doc.title, lang) : cite.doc;
  return `${title} · ${cite.ref}`;
}

/** A shock in one line: its label and what it does, e.g. "减税降费: level −5.0% from 2022". */
export function describeShock(shock: Shock, lang: Lang, t: Translate): string {
  const label = shock.label && shock.label.trim() !== '' ? `${shock.label}: ` : '';
  switch (shock.kind) {
    case 'level':
      return label + t('explain.shockLevel', { size: formatSignedRate(shock.size, lang), from: shock.from });
    case 'dip':
      return (
        label +
        t('explain.shockDip', {
          depth: formatRate(shock.depth, lang),
          year: shock.year,
          duration: shock.duration,
          recovery: shock.recovery,
        })
      );
    case 'growth':
      return (
        label +
        t('explain.shockGrowth', {
          delta: formatSignedRate(shock.delta, lang),
          from: shock.from,
          to: shock.to,
        })
      );
  }
}

/**
 * The growth assumed for `year` before shocks, and why: a per-year override, the scenario's rate, or the plan's
 * baseline (the target's own rate; flat for flows; the reference for relative targets). Decimal, or null when the
 * baseline follows a reference indicator.
 */
export function assumedGrowth(
  ctx: Pick<ExplainContext, 'plan' | 'scenario' | 'projection'>,
  year: number,
): { rate: number | null; source: 'year' | 'scenario' | 'plan' | 'reference' | 'flat' } {
  const a = ctx.scenario.indicators?.[ctx.projection.id];
  const yearRate = a?.yearGrowth?.[String(year)];
  if (yearRate !== undefined) return { rate: yearRate, source: 'year' };
  if (a?.growth !== undefined) return { rate: a.growth, source: 'scenario' };
  if (ctx.projection.flow) return { rate: 0, source: 'flat' };
  if (ctx.projection.targetKind === 'relative') return { rate: null, source: 'reference' };
  return { rate: ctx.projection.summary.targetCagr, source: 'plan' };
}

/**
 * "Explain this number" for one projected year: the value, then why it is what it is — an actual outturn, the base
 * year's source, or the growth used that year with its origin, the shocks in force and the formula — then the
 * target path and the gap. One string per line.
 */
export function explainYear(ctx: ExplainContext, row: YearRow): string[] {
  const { projection: p, lang, t, plan } = ctx;
  const unit = pick(p.unit, lang);
  const fmt = (v: number): string => withUnit(formatNumber(v, p.decimals, lang), unit);
  const lines: string[] = [t('explain.value', { year: row.year, value: fmt(row.value) })];
  if (p.flow && row.cumulative !== null) lines.push(t('explain.cumulative', { value: fmt(row.cumulative) }));
  const ind = plan.indicators.find((i) => i.id === p.id);
  if (row.isActual) {
    lines.push(t('explain.actual'));
  } else if (row.year === plan.baseYear) {
    const seed = ind?.history.find((h) => h.year === row.year);
    const override = ctx.scenario.indicators?.[p.id]?.base;
    if (override !== undefined) lines.push(t('explain.baseOverride'));
    else if (seed) lines.push(t('explain.seed', { source: citationText(plan, seed.cite, lang) }));
    else if (ind?.derivedBase) {
      lines.push(t('explain.derived', { note: pick(ind.derivedBase.note, lang) }));
      if (ind.derivedBase.cite) lines.push(t('explain.source', { source: citationText(plan, ind.derivedBase.cite, lang) }));
    }
  } else {
    const formula = ctx.scenario.indicators?.[p.id]?.formula;
    if (formula !== undefined && formula.trim() !== '') {
      lines.push(t('explain.formula', { formula: escapeHover(formula) }));
    } else {
      const g = assumedGrowth(ctx, row.year);
      lines.push(
        g.rate === null
          ? t('explain.growth.reference')
          : t(`explain.growth.${g.source}`, { rate: formatRate(g.rate, lang) }),
      );
    }
    const prev = p.years.find((y) => y.year === row.year - 1);
    if (prev?.isActual) lines.push(t('explain.fromActual', { year: prev.year }));
    const shocks = (ctx.scenario.indicators?.[p.id]?.shocks ?? []).filter((s) => shockActiveIn(s, row.year));
    for (const s of shocks) lines.push(t('explain.shock', { shock: escapeHover(describeShock(s, lang, t)) }));
    if (row.growth !== null) lines.push(t('explain.realised', { rate: formatRate(row.growth, lang) }));
  }
  lines.push(t('explain.target', { value: fmt(row.target) }));
  if (row.year !== plan.baseYear) {
    lines.push(
      t('explain.gap', {
        gap: withUnit(formatSignedNumber(row.gap, p.decimals, lang), unit),
        pct: formatSignedRate(row.gapPct, lang),
      }),
    );
  }
  return lines;
}

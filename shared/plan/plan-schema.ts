import { z } from 'zod';

/** Current version of the plan file format (docs/plan-format.md). */
export const PLAN_SCHEMA_VERSION = 1;

/** A text in Chinese (first) and English. */
export const bilingualSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof bilingualSchema>;

/** Where a figure comes from: a document declared in the plan file and a place in it (chapter, section or table). */
export const citationSchema = z.object({
  doc: z.string().min(1),
  ref: z.string().min(1),
});
export type Citation = z.infer<typeof citationSchema>;

/** A value of an indicator in a given year, with its source. Values are in the indicator's unit. */
export const observationSchema = z.object({
  year: z.number().int().min(1949).max(2100),
  value: z.number().finite(),
  cite: citationSchema,
});
export type Observation = z.infer<typeof observationSchema>;

/**
 * A plan target. Rates and ratios are decimals (0.09 = 9 %); totals are in the indicator's unit.
 * - cagr: average annual growth over startYear..targetYear at least `rate`.
 * - cumulative: the sum of the yearly values over startYear..targetYear reaches `total` (a flow, e.g. 亿元 of investment).
 * - count-new: the number of new entities added over startYear..targetYear reaches `count` (yearly values are additions).
 * - level-increase: value in targetYear at least base × (1 + ratio).
 * - level: value in targetYear at least `value`.
 * - relative: average growth not below a reference series (supplied by the scenario, else `defaultReference`).
 */
export const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cagr'), rate: z.number().gt(-1).lt(10), cite: citationSchema }),
  z.object({ kind: z.literal('cumulative'), total: z.number().positive(), cite: citationSchema }),
  z.object({ kind: z.literal('count-new'), count: z.number().positive(), cite: citationSchema }),
  z.object({ kind: z.literal('level-increase'), ratio: z.number().gt(-1).lt(100), cite: citationSchema }),
  z.object({ kind: z.literal('level'), value: z.number().finite(), cite: citationSchema }),
  z.object({
    kind: z.literal('relative'),
    reference: bilingualSchema,
    defaultReference: z
      .object({ indicator: z.string().min(1), cite: citationSchema })
      .optional(),
    cite: citationSchema,
  }),
]);
export type Target = z.infer<typeof targetSchema>;
export type TargetKind = Target['kind'];

/** How the base-year value of an indicator was obtained when the documents give no level. */
export const derivedBaseSchema = z.object({
  value: z.number().finite(),
  method: z.enum(['index', 'target-spread', 'history-average']),
  note: bilingualSchema,
  cite: citationSchema.optional(),
});
export type DerivedBase = z.infer<typeof derivedBaseSchema>;

/** One indicator of the plan with its unit, target and the history the documents give. */
export const indicatorSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case id with hyphens'),
  symbol: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'formula symbol: letters and digits'),
  row: z.number().int().positive().optional(),
  name: bilingualSchema,
  unit: bilingualSchema,
  decimals: z.number().int().min(0).max(6),
  nature: z.enum(['expected', 'binding']),
  history: z.array(observationSchema),
  derivedBase: derivedBaseSchema.optional(),
  target: targetSchema,
  cite: citationSchema,
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** An extra one-year growth target (e.g. 2023 地方财政收入力争增长 10 %). */
export const annualTargetSchema = z.object({
  indicator: z.string().min(1),
  year: z.number().int(),
  growth: z.number().gt(-1).lt(10),
  cite: citationSchema,
});
export type AnnualTarget = z.infer<typeof annualTargetSchema>;

/** A row of the previous plan's targets against outturns (e.g. 表1 of the 14th plan). */
export const previousPlanRowSchema = z.object({
  id: z.string().min(1),
  indicator: z.string().min(1).optional(),
  name: bilingualSchema,
  unit: bilingualSchema,
  planned: z.object({ kind: z.enum(['cagr', 'cumulative', 'level']), value: z.number() }),
  achieved: z.object({ kind: z.enum(['cagr', 'cumulative', 'level']), value: z.number() }),
  assessment: z.enum(['met', 'basically-met', 'missed']),
  cite: citationSchema,
});
export type PreviousPlanRow = z.infer<typeof previousPlanRowSchema>;

/** A whole plan file: the town, its documents, the indicators with their targets, and the previous plan's record. */
export const planSchema = z
  .object({
    kind: z.literal('tuiyan-plan'),
    schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
    id: z.string().min(1),
    town: bilingualSchema,
    title: bilingualSchema,
    baseYear: z.number().int().min(1949).max(2090),
    startYear: z.number().int(),
    targetYear: z.number().int(),
    documents: z
      .array(z.object({ id: z.string().min(1), title: bilingualSchema, issued: z.string().min(4) }))
      .min(1),
    indicators: z.array(indicatorSchema).min(1),
    annualTargets: z.array(annualTargetSchema),
    previousPlan: z.object({
      title: bilingualSchema,
      startYear: z.number().int(),
      endYear: z.number().int(),
      rows: z.array(previousPlanRowSchema),
    }).optional(),
  })
  .superRefine((plan, ctx) => {
    if (plan.startYear !== plan.baseYear + 1) {
      ctx.addIssue({ code: 'custom', path: ['startYear'], message: 'startYear must be baseYear + 1' });
    }
    if (plan.targetYear <= plan.baseYear) {
      ctx.addIssue({ code: 'custom', path: ['targetYear'], message: 'targetYear must come after baseYear' });
    }
    const docs = new Set(plan.documents.map((d) => d.id));
    const ids = new Set<string>();
    const symbols = new Set<string>();
    plan.indicators.forEach((ind, i) => {
      if (ids.has(ind.id)) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'id'], message: `duplicate id ${ind.id}` });
      if (symbols.has(ind.symbol)) ctx.addIssue({ code: 'custom', path: ['indicators', i, 'symbol'], message: `duplicate symbol ${ind.symbol}` });
      ids.add(ind.id);
      symbols.add(ind.symbol);
      const hasBase = ind.history.some((h) => h.year === plan.baseYear) || ind.derivedBase !== undefined;
      if (!hasBase) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'history'], message: `no value for the base year ${plan.baseYear} and no derivedBase` });
      }
    });
    const checkCite = (cite: { doc: string }, path: (string | number)[]) => {
      if (!docs.has(cite.doc)) ctx.addIssue({ code: 'custom', path: [...path, 'doc'], message: `unknown document ${cite.doc}` });
    };
    plan.indicators.forEach((ind, i) => {
      checkCite(ind.cite, ['indicators', i, 'cite']);
      checkCite(ind.target.cite, ['indicators', i, 'target', 'cite']);
      ind.history.forEach((h, j) => checkCite(h.cite, ['indicators', i, 'history', j, 'cite']));
      if (ind.target.kind === 'relative' && ind.target.defaultReference && !ids.has(ind.target.defaultReference.indicator)) {
        ctx.addIssue({ code: 'custom', path: ['indicators', i, 'target', 'defaultReference', 'indicator'], message: 'unknown indicator' });
      }
    });
    plan.annualTargets.forEach((t, i) => {
      if (!ids.has(t.indicator)) ctx.addIssue({ code: 'custom', path: ['annualTargets', i, 'indicator'], message: `unknown indicator ${t.indicator}` });
      checkCite(t.cite, ['annualTargets', i, 'cite']);
    });
  });
export type Plan = z.infer<typeof planSchema>;

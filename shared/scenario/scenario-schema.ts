import { z } from 'zod';

/** Current version of the scenario file format (docs/scenario-format.md). */
export const SCENARIO_SCHEMA_VERSION = 1;

/** Earliest and latest horizon a scenario may ask for. */
export const MIN_HORIZON = 2021;
export const MAX_HORIZON = 2035;

const yearKey = z.string().regex(/^(19|20)\d\d$/, 'a year such as "2023"');
const rate = z.number().finite().gt(-1, 'a growth rate above -100 % (decimal, -0.05 = -5 %)').lt(10, 'a growth rate below 1000 % (decimal)');
const year = z.number().int().min(1949).max(2100);
const label = z.string().max(200).optional();

/** Permanent level shift from `from` on: every later value times (1 + size); 减税降费 −5 % is size −0.05. */
export const levelShockSchema = z.object({
  kind: z.literal('level'),
  from: year,
  size: z.number().finite().gt(-1).lt(10),
  label,
}).strict();

/**
 * Temporary dip: values fall by `depth` (decimal) in `year` and stay down for `duration` years,
 * then return to the trend linearly over `recovery` years (an epidemic).
 */
export const dipShockSchema = z.object({
  kind: z.literal('dip'),
  year,
  depth: z.number().finite().gt(-1).lt(1),
  duration: z.number().int().min(1).max(20),
  recovery: z.number().int().min(0).max(20),
  label,
}).strict();

/** Growth shift: `delta` (decimal, +0.01 = +1 percentage point) added to the growth rate in years from..to. */
export const growthShockSchema = z.object({
  kind: z.literal('growth'),
  from: year,
  to: year,
  delta: z.number().finite().gt(-1).lt(1),
  label,
}).strict();

/** Any of the three shock kinds. */
export const shockSchema = z.discriminatedUnion('kind', [levelShockSchema, dipShockSchema, growthShockSchema]);
export type Shock = z.infer<typeof shockSchema>;

/** The assumptions for one indicator; whatever is left out keeps the plan's baseline. */
export const indicatorAssumptionsSchema = z
  .object({
    growth: rate.optional(),
    yearGrowth: z.record(yearKey, rate).optional(),
    actuals: z.record(yearKey, z.number().finite()).optional(),
    shocks: z.array(shockSchema).max(50).optional(),
    formula: z.string().max(2000).optional(),
    base: z.number().finite().optional(),
    reference: z.union([rate, z.record(yearKey, rate)]).optional(),
  })
  .strict();
export type IndicatorAssumptions = z.infer<typeof indicatorAssumptionsSchema>;

/** A scenario: a name, named parameters for formulas, and assumptions per indicator id. */
export const scenarioSchema = z
  .object({
    kind: z.literal('tuiyan-scenario').optional(),
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION).optional(),
    name: z.string().trim().min(1, 'a name').max(200),
    description: z.string().max(5000).optional(),
    horizon: z.number().int().min(MIN_HORIZON).max(MAX_HORIZON).optional(),
    parameters: z
      .record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'a parameter name: letters, digits and _'), z.number().finite())
      .optional(),
    indicators: z.record(z.string(), indicatorAssumptionsSchema).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    for (const [id, a] of Object.entries(s.indicators ?? {})) {
      (a.shocks ?? []).forEach((sh, i) => {
        if (sh.kind === 'growth' && sh.to < sh.from) {
          ctx.addIssue({ code: 'custom', path: ['indicators', id, 'shocks', i, 'to'], message: 'to must not come before from' });
        }
      });
    }
  });
export type Scenario = z.infer<typeof scenarioSchema>;

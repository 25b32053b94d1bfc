import { z } from 'zod';

/** Current version of the uncertainty spec format. */
export const UNCERTAINTY_SCHEMA_VERSION = 1;

const year = z.number().int('a whole year').min(1949, 'a year from 1949').max(2100, 'a year up to 2100');

function distributionSchemaFor(limit: number, unit: string) {
  const value = z.number().min(-limit, `a number from ${-limit} (${unit})`).max(limit, `a number up to ${limit} (${unit})`);
  const spread = z.number().min(0, `a spread of 0 or more (${unit}); a negative spread means nothing`).max(limit, `a spread up to ${limit} (${unit})`);
  return z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('normal'), mean: value.optional(), sd: spread }).strict(),
    z.object({ kind: z.literal('lognormal'), mu: z.number().min(-5, 'mu (log scale) from −5').max(5, 'mu (log scale) up to 5').optional(), sigma: z.number().min(0, 'a spread (sigma, log scale) of 0 or more; a negative spread means nothing').max(5, 'sigma (log scale) up to 5') }).strict(),
    z
      .object({ kind: z.literal('triangular'), min: value, mode: value, max: value })
      .strict()
      .superRefine((d, ctx) => {
        if (d.min >= d.max) ctx.addIssue({ code: 'custom', path: ['max'], message: `max (${d.max}) must be above min (${d.min})` });
        else if (d.mode < d.min || d.mode > d.max) ctx.addIssue({ code: 'custom', path: ['mode'], message: `mode (${d.mode}) must lie between min (${d.min}) and max (${d.max})` });
      }),
    z
      .object({ kind: z.literal('uniform'), min: value, max: value })
      .strict()
      .superRefine((d, ctx) => {
        if (d.min >= d.max) ctx.addIssue({ code: 'custom', path: ['max'], message: `max (${d.max}) must be above min (${d.min})` });
      }),
    z.object({ kind: z.literal('two-piece-normal'), mode: value.optional(), sdLow: spread, sdHigh: spread }).strict(),
  ]);
}

/**
 * A distribution of a deviation (decimal rates for growth and shock sizes, the parameter's unit for parameters):
 * - normal: mean (default 0) + sd × Z;
 * - lognormal: a factor e^(mu + sigma × Z) (mu default 0) applied to 1 + g, to a parameter, or as 1 + size;
 * - triangular: min ≤ mode ≤ max (min < max); uniform: min < max;
 * - two-piece-normal (Bank of England fan charts): mode (default 0), spread sdLow below and sdHigh above the mode,
 *   density ∝ exp(−(x − mode)² / (2 sd²)) with sd = sdLow left of the mode and sdHigh right of it.
 */
export const growthDistributionSchema = distributionSchemaFor(1, 'decimal rate, 0.01 = 1 percentage point');

/** The same distributions for a formula parameter, in the parameter's own unit. */
export const parameterDistributionSchema = distributionSchemaFor(1e9, "the parameter's unit");

/** Any distribution of the spec (growth and parameter distributions share one shape). */
export type Distribution = z.infer<typeof growthDistributionSchema>;

/**
 * A random shock event: in every year of from..to (default: the whole projection) it happens with `probability`,
 * independently of other years, and then shifts the indicator's level by `size` (decimal, −0.05 = −5 %) from that
 * year on, like a level shock of the scenario.
 */
export const shockEventSchema = z
  .object({
    indicator: z.string().min(1, 'an indicator id'),
    probability: z.number().min(0, 'a probability per year from 0 to 1').max(1, 'a probability per year from 0 to 1'),
    size: growthDistributionSchema,
    from: year.optional(),
    to: year.optional(),
    label: z.string().max(200, 'a label of at most 200 characters').optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.from !== undefined && e.to !== undefined && e.to < e.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `to (${e.to}) must not come before from (${e.from})` });
    }
  });
export type ShockEvent = z.infer<typeof shockEventSchema>;

/**
 * The shared economy factor: one standard normal z_e per path and year. Indicator i's growth draw is driven by
 * Z_i = ρ_i z_e + √(1 − ρ_i²) ε_i, with ρ_i = loadings[i] in [−1, 1] and ε_i its own standard normal, so
 * corr(Z_i, Z_j) = ρ_i ρ_j. Giving GDP the loading 1 makes z_e GDP's own growth shock; in regression terms
 * indicator i's buoyancy on GDP growth is then ρ_i σ_i / σ_GDP.
 */
export const economySchema = z
  .object({ loadings: z.record(z.string(), z.number().min(-1, 'a loading from −1 to 1').max(1, 'a loading from −1 to 1')) })
  .strict();

/**
 * A correlation matrix between the idiosyncratic parts ε of the listed indicators' growth draws (symmetric, unit
 * diagonal, positive definite; applied through its Cholesky factor). With an economy factor as well,
 * corr(Z_i, Z_j) = ρ_i ρ_j + √((1 − ρ_i²)(1 − ρ_j²)) C_ij.
 */
export const correlationSchema = z
  .object({
    indicators: z.array(z.string().min(1)).min(2, 'at least two indicators').max(20, 'at most 20 indicators'),
    matrix: z.array(z.array(z.number().min(-1, 'a correlation from −1 to 1').max(1, 'a correlation from −1 to 1')).max(20)).max(20),
  })
  .strict();

/**
 * The uncertainty of a scenario, stored alongside it: per-year growth deviations per indicator (added to the
 * scenario's growth in every projected year, lognormal multiplying 1 + g), random shock events, formula
 * parameters drawn once per path (added to the scenario's value, lognormal multiplying it), and the correlation
 * between indicators' growth draws (economy factor and/or matrix).
 */
export const uncertaintySpecSchema = z
  .object({
    kind: z.literal('tuiyan-uncertainty').optional(),
    schemaVersion: z.literal(UNCERTAINTY_SCHEMA_VERSION).optional(),
    growth: z.record(z.string(), growthDistributionSchema).optional(),
    events: z.array(shockEventSchema).max(50, 'at most 50 shock events').optional(),
    parameters: z.record(z.string(), parameterDistributionSchema).optional(),
    economy: economySchema.optional(),
    correlation: correlationSchema.optional(),
  })
  .strict();
export type UncertaintySpec = z.infer<typeof uncertaintySpecSchema>;

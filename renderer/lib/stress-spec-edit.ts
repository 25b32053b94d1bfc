import type { Distribution, ShockEvent, UncertaintySpec } from '../../shared/stress';

/**
 * Immutable edits of an uncertainty spec (shared/stress's format). Every function returns a new spec and drops
 * what became empty (no growth distributions left, no events, no loadings), so an untouched spec stays `{}`.
 * Growth deviations and shock sizes are decimals (0.01 = 1 percentage point); the UI shows them in percent.
 */

/** The distribution kinds the editor offers, in menu order. */
export const DISTRIBUTION_KINDS = ['normal', 'lognormal', 'triangular', 'uniform', 'two-piece-normal'] as const satisfies readonly Distribution['kind'][];

/** A field of a distribution: its key, and whether it may be left empty (then the engine's default 0 applies). */
export interface DistributionField {
  key: string;
  optional: boolean;
}

/** The fields each distribution kind has, in display order. */
export function distributionFields(kind: Distribution['kind']): DistributionField[] {
  switch (kind) {
    case 'normal':
      return [{ key: 'mean', optional: true }, { key: 'sd', optional: false }];
    case 'lognormal':
      return [{ key: 'mu', optional: true }, { key: 'sigma', optional: false }];
    case 'triangular':
      return [{ key: 'min', optional: false }, { key: 'mode', optional: false }, { key: 'max', optional: false }];
    case 'uniform':
      return [{ key: 'min', optional: false }, { key: 'max', optional: false }];
    case 'two-piece-normal':
      return [{ key: 'mode', optional: true }, { key: 'sdLow', optional: false }, { key: 'sdHigh', optional: false }];
  }
}

/** The value of one field of a distribution (undefined when an optional field is left out or the kind has no such field). */
export function distributionValue(d: Distribution, key: string): number | undefined {
  const v: unknown = Object.hasOwn(d, key) ? Reflect.get(d, key) : undefined;
  return typeof v === 'number' ? v : undefined;
}

/** A representative spread of a distribution (decimal): the standard deviation, or its closed form for the bounded kinds. */
export function distributionSpread(d: Distribution): number {
  switch (d.kind) {
    case 'normal':
      return d.sd;
    case 'lognormal':
      return d.sigma;
    case 'triangular': {
      const { min: a, mode: c, max: b } = d;
      return Math.sqrt((a * a + b * b + c * c - a * b - a * c - b * c) / 18);
    }
    case 'uniform':
      return (d.max - d.min) / Math.sqrt(12);
    case 'two-piece-normal':
      return (d.sdLow + d.sdHigh) / 2;
  }
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/**
 * A distribution of another kind with about the same spread s and centred on 0, so switching kinds keeps the
 * size of the uncertainty: normal sd s; lognormal sigma s; triangular ±√6 s (its sd is s); uniform ±√3 s (sd s);
 * two-piece sdLow = sdHigh = s.
 */
export function switchDistribution(d: Distribution | undefined, kind: Distribution['kind'], fallbackSpread = 0.01): Distribution {
  const s = d ? distributionSpread(d) : fallbackSpread;
  const spread = s > 0 && Number.isFinite(s) ? s : fallbackSpread;
  switch (kind) {
    case 'normal':
      return { kind, sd: round(spread) };
    case 'lognormal':
      return { kind, sigma: round(spread) };
    case 'triangular':
      return { kind, min: round(-Math.sqrt(6) * spread), mode: 0, max: round(Math.sqrt(6) * spread) };
    case 'uniform':
      return { kind, min: round(-Math.sqrt(3) * spread), max: round(Math.sqrt(3) * spread) };
    case 'two-piece-normal':
      return { kind, sdLow: round(spread), sdHigh: round(spread) };
  }
}

/** The distribution with one field set (undefined clears an optional field). Fields the kind does not have are ignored. */
export function setDistributionField(d: Distribution, key: string, value: number | undefined): Distribution {
  const field = distributionFields(d.kind).find((f) => f.key === key);
  if (!field) return d;
  const next: Record<string, unknown> = { ...d };
  if (value === undefined) {
    if (!field.optional) return d;
    delete next[key];
  } else next[key] = value;
  return rebuild(d.kind, next) ?? d;
}

function num(o: Record<string, unknown>, key: string): number | undefined {
  const v = o[key];
  return typeof v === 'number' ? v : undefined;
}

function rebuild(kind: Distribution['kind'], o: Record<string, unknown>): Distribution | null {
  switch (kind) {
    case 'normal': {
      const sd = num(o, 'sd');
      const mean = num(o, 'mean');
      return sd === undefined ? null : mean === undefined ? { kind, sd } : { kind, mean, sd };
    }
    case 'lognormal': {
      const sigma = num(o, 'sigma');
      const mu = num(o, 'mu');
      return sigma === undefined ? null : mu === undefined ? { kind, sigma } : { kind, mu, sigma };
    }
    case 'triangular': {
      const min = num(o, 'min');
      const mode = num(o, 'mode');
      const max = num(o, 'max');
      return min === undefined || mode === undefined || max === undefined ? null : { kind, min, mode, max };
    }
    case 'uniform': {
      const min = num(o, 'min');
      const max = num(o, 'max');
      return min === undefined || max === undefined ? null : { kind, min, max };
    }
    case 'two-piece-normal': {
      const sdLow = num(o, 'sdLow');
      const sdHigh = num(o, 'sdHigh');
      const mode = num(o, 'mode');
      if (sdLow === undefined || sdHigh === undefined) return null;
      return mode === undefined ? { kind, sdLow, sdHigh } : { kind, mode, sdLow, sdHigh };
    }
  }
}

function tidy(spec: UncertaintySpec): UncertaintySpec {
  const out: UncertaintySpec = { ...spec };
  if (out.growth && Object.keys(out.growth).length === 0) delete out.growth;
  if (out.parameters && Object.keys(out.parameters).length === 0) delete out.parameters;
  if (out.events && out.events.length === 0) delete out.events;
  if (out.economy && Object.keys(out.economy.loadings).length === 0) delete out.economy;
  return out;
}

function setEntry<V>(table: Readonly<Record<string, V>> | undefined, key: string, value: V | undefined): Record<string, V> {
  const next = { ...(table ?? {}) };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Sets (or with undefined removes) the per-year growth deviation of an indicator; removing it drops its loading too. */
export function setGrowthDistribution(spec: UncertaintySpec, id: string, d: Distribution | undefined): UncertaintySpec {
  const out: UncertaintySpec = { ...spec, growth: setEntry(spec.growth, id, d) };
  if (d === undefined && spec.economy) out.economy = { loadings: setEntry<number>(spec.economy.loadings, id, undefined) };
  return tidy(out);
}

/** Sets (or removes) the distribution of a formula parameter, in the parameter's unit. */
export function setParameterDistribution(spec: UncertaintySpec, name: string, d: Distribution | undefined): UncertaintySpec {
  return tidy({ ...spec, parameters: setEntry(spec.parameters, name, d) });
}

/** Sets (or with undefined / 0 removes) an indicator's loading on the shared economy factor, in [−1, 1]. */
export function setLoading(spec: UncertaintySpec, id: string, loading: number | undefined): UncertaintySpec {
  const value = loading === undefined || loading === 0 ? undefined : Math.max(-1, Math.min(1, loading));
  return tidy({ ...spec, economy: { loadings: setEntry(spec.economy?.loadings, id, value) } });
}

/** Appends a shock event. */
export function addEvent(spec: UncertaintySpec, event: ShockEvent): UncertaintySpec {
  return tidy({ ...spec, events: [...(spec.events ?? []), event] });
}

/** Replaces the shock event at `index`. */
export function updateEvent(spec: UncertaintySpec, index: number, event: ShockEvent): UncertaintySpec {
  return tidy({ ...spec, events: (spec.events ?? []).map((e, i) => (i === index ? event : e)) });
}

/** Removes the shock event at `index`. */
export function removeEvent(spec: UncertaintySpec, index: number): UncertaintySpec {
  return tidy({ ...spec, events: (spec.events ?? []).filter((_, i) => i !== index) });
}

/** Removes the correlation matrix (the editor edits the economy factor only; a matrix comes from an imported spec). */
export function clearCorrelation(spec: UncertaintySpec): UncertaintySpec {
  const out: UncertaintySpec = { ...spec };
  delete out.correlation;
  return out;
}

/**
 * The correlation between two indicators' growth draws implied by the spec: ρ_i ρ_j from the economy factor plus
 * √((1 − ρ_i²)(1 − ρ_j²)) C_ij from a correlation matrix listing both (shared/stress's model). 0 when unrelated.
 */
export function impliedCorrelation(spec: UncertaintySpec, a: string, b: string): number {
  const loadings = spec.economy?.loadings ?? {};
  const ra = Object.hasOwn(loadings, a) ? (loadings[a] ?? 0) : 0;
  const rb = Object.hasOwn(loadings, b) ? (loadings[b] ?? 0) : 0;
  const corr = spec.correlation;
  const ia = corr ? corr.indicators.indexOf(a) : -1;
  const ib = corr ? corr.indicators.indexOf(b) : -1;
  const c = corr && ia >= 0 && ib >= 0 ? (corr.matrix[ia]?.[ib] ?? 0) : 0;
  return ra * rb + Math.sqrt((1 - ra * ra) * (1 - rb * rb)) * c;
}

/** A new random shock event for an indicator: 10 % a year, a level drop of 5 % ± 2 pp (normal). */
export function newEvent(indicator: string): ShockEvent {
  return { indicator, probability: 0.1, size: { kind: 'normal', mean: -0.05, sd: 0.02 } };
}

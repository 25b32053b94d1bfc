import type { Scenario, Shock } from '../../shared/scenario/scenario-schema';

/** What kind of assumption a diff line is about; decides how its values are shown. */
export type AssumptionField =
  | 'horizon'
  | 'parameter'
  | 'growth'
  | 'yearGrowth'
  | 'actual'
  | 'shocks'
  | 'formula'
  | 'base'
  | 'reference';

/** A value as one scenario sets it; undefined where the scenario keeps the baseline. */
export type AssumptionValue = number | string | readonly Shock[] | Readonly<Record<string, number>> | undefined;

/** One assumption that is not the same in every compared scenario. */
export interface AssumptionDiff {
  /** Stable key, e.g. "indicators.fiscal-revenue-total.yearGrowth.2023". */
  key: string;
  field: AssumptionField;
  /** Indicator id, or null for scenario-wide settings (horizon, parameters). */
  indicator: string | null;
  /** Year for per-year fields, parameter name for parameters, else null. */
  detail: string | null;
  /** The value in each scenario, in the order the scenarios were given. */
  values: AssumptionValue[];
}

interface Flat {
  field: AssumptionField;
  indicator: string | null;
  detail: string | null;
  value: AssumptionValue;
}

/** Every assumption a scenario sets, flattened to one entry per key. */
export function flattenAssumptions(scenario: Scenario): Map<string, Flat> {
  const out = new Map<string, Flat>();
  if (scenario.horizon !== undefined) {
    out.set('horizon', { field: 'horizon', indicator: null, detail: null, value: scenario.horizon });
  }
  for (const [name, value] of Object.entries(scenario.parameters ?? {})) {
    out.set(`parameters.${name}`, { field: 'parameter', indicator: null, detail: name, value });
  }
  for (const [id, a] of Object.entries(scenario.indicators ?? {})) {
    const p = `indicators.${id}`;
    if (a.growth !== undefined) out.set(`${p}.growth`, { field: 'growth', indicator: id, detail: null, value: a.growth });
    for (const [year, g] of Object.entries(a.yearGrowth ?? {})) {
      out.set(`${p}.yearGrowth.${year}`, { field: 'yearGrowth', indicator: id, detail: year, value: g });
    }
    for (const [year, v] of Object.entries(a.actuals ?? {})) {
      out.set(`${p}.actuals.${year}`, { field: 'actual', indicator: id, detail: year, value: v });
    }
    if (a.shocks && a.shocks.length > 0) out.set(`${p}.shocks`, { field: 'shocks', indicator: id, detail: null, value: a.shocks });
    if (a.formula !== undefined) out.set(`${p}.formula`, { field: 'formula', indicator: id, detail: null, value: a.formula });
    if (a.base !== undefined) out.set(`${p}.base`, { field: 'base', indicator: id, detail: null, value: a.base });
    if (a.reference !== undefined) {
      out.set(`${p}.reference`, { field: 'reference', indicator: id, detail: null, value: a.reference });
    }
  }
  return out;
}

function sameValue(a: AssumptionValue, b: AssumptionValue): boolean {
  if (typeof a === 'object' && typeof b === 'object') return JSON.stringify(a) === JSON.stringify(b);
  return a === b;
}

/**
 * The assumptions that differ among two or more scenarios: every key that some scenario sets and that is not
 * equal (deep, for shock lists) in all of them. Scenario-wide settings come first, then indicators in the order
 * of `indicatorOrder` (the plan's), per-year entries by year.
 */
export function diffAssumptions(scenarios: readonly Scenario[], indicatorOrder: readonly string[]): AssumptionDiff[] {
  const flats = scenarios.map(flattenAssumptions);
  const keys = new Set<string>();
  for (const f of flats) for (const k of f.keys()) keys.add(k);
  const diffs: AssumptionDiff[] = [];
  for (const key of keys) {
    const entries = flats.map((f) => f.get(key));
    const values = entries.map((e) => e?.value);
    const first = values[0];
    if (values.every((v) => sameValue(v, first))) continue;
    const proto = entries.find((e) => e !== undefined);
    if (!proto) continue;
    diffs.push({ key, field: proto.field, indicator: proto.indicator, detail: proto.detail, values });
  }
  const rank = (d: AssumptionDiff): number => {
    if (d.indicator === null) return -1;
    const i = indicatorOrder.indexOf(d.indicator);
    return i === -1 ? indicatorOrder.length : i;
  };
  return diffs.sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key, 'en', { numeric: true }));
}

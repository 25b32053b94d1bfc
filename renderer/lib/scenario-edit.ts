import type { IndicatorAssumptions, Scenario, Shock } from '../../shared/scenario/scenario-schema';

/**
 * Immutable edits of a scenario's assumptions. Each returns a new scenario and drops what became empty
 * (an indicator with no assumptions left, an empty override table), so an untouched indicator keeps the plan's
 * baseline and two scenarios that say the same thing compare equal. Rates are decimals (0.052 = 5.2 %).
 */

function withIndicator(
  scenario: Scenario,
  id: string,
  edit: (a: IndicatorAssumptions) => IndicatorAssumptions,
): Scenario {
  const indicators = { ...(scenario.indicators ?? {}) };
  const next = prune(edit({ ...(indicators[id] ?? {}) }));
  if (Object.keys(next).length === 0) delete indicators[id];
  else indicators[id] = next;
  const out: Scenario = { ...scenario, indicators };
  if (Object.keys(indicators).length === 0) delete out.indicators;
  return out;
}

function prune(a: IndicatorAssumptions): IndicatorAssumptions {
  const out: IndicatorAssumptions = { ...a };
  if (out.yearGrowth && Object.keys(out.yearGrowth).length === 0) delete out.yearGrowth;
  if (out.actuals && Object.keys(out.actuals).length === 0) delete out.actuals;
  if (out.shocks && out.shocks.length === 0) delete out.shocks;
  for (const key of Object.keys(out) as (keyof IndicatorAssumptions)[]) {
    if (out[key] === undefined) delete out[key];
  }
  return out;
}

function setEntry<V>(table: Record<string, V> | undefined, key: string, value: V | undefined): Record<string, V> {
  const next = { ...(table ?? {}) };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Sets (or with undefined clears) the indicator's constant growth rate, a decimal. */
export function setGrowth(scenario: Scenario, id: string, growth: number | undefined): Scenario {
  return withIndicator(scenario, id, (a) => ({ ...a, growth }));
}

/** Sets (or clears) the growth rate used in one year only, overriding the constant rate. */
export function setYearGrowth(scenario: Scenario, id: string, year: number, growth: number | undefined): Scenario {
  return withIndicator(scenario, id, (a) => ({ ...a, yearGrowth: setEntry(a.yearGrowth, String(year), growth) }));
}

/** Sets (or clears) the actual outturn of one year, in the indicator's unit; an actual replaces the projection. */
export function setActual(scenario: Scenario, id: string, year: number, value: number | undefined): Scenario {
  return withIndicator(scenario, id, (a) => ({ ...a, actuals: setEntry(a.actuals, String(year), value) }));
}

/** Appends a shock to the indicator's list. */
export function addShock(scenario: Scenario, id: string, shock: Shock): Scenario {
  return withIndicator(scenario, id, (a) => ({ ...a, shocks: [...(a.shocks ?? []), shock] }));
}

/** Replaces the shock at `index`. */
export function updateShock(scenario: Scenario, id: string, index: number, shock: Shock): Scenario {
  return withIndicator(scenario, id, (a) => ({
    ...a,
    shocks: (a.shocks ?? []).map((s, i) => (i === index ? shock : s)),
  }));
}

/** Removes the shock at `index`. */
export function removeShock(scenario: Scenario, id: string, index: number): Scenario {
  return withIndicator(scenario, id, (a) => ({ ...a, shocks: (a.shocks ?? []).filter((_, i) => i !== index) }));
}

/** Sets the indicator's driver formula; an empty or blank text clears it (back to prev × (1 + g)). */
export function setFormula(scenario: Scenario, id: string, formula: string | undefined): Scenario {
  const text = formula !== undefined && formula.trim() !== '' ? formula : undefined;
  return withIndicator(scenario, id, (a) => ({ ...a, formula: text }));
}

/** Sets (or clears) a named formula parameter of the scenario. */
export function setParameter(scenario: Scenario, name: string, value: number | undefined): Scenario {
  const parameters = setEntry(scenario.parameters, name, value);
  const out: Scenario = { ...scenario, parameters };
  if (Object.keys(parameters).length === 0) delete out.parameters;
  return out;
}

/** The assumptions a scenario makes for one indicator (empty when it keeps the baseline). */
export function assumptionsOf(scenario: Scenario, id: string): IndicatorAssumptions {
  return scenario.indicators?.[id] ?? {};
}

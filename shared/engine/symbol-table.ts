import type { Plan } from '../plan/plan-schema';
import type { SymbolSlots } from './engine-types';

/** Names every formula can read besides parameters and indicator symbols. */
export const RESERVED_SYMBOLS = ['prev', 'base', 'year', 't', 'g'] as const;

/** What a formula symbol stands for: a built-in, a parameter, or an indicator's value / last value / growth. */
export type SymbolMeaning =
  | { kind: 'builtin' }
  | { kind: 'parameter'; name: string }
  | { kind: 'indicator'; index: number; part: 'value' | 'prev' | 'growth' };

/** The formula symbols of a plan and scenario, in slot order, with where each one lives in the vars buffer. */
export interface SymbolTable {
  names: string[];
  slots: SymbolSlots;
  meaning: Map<string, SymbolMeaning>;
  /** Parameter names that clash with a built-in or indicator symbol, with the name they clash with. */
  clashes: { parameter: string; with: string }[];
}

/** The indicator index behind each of its formula names S, S_prev and S_g (indicators in plan order). */
export function indicatorSymbolIndex(indicators: readonly { symbol: string }[]): Map<string, number> {
  const index = new Map<string, number>();
  indicators.forEach((ind, i) => {
    for (const name of [ind.symbol, `${ind.symbol}_prev`, `${ind.symbol}_g`]) index.set(name, i);
  });
  return index;
}

/**
 * Lays out the formula symbols: prev, base, year, t, g (slots 0–4), then the scenario's parameters in the
 * order given, then for every plan indicator with symbol S the three names S, S_prev, S_g. A parameter
 * whose name is already taken is reported in `clashes` and gets no slot.
 */
export function buildSymbolTable(plan: Plan, parameterNames: readonly string[]): SymbolTable {
  const names: string[] = [...RESERVED_SYMBOLS];
  const meaning = new Map<string, SymbolMeaning>();
  for (const r of RESERVED_SYMBOLS) meaning.set(r, { kind: 'builtin' });
  const indicatorNames = indicatorSymbolIndex(plan.indicators);
  const clashes: { parameter: string; with: string }[] = [];
  const parameters: Record<string, number> = {};
  for (const p of parameterNames) {
    const owner = indicatorNames.get(p);
    if (meaning.has(p)) {
      clashes.push({ parameter: p, with: 'a built-in symbol' });
    } else if (owner !== undefined) {
      const ind = plan.indicators[owner];
      clashes.push({ parameter: p, with: `indicator ${ind?.id ?? ''}` });
    } else {
      parameters[p] = names.length;
      meaning.set(p, { kind: 'parameter', name: p });
      names.push(p);
    }
  }
  const indicatorStart = names.length;
  plan.indicators.forEach((ind, i) => {
    names.push(ind.symbol, `${ind.symbol}_prev`, `${ind.symbol}_g`);
    meaning.set(ind.symbol, { kind: 'indicator', index: i, part: 'value' });
    meaning.set(`${ind.symbol}_prev`, { kind: 'indicator', index: i, part: 'prev' });
    meaning.set(`${ind.symbol}_g`, { kind: 'indicator', index: i, part: 'growth' });
  });
  return {
    names,
    slots: { prev: 0, base: 1, year: 2, t: 3, g: 4, parameters, indicatorStart },
    meaning,
    clashes,
  };
}

import type { IndicatorIdentity } from './engine-types';

/**
 * The identity fields of an indicator (id, symbol, name, unit, decimals, target kind, flow) copied from any object
 * that has them, so every result type names its indicators from one list.
 */
export function indicatorIdentity(ind: IndicatorIdentity): IndicatorIdentity {
  return { id: ind.id, symbol: ind.symbol, name: ind.name, unit: ind.unit, decimals: ind.decimals, targetKind: ind.targetKind, flow: ind.flow };
}

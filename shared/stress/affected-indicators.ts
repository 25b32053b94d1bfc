import type { PreparedModel } from '../engine/engine-types';
import { indicatorSymbolIndex } from '../engine/symbol-table';
import type { UncertaintySpec } from './stress-schema';

/**
 * Which indicators a spec can move (index i → true): those with a growth distribution or a shock event, those whose
 * formula reads an uncertain parameter or any symbol (S, S_prev, S_g) of a moved indicator, and those whose growth
 * or target follows a moved reference indicator; repeated until nothing changes. The others equal the
 * deterministic projection on every path, so the engine skips their histograms.
 */
export function affectedIndicators(model: PreparedModel, spec: UncertaintySpec): boolean[] {
  const n = model.nInd;
  const affected: boolean[] = new Array<boolean>(n).fill(false);
  const bySymbol = indicatorSymbolIndex(model.indicators);
  const uncertainParams = new Set(Object.keys(spec.parameters ?? {}));
  const direct = new Set([...Object.keys(spec.growth ?? {}), ...(spec.events ?? []).map((e) => e.indicator)]);
  model.indicators.forEach((ind, i) => {
    if (direct.has(ind.id)) affected[i] = true;
    if (model.formulas[i]?.uses.some((u) => uncertainParams.has(u))) affected[i] = true;
  });
  const followsRef = (i: number): boolean => {
    for (let t = 1; t < model.nYears; t++) {
      const idx = i * model.nYears + t;
      if (model.growthFromRef[idx] === 1 || model.refDynamic[idx] === 1) return true;
    }
    return false;
  };
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (affected[i]) continue;
      const reads = model.formulas[i]?.uses.some((u) => {
        const j = bySymbol.get(u);
        return j !== undefined && affected[j] === true;
      });
      const ref = model.refIndex[i] ?? -1;
      if (reads === true || (ref >= 0 && affected[ref] === true && followsRef(i))) {
        affected[i] = true;
        changed = true;
      }
    }
  }
  return affected;
}

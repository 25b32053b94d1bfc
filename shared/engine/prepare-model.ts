import type { CompiledFormula, FormulaError } from '../formula/formula-types';
import type { Indicator, Plan } from '../plan/plan-schema';
import { MAX_HORIZON, type IndicatorAssumptions, type Scenario } from '../scenario/scenario-schema';
import { dependencyOrder } from './dependency-order';
import type { PreparedIndicator, PreparedModel, ScenarioIssue } from './engine-types';
import { compileCached } from './formula-cache';
import { checkAssumptionYears } from './scenario-year-checks';
import { ScenarioError } from './scenario-error';
import { growthShockDelta, shockMultiplier } from './shock-multipliers';
import { RESERVED_SYMBOLS, buildSymbolTable, type SymbolTable } from './symbol-table';
import { defaultGrowth, isFlowTarget, targetRate } from './target-rates';

/** A prepared model, or every problem that keeps the scenario from running against the plan. */
export type PrepareResult = { ok: true; model: PreparedModel } | { ok: false; issues: ScenarioIssue[] };

function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The plan's base-year value of an indicator: its history entry for baseYear, else derivedBase.value. */
export function planBaseValue(plan: Plan, ind: Indicator): number | undefined {
  return ind.history.find((h) => h.year === plan.baseYear)?.value ?? ind.derivedBase?.value;
}

function formulaMessage(error: FormulaError, table: SymbolTable, plan: Plan): string {
  if (error.code !== 'FORMULA_UNKNOWN_SYMBOL' || (error.suggestions?.length ?? 0) > 0) return error.message;
  const params = Object.keys(table.slots.parameters);
  const paramText = params.length > 0 ? `, the parameters ${params.join(', ')}` : ', no parameters (this scenario declares none)';
  const symbols = plan.indicators.map((i) => i.symbol).join(', ');
  return `${error.message}; a formula can read prev, base, year, t, g${paramText}, and the indicator symbols ${symbols} (each also as S_prev and S_g)`;
}

function label(ind: Indicator | undefined): string {
  return ind ? `${ind.id} (${ind.name.zh})` : '?';
}

/**
 * Prepares a validated scenario against a plan: resolves base values, compiles formulas (cached by source),
 * orders indicators by same-year dependencies and fills the per-year growth, reference, shock-multiplier and
 * actual arrays (see PreparedModel). Returns every semantic problem instead of throwing: unknown indicator
 * ids, years outside baseYear + 1..horizon, formula errors, parameter names that clash, missing references,
 * dependency cycles.
 */
export function tryPrepareModel(plan: Plan, scenario: Scenario): PrepareResult {
  const issues: ScenarioIssue[] = [];
  const baseYear = plan.baseYear;
  const horizon = scenario.horizon ?? plan.targetYear;
  if (horizon <= baseYear || horizon > Math.max(MAX_HORIZON, plan.targetYear)) {
    const path = scenario.horizon === undefined ? 'plan.targetYear' : 'horizon';
    return { ok: false, issues: [{ path, message: `the horizon ${horizon} must lie in ${baseYear + 1}..${MAX_HORIZON}` }] };
  }
  const nYears = horizon - baseYear + 1;
  const nInd = plan.indicators.length;
  const indexById = new Map(plan.indicators.map((ind, i) => [ind.id, i] as const));
  for (const id of Object.keys(scenario.indicators ?? {})) {
    if (!indexById.has(id)) {
      const known = plan.indicators.map((i) => i.id).join(', ');
      issues.push({ path: `indicators.${id}`, message: `unknown indicator id "${id}"; the plan has ${known}` });
    }
  }
  plan.indicators.forEach((ind, i) => {
    if (RESERVED_SYMBOLS.some((r) => r === ind.symbol)) {
      issues.push({ path: `plan.indicators.${i}.symbol`, message: `the plan's symbol "${ind.symbol}" is a built-in formula name (${RESERVED_SYMBOLS.join(', ')})` });
    }
  });
  const table = buildSymbolTable(plan, Object.keys(scenario.parameters ?? {}));
  for (const c of table.clashes) {
    issues.push({ path: `parameters.${c.parameter}`, message: `the name "${c.parameter}" is already used by ${c.with}; choose another parameter name` });
  }

  const size = nInd * nYears;
  const base = new Float64Array(nInd);
  const growth = new Float64Array(size);
  const refIndex = new Int32Array(nInd).fill(-1);
  const refDynamic = new Uint8Array(size);
  const refRate = new Float64Array(size);
  const growthFromRef = new Uint8Array(size);
  const multiplier = new Float64Array(size).fill(1);
  const actualMask = new Uint8Array(size);
  const actual = new Float64Array(size);
  const lastActualT = new Int32Array(nInd);
  const formulas: (CompiledFormula | null)[] = [];
  const prepared: PreparedIndicator[] = [];
  const deps: number[][] = [];
  const n = plan.targetYear - baseYear;

  plan.indicators.forEach((ind, i) => {
    const a: IndicatorAssumptions = own(scenario.indicators, ind.id) ?? {};
    const prefix = `indicators.${ind.id}`;
    const target = ind.target;
    issues.push(...checkAssumptionYears(ind.id, a, baseYear, horizon));
    const b = a.base ?? planBaseValue(plan, ind);
    if (b === undefined) issues.push({ path: `${prefix}.base`, message: `the plan has no ${baseYear} value for this indicator; give "base"` });
    const b0 = b ?? Number.NaN;
    base[i] = b0;
    if (target.kind === 'level' && !(b0 > 0)) {
      issues.push({ path: `${prefix}.base`, message: `a level target needs a positive base-year value, got ${b0}` });
    }

    let formula: CompiledFormula | null = null;
    const myDeps = new Set<number>();
    if (a.formula !== undefined) {
      const compiled = compileCached(a.formula, table.names);
      if (!compiled.ok) {
        issues.push({ path: `${prefix}.formula`, message: formulaMessage(compiled.error, table, plan), formulaError: compiled.error });
      } else {
        formula = compiled.formula;
        for (const u of formula.uses) {
          const m = table.meaning.get(u);
          if (m?.kind === 'indicator' && m.part !== 'prev') myDeps.add(m.index);
        }
      }
    }
    formulas.push(formula);

    const relative = target.kind === 'relative';
    if (target.kind === 'relative') {
      const dr = target.defaultReference;
      refIndex[i] = dr ? (indexById.get(dr.indicator) ?? -1) : -1;
      const missing: number[] = [];
      for (let t = 1; t < nYears; t++) {
        const idx = i * nYears + t;
        const r = typeof a.reference === 'number' ? a.reference : own(a.reference, String(baseYear + t));
        if (r !== undefined) refRate[idx] = r;
        else if ((refIndex[i] ?? -1) >= 0) refDynamic[idx] = 1;
        else missing.push(baseYear + t);
      }
      if (missing.length > 0) {
        const what = a.reference === undefined ? 'a reference growth rate' : `reference rates for ${missing.join(', ')}`;
        issues.push({
          path: `${prefix}.reference`,
          message: `this relative target (${target.reference.zh}) needs ${what}: the plan names no default reference indicator; give "reference" as a rate or a map year → rate`,
        });
      }
    }

    const shocks = a.shocks ?? [];
    const fallback = defaultGrowth(target, b0, n);
    let usesRef = false;
    for (let t = 1; t < nYears; t++) {
      const idx = i * nYears + t;
      const year = baseYear + t;
      const given = own(a.yearGrowth, String(year)) ?? a.growth;
      let g = fallback;
      if (given !== undefined) g = given;
      else if (relative && refDynamic[idx] === 1) {
        growthFromRef[idx] = 1;
        usesRef = true;
        g = 0;
      } else if (relative) g = refRate[idx] ?? 0;
      growth[idx] = g + growthShockDelta(shocks, year);
      multiplier[idx] = shockMultiplier(shocks, year);
      const act = own(a.actuals, String(year));
      if (act !== undefined) {
        actualMask[idx] = 1;
        actual[idx] = act;
        lastActualT[i] = t;
      }
    }
    const ref = refIndex[i] ?? -1;
    if (usesRef && ref >= 0 && (formula === null || formula.uses.includes('g'))) myDeps.add(ref);
    deps.push([...myDeps]);
    prepared.push({
      id: ind.id,
      symbol: ind.symbol,
      name: ind.name,
      unit: ind.unit,
      decimals: ind.decimals,
      target,
      targetKind: target.kind,
      flow: isFlowTarget(target),
      targetRate: targetRate(target, b0, n),
      formulaSource: a.formula ?? null,
      dependsOn: [...myDeps].map((d) => plan.indicators[d]?.id ?? ''),
    });
  });

  const ordered = dependencyOrder(deps);
  if (!ordered.ok) {
    const first = plan.indicators[ordered.cycle[0] ?? 0];
    const path = first && own(scenario.indicators, first.id)?.formula !== undefined ? `indicators.${first.id}.formula` : `indicators.${first?.id ?? ''}`;
    const chain = ordered.cycle.map((c) => label(plan.indicators[c])).join(' → ');
    issues.push({
      path,
      message: `same-year dependency cycle: ${chain} (→ reads the same year's value); read last year's value S_prev to break it`,
    });
  }
  if (issues.length > 0 || !ordered.ok) return { ok: false, issues };

  const vars = new Float64Array(table.names.length);
  for (const [name, slot] of Object.entries(table.slots.parameters)) vars[slot] = scenario.parameters?.[name] ?? 0;
  return {
    ok: true,
    model: {
      plan,
      scenario,
      baseYear,
      horizon,
      nYears,
      nInd,
      indicators: prepared,
      order: Int32Array.from(ordered.order),
      base,
      growth,
      refIndex,
      refDynamic,
      refRate,
      growthFromRef,
      multiplier,
      actualMask,
      actual,
      lastActualT,
      formulas,
      symbols: table.names,
      symbolSlots: table.slots,
      vars,
      scratch: new Float64Array(nInd),
    },
  };
}

/** prepareModel for callers that have validated the scenario: the prepared model, or a ScenarioError listing every problem. */
export function prepareModel(plan: Plan, scenario: Scenario): PreparedModel {
  const r = tryPrepareModel(plan, scenario);
  if (!r.ok) throw new ScenarioError(r.issues);
  return r.model;
}

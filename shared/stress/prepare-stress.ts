import type { PreparedModel, ProjectionResult, ScenarioIssue } from '../engine/engine-types';
import { tryPrepareModel } from '../engine/prepare-model';
import { runModel } from '../engine/run-model';
import type { Plan } from '../plan/plan-schema';
import type { Scenario } from '../scenario/scenario-schema';
import { cholesky } from './correlation';
import { compileDistribution, type CompiledDistribution } from './distributions';
import { CHUNK_SIZE, MAX_PATHS } from './stress-constants';
import type { UncertaintySpec } from './stress-schema';
import type { StressLayout, StressOptions, StressPrepareError } from './stress-types';
import { checkUncertaintySpec, parseUncertaintySpec } from './validate-stress-spec';
import { affectedIndicators } from './affected-indicators';
import { buildLayout } from './stress-layout';
import { jointSetIssues } from './joint-sets';

/**
 * Everything one path needs, prepared once per run (and once per worker): a private copy of the prepared model
 * (own vars, scratch and multiplier buffers), the per-path growth and value buffers, the compiled draws and the
 * tracked slots. Row offsets are i × nYears into the model's flat arrays.
 */
export interface StressCore {
  plan: Plan;
  scenario: Scenario;
  spec: UncertaintySpec;
  seed: number;
  paths: number;
  nChunks: number;
  /** Projected years: nYears − 1. */
  H: number;
  model: PreparedModel;
  deterministic: ProjectionResult;
  warnings: ScenarioIssue[];
  baseGrowth: Float64Array;
  growth: Float64Array;
  baseMultiplier: Float64Array;
  values: Float64Array;
  /** Indicators with a growth distribution: row offset and distribution. */
  gRow: Int32Array;
  gDist: CompiledDistribution[];
  /** The same distributions' code and first two parameters as typed arrays (normal and lognormal are drawn inline). */
  gCode: Int32Array;
  gA: Float64Array;
  gB: Float64Array;
  /** Whether the economy factor is drawn (some loading is not 0). */
  economy: boolean;
  /**
   * The linear map from a year's standard normals (z_e first when `economy`, then ε_1..ε_m) to the growth lines'
   * drivers Z_j: row j (mixCols entries) holds ρ_j for z_e and √(1 − ρ_j²) × row j of the Cholesky factor (identity
   * for lines outside the matrix), so Z = mix · (z_e, ε).
   */
  mix: Float64Array;
  mixCols: number;
  /** The standard normals of one path: parameters, then per year the economy factor (if any) and one per growth line. */
  normals: Float64Array;
  /** Uncertain parameters: vars slot, scenario value, distribution. */
  pSlot: Int32Array;
  pBase: Float64Array;
  pDist: CompiledDistribution[];
  /** Shock events: row offset, first and last year index t, probability per year, size distribution. */
  eRow: Int32Array;
  eFrom: Int32Array;
  eTo: Int32Array;
  eProb: Float64Array;
  eDist: CompiledDistribution[];
  /** Distinct row offsets that carry events (their multipliers are reset every path). */
  eventRows: Int32Array;
  /** Tracked slots: indicator index per slot, 1 for flow targets; slotOf[i] = slot or −1 (deterministic). */
  slots: Int32Array;
  slotFlow: Uint8Array;
  slotOf: Int32Array;
  /** Horizon target per slot when it is the same on every path (the deterministic run's), NaN for a dynamic reference. */
  slotTarget: Float64Array;
  /**
   * The joint sets counted on every path: set 0 is the joint set (`jointIds`), then the extra sets (options.jointSets
   * order). Set j's uncertain slots are jointSlots[jointStart[j] .. jointStart[j + 1]); jointCertain[j] is 1 when its
   * deterministic members all meet their targets (else no path meets the set).
   */
  jointSlots: Int32Array;
  jointStart: Int32Array;
  jointCertain: Uint8Array;
  /** Indicator ids of set 0; ids and indicator ids of the extra sets, as asked. */
  jointIds: string[];
  jointSetIds: string[];
  jointSetIndicators: string[][];
  /** Chunk scratch: per slot, 1 when the current path meets its target; per joint set, paths of the chunk meeting it. */
  metNow: Uint8Array;
  jointHits: Uint32Array;
}

/** A prepared run: the core plus its histogram layout and 1 / width of every bin grid (the chunk loop multiplies). */
export interface StressSetup extends StressCore {
  layout: StressLayout;
  invWidth: Float64Array;
}

/** Number of chunks of CHUNK_SIZE paths (the last may be shorter) for `paths` paths. */
export function chunkCount(paths: number): number {
  return Math.ceil(paths / CHUNK_SIZE);
}

function dynamicTarget(model: PreparedModel, i: number): boolean {
  for (let t = 1; t < model.nYears; t++) if (model.refDynamic[i * model.nYears + t] === 1) return true;
  return false;
}

/** Start offsets of lists laid end to end: list j is entries start[j] .. start[j + 1] of the flat array. */
function listStarts(lists: readonly (readonly number[])[]): Int32Array {
  const start = new Int32Array(lists.length + 1);
  lists.forEach((list, j) => {
    start[j + 1] = (start[j] ?? 0) + list.length;
  });
  return start;
}

function optionIssues(options: StressOptions): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  if (!Number.isInteger(options.paths) || options.paths < 1 || options.paths > MAX_PATHS) {
    issues.push({ path: 'paths', message: `a whole number of paths from 1 to ${MAX_PATHS.toLocaleString('en')}, got ${options.paths}` });
  }
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffffffff) {
    issues.push({ path: 'seed', message: `a whole seed from 0 to 4294967295, got ${options.seed}` });
  }
  return issues;
}

function growthDraws(model: PreparedModel, spec: UncertaintySpec) {
  const ids = model.indicators.map((i) => i.id);
  const entries = Object.entries(spec.growth ?? {}).sort(([a], [b]) => ids.indexOf(a) - ids.indexOf(b));
  const m = entries.length;
  const loadings = spec.economy?.loadings ?? {};
  const load = entries.map(([id]) => (Object.hasOwn(loadings, id) ? (loadings[id] ?? 0) : 0));
  const economy = load.some((a) => a !== 0);
  const lower = new Float64Array(m * m);
  for (let j = 0; j < m; j++) lower[j * m + j] = 1;
  const corr = spec.correlation;
  const chol = corr ? cholesky(corr.matrix) : null;
  if (corr && chol?.ok) {
    const member = corr.indicators.map((id) => entries.findIndex(([g]) => g === id));
    const n = member.length;
    member.forEach((ja, a) => {
      if (ja < 0) return;
      lower[ja * m + ja] = 0;
      member.forEach((jb, b) => {
        if (jb >= 0 && b <= a) lower[ja * m + jb] = chol.lower[a * n + b] ?? 0;
      });
    });
  }
  const mixCols = m + (economy ? 1 : 0);
  const mix = new Float64Array(m * mixCols);
  for (let j = 0; j < m; j++) {
    const a = load[j] ?? 0;
    const b = Math.sqrt(Math.max(0, 1 - a * a));
    if (economy) mix[j * mixCols] = a;
    for (let k = 0; k < m; k++) mix[j * mixCols + (economy ? 1 : 0) + k] = b * (lower[j * m + k] ?? 0);
  }
  const gDist = entries.map(([, d]) => compileDistribution(d));
  return {
    gRow: Int32Array.from(entries.map(([id]) => ids.indexOf(id) * model.nYears)),
    gDist,
    gCode: Int32Array.from(gDist.map((d) => d.code)),
    gA: Float64Array.from(gDist.map((d) => d.a)),
    gB: Float64Array.from(gDist.map((d) => d.b)),
    economy,
    mix,
    mixCols,
  };
}

function eventDraws(model: PreparedModel, spec: UncertaintySpec) {
  const events = spec.events ?? [];
  const row = (id: string): number => model.indicators.findIndex((i) => i.id === id) * model.nYears;
  const t = (y: number | undefined, fallback: number): number => (y === undefined ? fallback : y - model.baseYear);
  const eRow = Int32Array.from(events.map((e) => row(e.indicator)));
  return {
    eRow,
    eFrom: Int32Array.from(events.map((e) => t(e.from, 1))),
    eTo: Int32Array.from(events.map((e) => t(e.to, model.nYears - 1))),
    eProb: Float64Array.from(events.map((e) => e.probability)),
    eDist: events.map((e) => compileDistribution(e.size)),
    eventRows: Int32Array.from(new Set(eRow)),
  };
}

/**
 * Prepares a stress run: validates the options (paths, seed, joint ids, extra joint sets), the spec (schema and against the scenario) and the
 * scenario, runs the deterministic projection, compiles the draws, finds which indicators the spec can move, and
 * fixes the histogram layout by a pilot run. `layout` replaces the pilot: the layout an earlier call with the same
 * inputs computed (as workers receive it), or a function of the prepared core (e.g. `flatLayout` when only
 * probabilities are wanted). Returns every problem instead of throwing.
 */
export function prepareStress(
  plan: Plan,
  scenario: Scenario,
  specJson: unknown,
  options: StressOptions,
  layout?: StressLayout | ((core: StressCore) => StressLayout),
): { ok: true; setup: StressSetup } | StressPrepareError {
  const issues = optionIssues(options);
  const parsed = parseUncertaintySpec(specJson);
  if (!parsed.ok) issues.push(...parsed.issues);
  const prepared = tryPrepareModel(plan, scenario);
  if (!prepared.ok) issues.push(...prepared.issues.map((i) => ({ path: `scenario.${i.path}`, message: i.message })));
  if (!parsed.ok || !prepared.ok) return { ok: false, issues };
  const spec = parsed.spec;
  const source = prepared.model;
  const checked = checkUncertaintySpec(source, spec);
  issues.push(...checked.issues);
  const ids = source.indicators.map((i) => i.id);
  (options.joint ?? []).forEach((id, k) => {
    if (!ids.includes(id)) issues.push({ path: `joint.${k}`, message: `unknown indicator id "${id}"; the plan has ${ids.join(', ')}` });
  });
  issues.push(...jointSetIssues(options.jointSets, ids));
  if (issues.length > 0) return { ok: false, issues };

  const deterministic = runModel(source);
  const model: PreparedModel = { ...source, vars: source.vars.slice(), scratch: new Float64Array(source.nInd), multiplier: source.multiplier.slice() };
  const affected = affectedIndicators(model, spec);
  const slotList = affected.flatMap((a, i) => (a ? [i] : []));
  const slotOf = new Int32Array(model.nInd).fill(-1);
  slotList.forEach((i, s) => {
    slotOf[i] = s;
  });
  const jointIds = options.joint ? [...options.joint] : ids;
  const extraSets = options.jointSets ?? [];
  const setIdx = [jointIds, ...extraSets.map((set) => set.indicators)].map((list) => list.map((id) => ids.indexOf(id)));
  const uncertainSlots = (idx: readonly number[]): number[] => idx.filter((i) => (slotOf[i] ?? -1) >= 0).map((i) => slotOf[i] ?? 0);
  const certainMet = (idx: readonly number[]): boolean => idx.every((i) => (slotOf[i] ?? -1) >= 0 || deterministic.indicators[i]?.summary.onTrack === true);
  const setSlots = setIdx.map(uncertainSlots);
  const params = Object.entries(spec.parameters ?? {});
  const draws = growthDraws(model, spec);
  const H = model.nYears - 1;
  const perYear = draws.gRow.length === 0 ? 0 : draws.mixCols;
  const core: StressCore = {
    plan,
    scenario,
    spec,
    seed: options.seed,
    paths: options.paths,
    nChunks: chunkCount(options.paths),
    H,
    model,
    deterministic,
    warnings: checked.warnings,
    baseGrowth: source.growth,
    growth: source.growth.slice(),
    baseMultiplier: source.multiplier,
    values: new Float64Array(model.nInd * model.nYears),
    ...draws,
    normals: new Float64Array(params.length + H * perYear),
    pSlot: Int32Array.from(params.map(([name]) => model.symbolSlots.parameters[name] ?? -1)),
    pBase: Float64Array.from(params.map(([name]) => scenario.parameters?.[name] ?? 0)),
    pDist: params.map(([, d]) => compileDistribution(d)),
    ...eventDraws(model, spec),
    slots: Int32Array.from(slotList),
    slotFlow: Uint8Array.from(slotList.map((i) => (model.indicators[i]?.flow ? 1 : 0))),
    slotTarget: Float64Array.from(slotList.map((i) => (dynamicTarget(model, i) ? Number.NaN : (deterministic.indicators[i]?.summary.endTarget ?? Number.NaN)))),
    slotOf,
    jointSlots: Int32Array.from(setSlots.flat()),
    jointStart: listStarts(setSlots),
    jointCertain: Uint8Array.from(setIdx.map((idx) => (certainMet(idx) ? 1 : 0))),
    jointIds,
    jointSetIds: extraSets.map((set) => set.id),
    jointSetIndicators: extraSets.map((set) => [...set.indicators]),
    metNow: new Uint8Array(slotList.length),
    jointHits: new Uint32Array(setIdx.length),
  };
  const chosen = typeof layout === 'function' ? layout(core) : (layout ?? buildLayout(core));
  return { ok: true, setup: { ...core, layout: chosen, invWidth: chosen.width.map((w) => 1 / w) } };
}

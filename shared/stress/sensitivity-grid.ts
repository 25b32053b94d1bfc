import type { GoalSeekAssumption } from '../engine/goal-seek';
import { applyAssumption } from '../engine/goal-seek';
import { tryPrepareModel } from '../engine/prepare-model';
import { issuesText } from '../engine/scenario-error';
import type { Plan } from '../plan/plan-schema';
import type { Scenario } from '../scenario/scenario-schema';
import { assumptionValue, gapWith } from './assumption-value';
import { prepareStress } from './prepare-stress';
import { createPartial, runChunk } from './stress-chunk';
import { flatLayout } from './stress-layout';
import { mergePartials } from './stress-merge';
import type { SensitivityError } from './tornado';
import { validateUncertaintySpec } from './validate-stress-spec';

/** One axis of a grid: an assumption and the values it takes (decimals for rates), 1..50 of them. */
export interface GridAxis {
  assumption: GoalSeekAssumption;
  values: readonly number[];
}

/**
 * What each cell shows: the deterministic horizon gap of an indicator (unit) or as a share of its target, or the
 * probability of meeting its target (`indicator` null: all targets jointly) from a small seeded stress run with
 * `spec` — the same seed in every cell (common random numbers), so the surface is smooth.
 */
export type GridMetric =
  | { kind: 'gap'; indicator: string }
  | { kind: 'gapPct'; indicator: string }
  | { kind: 'probability'; indicator: string | null; spec: unknown; paths?: number; seed?: number };

/** A heatmap: z[j][k] is the metric with axis A at a[k] and axis B at b[j] (Plotly's heatmap layout); null where refused. */
export type GridResult = { ok: true; a: number[]; b: number[]; z: (number | null)[][] } | { ok: false; error: SensitivityError };

/** Most values per axis, default and most paths per cell, and most paths over the whole grid. */
export const GRID_MAX_VALUES = 50;
export const GRID_DEFAULT_PATHS = 2000;
export const GRID_MAX_CELL_PATHS = 20_000;
export const GRID_MAX_TOTAL_PATHS = 2_000_000;

function probabilityAt(plan: Plan, scenario: Scenario, metric: Extract<GridMetric, { kind: 'probability' }>, paths: number): number | null {
  const joint = metric.indicator === null ? undefined : [metric.indicator];
  const prepared = prepareStress(plan, scenario, metric.spec, { paths, seed: metric.seed ?? 1, joint }, flatLayout);
  if (!prepared.ok) return null;
  const setup = prepared.setup;
  const partial = createPartial(setup);
  for (let c = 0; c < setup.nChunks; c++) runChunk(setup, partial, c);
  return mergePartials(setup, [partial]).jointMet / paths;
}

function checkAxis(model: Parameters<typeof assumptionValue>[0], axis: GridAxis, name: string): SensitivityError | null {
  if (axis.values.length < 1 || axis.values.length > GRID_MAX_VALUES) return { path: `${name}.values`, message: `1 to ${GRID_MAX_VALUES} values, got ${axis.values.length}` };
  const bad = axis.values.findIndex((v) => !Number.isFinite(v));
  if (bad >= 0) return { path: `${name}.values.${bad}`, message: 'a finite number' };
  if (assumptionValue(model, axis.assumption) === null) return { path: `${name}.assumption`, message: 'the scenario has no such assumption (unknown indicator, parameter or shock)' };
  return null;
}

/**
 * A 2-D sensitivity grid: every pair (a, b) of the two axes' values is applied to the scenario (engine
 * applyAssumption, B after A) and the metric computed: the deterministic gap, or a seeded stress run per cell
 * (default 2,000 paths; at most 20,000 a cell and 2,000,000 over the grid). Refuses unknown assumptions or
 * indicators, bad values and oversize requests with the field named.
 */
export function sensitivityGrid(plan: Plan, scenario: Scenario, axisA: GridAxis, axisB: GridAxis, metric: GridMetric): GridResult {
  const prepared = tryPrepareModel(plan, scenario);
  if (!prepared.ok) return { ok: false, error: { path: 'scenario', message: issuesText(prepared.issues, '; ') } };
  const model = prepared.model;
  const axisError = checkAxis(model, axisA, 'axisA') ?? checkAxis(model, axisB, 'axisB');
  if (axisError) return { ok: false, error: axisError };
  const index = metric.indicator === null ? -1 : model.indicators.findIndex((i) => i.id === metric.indicator);
  if (metric.indicator !== null && index < 0) return { ok: false, error: { path: 'metric.indicator', message: `unknown indicator id "${metric.indicator}"` } };
  const paths = metric.kind === 'probability' ? (metric.paths ?? GRID_DEFAULT_PATHS) : 0;
  if (metric.kind === 'probability') {
    if (!Number.isInteger(paths) || paths < 1 || paths > GRID_MAX_CELL_PATHS) return { ok: false, error: { path: 'metric.paths', message: `a whole number of paths per cell from 1 to ${GRID_MAX_CELL_PATHS}` } };
    const spec = validateUncertaintySpec(plan, scenario, metric.spec);
    if (!spec.ok) return { ok: false, error: { path: 'metric.spec', message: issuesText(spec.issues, '; ') } };
    if (paths * axisA.values.length * axisB.values.length > GRID_MAX_TOTAL_PATHS) {
      return { ok: false, error: { path: 'metric.paths', message: `at most ${GRID_MAX_TOTAL_PATHS.toLocaleString('en')} paths over the grid; use fewer values or paths per cell` } };
    }
  }
  const z = axisB.values.map((b) =>
    axisA.values.map((a): number | null => {
      const s = applyAssumption(scenario, axisA.assumption, a);
      const cell = s ? applyAssumption(s, axisB.assumption, b) : null;
      if (!cell) return null;
      if (metric.kind === 'probability') return probabilityAt(plan, cell, metric, paths);
      const g = gapWith(plan, cell, null, 0, index);
      if (!g) return null;
      if (metric.kind === 'gap') return g.gap;
      return g.target !== 0 ? g.gap / g.target : null;
    }),
  );
  return { ok: true, a: [...axisA.values], b: [...axisB.values], z };
}

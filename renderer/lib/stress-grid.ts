import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { GRID_DEFAULT_PATHS, GRID_MAX_TOTAL_PATHS, GRID_MAX_VALUES, sensitivityGrid, type GridAxis, type GridMetric, type GridResult } from '../../shared/stress';
import { baseLayout, HOVER, type Figure } from './chart-traces';
import { formatSignedNumber, formatSignedRate, withUnit, type Lang } from './format';
import { assumptionValueText, type AssumptionOption } from './stress-assumptions';
import { formatShare } from './stress-cards';
import type { Translate } from './translate';

/**
 * `count` evenly spaced values from `from` to `to` inclusive (one value when count is 1), rounded to 1e-9 so
 * 0.05 + 2 × 0.025 prints as 0.1. Count is clamped to 1..GRID_MAX_VALUES.
 */
export function axisValues(from: number, to: number, count: number): number[] {
  const n = Math.max(1, Math.min(GRID_MAX_VALUES, Math.round(count)));
  if (n === 1) return [from];
  return Array.from({ length: n }, (_, k) => Math.round((from + ((to - from) * k) / (n - 1)) * 1e9) / 1e9);
}

/** How a grid is asked for: cell by cell so the window stays responsive, with progress and a way to stop. */
export interface GridRunOptions {
  signal?: AbortSignal;
  /** Cells done so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function checkValues(axis: GridAxis, name: string): GridResult | null {
  if (axis.values.length < 1 || axis.values.length > GRID_MAX_VALUES) {
    return { ok: false, error: { path: `${name}.values`, message: `1 to ${GRID_MAX_VALUES} values, got ${axis.values.length}` } };
  }
  const bad = axis.values.findIndex((v) => !Number.isFinite(v));
  return bad >= 0 ? { ok: false, error: { path: `${name}.values.${bad}`, message: 'a finite number' } } : null;
}

/**
 * The 2-D sensitivity grid of shared/stress computed one cell at a time (sensitivityGrid on single-value axes),
 * yielding to the event loop between cells so typing and Cancel keep working while probability cells run their
 * small seeded stress runs. The request is checked before any work: the axes' values, the grid's total paths
 * (GRID_MAX_TOTAL_PATHS), then the first cell, whose refusal (unknown assumption, indicator, bad spec) is returned
 * as is. Resolves to null when aborted.
 */
export async function runGrid(plan: Plan, scenario: Scenario, axisA: GridAxis, axisB: GridAxis, metric: GridMetric, opts: GridRunOptions = {}): Promise<GridResult | null> {
  const bad = checkValues(axisA, 'axisA') ?? checkValues(axisB, 'axisB');
  if (bad) return bad;
  const total = axisA.values.length * axisB.values.length;
  if (metric.kind === 'probability' && (metric.paths ?? GRID_DEFAULT_PATHS) * total > GRID_MAX_TOTAL_PATHS) {
    return { ok: false, error: { path: 'metric.paths', message: `at most ${GRID_MAX_TOTAL_PATHS} paths over the grid; use fewer values or paths per cell` } };
  }
  const z: (number | null)[][] = [];
  let done = 0;
  for (const b of axisB.values) {
    const row: (number | null)[] = [];
    for (const a of axisA.values) {
      if (opts.signal?.aborted) return null;
      const cell = sensitivityGrid(plan, scenario, { ...axisA, values: [a] }, { ...axisB, values: [b] }, metric);
      if (!cell.ok) return cell;
      row.push(cell.z[0]?.[0] ?? null);
      done++;
      opts.onProgress?.(done, total);
      await nextTick();
    }
    z.push(row);
  }
  return { ok: true, a: [...axisA.values], b: [...axisB.values], z };
}

/** What the heatmap shows and how: the metric kind, and the indicator's unit and decimals for gaps. */
export interface HeatmapStyle {
  metric: GridMetric['kind'];
  unit: string;
  decimals: number;
  aLabel: string;
  bLabel: string;
  aIsRate: boolean;
  bIsRate: boolean;
  /** What the colour means, e.g. "2025年差距（亿元）" or "达标概率（%）". */
  title: string;
}

/** A cell's value as text: a gap with its unit, a gap share or a probability in percent; "—" where the scenario is refused. */
export function cellText(v: number | null, style: Pick<HeatmapStyle, 'metric' | 'unit' | 'decimals'>, lang: Lang): string {
  if (v === null || !Number.isFinite(v)) return '—';
  if (style.metric === 'gap') return withUnit(formatSignedNumber(v, style.decimals, lang), style.unit);
  if (style.metric === 'gapPct') return formatSignedRate(v, lang);
  return formatShare(v, lang);
}

/**
 * The heatmap of a grid: axis A across, axis B down, the values as category labels (percent for rates); gaps on a
 * red–white–green scale centred on zero (negative = short of the target), probabilities on a 0–100 % scale;
 * every cell carries its value as text.
 */
export function buildHeatmapFigure(grid: Extract<GridResult, { ok: true }>, style: HeatmapStyle, lang: Lang, t: Translate): Figure {
  const xs = grid.a.map((v) => assumptionValueText(v, style.aIsRate, lang));
  const ys = grid.b.map((v) => assumptionValueText(v, style.bIsRate, lang));
  const probability = style.metric === 'probability';
  const z = grid.z.map((row) => row.map((v) => (v === null ? null : probability || style.metric === 'gapPct' ? v * 100 : v)));
  const text = grid.z.map((row) => row.map((v) => cellText(v, style, lang)));
  const finite = z.flat().filter((v): v is number => v !== null && Number.isFinite(v));
  const reach = Math.max(1e-9, ...finite.map((v) => Math.abs(v)));
  const scale: [number, string][] = [
    [0, '#c92a2a'],
    [0.5, '#f8f9fa'],
    [1, '#2b8a3e'],
  ];
  const hover = grid.z.map((row, j) =>
    row.map((_, k) => t('stress.grid.hover', { a: style.aLabel, av: xs[k] ?? '', b: style.bLabel, bv: ys[j] ?? '', value: text[j]?.[k] ?? '—' })),
  );
  return {
    data: [
      {
        type: 'heatmap',
        x: xs,
        y: ys,
        z,
        text,
        texttemplate: '%{text}',
        hovertext: hover,
        hovertemplate: HOVER,
        colorscale: scale,
        zmin: probability ? 0 : -reach,
        zmax: probability ? 100 : reach,
        colorbar: { title: { text: style.title, side: 'right' }, ticksuffix: probability || style.metric === 'gapPct' ? '%' : '', thickness: 12 },
      },
    ],
    layout: {
      ...baseLayout(12),
      margin: { l: 8, r: 8, t: 12, b: 8 },
      xaxis: { title: { text: style.aLabel }, type: 'category', automargin: true },
      yaxis: { title: { text: style.bLabel }, type: 'category', automargin: true },
    },
  };
}

/** One axis as the grid form holds it: the assumption's key and its range in the shown unit (percent for rates). */
export interface AxisForm {
  key: string;
  from: number;
  to: number;
  count: number;
}

/** The default axis for an option: its current value ± 3 percentage points (rates) or ± 20 % (a parameter), 7 values, in shown units. */
export function defaultAxis(option: AssumptionOption | undefined): AxisForm {
  if (!option) return { key: '', from: 0, to: 1, count: 7 };
  const v = option.value ?? 0;
  if (option.isRate) {
    const c = Math.round(v * 1000) / 10;
    return { key: option.key, from: Math.round((c - 3) * 10) / 10, to: Math.round((c + 3) * 10) / 10, count: 7 };
  }
  const d = Math.abs(v) * 0.2 || 1;
  return { key: option.key, from: v - d, to: v + d, count: 7 };
}

/** The engine axis of a form axis: the option's assumption and `count` values from..to, percent turned into decimals for rates. */
export function gridAxis(form: AxisForm, option: AssumptionOption): GridAxis {
  const k = option.isRate ? 0.01 : 1;
  return { assumption: option.assumption, values: axisValues(form.from * k, form.to * k, form.count) };
}

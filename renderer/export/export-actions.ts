import type { SaveOutcome } from '../../shared/api/export-channels';
import type { ProjectionResult } from '../../shared/engine/engine-types';
import { buildWorkbook } from '../../shared/export/build-workbook';
import { pick } from '../../shared/export/export-labels';
import { sheetToCsv } from '../../shared/export/csv-text';
import { exportFileName, type ExportKind } from '../../shared/export/file-names';
import { parseScenarioFileText, scenarioFileText, MAX_SCENARIO_FILE_BYTES } from '../../shared/export/scenario-file-text';
import { summarySheetRows, yearlySheetRows } from '../../shared/export/table-rows';
import type { ComparedRun } from '../../shared/export/variance-rows';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import type { ScenarioRecordDto } from '../../shared/api/records';
import { call } from '../api/client';
import { buildTrajectoryFigure, type Figure } from '../lib/chart-traces';
import type { Lang } from '../lib/format';
import type { Translate } from '../lib/translate';
import { renderChartImage } from './chart-image';
import { endLabels } from './end-labels';
import { copyPng } from './clipboard';
import { chartFootnote } from './chart-footnote';
import { exportFigure, type ChartSize } from './export-figure';
import { exportTexts } from './export-texts';
import { isDesktopApp, saveBase64, saveText } from './save-export';
import type { StressChartRequest } from './chart-export-request';
import { stressChartExportFigure, stressChartSubject } from './stress-chart-figure';

export { chartFootnote } from './chart-footnote';

/** Everything an export reads: the plan, the scenario as edited, its projection, the comparison, the language and today's date. */
export interface ExportContext {
  plan: Plan;
  scenario: Scenario;
  /** The stored scenario's id (for scenario:export), null when none is open. */
  scenarioId: string | null;
  scenarioName: string;
  result: ProjectionResult;
  baseline: ProjectionResult;
  /** Compared scenarios (empty when not comparing). */
  compared: readonly ComparedRun[];
  lang: Lang;
  t: Translate;
  /** YYYY-MM-DD, passed in (see localDateStamp). */
  date: string;
  /** Seed and path count of a stress run, when the chart shows one. */
  stress?: { seed: number; paths: number } | null;
}

/** What an export did, in words for the status line: where the file went, or that the user cancelled. */
export function outcomeText(outcome: SaveOutcome, kind: ExportKind, lang: Lang): string {
  const tx = exportTexts(lang);
  return outcome.status === 'saved' ? tx.savedTo(tx.what[kind], outcome.path) : tx.cancelled;
}

function planTitle(ctx: ExportContext): string {
  return pick(ctx.plan.title, ctx.lang);
}

function indicatorOf(ctx: ExportContext, indicatorId: string) {
  const p = ctx.result.indicators.find((i) => i.id === indicatorId);
  if (!p) throw new Error(`no indicator ${indicatorId} in the projection`);
  return p;
}

/** A file name: 推演台-<scenario>-<subject>-<date>.<ext>. */
export function fileNameFor(ctx: Pick<ExportContext, 'scenarioName' | 'date' | 'lang'>, subject: string, kind: ExportKind): string {
  return exportFileName([ctx.lang === 'en' ? 'Tuiyan' : '推演台', ctx.scenarioName, subject, ctx.date], kind);
}

/** The trajectory chart of one indicator framed for export: title with unit, plan and years, footnote. */
export function chartExportFigure(ctx: ExportContext, indicatorId: string, size: Pick<ChartSize, 'width' | 'height'>): Figure {
  const p = indicatorOf(ctx, indicatorId);
  const figure = buildTrajectoryFigure({ plan: ctx.plan, scenario: ctx.scenario, projection: p, lang: ctx.lang, t: ctx.t });
  const tx = exportTexts(ctx.lang);
  const title = tx.chartTitle(tx.nameUnit(pick(p.name, ctx.lang), pick(p.unit, ctx.lang)), ctx.scenarioName);
  const subtitle = tx.chartSubtitle(planTitle(ctx), ctx.result.baseYear, ctx.result.horizon);
  return exportFigure(figure, { title, subtitle, footnote: chartFootnote(ctx, indicatorId, size), labels: endLabels(p, ctx.lang) }, size);
}

/** Draws a framed figure and saves it as `<file stem of subject>.png` (size × scale pixels) or `.svg`. */
async function saveFigure(ctx: ExportContext, figure: Figure, subject: string, format: 'png' | 'svg', size: ChartSize): Promise<SaveOutcome> {
  const image = await renderChartImage(figure, format, size);
  const name = fileNameFor(ctx, subject, format);
  return image.format === 'png' ? saveBase64(name, 'png', image.base64) : saveText(name, 'svg', image.text);
}

/** Draws a framed figure as PNG and puts it on the clipboard; resolves to the image size in pixels. */
async function copyFigure(figure: Figure, size: ChartSize): Promise<{ width: number; height: number }> {
  const image = await renderChartImage(figure, 'png', size);
  if (image.format !== 'png') throw new Error('expected a PNG');
  return copyPng(image.base64, image.width, image.height);
}

/** Saves one indicator's chart as PNG (size × scale pixels) or SVG; resolves to where it went. */
export async function exportChart(ctx: ExportContext, indicatorId: string, format: 'png' | 'svg', size: ChartSize): Promise<SaveOutcome> {
  const p = indicatorOf(ctx, indicatorId);
  return saveFigure(ctx, chartExportFigure(ctx, indicatorId, size), pick(p.name, ctx.lang), format, size);
}

/** Copies one indicator's chart (PNG) to the clipboard; resolves to the image size in pixels. */
export async function copyChart(ctx: ExportContext, indicatorId: string, size: ChartSize): Promise<{ width: number; height: number }> {
  return copyFigure(chartExportFigure(ctx, indicatorId, size), size);
}

/** Saves a chart of a stress run (fan chart or horizon histogram) as PNG or SVG, its seed and path count in the footnote. */
export async function exportStressChart(ctx: ExportContext, request: StressChartRequest, format: 'png' | 'svg', size: ChartSize): Promise<SaveOutcome> {
  return saveFigure(ctx, stressChartExportFigure(ctx, request, size), stressChartSubject(request, ctx.lang), format, size);
}

/** Copies a chart of a stress run (PNG) to the clipboard; resolves to the image size in pixels. */
export async function copyStressChart(ctx: ExportContext, request: StressChartRequest, size: ChartSize): Promise<{ width: number; height: number }> {
  return copyFigure(stressChartExportFigure(ctx, request, size), size);
}

/** Saves the XLSX workbook: summary, one sheet per indicator, and the variance sheet when comparing. */
export async function exportWorkbook(ctx: ExportContext): Promise<SaveOutcome> {
  const workbook = buildWorkbook({
    title: planTitle(ctx),
    scenarioName: ctx.scenarioName,
    date: ctx.date,
    lang: ctx.lang,
    result: ctx.result,
    comparison: ctx.compared.length > 0 ? { baseline: ctx.baseline, runs: ctx.compared } : null,
  });
  return call('export:xlsx', { suggestedName: fileNameFor(ctx, ctx.lang === 'en' ? 'tables' : '表格', 'xlsx'), workbook });
}

/** Saves a CSV (UTF-8 with BOM): the gap summary or the long year-by-year table. */
export async function exportCsv(ctx: ExportContext, which: 'summary' | 'yearly'): Promise<SaveOutcome> {
  const rows = which === 'summary' ? summarySheetRows(ctx.result, ctx.lang) : yearlySheetRows(ctx.result, ctx.lang);
  const subject = which === 'summary' ? (ctx.lang === 'en' ? 'summary' : '差距汇总') : ctx.lang === 'en' ? 'yearly' : '逐年数据';
  return saveText(fileNameFor(ctx, subject, 'csv'), 'csv', sheetToCsv(rows));
}

/** Saves the open scenario as a scenario file (JSON with kind and schemaVersion, from scenario:export). */
export async function exportScenarioFile(ctx: ExportContext): Promise<SaveOutcome> {
  if (ctx.scenarioId === null) throw new Error(exportTexts(ctx.lang).noScenario);
  const file = await call('scenario:export', { id: ctx.scenarioId });
  return saveText(exportFileName([file.name, ctx.date], 'json'), 'json', scenarioFileText(file));
}

/**
 * Imports a scenario file chosen by the user: refused before reading when over 1 MB, then checked (JSON, kind,
 * version, fields) with a clear message, then sent to scenario:import, which always creates a new scenario.
 */
export async function importScenarioFile(file: Blob): Promise<ScenarioRecordDto> {
  if (file.size > MAX_SCENARIO_FILE_BYTES) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    throw new Error(`文件过大（${mb} MB），情景文件最大 1 MB。/ The file is too large (${mb} MB); a scenario file is at most 1 MB.`);
  }
  const parsed = parseScenarioFileText(await file.text(), file.size);
  if (!parsed.ok) throw new Error(parsed.message);
  return call('scenario:import', { file: parsed.file });
}

/**
 * The report as PDF: in the desktop app Electron prints the window (showing the report) to an A4-landscape PDF
 * and asks where to save it; in the browser the print dialog opens (its "Save as PDF" uses the report's
 * @page A4 landscape rule). Resolves to the save outcome, or null when the browser's print dialog was used.
 */
export async function exportReportPdf(ctx: Pick<ExportContext, 'scenarioName' | 'date' | 'lang'>): Promise<SaveOutcome | null> {
  if (isDesktopApp()) return call('export:pdf', { suggestedName: fileNameFor(ctx, ctx.lang === 'en' ? 'report' : '报告', 'pdf') });
  window.print();
  return null;
}

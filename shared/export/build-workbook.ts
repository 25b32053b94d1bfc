import type { ProjectionResult } from '../engine/engine-types';
import { exportLabels, pick, type ExportLang } from './export-labels';
import { indicatorSheetRows, summarySheetRows } from './table-rows';
import { varianceSheetRows, type ComparedRun } from './variance-rows';
import { uniqueSheetName, type SheetModel, type WorkbookModel } from './workbook-model';

/** What a workbook export needs. `date` is passed in (YYYY-MM-DD, the caller's local date), never read here. */
export interface WorkbookInput {
  /** The plan's title, e.g. 车墩镇“十四五”规划. */
  title: string;
  scenarioName: string;
  date: string;
  lang: ExportLang;
  result: ProjectionResult;
  /** A comparison (frozen baseline and two or more scenarios) adds a variance sheet. */
  comparison?: { baseline: ProjectionResult; runs: readonly ComparedRun[] } | null;
}

/** The lines above each table: plan title, scenario and export date. */
export function workbookNotes(input: Pick<WorkbookInput, 'title' | 'scenarioName' | 'date' | 'lang'>): string[] {
  const l = exportLabels(input.lang);
  return [input.title, `${l.scenario}${l.colon}${input.scenarioName}`, `${l.exportedOn}${l.colon}${input.date}`];
}

/**
 * The table export as a workbook model: a summary sheet first, then one sheet per indicator (named after it, in
 * the export language) and, for a comparison, a variance sheet. Numbers stay numbers with their display format,
 * so the XLSX writer can give Excel real values.
 */
export function buildWorkbook(input: WorkbookInput): WorkbookModel {
  const l = exportLabels(input.lang);
  const notes = workbookNotes(input);
  const taken = new Set<string>();
  const sheets: SheetModel[] = [{ name: uniqueSheetName(l.summarySheet, taken), ...summarySheetRows(input.result, input.lang), notes }];
  for (const p of input.result.indicators) {
    const title = `${pick(p.name, input.lang)} (${pick(p.unit, input.lang)})`;
    sheets.push({ name: uniqueSheetName(pick(p.name, input.lang), taken), ...indicatorSheetRows(p, input.lang), notes: [title, ...notes.slice(1)] });
  }
  const cmp = input.comparison;
  if (cmp && cmp.runs.length > 0) {
    sheets.push({ name: uniqueSheetName(l.varianceSheet, taken), ...varianceSheetRows(cmp.baseline, cmp.runs, input.lang), notes: [input.title, `${l.exportedOn}${l.colon}${input.date}`] });
  }
  return { title: `${input.title} · ${input.scenarioName}`.slice(0, 200), sheets };
}

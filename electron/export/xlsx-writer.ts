import type ExcelJS from 'exceljs';
import { textWidth } from '../../shared/export/footnote';
import type { Cell, NumberCell, SheetModel, WorkbookModel } from '../../shared/export/workbook-model';

/** Excel's number format for a cell: "0.00" for 2 decimals (亿元), "0.0%" for rates with 1 decimal, "0" for years. */
export function excelNumFmt(cell: NumberCell): string {
  if (cell.format === 'integer') return '0';
  const decimals = cell.decimals > 0 ? `.${'0'.repeat(cell.decimals)}` : '';
  return cell.format === 'percent' ? `0${decimals}%` : `0${decimals}`;
}

function cellValue(cell: Cell): string | number | null {
  if (cell === null) return null;
  return typeof cell === 'string' ? cell : cell.value;
}

/** Display width of a cell's text in Excel column units (a CJK character counts about 2). */
function displayWidth(cell: Cell | string): number {
  if (cell === null) return 0;
  if (typeof cell !== 'string') return 12;
  return textWidth(cell);
}

function addSheet(book: ExcelJS.Workbook, sheet: SheetModel): void {
  const notes = sheet.notes ?? [];
  const headerRow = notes.length > 0 ? notes.length + 2 : 1;
  const ws = book.addWorksheet(sheet.name, { views: [{ state: 'frozen', xSplit: 1, ySplit: headerRow }] });
  notes.forEach((note, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = note;
    if (i === 0) row.getCell(1).font = { bold: true, size: 13 };
  });
  const header = ws.getRow(headerRow);
  sheet.header.forEach((text, c) => {
    const cell = header.getCell(c + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } };
    cell.border = { bottom: { style: 'thin', color: { argb: 'FF868E96' } } };
  });
  sheet.rows.forEach((cells, r) => {
    const row = ws.getRow(headerRow + 1 + r);
    cells.forEach((cell, c) => {
      const target = row.getCell(c + 1);
      target.value = cellValue(cell);
      if (cell !== null && typeof cell !== 'string') target.numFmt = excelNumFmt(cell);
    });
  });
  ws.columns.forEach((column, c) => {
    const widest = Math.max(displayWidth(sheet.header[c] ?? ''), ...sheet.rows.map((row) => displayWidth(row[c] ?? null)));
    column.width = Math.min(40, Math.max(8, widest + 2));
  });
}

/**
 * Writes a workbook model as XLSX bytes with exceljs: one worksheet per sheet, the notes above a bold, shaded
 * header row, the header and first column frozen, numbers as real numbers with their number format (0.00 for
 * 亿元, 0.0% for rates) and column widths fitted to the text (Chinese counts double). exceljs is loaded on the
 * first export, so it costs the app's start nothing.
 */
export async function workbookToXlsx(model: WorkbookModel, creator = '推演台 Tuiyan'): Promise<Uint8Array> {
  const { default: excel } = await import('exceljs');
  const book = new excel.Workbook();
  book.creator = creator;
  book.title = model.title;
  for (const sheet of model.sheets) addSheet(book, sheet);
  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

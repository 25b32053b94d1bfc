import type { Cell, SheetModel } from './workbook-model';

/** The UTF-8 byte-order mark: Excel reads a CSV as UTF-8 (Chinese text intact) only when the file starts with it. */
export const UTF8_BOM = '\uFEFF';

/** Text cells that spreadsheet programs would run as a formula (=, +, -, @, tab, CR) get a leading apostrophe. */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/**
 * One cell as CSV text: numbers with their display decimals ("26.00"), rates as percent with a % sign ("5.2%",
 * which Excel reads back as the number 0.052), text quoted when it holds a comma, quote or line break.
 */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return quote(defuse(cell));
  if (cell.format === 'percent') return `${(cell.value * 100).toFixed(cell.decimals)}%`;
  if (cell.format === 'integer') return Math.round(cell.value).toString();
  return cell.value.toFixed(cell.decimals);
}

/**
 * A sheet as CSV text (RFC 4180: comma-separated, CRLF line ends) starting with the UTF-8 BOM: the header and
 * the rows only, so the file reads back as a plain table (the notes go into the file name and the XLSX).
 */
export function sheetToCsv(sheet: Pick<SheetModel, 'header' | 'rows'>): string {
  const lines: string[] = [sheet.header.map((h) => quote(defuse(h))).join(',')];
  for (const row of sheet.rows) lines.push(row.map(csvField).join(','));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

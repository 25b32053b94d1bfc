import type { Cell } from '../../shared/export/workbook-model';
import { formatNumber, formatRate, NO_VALUE, type Lang } from '../lib/format';

/** A table cell as display text: numbers with their decimals, rates in percent, empty cells as "—". */
export function cellText(cell: Cell | undefined, lang: Lang): string {
  if (cell === null || cell === undefined) return NO_VALUE;
  if (typeof cell === 'string') return cell;
  if (cell.format === 'percent') return formatRate(cell.value, lang, cell.decimals);
  if (cell.format === 'integer') return String(Math.round(cell.value));
  return formatNumber(cell.value, cell.decimals, lang);
}

/** True for cells right-aligned in a table (numbers). */
export function isNumeric(cell: Cell | undefined): boolean {
  return cell !== null && cell !== undefined && typeof cell !== 'string';
}

import { textWidth } from '../../shared/export/footnote';

/** Pads to a display width (a CJK or full-width character takes two columns), on the right (left-aligned text) or on the left (right-aligned numbers). */
export function pad(s: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - textWidth(s)));
  return align === 'left' ? s + fill : fill + s;
}

/** Lays out rows as aligned columns separated by two spaces; the first row is the header, underlined. */
export function renderColumns(rows: readonly (readonly string[])[], aligns: readonly ('left' | 'right')[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, j) => (widths[j] = Math.max(widths[j] ?? 0, textWidth(cell))));
  const line = (row: readonly string[]): string =>
    row.map((cell, j) => pad(cell, widths[j] ?? 0, aligns[j] ?? 'right')).join('  ').trimEnd();
  const [header, ...body] = rows;
  if (!header) return '';
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [line(header), rule, ...body.map(line)].join('\n');
}

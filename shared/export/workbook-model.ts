import { z } from 'zod';

/** Largest number of sheets, columns and rows an exported workbook may hold (a plan has about a dozen indicators). */
export const WORKBOOK_LIMITS = { sheets: 40, columns: 60, rows: 5000, text: 2000, sheetName: 31 } as const;

/**
 * A number in a table with how to show it: `fixed` with `decimals` in the indicator's unit (亿元 → 2 → "0.00"),
 * `percent` for decimal rates (0.052 with 1 decimal → "5.2%"), `integer` for years and counts.
 */
export const numberCellSchema = z
  .object({
    value: z.number().finite(),
    format: z.enum(['fixed', 'percent', 'integer']),
    decimals: z.number().int().min(0).max(6),
  })
  .strict();
export type NumberCell = z.output<typeof numberCellSchema>;

/** One table cell: empty (null), text, or a number with its display format. */
export const cellSchema = z.union([z.null(), z.string().max(WORKBOOK_LIMITS.text), numberCellSchema], {
  error: 'a cell: null, text of at most 2000 characters, or { value, format, decimals }',
});
export type Cell = z.output<typeof cellSchema>;

/** Characters Excel refuses in a sheet name. */
const SHEET_NAME_FORBIDDEN = /[\\/?*:[\]]/;

/** One sheet: a name Excel accepts (1–31 characters, none of \ / ? * : [ ]), a header row, then data rows. */
export const sheetSchema = z
  .object({
    name: z
      .string()
      .min(1, 'a sheet name')
      .max(WORKBOOK_LIMITS.sheetName, `a sheet name of at most ${WORKBOOK_LIMITS.sheetName} characters`)
      .refine((n) => !SHEET_NAME_FORBIDDEN.test(n), 'a sheet name without \\ / ? * : [ ]'),
    header: z.array(z.string().max(WORKBOOK_LIMITS.text)).min(1).max(WORKBOOK_LIMITS.columns),
    rows: z.array(z.array(cellSchema).max(WORKBOOK_LIMITS.columns)).max(WORKBOOK_LIMITS.rows),
    /** Lines written above the table (title, scenario, date); at most 5. */
    notes: z.array(z.string().max(WORKBOOK_LIMITS.text)).max(5).optional(),
  })
  .strict();
export type SheetModel = z.output<typeof sheetSchema>;

/** A whole workbook: sheets in order (summary first), with unique names. */
export const workbookSchema = z
  .object({
    title: z.string().min(1).max(200),
    sheets: z.array(sheetSchema).min(1).max(WORKBOOK_LIMITS.sheets),
  })
  .strict()
  .superRefine((wb, ctx) => {
    const seen = new Set<string>();
    wb.sheets.forEach((s, i) => {
      const key = s.name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['sheets', i, 'name'], message: `duplicate sheet name "${s.name}"` });
      seen.add(key);
    });
  });
export type WorkbookModel = z.output<typeof workbookSchema>;

/** A number cell, or null when the value is missing or not finite (a formula that divided by zero). */
export function numberCell(value: number | null | undefined, format: NumberCell['format'], decimals: number): Cell {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return { value, format, decimals };
}

/**
 * Makes a sheet name Excel accepts and that is not yet in `taken` (compared case-insensitively, as Excel does):
 * forbidden characters become "_", the name is cut to 31 characters, and " 2", " 3" … is added on a clash.
 */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted.replace(/[\\/?*:[\]]/g, '_').replace(/^'+|'+$/g, '').trim() || 'Sheet';
  const fit = (base: string, suffix: string): string => `${base.slice(0, WORKBOOK_LIMITS.sheetName - suffix.length).trimEnd()}${suffix}`;
  let name = fit(clean, '');
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = fit(clean, ` ${n}`);
  taken.add(name.toLowerCase());
  return name;
}

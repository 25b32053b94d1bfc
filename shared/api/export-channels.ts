import { z } from 'zod';
import { EXPORT_KINDS, isSafeFileName } from '../export/file-names';
import { workbookSchema } from '../export/workbook-model';
import { MAX_PAYLOAD_BYTES } from './fields';

/** What kind of file an export writes (its extension). */
export const exportKindSchema = z.enum(EXPORT_KINDS);

/** Base64 text (standard alphabet, padded), as a PNG or PDF crosses the JSON boundary. */
const base64Schema = z
  .string()
  .min(4, 'base64 data')
  .max(MAX_PAYLOAD_BYTES, 'base64 data of at most 2 MB')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64 data (A–Z, a–z, 0–9, +, /, = padding)')
  .refine((s) => s.length % 4 === 0, 'base64 data whose length is a multiple of 4');

const fileNameSchema = z.string().min(1, 'a file name').max(200, 'a file name of at most 200 characters');

/**
 * Where an export went: `saved` with the absolute path and size in bytes, or `cancelled` when the user closed
 * the save dialog (desktop app only). A failed write is an error WRITE_FAILED naming the path and the reason.
 */
export const saveOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string(), bytes: z.number().int().nonnegative() }),
  z.object({ status: z.literal('cancelled') }),
]);
export type SaveOutcome = z.output<typeof saveOutcomeSchema>;

/**
 * The export channels, spread into the contract:
 * - export:save writes a file the window built (PNG/SVG/PDF as base64, CSV/SVG/JSON as text): a save dialog in
 *   the desktop app, `<data folder>/exports` with a unique name in the web host. Never overwrites silently.
 * - export:xlsx builds an XLSX from a workbook model (real numbers, number formats) and saves it the same way.
 * - export:pdf prints the window's current page (the report view) to an A4 landscape PDF and saves it; desktop
 *   app only (NOT_SUPPORTED in the web host, where the window prints with window.print()).
 * - export:copy-image puts a PNG on the system clipboard; desktop app only.
 */
export const exportChannels = {
  'export:save': {
    payload: z
      .object({ suggestedName: fileNameSchema, kind: exportKindSchema, base64: base64Schema.optional(), text: z.string().max(MAX_PAYLOAD_BYTES).optional() })
      .strict()
      .refine((p) => (p.base64 === undefined) !== (p.text === undefined), { path: ['text'], message: 'give either base64 or text, not both' })
      .refine((p) => isSafeFileName(p.suggestedName, p.kind), {
        path: ['suggestedName'],
        message: 'a plain file name with the kind\'s extension (no folder, no \\ / : * ? " < > |)',
      }),
    result: saveOutcomeSchema,
  },
  'export:xlsx': {
    payload: z
      .object({ suggestedName: fileNameSchema, workbook: workbookSchema })
      .strict()
      .refine((p) => isSafeFileName(p.suggestedName, 'xlsx'), { path: ['suggestedName'], message: 'a plain file name ending in .xlsx' }),
    result: saveOutcomeSchema,
  },
  'export:pdf': {
    payload: z
      .object({ suggestedName: fileNameSchema })
      .strict()
      .refine((p) => isSafeFileName(p.suggestedName, 'pdf'), { path: ['suggestedName'], message: 'a plain file name ending in .pdf' }),
    result: saveOutcomeSchema,
  },
  'export:copy-image': {
    payload: z.object({ base64: base64Schema }).strict(),
    result: z.object({ copied: z.literal(true), width: z.number().int().positive(), height: z.number().int().positive() }),
  },
} satisfies Record<string, { payload: z.ZodType; result: z.ZodType }>;

/** An export channel name. */
export type ExportChannel = keyof typeof exportChannels;

import type { z } from 'zod';
import { exportChannels, type ExportChannel } from '../../shared/api/export-channels';
import type { ExportKind } from '../../shared/export/file-names';
import { PayloadError } from '../api/payload-error';
import type { ExportService } from './export-service';
import { workbookToXlsx } from './xlsx-writer';

/** The handler of each export channel: validated payload in, result out (same shape as the HandlerMap entries). */
export type ExportHandlers = {
  readonly [C in ExportChannel]: (
    payload: z.output<(typeof exportChannels)[C]['payload']>,
  ) => Promise<z.output<(typeof exportChannels)[C]['result']>>;
};

const MAGIC: Partial<Record<ExportKind, { bytes: readonly number[]; what: string }>> = {
  png: { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  pdf: { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  xlsx: { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'an XLSX (zip) file' },
};

/** Refuses bytes that are not the kind they claim (a PNG must start with the PNG signature …), naming the field. */
function checkContent(kind: ExportKind, bytes: Uint8Array, field: string): void {
  const magic = MAGIC[kind];
  if (magic && !magic.bytes.every((b, i) => bytes[i] === b)) throw new PayloadError(field, `the data is not ${magic.what}`);
  if (kind === 'svg' && !new TextDecoder().decode(bytes.subarray(0, 4096)).includes('<svg')) throw new PayloadError(field, 'the data is not an SVG image');
}

/**
 * The export channels over one export service (save dialog in the desktop app, exports folder in the web host).
 * export:save decodes base64 or takes the text as UTF-8 (a CSV's BOM included) and checks the bytes are the kind
 * claimed; export:xlsx builds the workbook with exceljs; export:pdf prints the window; export:copy-image uses
 * the clipboard. Failures come back as ExportError (WRITE_FAILED naming the path, NOT_SUPPORTED) or PayloadError.
 */
export function createExportHandlers(service: ExportService): ExportHandlers {
  return {
    'export:save': async (p) => {
      const bytes = p.base64 !== undefined ? new Uint8Array(Buffer.from(p.base64, 'base64')) : new TextEncoder().encode(p.text ?? '');
      checkContent(p.kind, bytes, p.base64 !== undefined ? 'base64' : 'text');
      return service.save({ suggestedName: p.suggestedName, kind: p.kind, bytes });
    },
    'export:xlsx': async (p) => service.save({ suggestedName: p.suggestedName, kind: 'xlsx', bytes: await workbookToXlsx(p.workbook) }),
    'export:pdf': async (p) => {
      const bytes = await service.printPdf();
      return service.save({ suggestedName: p.suggestedName, kind: 'pdf', bytes });
    },
    'export:copy-image': async (p) => {
      const png = new Uint8Array(Buffer.from(p.base64, 'base64'));
      checkContent('png', png, 'base64');
      return { copied: true, ...(await service.copyImage(png)) };
    },
  };
}

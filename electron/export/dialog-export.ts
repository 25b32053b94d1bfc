import { dirname, join } from 'node:path';
import type { ExportKind } from '../../shared/export/file-names';
import { ExportError } from './export-error';
import type { ExportService, ImageSize } from './export-service';
import { replaceFileAtomic, type WriteNewFile } from './write-file';

/** A save dialog's file-type filter. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** What the desktop export service needs from Electron, as plain functions (main wires them; tests pass fakes). */
export interface DialogExportDeps {
  /** Shows the save dialog at `defaultPath`; resolves to the chosen path, or null when cancelled. */
  saveDialog(defaultPath: string, filters: FileFilter[]): Promise<string | null>;
  /** The main window's page printed as A4-landscape PDF bytes. */
  printToPdf(): Promise<Uint8Array>;
  /** Puts the PNG on the clipboard; returns its size, or null when the bytes are not a readable image. */
  writeImage(png: Uint8Array): Promise<ImageSize | null>;
  /** The folder the first dialog opens in (the user's Documents). */
  defaultFolder: string;
  write?: WriteNewFile;
}

const FILTERS: Readonly<Record<ExportKind, FileFilter>> = {
  png: { name: 'PNG 图片 / PNG image', extensions: ['png'] },
  svg: { name: 'SVG 矢量图 / SVG image', extensions: ['svg'] },
  pdf: { name: 'PDF 文档 / PDF document', extensions: ['pdf'] },
  csv: { name: 'CSV 表格 / CSV table', extensions: ['csv'] },
  xlsx: { name: 'Excel 工作簿 / Excel workbook', extensions: ['xlsx'] },
  json: { name: '推演台方案文件 / Tuiyan scenario file', extensions: ['json'] },
};

/** Adds the kind's extension when the user typed a name without it. */
export function withExtension(path: string, kind: ExportKind): string {
  return path.toLowerCase().endsWith(`.${kind}`) ? path : `${path}.${kind}`;
}

/**
 * The desktop app's export service: a native save dialog (opening in the folder last saved to, with the
 * suggested name and a filter for the kind), then an atomic write (temporary file in the same folder, fsync,
 * rename) so a failed write never leaves a broken file or harms the file it would replace. Overwriting an
 * existing file is the dialog's question to the user. PDF comes from the window itself; the clipboard is Electron's.
 */
export function createDialogExportService(deps: DialogExportDeps): ExportService {
  let folder = deps.defaultFolder;
  return {
    async save(file) {
      const chosen = await deps.saveDialog(join(folder, file.suggestedName), [FILTERS[file.kind]]);
      if (chosen === null) return { status: 'cancelled' };
      const path = withExtension(chosen, file.kind);
      await replaceFileAtomic(path, file.bytes, deps.write);
      folder = dirname(path);
      return { status: 'saved', path, bytes: file.bytes.byteLength };
    },
    printPdf: () => deps.printToPdf(),
    async copyImage(png) {
      const size = await deps.writeImage(png);
      if (size === null) throw new ExportError('EXPORT_FAILED', '图片无法读取，未复制。/ The image could not be read; nothing was copied.');
      return size;
    },
  };
}

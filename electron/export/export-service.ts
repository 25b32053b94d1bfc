import { dirname, join } from 'node:path';
import type { SaveOutcome } from '../../shared/api/export-channels';
import type { ExportKind } from '../../shared/export/file-names';
import { ExportError } from './export-error';
import { writeUniqueFile, type WriteNewFile } from './write-file';

/** A file an export wants written: the suggested name (already safe), its kind and its bytes. */
export interface ExportFile {
  suggestedName: string;
  kind: ExportKind;
  bytes: Uint8Array;
}

/** Pixel size of an image put on the clipboard. */
export interface ImageSize {
  width: number;
  height: number;
}

/**
 * Where exports go and what the host can do: the desktop app asks with a save dialog and can print the window
 * to PDF and use the system clipboard; the web host writes into its exports folder and can do neither.
 */
export interface ExportService {
  /** Writes the file; resolves to where it went, or `cancelled`. Rejects with ExportError WRITE_FAILED. */
  save(file: ExportFile): Promise<SaveOutcome>;
  /** The window's current page as A4-landscape PDF bytes. Rejects with ExportError NOT_SUPPORTED where unavailable. */
  printPdf(): Promise<Uint8Array>;
  /** Puts a PNG on the system clipboard. Rejects with ExportError NOT_SUPPORTED where unavailable. */
  copyImage(png: Uint8Array): Promise<ImageSize>;
}

/** The web host's exports folder: `exports` next to the database file (`<data folder>/exports`). */
export function exportsFolderFor(dbPath: string): string {
  return join(dirname(dbPath), 'exports');
}

/**
 * The web host's export service: every file goes into `folder` under its suggested name, made unique
 * ("name (2).png") so nothing is ever overwritten, and the answer says where. PDF printing and the clipboard
 * are the browser's business there (window.print, navigator.clipboard), so those answer NOT_SUPPORTED.
 */
export function createFolderExportService(folder: string, write?: WriteNewFile): ExportService {
  return {
    async save(file) {
      const path = await writeUniqueFile(folder, file.suggestedName, file.bytes, write);
      return { status: 'saved', path, bytes: file.bytes.byteLength };
    },
    printPdf() {
      return Promise.reject(
        new ExportError('NOT_SUPPORTED', '浏览器版请用“打印”并选择“另存为 PDF”。/ In the browser, use Print and choose “Save as PDF”.'),
      );
    },
    copyImage() {
      return Promise.reject(new ExportError('NOT_SUPPORTED', '浏览器版由页面直接复制到剪贴板。/ In the browser the page copies to the clipboard itself.'));
    },
  };
}

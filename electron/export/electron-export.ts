import { ClipboardItem, clipboard, dialog, nativeImage, type BrowserWindow, type PrintToPDFOptions } from 'electron';
import { createDialogExportService } from './dialog-export';
import { ExportError } from './export-error';
import type { ExportService } from './export-service';

/** A4 landscape with 10 mm margins (0.39 in) and backgrounds, the page size taken from the report's @page rule. */
export const REPORT_PDF_OPTIONS: PrintToPDFOptions = {
  landscape: true,
  pageSize: 'A4',
  printBackground: true,
  preferCSSPageSize: true,
  margins: { top: 0.39, bottom: 0.39, left: 0.39, right: 0.39 },
};

const NO_WINDOW = (): ExportError => new ExportError('EXPORT_FAILED', '窗口已关闭。/ The window is closed.');

/**
 * The desktop app's export service over Electron: the native save dialog attached to the main window,
 * webContents.printToPDF of the main window (A4 landscape), and the clipboard (a PNG ClipboardItem). `getWindow` returns the
 * main window of the moment; `documentsDir` is where the first save dialog opens.
 */
export function createElectronExportService(getWindow: () => BrowserWindow | null, documentsDir: string): ExportService {
  const live = (): BrowserWindow | null => {
    const window = getWindow();
    return window && !window.isDestroyed() ? window : null;
  };
  return createDialogExportService({
    defaultFolder: documentsDir,
    async saveDialog(defaultPath, filters) {
      const window = live();
      const options = { defaultPath, filters, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const answer = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return answer.canceled || !answer.filePath ? null : answer.filePath;
    },
    async printToPdf() {
      const window = live();
      if (!window) throw NO_WINDOW();
      return new Uint8Array(await window.webContents.printToPDF(REPORT_PDF_OPTIONS));
    },
    async writeImage(png) {
      const image = nativeImage.createFromBuffer(Buffer.from(png));
      if (image.isEmpty()) return null;
      await clipboard.write([new ClipboardItem({ 'image/png': new Blob([Buffer.from(png)], { type: 'image/png' }) })]);
      return image.getSize();
    },
  });
}

import type { SaveOutcome } from '../../shared/api/export-channels';
import type { ExportKind } from '../../shared/export/file-names';
import { call } from '../api/client';

/** Saves text (CSV with its BOM, SVG, JSON) through export:save; the backend says where it went. */
export async function saveText(suggestedName: string, kind: ExportKind, text: string): Promise<SaveOutcome> {
  return call('export:save', { suggestedName, kind, text });
}

/** Saves binary data (a PNG) given as base64 through export:save. */
export async function saveBase64(suggestedName: string, kind: ExportKind, base64: string): Promise<SaveOutcome> {
  return call('export:save', { suggestedName, kind, base64 });
}

/** True in the desktop app (the preload's bridge is there): save dialogs, printToPDF and the system clipboard. */
export function isDesktopApp(page: typeof globalThis = globalThis): boolean {
  const api: unknown = Reflect.get(page, 'api');
  return typeof api === 'object' && api !== null && typeof Reflect.get(api, 'export:save') === 'function';
}

import { call } from '../api/client';
import { base64ToBytes } from './base64';
import { isDesktopApp } from './save-export';

/**
 * Puts a PNG (base64) on the clipboard: through export:copy-image in the desktop app (Electron's clipboard),
 * else navigator.clipboard.write with a PNG Blob (browsers allow it on a user gesture). Resolves to the size.
 */
export async function copyPng(base64: string, width: number, height: number): Promise<{ width: number; height: number }> {
  if (isDesktopApp()) {
    const answer = await call('export:copy-image', { base64 });
    return { width: answer.width, height: answer.height };
  }
  const blob = new Blob([base64ToBytes(base64)], { type: 'image/png' });
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
  return { width, height };
}

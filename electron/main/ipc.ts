import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels, type Channel } from '../../shared/api/contract';
import type { ApiResponse } from '../../shared/api/types';
import { INTERNAL_ERROR } from '../api/dispatch';
import { isAppUrl } from './security';

/** Runs one call through the shared handler map; answers data, never throws (see electron/api/handlers.ts). */
export type Dispatch = (channel: Channel, payload: unknown) => ApiResponse | Promise<ApiResponse>;

/** The answer to a call from anything but our window's own page. */
export const FORBIDDEN: ApiResponse = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Only the Tuiyan window may call the Tuiyan API.' },
};

/**
 * True only for a message from the top frame of our main window whose page is on the app's origin
 * (`app://tuiyan` or the dev server): not a sub-frame, not another window, not a page navigated elsewhere.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: BrowserWindow | null,
  origin: string,
): boolean {
  if (!window || window.isDestroyed()) return false;
  const contents = window.webContents;
  if (event.sender !== contents) return false;
  const frame = event.senderFrame;
  if (!frame || frame.detached || frame.parent !== null) return false;
  if (frame.frameToken !== contents.mainFrame.frameToken) return false;
  return isAppUrl(frame.url, origin);
}

/** What registering the API on ipcMain needs. `afterCall` sees every answered call (e.g. to rebuild the menu). */
export interface IpcOptions {
  dispatch: Dispatch;
  isTrusted: (event: IpcMainInvokeEvent) => boolean;
  afterCall?: (channel: Channel, response: ApiResponse) => void;
}

/**
 * One `ipcMain.handle` per contract channel. Each checks the sender first (FORBIDDEN otherwise), then
 * runs the shared dispatcher; the payload is validated there, so an untyped value is passed through.
 */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, opts: IpcOptions): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, payload: unknown): Promise<ApiResponse> => {
      if (!opts.isTrusted(event)) return FORBIDDEN;
      let response: ApiResponse;
      try {
        response = await opts.dispatch(channel, payload);
      } catch {
        response = { ok: false, error: INTERNAL_ERROR };
      }
      opts.afterCall?.(channel, response);
      return response;
    });
  }
}

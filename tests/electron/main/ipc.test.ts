import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { FORBIDDEN, isTrustedSender, registerIpc, type Dispatch } from '../../../electron/main/ipc';
import { PACKAGED_ORIGIN } from '../../../electron/main/security';
import { contract } from '../../../shared/api/contract';
import type { ApiResponse } from '../../../shared/api/types';

vi.mock('electron', () => ({}));

interface FakeFrame {
  url: string;
  frameToken: string;
  parent: FakeFrame | null;
  detached: boolean;
}

function frame(url: string, frameToken: string, parent: FakeFrame | null = null): FakeFrame {
  return { url, frameToken, parent, detached: false };
}

function fakeWindow(mainFrame: FakeFrame) {
  const webContents = { mainFrame };
  let destroyed = false;
  const window = { webContents, isDestroyed: () => destroyed, destroy: () => (destroyed = true) };
  return { window, webContents, asWindow: () => window as unknown as BrowserWindow };
}

function event(sender: unknown, senderFrame: FakeFrame | null): IpcMainInvokeEvent {
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent;
}

type Listener = (event: IpcMainInvokeEvent, payload: unknown) => Promise<ApiResponse>;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain = {
    handle: (channel: string, listener: Listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
  return { handlers, ipcMain: ipcMain as unknown as Pick<IpcMain, 'handle'> };
}

const top = frame('app://tuiyan/index.html', 'top-token');

describe('isTrustedSender', () => {
  it('accepts the top frame of our window on the app origin', () => {
    const { webContents, asWindow } = fakeWindow(top);
    expect(isTrustedSender(event(webContents, top), asWindow(), PACKAGED_ORIGIN)).toBe(true);
  });

  it('refuses other windows, sub-frames, foreign URLs, missing frames and a closed window', () => {
    const { webContents, asWindow, window } = fakeWindow(top);
    const other = { mainFrame: top };
    const child = frame('app://tuiyan/index.html', 'child-token', top);
    const navigatedAway = frame('https://evil.example/', 'top-token');
    const fileFrame = frame('file:///work/main/out/renderer/index.html', 'top-token');
    const sameUrlOtherFrame = frame('app://tuiyan/index.html', 'another-token');
    const detached = { ...top, detached: true };
    expect(isTrustedSender(event(other, top), asWindow(), PACKAGED_ORIGIN)).toBe(false);
    expect(isTrustedSender(event(webContents, child), asWindow(), PACKAGED_ORIGIN)).toBe(false);
    expect(isTrustedSender(event(webContents, navigatedAway), asWindow(), PACKAGED_ORIGIN)).toBe(false);
    expect(isTrustedSender(event(webContents, fileFrame), asWindow(), PACKAGED_ORIGIN)).toBe(false);
    expect(isTrustedSender(event(webContents, sameUrlOtherFrame), asWindow(), PACKAGED_ORIGIN)).toBe(false);
    expect(isTrustedSender(event(webContents, detached), asWindow(), PACKAGED_ORIGIN)).toBe(false);
    expect(isTrustedSender(event(webContents, null), asWindow(), PACKAGED_ORIGIN)).toBe(false);
    expect(isTrustedSender(event(webContents, top), null, PACKAGED_ORIGIN)).toBe(false);
    window.destroy();
    expect(isTrustedSender(event(webContents, top), asWindow(), PACKAGED_ORIGIN)).toBe(false);
  });
});

describe('registerIpc', () => {
  const ok: ApiResponse = { ok: false, error: { code: 'NOT_FOUND', message: 'answer from dispatch' } };

  function setup() {
    const { webContents, asWindow } = fakeWindow(top);
    const { handlers, ipcMain } = fakeIpcMain();
    const dispatch = vi.fn<Dispatch>(() => ok);
    const afterCall = vi.fn();
    registerIpc(ipcMain, {
      dispatch,
      isTrusted: (e) => isTrustedSender(e, asWindow(), PACKAGED_ORIGIN),
      afterCall,
    });
    return { handlers, dispatch, afterCall, webContents };
  }

  it('registers exactly one handler per contract channel', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(Object.keys(contract).sort());
  });

  it('passes a trusted call to dispatch with its own channel and payload', async () => {
    const { handlers, dispatch, afterCall, webContents } = setup();
    const payload = { id: 'abc' };
    await expect(handlers.get('scenario:get')?.(event(webContents, top), payload)).resolves.toEqual(ok);
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('scenario:get', payload);
    expect(afterCall).toHaveBeenCalledExactlyOnceWith('scenario:get', ok);
  });

  it('refuses a call from a foreign frame or URL with FORBIDDEN, without dispatching', async () => {
    const { handlers, dispatch, webContents } = setup();
    const foreign = frame('https://evil.example/', 'top-token');
    const child = frame('app://tuiyan/index.html', 'child', top);
    for (const senderFrame of [foreign, child, null]) {
      const answer = await handlers.get('backup:restore')?.(event(webContents, senderFrame), { name: 'x' });
      expect(answer).toEqual(FORBIDDEN);
      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a dispatcher that throws into an INTERNAL error as data', async () => {
    const { webContents } = fakeWindow(top);
    const { handlers, ipcMain } = fakeIpcMain();
    registerIpc(ipcMain, {
      dispatch: () => {
        throw new Error('SQLITE_CORRUPT at /secret/path');
      },
      isTrusted: () => true,
    });
    const answer = await handlers.get('plan:get')?.(event(webContents, top), {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(answer)).not.toContain('secret');
  });
});

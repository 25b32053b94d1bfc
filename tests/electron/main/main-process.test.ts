import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import type { IpcMainInvokeEvent, MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { APP_CSP } from '../../../electron/main/csp';
import { contract } from '../../../shared/api/contract';
import { MENU_COMMAND_EVENT, type ApiResponse } from '../../../shared/api/types';
import { fakeSession } from './fake-session';
import { FakeWebContents } from './fake-web-contents';

// Drives the real electron/main/index.ts with only the `electron` module replaced: the real store
// (better-sqlite3 in a temporary TUIYAN_DATA folder), the real handlers and the real security wiring.

type Listener = (...args: unknown[]) => unknown;

const state = vi.hoisted(() => ({
  appListeners: new Map<string, Listener[]>(),
  windows: [] as unknown[],
  ipcHandlers: new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
  menus: [] as unknown[],
  privileged: [] as unknown[],
  protocolSchemes: [] as string[],
  errorBoxes: [] as string[],
  exitCode: null as number | null,
  userData: '',
  setPaths: [] as [string, string][],
}));

const defaultSession = fakeSession();

class FakeFrame {
  parent = null;
  detached = false;
  constructor(
    public url: string,
    public frameToken: string,
  ) {}
}

class FakeWindow extends EventEmitter {
  readonly webContents = Object.assign(new FakeWebContents(), {
    mainFrame: new FakeFrame('app://tuiyan/index.html', 'main-frame'),
    sent: [] as unknown[][],
    send(...args: unknown[]) {
      this.sent.push(args);
    },
  });
  loadedUrl = '';
  focused = 0;
  constructor(readonly options: Record<string, unknown>) {
    super();
    state.windows.push(this);
  }
  static getAllWindows(): unknown[] {
    return state.windows;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return false;
  }
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return false;
  }
  getNormalBounds() {
    return { x: 12, y: 34, width: 1111, height: 777 };
  }
  maximize(): void {}
  restore(): void {}
  show(): void {}
  focus(): void {
    this.focused += 1;
  }
}

vi.mock('electron', () => ({
  app: {
    isPackaged: true,
    requestSingleInstanceLock: () => true,
    whenReady: () => Promise.resolve(),
    getPath: () => state.userData,
    setPath: (name: string, value: string) => {
      state.setPaths.push([name, value]);
    },
    getVersion: () => '0.1.0',
    on: (name: string, listener: Listener) => {
      state.appListeners.set(name, [...(state.appListeners.get(name) ?? []), listener]);
    },
    quit: () => undefined,
    exit: (code: number) => {
      state.exitCode = code;
    },
  },
  BrowserWindow: FakeWindow,
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => {
      state.menus.push(menu);
    },
  },
  dialog: {
    showErrorBox: (_title: string, content: string) => {
      state.errorBoxes.push(content);
    },
    showMessageBox: () => Promise.resolve({ response: 1, checkboxChecked: false }),
  },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, payload: unknown) => Promise<unknown>) => {
      state.ipcHandlers.set(channel, handler);
    },
  },
  net: { fetch: () => Promise.resolve(new Response('')) },
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => {
      state.privileged.push(...schemes);
    },
    handle: (scheme: string) => {
      state.protocolSchemes.push(scheme);
    },
  },
  screen: {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
  },
  session: { defaultSession: defaultSession.session },
}));

const dataDir = mkdtempSync(join(tmpdir(), 'tuiyan-main-'));
const previousData = process.env['TUIYAN_DATA'];
let window: FakeWindow;

function call(channel: string, payload: unknown, frame: unknown = window.webContents.mainFrame, sender: unknown = window.webContents) {
  const handler = state.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  const event = { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent;
  return handler(event, payload) as Promise<ApiResponse>;
}

function menuItems(template: unknown): MenuItemConstructorOptions[] {
  const list = Array.isArray(template) ? (template as MenuItemConstructorOptions[]) : [];
  return list.flatMap((item) => [item, ...menuItems(item.submenu)]);
}

beforeAll(async () => {
  process.env['TUIYAN_DATA'] = dataDir;
  state.userData = join(dataDir, 'unused-user-data');
  await import('../../../electron/main/index');
  await vi.waitFor(() => {
    if (state.windows.length === 0) throw new Error('no window yet');
  });
  const first = state.windows[0];
  if (!(first instanceof FakeWindow)) throw new Error('not a window');
  window = first;
});

afterAll(() => {
  for (const listener of state.appListeners.get('will-quit') ?? []) listener();
  if (previousData === undefined) delete process.env['TUIYAN_DATA'];
  else process.env['TUIYAN_DATA'] = previousData;
  rmSync(dataDir, { recursive: true, force: true });
});

describe('main process', () => {
  it('starts without errors and keeps its database in TUIYAN_DATA', () => {
    expect(state.errorBoxes).toEqual([]);
    expect(state.exitCode).toBeNull();
    expect(existsSync(join(dataDir, 'tuiyan.db'))).toBe(true);
    expect(existsSync(join(state.userData, 'tuiyan.db'))).toBe(false);
    expect(state.setPaths).toEqual([['userData', dataDir]]);
  });

  it('opens an isolated, sandboxed window with our preload and loads the app origin', () => {
    const prefs = window.options['webPreferences'];
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    const preload = typeof prefs === 'object' && prefs !== null ? Reflect.get(prefs, 'preload') : undefined;
    expect(typeof preload === 'string' && isAbsolute(preload) && preload.endsWith(join('preload', 'index.cjs'))).toBe(true);
    expect(window.loadedUrl).toBe('app://tuiyan/index.html');
    expect(state.protocolSchemes).toEqual(['app']);
    expect(state.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('hardens every web contents and denies all permissions', () => {
    const contents = new FakeWebContents();
    for (const listener of state.appListeners.get('web-contents-created') ?? []) listener({}, contents.asWebContents());
    expect(contents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(contents.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://tuiyan/index.html')).toBe(false);
    const granted = vi.fn();
    defaultSession.captured.request?.({}, 'media', granted, {});
    expect(granted).toHaveBeenCalledExactlyOnceWith(false);
    expect(defaultSession.captured.check?.({}, 'notifications', 'app://tuiyan', {})).toBe(false);
    const headers = vi.fn();
    defaultSession.captured.headers?.({ url: 'app://tuiyan/index.html', responseHeaders: {} }, headers);
    expect(headers).toHaveBeenCalledExactlyOnceWith({ responseHeaders: { 'Content-Security-Policy': [APP_CSP] } });
  });

  it('answers every contract channel over IPC through the shared handlers', async () => {
    expect([...state.ipcHandlers.keys()].sort()).toEqual(Object.keys(contract).sort());
    const plan = await call('plan:get', {});
    expect(plan.ok && plan.value !== null && typeof plan.value === 'object' && Reflect.get(plan.value, 'id')).toBe('chedun-14th');
    const bad = await call('scenario:get', { id: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });

  it('refuses calls from a foreign frame, a sub-frame or another web contents', async () => {
    const foreign = new FakeFrame('https://evil.example/', 'main-frame');
    expect(await call('plan:get', {}, foreign)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const child = Object.assign(new FakeFrame('app://tuiyan/index.html', 'child'), { parent: window.webContents.mainFrame });
    expect(await call('plan:get', {}, child)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('plan:get', {}, window.webContents.mainFrame, new FakeWebContents())).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('shows a Chinese menu, rebuilds it in English when the language setting changes, and sends menu commands', async () => {
    expect(menuItems(state.menus.at(-1)).map((i) => i.label)).toContain('新建方案');
    const answer = await call('settings:set', { patch: { language: 'en' } });
    expect(answer.ok).toBe(true);
    const english = menuItems(state.menus.at(-1));
    expect(english.map((i) => i.label)).toContain('New Scenario');
    const item = english.find((i) => i.label === 'New Scenario');
    (item?.click as (() => void) | undefined)?.();
    expect(window.webContents.sent).toEqual([[MENU_COMMAND_EVENT, 'scenario:new']]);
  });

  it('focuses the existing window when a second instance starts', () => {
    const before = window.focused;
    for (const listener of state.appListeners.get('second-instance') ?? []) listener();
    expect(window.focused).toBe(before + 1);
  });

  it('remembers the window bounds when it closes', () => {
    window.emit('close');
    const saved: unknown = JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 12, y: 34, width: 1111, height: 777, maximized: false });
  });
});

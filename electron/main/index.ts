import { BrowserWindow, Menu, app, dialog, ipcMain, net, protocol, screen, session } from 'electron';
import seedPlan from '../../seeds/chedun-14th-plan.json';
import { languageSchema, type Language } from '../../shared/api/settings';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../../shared/api/types';
import { planSchema } from '../../shared/plan/plan-schema';
import { createHandlers, dispatch } from '../api/handlers';
import { openStore } from '../db/open-store';
import { createElectronExportService } from '../export/electron-export';
import type { Store } from '../db/store-types';
import { APP_SCHEME_PRIVILEGES, serveAppProtocol } from './app-protocol';
import { APP_CSP, cspFor } from './csp';
import { isTrustedSender, registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { appPaths, devServerUrl, preloadPath, rendererDir } from './paths';
import { PACKAGED_ORIGIN, appOrigin, hardenSession, hardenWebContents } from './security';
import { openStoreForApp } from './store-startup';
import { createMainWindow } from './window';
import { loadWindowState } from './window-state';

// The main process: one window, one store, the shared handler map behind ipcMain, and the locks around them.

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// TUIYAN_DATA moves everything, Chromium's profile and the single-instance lock included, so test runs
// never touch (or wait for) a real installation.
const dataOverride = process.env['TUIYAN_DATA']?.trim();
if (dataOverride) app.setPath('userData', dataOverride);

const devUrl = devServerUrl(app.isPackaged, process.env);
const origin = appOrigin(devUrl);
let mainWindow: BrowserWindow | null = null;

function storedLanguage(store: Store): Language | undefined {
  const parsed = languageSchema.safeParse(store.getSettings()['language']);
  return parsed.success ? parsed.data : undefined;
}

function sendMenuCommand(command: MenuCommand): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(MENU_COMMAND_EVENT, command);
}

function installMenu(language: Language | undefined): void {
  const template = menuTemplate({ language, isDev: devUrl !== undefined, isMac: process.platform === 'darwin', send: sendMenuCommand });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function openWindow(windowStatePath: string): void {
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const state = loadWindowState(windowStatePath, displays, screen.getPrimaryDisplay().workArea);
  mainWindow = createMainWindow({
    state,
    preload: preloadPath(),
    title: '推演台 Tuiyan',
    url: devUrl ?? `${PACKAGED_ORIGIN}/index.html`,
    windowStatePath,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, origin));
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => app.quit());
  await app.whenReady();

  const paths = appPaths(app.getPath('userData'), process.env);
  const plan = planSchema.parse(seedPlan);
  const store = await openStoreForApp({ paths, plan, openStore, dialog });
  if (!store) {
    app.exit(1);
    return;
  }
  app.on('will-quit', () => store.close());

  hardenSession(session.defaultSession, origin, cspFor(devUrl !== undefined));
  if (!devUrl) serveAppProtocol(protocol, net, rendererDir(), APP_CSP);

  const exportService = createElectronExportService(() => mainWindow, app.getPath('documents'));
  const handlers = createHandlers({ store, appVersion: app.getVersion(), exports: exportService });
  registerIpc(ipcMain, {
    dispatch: (channel, payload) => dispatch(handlers, channel, payload),
    isTrusted: (event) => isTrustedSender(event, mainWindow, origin),
    afterCall: (channel, response) => {
      if (response.ok && (channel === 'settings:set' || channel === 'backup:restore')) installMenu(storedLanguage(store));
    },
  });

  installMenu(storedLanguage(store));
  openWindow(paths.windowStatePath);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(paths.windowStatePath);
  });
}

function fail(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('推演台 Tuiyan', `推演台无法启动。/ Tuiyan could not start.\n\n${reason}`);
  app.exit(1);
}

if (app.requestSingleInstanceLock()) {
  start().catch(fail);
} else {
  app.quit();
}

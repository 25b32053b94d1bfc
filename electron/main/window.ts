import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_SIZE, saveWindowState, type WindowState } from './window-state';

/**
 * The main window's options: an isolated, sandboxed renderer with no Node access, web security on and
 * our preload as its only bridge. Sizes in DIP.
 */
export function windowOptions(state: WindowState, preload: string, title: string): BrowserWindowConstructorOptions {
  return {
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

/** What the main window needs: where it starts, its preload, the page to load and where to save its bounds. */
export interface MainWindowOptions {
  state: WindowState;
  preload: string;
  title: string;
  url: string;
  windowStatePath: string;
}

/**
 * Opens the main window, shows it once painted, and saves its normal bounds and maximized flag when it
 * closes. Loading errors are left to the page (the URL is our own).
 */
export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow(windowOptions(opts.state, opts.preload, opts.title));
  if (opts.state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    try {
      saveWindowState(opts.windowStatePath, { ...bounds, maximized: window.isMaximized() });
    } catch {
      // Losing the remembered position is harmless; never block closing on it.
    }
  });
  void window.loadURL(opts.url);
  return window;
}

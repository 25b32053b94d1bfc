import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startWebHost, type WebHost } from '../../../electron/web/web-host';
import { ensureRendererBuilt } from './build';
import { launchChromium } from './chromium';
import { ARTEFACT_DIR, RENDERER_OUT } from './paths';

/** How to open a session; everything is optional. */
export interface WebSessionOptions {
  /** Window size in CSS pixels (default 1280 × 800). */
  viewport?: { width: number; height: number };
  /** Browser locale, e.g. 'en-US' or 'zh-CN' (default 'zh-CN'). */
  locale?: string;
  /** Reuse a browser (one per file is cheaper); the session then closes only its own context. */
  browser?: Browser;
  /** Open host.url at once (default true). */
  navigate?: boolean;
}

/** A running web host on a fresh temporary database, and a Chromium page on it. */
export interface WebSession {
  host: WebHost;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** The temporary folder holding tuiyan.db and backups/. */
  dataDir: string;
  /** Page errors and console errors seen so far (assert it stays empty). */
  errors: string[];
  /** Saves a full-page screenshot as .tmp/e2e/<name>.png and returns its path. */
  screenshot(name: string): Promise<string>;
  /** Closes the page's context, the browser (when the session launched it), the host and the database, and deletes the folder. */
  close(): Promise<void>;
}

/**
 * Builds out/renderer if needed, starts the web host (`startWebHost`) on a temporary database, launches
 * Debian Chromium and opens the app at `host.url` (which carries the launch token).
 */
export async function openWebSession(opts: WebSessionOptions = {}): Promise<WebSession> {
  await ensureRendererBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'tuiyan-e2e-'));
  const host = await startWebHost({ dbPath: join(dataDir, 'tuiyan.db'), backupDir: join(dataDir, 'backups'), rendererDir: RENDERER_OUT });
  const ownBrowser = opts.browser === undefined;
  const browser = opts.browser ?? (await launchChromium());
  const context = await browser.newContext({ viewport: opts.viewport ?? { width: 1280, height: 800 }, locale: opts.locale ?? 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  if (opts.navigate ?? true) await page.goto(host.url);
  return {
    host,
    browser,
    context,
    page,
    dataDir,
    errors,
    async screenshot(name) {
      mkdirSync(ARTEFACT_DIR, { recursive: true });
      const path = join(ARTEFACT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await context.close();
      if (ownBrowser) await browser.close();
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Shared helpers for end-to-end tests against the real app in Debian Chromium:
 * - `openWebSession(opts?)` builds out/renderer when stale, starts the web host on a temporary database and
 *   opens the app at `host.url` (token included); `session.close()` removes everything again.
 * - `callInPage` / `resultInPage` call the API from inside the page with the page's own token.
 * - `launchChromium()` for one browser shared by several sessions (`openWebSession({ browser })`).
 * - `ensureRendererBuilt()` and the vitest globalSetup in global-setup.ts build once per run.
 * Imported from their own files: workbench-steps.ts (first scenario, autosave, the stress tab), export-files.ts
 * (export buttons, exported files, PNG ink), svg-check.ts (exported SVG contents and chart layout problems).
 */
export { ensureRendererBuilt, rendererIsFresh } from './build';
export { CHROMIUM_ARGS, CHROMIUM_PATH, launchChromium } from './chromium';
export { callInPage, resultInPage, type PageApiAnswer } from './page-api';
export { ARTEFACT_DIR, RENDERER_OUT, ROOT } from './paths';
export { openWebSession, type WebSession, type WebSessionOptions } from './web-session';

import { ensureRendererBuilt } from './build';

/**
 * vitest globalSetup for the e2e tests: builds out/renderer once per run (skipped when it is fresh).
 * Register it with `globalSetup: ['tests/e2e/support/global-setup.ts']`; without it each e2e file's
 * `openWebSession` builds on first use instead.
 */
export default async function setup(): Promise<void> {
  await ensureRendererBuilt();
}

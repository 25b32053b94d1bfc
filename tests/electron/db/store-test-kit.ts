import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openStore } from '../../../electron/db/open-store';
import { StoreError, type OpenStoreOptions, type Store } from '../../../electron/db/store-types';
import { loadSeedPlan } from '../../../electron/web/seed-plan';

export { SEED_PLAN_PATH, loadSeedPlan } from '../../../electron/web/seed-plan';

/** A fresh temp folder (os.tmpdir()/tuiyan-db-*) and a function deleting it with everything inside. */
export function makeTempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'tuiyan-db-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A clock starting at `startIso` that the test moves forward by hand (ms). */
export function manualClock(startIso: string): { now: () => Date; advance: (ms: number) => void } {
  let t = Date.parse(startIso);
  return { now: () => new Date(t), advance: (ms) => void (t += ms) };
}

/** Opens a store at `<dir>/tuiyan.sqlite` with the seed plan; `extra` overrides any option. */
export function openTestStore(dir: string, extra: Partial<OpenStoreOptions> = {}): Store {
  return openStore({ path: join(dir, 'tuiyan.sqlite'), plan: loadSeedPlan(), ...extra });
}

function outsideTest(what: string): never {
  throw new Error(`${what} exists only while a test runs`);
}

/** Gives every test of the file a fresh temp folder (beforeEach) and deletes it afterwards (afterEach). */
export function useTempDir(): { readonly dir: string } {
  let tmp: ReturnType<typeof makeTempDir> | null = null;
  beforeEach(() => {
    tmp = makeTempDir();
  });
  afterEach(() => {
    tmp?.cleanup();
    tmp = null;
  });
  return {
    get dir() {
      return tmp?.dir ?? outsideTest('the temp folder');
    },
  };
}

/**
 * Gives every test a fresh temp folder with a store opened in it (openTestStore). A test may close `store` and
 * assign a reopened one; whichever is current is closed before the folder is deleted.
 */
export function useTestStore(): { readonly dir: string; store: Store } {
  let tmp: ReturnType<typeof makeTempDir> | null = null;
  let current: Store | null = null;
  beforeEach(() => {
    tmp = makeTempDir();
    current = openTestStore(tmp.dir);
  });
  afterEach(() => {
    current?.close();
    tmp?.cleanup();
    current = null;
    tmp = null;
  });
  return {
    get dir() {
      return tmp?.dir ?? outsideTest('the temp folder');
    },
    get store() {
      return current ?? outsideTest('the test store');
    },
    set store(store: Store) {
      current = store;
    },
  };
}

/** The StoreError `fn` throws; fails the test when it throws something else or nothing. */
export function errorOf(fn: () => unknown): StoreError {
  try {
    fn();
  } catch (err) {
    if (err instanceof StoreError) return err;
    throw err;
  }
  throw new Error('expected a StoreError');
}

/** The code of the StoreError `fn` throws, or null when it returns (any other error fails the test). */
export function codeOf(fn: () => unknown): string | null {
  try {
    fn();
  } catch (err) {
    if (err instanceof StoreError) return err.code;
    throw err;
  }
  return null;
}

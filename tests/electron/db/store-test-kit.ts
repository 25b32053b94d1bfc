import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { planSchema, type Plan } from '../../../shared/plan/plan-schema';
import { openStore } from '../../../electron/db/open-store';
import type { OpenStoreOptions, Store } from '../../../electron/db/store-types';

/** Absolute path of the seed plan file the app ships. */
export const SEED_PLAN_PATH = fileURLToPath(new URL('../../../seeds/chedun-14th-plan.json', import.meta.url));

/** The seed plan, parsed and validated. */
export function loadSeedPlan(): Plan {
  return planSchema.parse(JSON.parse(readFileSync(SEED_PLAN_PATH, 'utf8')));
}

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

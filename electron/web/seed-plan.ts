import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planSchema, type Plan } from '../../shared/plan/plan-schema';

/** The plan file shipped in the repo (seeds/chedun-14th-plan.json), resolved from this module's location. */
export const SEED_PLAN_PATH = fileURLToPath(new URL('../../seeds/chedun-14th-plan.json', import.meta.url));

/** Reads and checks the shipped plan; throws with the first problem's path when the file is broken. */
export function loadSeedPlan(file: string = SEED_PLAN_PATH): Plan {
  const parsed = planSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw new Error(`${file}: ${first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'not a valid plan'}`);
}

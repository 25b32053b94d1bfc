import { fileURLToPath } from 'node:url';
import { planSchema, type Plan } from '../../shared/plan/plan-schema';
import { formatIssuePath } from '../../shared/engine/validate-scenario';
import { readJsonFile } from './read-json-file';

/** The seed plan shipped with the repo, resolved from this script's location (works from any working directory). */
export const DEFAULT_PLAN_PATH = fileURLToPath(new URL('../../seeds/chedun-14th-plan.json', import.meta.url));

/** Reads and checks a plan file; problems come back as lines `FILE: path: message`. */
export function loadPlan(file: string | null): { ok: true; plan: Plan } | { ok: false; problems: string[] } {
  const path = file ?? DEFAULT_PLAN_PATH;
  const read = readJsonFile(path);
  if (!read.ok) return { ok: false, problems: [read.message] };
  const parsed = planSchema.safeParse(read.value);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${path}: ${formatIssuePath(i.path)}: ${i.message}`) };
  }
  return { ok: true, plan: parsed.data };
}

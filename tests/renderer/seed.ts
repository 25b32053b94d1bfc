import seed from '../../seeds/chedun-14th-plan.json';
import { planSchema, type Plan } from '../../shared/plan/plan-schema';

/** The seed plan, parsed as the app parses it. */
export function seedPlan(): Plan {
  return planSchema.parse(seed);
}

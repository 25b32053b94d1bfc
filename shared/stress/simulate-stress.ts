import type { Plan } from '../plan/plan-schema';
import type { Scenario } from '../scenario/scenario-schema';
import { prepareStress } from './prepare-stress';
import { createPartial, runChunk } from './stress-chunk';
import { mergePartials } from './stress-merge';
import { summarizeStress } from './stress-summary';
import type { StressOptions, StressPrepareError, StressResult } from './stress-types';

/**
 * A whole stress run in this thread (CLI, tests, small runs): prepare, run every chunk in order, merge, summarise.
 * The numbers are identical to a run split over any number of workers. `onChunk` is told after each chunk
 * (paths done so far, total). Returns the problems instead of throwing when the inputs are refused.
 */
export function simulateStress(
  plan: Plan,
  scenario: Scenario,
  spec: unknown,
  options: StressOptions,
  onChunk?: (done: number, total: number) => void,
): { ok: true; result: StressResult } | StressPrepareError {
  const prepared = prepareStress(plan, scenario, spec, options);
  if (!prepared.ok) return prepared;
  const setup = prepared.setup;
  const partial = createPartial(setup);
  let done = 0;
  for (let c = 0; c < setup.nChunks; c++) {
    done += runChunk(setup, partial, c);
    onChunk?.(done, setup.paths);
  }
  return { ok: true, result: summarizeStress(setup, mergePartials(setup, [partial])) };
}

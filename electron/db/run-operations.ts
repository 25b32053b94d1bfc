import { z } from 'zod';
import { describeIssues } from './scenario-codec';
import type { LoadedRun } from './run-repository';
import type { StoreContext } from './store-context';
import { StoreError, type RunRecord, type Store } from './store-types';

/** Saved-run operations of the Store. */
export type RunOperations = Pick<Store, 'saveRun' | 'listRuns' | 'getRun'>;

const runInputSchema = z.object({
  scenarioId: z.string().min(1),
  scenarioVersion: z.number().int().min(1),
  kind: z.enum(['projection', 'stress']),
  seed: z.number().int().nullable(),
  paths: z.number().int().min(1).nullable(),
  assumptionsHash: z.string().min(1).max(200),
  engineVersion: z.string().min(1).max(100),
  result: z.unknown(),
});

function toRecord(loaded: LoadedRun): RunRecord {
  const { resultJson, ...run } = loaded.run;
  let result: unknown;
  try {
    result = JSON.parse(resultJson);
  } catch {
    throw new StoreError('DAMAGED', `Saved run ${run.id} is damaged: its result is not JSON.`);
  }
  return { ...run, result, stale: loaded.currentVersion !== run.scenarioVersion };
}

/** Builds the run operations over one store context; `stale` is computed on every read, never stored. */
export function createRunOperations(ctx: StoreContext): RunOperations {
  return {
    saveRun(input) {
      const parsed = runInputSchema.safeParse(input);
      if (!parsed.success) throw new StoreError('INVALID', `The run is not valid: ${describeIssues(parsed.error)}`);
      const run = parsed.data;
      let resultJson: string | undefined;
      try {
        resultJson = JSON.stringify(run.result ?? null);
      } catch {
        resultJson = undefined;
      }
      if (resultJson === undefined) throw new StoreError('INVALID', 'result: the run result cannot be stored as JSON.');
      const json = resultJson;
      return ctx.write(() => {
        const owner = ctx.scenarios.find(run.scenarioId);
        if (!owner) throw new StoreError('NOT_FOUND', `Scenario ${run.scenarioId} does not exist.`);
        if (run.scenarioVersion > owner.last_version) {
          throw new StoreError('INVALID', `scenarioVersion: scenario "${owner.name}" has no version ${String(run.scenarioVersion)}.`);
        }
        const id = ctx.newId();
        ctx.runs.insert({
          id,
          scenarioId: run.scenarioId,
          scenarioVersion: run.scenarioVersion,
          kind: run.kind,
          seed: run.seed,
          paths: run.paths,
          assumptionsHash: run.assumptionsHash,
          engineVersion: run.engineVersion,
          createdAt: ctx.now(),
          resultJson: json,
        });
        const stored = ctx.runs.find(id);
        if (!stored) throw new StoreError('IO', `Saved run ${id} could not be read back.`);
        return toRecord(stored);
      });
    },
    listRuns(scenarioId) {
      if (typeof scenarioId !== 'string' || !ctx.scenarios.find(scenarioId)) {
        throw new StoreError('NOT_FOUND', `Scenario ${String(scenarioId)} does not exist.`);
      }
      return ctx.runs.list(scenarioId).map(toRecord);
    },
    getRun(id) {
      const loaded = typeof id === 'string' ? ctx.runs.find(id) : undefined;
      if (!loaded) throw new StoreError('NOT_FOUND', `Saved run ${String(id)} does not exist.`);
      return toRecord(loaded);
    },
  };
}

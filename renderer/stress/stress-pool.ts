import type { ScenarioIssue } from '../../shared/engine/engine-types';
import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { prepareStress } from '../../shared/stress/prepare-stress';
import { DEFAULT_PATHS } from '../../shared/stress/stress-constants';
import { mergePartials } from '../../shared/stress/stress-merge';
import { summarizeStress } from '../../shared/stress/stress-summary';
import type { JointSet, StressPartial, StressResult } from '../../shared/stress/stress-types';
import type { FromStressWorker, StressWorkerLike } from './stress-protocol';

/** Options of runStress; all optional. */
export interface RunStressOptions {
  /** Paths, 1..1,000,000 (default 10,000). */
  paths?: number;
  /** Unsigned 32-bit seed (default: a random one, reported in the result). */
  seed?: number;
  /** Worker count (default: workerCount of the machine's cores); never more than one per chunk. */
  workers?: number;
  /** Indicator ids for the joint probability (default: every indicator). */
  joint?: string[];
  /** Further joint sets counted on the same paths, at most 8 (default: none); reported in `result.jointSets`. */
  jointSets?: JointSet[];
  /** Told after every chunk: paths done so far and the total. */
  onProgress?: (done: number, total: number) => void;
  /** Aborting terminates the workers and rejects with the signal's reason (an AbortError by default). */
  signal?: AbortSignal;
  /** Makes a worker; the default loads stress-worker.ts as a module worker. */
  createWorker?: () => StressWorkerLike;
}

/** The merged result, or the run refused before it started with every problem and its field (spec paths, `scenario.…`, `paths`, `seed`). */
export type StressRunOutcome = { ok: true; result: StressResult } | { ok: false; issues: ScenarioIssue[] };

function defaultWorker(): StressWorkerLike {
  return new Worker(new URL('./stress-worker.ts', import.meta.url), { type: 'module' });
}

function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The stress run was cancelled', 'AbortError');
}

/** Workers for a run by default: one core left for the window, at least 1, at most 8 (`cores` from navigator; unknown means 2). */
export function workerCount(cores: number | undefined): number {
  return Math.max(1, Math.min(8, (cores ?? 2) - 1));
}

/**
 * Runs a stress test on Web Workers and resolves with the merged result, bit-identical to `simulateStress` with the
 * same inputs whatever the worker count. The main thread validates and prepares the run (resolving with
 * `{ ok: false, issues }` naming every bad field, before any worker starts), fixes the histogram layout and sends it
 * to the workers; chunks are handed out one at a time as workers finish (progress after each), then each worker's
 * tallies come back with their buffers transferred and are merged in chunk order. Aborting `signal` terminates the
 * workers and rejects with its reason (an AbortError); a worker failure rejects with an Error.
 */
export function runStress(plan: Plan, scenario: Scenario, spec: unknown, options: RunStressOptions = {}): Promise<StressRunOutcome> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  const paths = options.paths ?? DEFAULT_PATHS;
  const seed = options.seed ?? randomSeed();
  const prepared = prepareStress(plan, scenario, spec, { paths, seed, joint: options.joint, jointSets: options.jointSets });
  if (!prepared.ok) return Promise.resolve({ ok: false, issues: prepared.issues });
  const setup = prepared.setup;
  const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : undefined;
  const count = Math.max(1, Math.min(options.workers ?? workerCount(cores), setup.nChunks));
  const make = options.createWorker ?? defaultWorker;

  return new Promise<StressRunOutcome>((resolve, reject) => {
    const workers: StressWorkerLike[] = [];
    const partials: StressPartial[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const stop = (): void => {
      for (const w of workers) w.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      stop();
      reject(error);
    };
    const onAbort = (): void => fail(signal ? abortReason(signal) : new Error('cancelled'));
    signal?.addEventListener('abort', onAbort);
    const feed = (w: StressWorkerLike): void => {
      if (next < setup.nChunks) w.postMessage({ type: 'chunk', chunk: next++ });
      else w.postMessage({ type: 'finish' });
    };
    const onMessage = (w: StressWorkerLike, m: FromStressWorker): void => {
      if (settled) return;
      if (m.type === 'error') return fail(new Error(`stress worker: ${m.message}`));
      if (m.type === 'chunk-done') {
        done += m.paths;
        onProgress?.(done, paths);
      }
      if (m.type === 'ready' || m.type === 'chunk-done') return feed(w);
      partials.push(m.partial);
      if (partials.length < workers.length) return;
      settled = true;
      stop();
      try {
        resolve({ ok: true, result: summarizeStress(setup, mergePartials(setup, partials)) });
      } catch (e) {
        reject(e);
      }
    };
    try {
      for (let k = 0; k < count; k++) {
        const w = make();
        workers.push(w);
        w.onmessage = (event) => onMessage(w, event.data);
        w.onerror = (event) => fail(new Error(`stress worker failed: ${event.message}`));
        w.postMessage({ type: 'init', plan, scenario, spec, paths, seed, joint: options.joint, jointSets: options.jointSets, layout: setup.layout });
      }
    } catch (e) {
      fail(e);
    }
  });
}

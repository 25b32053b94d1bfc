import type { Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import type { JointSet, StressLayout, StressPartial } from '../../shared/stress/stress-types';

/** Main thread → stress worker: prepare once (with the main thread's layout), run one chunk, or send the tallies back. */
export type ToStressWorker =
  | { type: 'init'; plan: Plan; scenario: Scenario; spec: unknown; paths: number; seed: number; joint?: string[]; jointSets?: JointSet[]; layout: StressLayout }
  | { type: 'chunk'; chunk: number }
  | { type: 'finish' };

/** Stress worker → main thread: ready for chunks, one chunk done (progress), the partial tallies (buffers transferred), or a failure. */
export type FromStressWorker =
  | { type: 'ready' }
  | { type: 'chunk-done'; chunk: number; paths: number }
  | { type: 'partial'; partial: StressPartial }
  | { type: 'error'; message: string };

/** The part of a Worker the pool uses, so tests can give an in-process stand-in. */
export interface StressWorkerLike {
  postMessage(message: ToStressWorker, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromStressWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

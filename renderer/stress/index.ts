/** The stress worker pool: run a stress test on Web Workers (see stress-pool), and the worker protocol for tests. */
export { runStress, type RunStressOptions, type StressRunOutcome } from './stress-pool';
export type { FromStressWorker, StressWorkerLike, ToStressWorker } from './stress-protocol';
export { createStressWorkerHandler } from './stress-worker-core';

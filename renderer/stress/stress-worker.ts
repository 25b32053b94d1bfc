import type { ToStressWorker } from './stress-protocol';
import { createStressWorkerHandler } from './stress-worker-core';

/**
 * The stress Web Worker entry, loaded by the pool with
 * `new Worker(new URL('./stress-worker.ts', import.meta.url), { type: 'module' })`: runs chunks of a stress run
 * off the UI thread and posts progress after each one (see stress-worker-core).
 */
const handle = createStressWorkerHandler((message, transfer) => self.postMessage(message, { transfer: transfer ?? [] }));
self.addEventListener('message', (event: MessageEvent<ToStressWorker>) => handle(event.data));

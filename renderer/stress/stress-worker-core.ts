import { prepareStress, type StressSetup } from '../../shared/stress/prepare-stress';
import { createPartial, partialBuffers, runChunk } from '../../shared/stress/stress-chunk';
import type { StressPartial } from '../../shared/stress/stress-types';
import type { FromStressWorker, ToStressWorker } from './stress-protocol';

/** How the worker answers: a message and the buffers to transfer with it. */
export type StressPost = (message: FromStressWorker, transfer?: Transferable[]) => void;

/**
 * The stress worker's message handler, apart from the Worker global so it runs in tests too: `init` prepares the
 * run (the same setup as the main thread, given its layout), each `chunk` is added to this worker's tallies and
 * answered with `chunk-done`, `finish` sends the tallies with their buffers transferred. Problems come back as
 * `error` messages, never as exceptions.
 */
export function createStressWorkerHandler(post: StressPost): (message: ToStressWorker) => void {
  let setup: StressSetup | null = null;
  let partial: StressPartial | null = null;
  return (message) => {
    try {
      if (message.type === 'init') {
        const { plan, scenario, spec, paths, seed, joint, jointSets, layout } = message;
        const prepared = prepareStress(plan, scenario, spec, { paths, seed, joint, jointSets }, layout);
        if (!prepared.ok) {
          post({ type: 'error', message: prepared.issues.map((i) => `${i.path}: ${i.message}`).join('\n') });
          return;
        }
        setup = prepared.setup;
        partial = createPartial(setup);
        post({ type: 'ready' });
      } else if (message.type === 'chunk') {
        if (!setup || !partial) throw new Error('chunk before init');
        const paths = runChunk(setup, partial, message.chunk);
        post({ type: 'chunk-done', chunk: message.chunk, paths });
      } else {
        if (!partial) throw new Error('finish before init');
        const done = partial;
        partial = null;
        setup = null;
        post({ type: 'partial', partial: done }, partialBuffers(done));
      }
    } catch (e) {
      post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
}

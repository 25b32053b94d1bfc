import { describe, expect, it } from 'vitest';
import { runStress } from '../../../renderer/stress';
import type { FromStressWorker, StressWorkerLike, ToStressWorker } from '../../../renderer/stress/stress-protocol';
import { createStressWorkerHandler } from '../../../renderer/stress/stress-worker-core';
import { prepareStress } from '../../../shared/stress/prepare-stress';
import { simulateStress } from '../../../shared/stress/simulate-stress';
import { CHUNK_SIZE } from '../../../shared/stress/stress-constants';
import { seedPlan } from '../../shared/engine/seed-plan';

/** A worker stand-in: the real worker handler behind asynchronous, structured-cloned messages (transfers detach). */
class InProcessWorker implements StressWorkerLike {
  onmessage: ((event: MessageEvent<FromStressWorker>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  private readonly handle = createStressWorkerHandler((message, transfer) => {
    const data = structuredClone(message, { transfer: transfer ?? [] });
    setTimeout(() => {
      if (!this.terminated) this.onmessage?.(new MessageEvent('message', { data }));
    }, 0);
  });

  postMessage(message: ToStressWorker): void {
    const data = structuredClone(message);
    setTimeout(() => {
      if (!this.terminated) this.handle(data);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

/** Every typed array of an object, found by walking its fields (and arrays of them), not from a list. */
function typedArrays(value: object): ArrayBufferView[] {
  return Object.values(value)
    .flatMap((v: unknown) => (Array.isArray(v) ? v : [v]))
    .filter((v): v is ArrayBufferView => ArrayBuffer.isView(v));
}

const plan = seedPlan();
const scenario = { name: 'pool', indicators: { 'fiscal-revenue-total': { growth: 0.07 } } };
const spec = {
  growth: { 'fiscal-revenue-total': { kind: 'lognormal', sigma: 0.05 }, 'local-fiscal-revenue': { kind: 'normal', sd: 0.02 } },
  economy: { loadings: { 'fiscal-revenue-total': 0.8, 'local-fiscal-revenue': 0.8 } },
};
const PATHS = 3 * CHUNK_SIZE + 5;
const jointSets = [{ id: 'revenue', indicators: ['fiscal-revenue-total', 'local-fiscal-revenue'] }];

describe('runStress (worker pool)', () => {
  it('gives the in-process result for 1, 2 and 3 workers (joint sets included), with progress up to the total', async () => {
    const reference = simulateStress(plan, scenario, spec, { paths: PATHS, seed: 9, jointSets });
    if (!reference.ok) throw new Error('refused');
    expect(reference.result.jointSets[0]?.met).toBeGreaterThan(0);
    for (const workers of [1, 2, 3]) {
      const made: InProcessWorker[] = [];
      const progress: [number, number][] = [];
      const outcome = await runStress(plan, scenario, spec, {
        paths: PATHS,
        seed: 9,
        workers,
        jointSets,
        onProgress: (done, total) => progress.push([done, total]),
        createWorker: () => {
          const w = new InProcessWorker();
          made.push(w);
          return w;
        },
      });
      expect(outcome).toEqual({ ok: true, result: reference.result });
      expect(made).toHaveLength(workers);
      expect(made.every((w) => w.terminated)).toBe(true);
      const dones = progress.map(([done]) => done);
      expect(dones).toEqual([...dones].sort((a, b) => a - b));
      expect(progress.at(-1)).toEqual([PATHS, PATHS]);
    }
  });

  it('cancels through the AbortSignal: workers terminated, promise rejected with an AbortError', async () => {
    const controller = new AbortController();
    const made: InProcessWorker[] = [];
    const run = runStress(plan, scenario, spec, {
      paths: PATHS,
      seed: 1,
      workers: 2,
      signal: controller.signal,
      onProgress: () => controller.abort(),
      createWorker: () => {
        const w = new InProcessWorker();
        made.push(w);
        return w;
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(made.every((w) => w.terminated)).toBe(true);
  });

  it('refuses a bad spec before starting any worker, naming the field', async () => {
    let started = 0;
    const outcome = await runStress(plan, scenario, { growth: { 'fiscal-revenue-total': { kind: 'normal', sd: -1 } } }, {
      seed: 1,
      createWorker: () => {
        started++;
        return new InProcessWorker();
      },
    });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.issues[0]?.path).toBe('growth.fiscal-revenue-total.sd');
    const badSet = await runStress(plan, scenario, spec, {
      seed: 1,
      jointSets: [{ id: 'revenue', indicators: [] }],
      createWorker: () => {
        started++;
        return new InProcessWorker();
      },
    });
    expect(badSet).toEqual({ ok: false, issues: [{ path: 'jointSets.0.indicators', message: 'expected at least one indicator id' }] });
    expect(started).toBe(0);
  });

  it('sends the tallies back with every typed array transferred (moved, not copied)', () => {
    const prepared = prepareStress(plan, scenario, spec, { paths: CHUNK_SIZE, seed: 3, jointSets });
    if (!prepared.ok) throw new Error('refused');
    const posts: { message: FromStressWorker; transfer: Transferable[] }[] = [];
    const handle = createStressWorkerHandler((message, transfer) => posts.push({ message, transfer: transfer ?? [] }));
    handle({ type: 'init', plan, scenario, spec, paths: CHUNK_SIZE, seed: 3, jointSets, layout: prepared.setup.layout });
    handle({ type: 'chunk', chunk: 0 });
    handle({ type: 'finish' });
    const last = posts.at(-1);
    if (last?.message.type !== 'partial') throw new Error('no partial');
    const views = typedArrays(last.message.partial);
    expect(views.length).toBeGreaterThan(5);
    const sizes = views.map((v) => v.byteLength);
    const moved = structuredClone(last.message, { transfer: last.transfer });
    expect(views.every((v) => v.byteLength === 0)).toBe(true);
    if (moved.type !== 'partial') throw new Error('no partial');
    expect(moved.partial.paths).toBe(CHUNK_SIZE);
    expect(typedArrays(moved.partial).map((v) => v.byteLength)).toEqual(sizes);
  });

  it('defaults to 10,000 paths and reports the seed it drew', async () => {
    const outcome = await runStress(plan, scenario, spec, { createWorker: () => new InProcessWorker(), workers: 2 });
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.result.paths).toBe(10_000);
    expect(Number.isInteger(outcome.result.seed) && outcome.result.seed >= 0 && outcome.result.seed <= 0xffffffff).toBe(true);
  });
});

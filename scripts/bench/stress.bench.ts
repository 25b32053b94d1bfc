import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { compile, evaluate } from 'mathjs';
import { createPartial, partialBuffers, runChunk } from '../../shared/stress/stress-chunk';
import { issuesText } from '../../shared/engine/scenario-error';
import { planSchema, type Plan } from '../../shared/plan/plan-schema';
import type { Scenario } from '../../shared/scenario/scenario-schema';
import { normal } from '../../shared/stress/normal-sampler';
import { prepareStress, type StressSetup } from '../../shared/stress/prepare-stress';
import { streamFor } from '../../shared/stress/prng';
import { simulateStress } from '../../shared/stress/simulate-stress';
import { mergePartials } from '../../shared/stress/stress-merge';
import { summarizeStress } from '../../shared/stress/stress-summary';
import type { StressLayout, StressPartial, StressResult } from '../../shared/stress/stress-types';

const PATHS = 1_000_000;
const SEED = 1;
const MATHJS_SAMPLE = 2000;
const REPEATS = 3;
const FISCAL = 'fiscal-revenue-total';
const LOCAL = 'local-fiscal-revenue';
const LOCAL_FORMULA = 'prev * (1 + elasticity * fiscal_g + g)';

/**
 * The bench model: the seed plan cut to its two revenue lines, 财税总收入 growing 7 % ± 6 % a year and 地方财政收入
 * driven by it through `prev * (1 + elasticity * fiscal_g + g)` (own growth 1 % ± 2 %, correlated 0.5 with
 * fiscal's draw) with an uncertain elasticity (1 ± 0.2, drawn once per path). numpy_stress.py computes the same.
 */
function benchInputs(): { plan: Plan; scenario: Scenario; spec: unknown } {
  const full = planSchema.parse(JSON.parse(readFileSync(fileURLToPath(new URL('../../seeds/chedun-14th-plan.json', import.meta.url)), 'utf8')));
  const plan: Plan = { ...full, indicators: full.indicators.filter((i) => i.id === FISCAL || i.id === LOCAL) };
  const scenario: Scenario = {
    name: 'stress bench',
    parameters: { elasticity: 1 },
    indicators: { [FISCAL]: { growth: 0.07 }, [LOCAL]: { growth: 0.01, formula: LOCAL_FORMULA } },
  };
  const spec = {
    growth: { [FISCAL]: { kind: 'normal', sd: 0.06 }, [LOCAL]: { kind: 'normal', sd: 0.02 } },
    parameters: { elasticity: { kind: 'normal', sd: 0.2 } },
    correlation: { indicators: [FISCAL, LOCAL], matrix: [[1, 0.5], [0.5, 1]] },
  };
  return { plan, scenario, spec };
}

function setupOrThrow(layout?: StressLayout): StressSetup {
  const { plan, scenario, spec } = benchInputs();
  const p = prepareStress(plan, scenario, spec, { paths: PATHS, seed: SEED }, layout);
  if (!p.ok) throw new Error(issuesText(p.issues, '; '));
  return p.setup;
}

function isLayout(v: unknown): v is StressLayout {
  return typeof v === 'object' && v !== null && Reflect.get(v, 'lo') instanceof Float64Array;
}

function isChunkList(v: unknown): v is number[] {
  return Array.isArray(v) && v.every((c) => typeof c === 'number');
}

/** Worker side: prepare once with the main thread's layout, then run the chunk lists it is sent. */
function serveChunks(layout: StressLayout): void {
  const setup = setupOrThrow(layout);
  parentPort?.on('message', (chunks: unknown) => {
    if (!isChunkList(chunks)) return;
    const cpu0 = process.threadCpuUsage();
    const partial = createPartial(setup);
    for (const c of chunks) runChunk(setup, partial, c);
    const cpu = process.threadCpuUsage(cpu0);
    parentPort?.postMessage({ partial, cpuMs: (cpu.user + cpu.system) / 1000 }, partialBuffers(partial));
  });
  parentPort?.postMessage('ready');
}

if (!isMainThread && typeof workerData === 'object' && workerData !== null && Reflect.get(workerData, 'role') === 'stress-bench') {
  const layout: unknown = Reflect.get(workerData, 'layout');
  if (isLayout(layout)) serveChunks(layout);
}

/**
 * Starts a worker thread running this file. Node runs a worker's .ts entry with its own type stripping, without
 * tsx's resolver (extensionless imports fail), so a tiny eval entry registers tsx first and then imports this file.
 */
function startWorker(layout: StressLayout): Promise<Worker> {
  const entry = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((api) => { api.register(); return import(${JSON.stringify(import.meta.url)}); })`;
  return new Promise((resolve, reject) => {
    const w = new Worker(entry, { eval: true, workerData: { role: 'stress-bench', layout }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    w.once('message', () => resolve(w));
    w.once('error', reject);
  });
}

function runOn(worker: Worker, chunks: number[]): Promise<{ partial: StressPartial; cpuMs: number }> {
  return new Promise((resolve, reject) => {
    worker.once('message', (m: { partial: StressPartial; cpuMs: number }) => resolve(m));
    worker.once('error', reject);
    worker.postMessage(chunks);
  });
}

/**
 * One timed run over the workers: chunks dealt round-robin, partials merged in chunk order, summarised. `cpuMs` is
 * the critical path in CPU time (the busiest worker plus the merge on this thread), which other load on the
 * machine inflates far less than the wall time `ms`.
 */
async function timedRun(main: StressSetup, workers: readonly Worker[]): Promise<{ ms: number; cpuMs: number; result: StressResult }> {
  const start = performance.now();
  const lists = workers.map((_, w) => Array.from({ length: main.nChunks }, (_, c) => c).filter((c) => c % workers.length === w));
  const done = await Promise.all(workers.map((w, k) => runOn(w, lists[k] ?? [])));
  const cpu0 = process.threadCpuUsage();
  const result = summarizeStress(main, mergePartials(main, done.map((d) => d.partial)));
  const cpu = process.threadCpuUsage(cpu0);
  const ms = performance.now() - start;
  return { ms, cpuMs: Math.max(...done.map((d) => d.cpuMs)) + (cpu.user + cpu.system) / 1000, result };
}

/** The same model per path through mathjs: `evaluate` parses and evaluates each formula every path-year (or `compile` once). */
function mathjsPerPath(compiled: boolean): number {
  const { plan } = benchInputs();
  const f0 = plan.indicators.find((i) => i.id === FISCAL)?.history.find((h) => h.year === 2020)?.value ?? 0;
  const l0 = plan.indicators.find((i) => i.id === LOCAL)?.history.find((h) => h.year === 2020)?.value ?? 0;
  const fiscalExpr = compile('prev * (1 + g)');
  const localExpr = compile(LOCAL_FORMULA);
  const rng = streamFor(SEED, 0);
  const start = performance.now();
  for (let p = 0; p < MATHJS_SAMPLE; p++) {
    const elasticity = 1 + 0.2 * normal(rng);
    let fiscal = f0;
    let local = l0;
    for (let t = 1; t <= 5; t++) {
      const zf = normal(rng);
      const zl = 0.5 * zf + Math.sqrt(0.75) * normal(rng);
      const fScope = { prev: fiscal, g: 0.07 + 0.06 * zf };
      const nextFiscal = Number(compiled ? fiscalExpr.evaluate(fScope) : evaluate('prev * (1 + g)', fScope));
      const lScope = { prev: local, g: 0.01 + 0.02 * zl, elasticity, fiscal_g: nextFiscal / fiscal - 1 };
      local = Number(compiled ? localExpr.evaluate(lScope) : evaluate(LOCAL_FORMULA, lScope));
      fiscal = nextFiscal;
    }
  }
  return (performance.now() - start) * (PATHS / MATHJS_SAMPLE);
}

interface NumpyReport {
  best: number;
  bestCpu: number;
  seconds: number[];
  numpy: string;
  fiscalProbability: number;
  localProbability: number;
  jointProbability: number;
}

function runNumpy(): NumpyReport | string {
  const script = fileURLToPath(new URL('./numpy_stress.py', import.meta.url));
  const r = spawnSync('python3', [script, String(PATHS), String(SEED), String(REPEATS)], { encoding: 'utf8', timeout: 300_000 });
  if (r.error) return `python3 could not run (${r.error.message})`;
  const line = r.stdout.trim().split('\n').pop() ?? '';
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return `numpy_stress.py printed no JSON (${r.stderr.trim().slice(0, 200)})`;
  }
  if (typeof parsed !== 'object' || parsed === null) return 'numpy_stress.py printed no report';
  const error: unknown = Reflect.get(parsed, 'error');
  if (typeof error === 'string') return error;
  const best: unknown = Reflect.get(parsed, 'best');
  if (typeof best !== 'number') return 'numpy_stress.py printed no timing';
  const seconds: unknown = Reflect.get(parsed, 'seconds');
  return {
    best,
    bestCpu: Number(Reflect.get(parsed, 'bestCpu')),
    seconds: Array.isArray(seconds) ? seconds.map(Number) : [],
    numpy: String(Reflect.get(parsed, 'numpy')),
    fiscalProbability: Number(Reflect.get(parsed, 'fiscalProbability')),
    localProbability: Number(Reflect.get(parsed, 'localProbability')),
    jointProbability: Number(Reflect.get(parsed, 'jointProbability')),
  };
}

const ms = (x: number): string => `${x.toFixed(0)} ms`;
const prob = (r: StressResult, id: string): number => r.indicators.find((i) => i.id === id)?.probability ?? Number.NaN;

/**
 * Stress bench: 1,000,000 paths × 5 years × 2 correlated revenue lines with a driver formula and an uncertain
 * parameter, on worker threads (one per core, at most 2); then the same model per path through mathjs on a
 * 2,000-path sample scaled to 1M, and numpy vectorised (numpy_stress.py; skipped when numpy is missing).
 * Prints times and ratios; asserts nothing.
 */
export async function run(): Promise<void> {
  const main = setupOrThrow();
  const nWorkers = Math.max(1, Math.min(2, availableParallelism()));
  const spawnStart = performance.now();
  const workers = await Promise.all(Array.from({ length: nWorkers }, () => startWorker(main.layout)));
  const spawnMs = performance.now() - spawnStart;
  const runs: { ms: number; cpuMs: number; result: StressResult }[] = [];
  try {
    for (let k = 0; k < REPEATS + 1; k++) runs.push(await timedRun(main, workers));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  const times = runs.slice(1).map((r) => r.ms);
  const best = Math.min(...times);
  const bestCpu = Math.min(...runs.slice(1).map((r) => r.cpuMs));
  const result = runs[runs.length - 1]?.result;
  if (!result) throw new Error('no stress run finished');
  const single = performance.now();
  const { plan, scenario, spec } = benchInputs();
  const inProcess = simulateStress(plan, scenario, spec, { paths: PATHS, seed: SEED });
  const singleMs = performance.now() - single;
  const identical = inProcess.ok && JSON.stringify(inProcess.result) === JSON.stringify(result);

  process.stdout.write(`stress: ${PATHS.toLocaleString('en')} paths × 5 years × 2 correlated revenue lines, driver formula "${LOCAL_FORMULA}", uncertain elasticity\n`);
  process.stdout.write(`  engine, ${nWorkers} worker thread(s): best ${ms(best)} of ${times.map(ms).join(', ')} (first run ${ms(runs[0]?.ms ?? Number.NaN)} warms up; workers start in ${ms(spawnMs)})\n`);
  process.stdout.write(`  engine CPU on the critical path (busiest worker + merge): best ${ms(bestCpu)}\n`);
  process.stdout.write(`  engine, this thread only: ${ms(singleMs)}; same numbers as the workers: ${identical ? 'yes' : 'NO'}\n`);
  process.stdout.write(`  P(财税 ≥ 9 %/yr) ${prob(result, FISCAL).toFixed(4)}, P(地方 ≥ 8 %/yr) ${prob(result, LOCAL).toFixed(4)}, joint ${result.jointProbability.toFixed(4)} ± ${result.jointStandardError.toFixed(4)}\n`);
  const mathjsEval = mathjsPerPath(false);
  const mathjsCompiled = mathjsPerPath(true);
  process.stdout.write(`  mathjs evaluate per path (${MATHJS_SAMPLE.toLocaleString('en')} paths scaled to 1M): ${ms(mathjsEval)} → engine ${(mathjsEval / best).toFixed(0)}× faster (aim ≥ 20×)\n`);
  process.stdout.write(`  mathjs compile once, evaluate per path (scaled): ${ms(mathjsCompiled)} → engine ${(mathjsCompiled / best).toFixed(1)}× faster\n`);
  const numpy = runNumpy();
  if (typeof numpy === 'string') {
    process.stdout.write(`  numpy: skipped — ${numpy}\n`);
  } else {
    const npBest = numpy.best * 1000;
    process.stdout.write(`  numpy ${numpy.numpy} vectorised: best ${ms(npBest)} of ${numpy.seconds.map((s) => ms(s * 1000)).join(', ')} → engine ${(npBest / best).toFixed(2)}× faster (aim ≥ 1.5×)\n`);
    process.stdout.write(`  numpy CPU: best ${ms(numpy.bestCpu * 1000)} → engine ${((numpy.bestCpu * 1000) / bestCpu).toFixed(2)}× faster in CPU time on the critical path\n`);
    process.stdout.write(`  numpy check: P(财税) ${numpy.fiscalProbability.toFixed(4)}, P(地方) ${numpy.localProbability.toFixed(4)}, joint ${numpy.jointProbability.toFixed(4)} (other random numbers; should agree within a few 0.001)\n`);
  }
  process.stdout.write(`  aim: under 500 ms for 1M paths → ${best < 500 ? 'met' : 'not met'} on this machine (${availableParallelism()} cores; other load slows every figure)\n`);
}

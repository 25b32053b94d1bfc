import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, openTestStore, SEED_PLAN_PATH } from './store-test-kit';

/**
 * Crash safety: writer processes autosave in a tight loop and print each version number after the save returns;
 * each is killed with SIGKILL at a random moment. After every kill the file must pass PRAGMA integrity_check and
 * hold every acknowledged version. 20 databases × 10 kills = 200 kills, 2 writers at a time (more only adds contention on 2 cores).
 * The writer is bundled once with esbuild (tsx's own compiler) so each of the 200 starts takes ~0.1 s of Node 24
 * instead of ~0.4 s of TypeScript loading; better-sqlite3 stays external and loads its prebuilt binary.
 */
const DATABASES = 20;
const KILLS_PER_DATABASE = 10;
const PARALLEL = 2;
const WRITER = fileURLToPath(new URL('./fixtures/autosave-writer.ts', import.meta.url));
const SCENARIO_ID = 'crash-scenario';

let tmp: ReturnType<typeof makeTempDir>;
let writerBundle = '';
beforeAll(async () => {
  tmp = makeTempDir();
  writerBundle = join(tmp.dir, 'autosave-writer.mjs');
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  await build({
    entryPoints: [WRITER],
    outfile: writerBundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    logLevel: 'error',
    plugins: [{ name: 'external-sqlite', setup: (b) => void b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: sqlite, external: true })) }],
  });
});
afterAll(() => tmp.cleanup());

/** Seeded PRNG (mulberry32) for the kill moments, so a failing run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface KillResult {
  acked: number[];
  killed: boolean;
  stderr: string;
}

/**
 * Runs one writer and kills it: with probability 1/5 at a random time after spawning (which may fall inside
 * opening, the integrity check or the automatic backup), otherwise a random 0–40 ms after it starts saving.
 */
async function runAndKill(dbPath: string, rand: () => number): Promise<KillResult> {
  const child = spawn(process.execPath, [writerBundle, dbPath, SCENARIO_ID, SEED_PLAN_PATH], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acked: number[] = [];
  let stderr = '';
  let pending = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (onReady = r));
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line === 'ready') onReady();
      else acked.push(Number(line));
    }
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  const closed = new Promise<NodeJS.Signals | null>((r) => child.on('close', (_code, signal) => r(signal)));

  if (rand() < 0.2) await Promise.race([sleep(Math.floor(rand() * 200)), closed]);
  else await Promise.race([ready.then(() => sleep(Math.floor(rand() * 40))), closed]);
  child.kill('SIGKILL');
  const signal = await closed;
  return { acked, killed: signal === 'SIGKILL', stderr };
}

function verify(dbPath: string, acked: readonly number[]): { integrity: string; missing: number[]; current: number } {
  const db = new Database(dbPath);
  try {
    const integrity = db.prepare<[], { integrity_check: string }>('PRAGMA integrity_check').all().map((r) => r.integrity_check).join('; ');
    const present = new Set(
      db.prepare<[string], { version: number }>('SELECT version FROM scenario_versions WHERE scenario_id = ?').all(SCENARIO_ID).map((r) => r.version),
    );
    const current = db.prepare<[string], { current_version: number }>('SELECT current_version FROM scenarios WHERE id = ?').get(SCENARIO_ID)?.current_version ?? 0;
    return { integrity, missing: acked.filter((v) => !present.has(v)), current };
  } finally {
    db.close();
  }
}

async function tortureOne(index: number): Promise<{ kills: number; acked: number }> {
  const dir = join(tmp.dir, `db-${String(index)}`);
  mkdirSync(dir);
  const setup = openTestStore(dir, { newId: () => SCENARIO_ID });
  setup.createScenario({ name: 'crash test', scenario: { name: 'crash test' } });
  const dbPath = setup.path;
  setup.close();

  const rand = prng(1000 + index);
  const acked: number[] = [];
  for (let k = 0; k < KILLS_PER_DATABASE; k += 1) {
    const result = await runAndKill(dbPath, rand);
    if (!result.killed) throw new Error(`writer exited on its own: ${result.stderr.slice(0, 500)}`);
    acked.push(...result.acked);
    const check = verify(dbPath, acked);
    expect(check.integrity, `database ${String(index)}, kill ${String(k)}`).toBe('ok');
    expect(check.missing, `database ${String(index)}, kill ${String(k)}`).toEqual([]);
    expect(check.current).toBeGreaterThanOrEqual(Math.max(1, ...acked));
  }
  const reopened = openTestStore(dir);
  try {
    expect(reopened.outcome.status).toBe('ok');
    expect(reopened.getScenario(SCENARIO_ID).version).toBeGreaterThanOrEqual(Math.max(1, ...acked));
  } finally {
    reopened.close();
  }
  return { kills: KILLS_PER_DATABASE, acked: acked.length };
}

describe('crash safety', () => {
  it('keeps every acknowledged autosave and an intact file through 200 SIGKILLs', async () => {
    const results: { kills: number; acked: number }[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < DATABASES) {
        const index = next;
        next += 1;
        results.push(await tortureOne(index));
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    expect(results.reduce((n, r) => n + r.kills, 0)).toBe(DATABASES * KILLS_PER_DATABASE);
    // The kills must land while saves are happening, not only before the first save.
    expect(results.reduce((n, r) => n + r.acked, 0)).toBeGreaterThan(DATABASES * KILLS_PER_DATABASE);
  }, 120_000);
});

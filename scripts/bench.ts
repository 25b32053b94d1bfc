import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

const dir = fileURLToPath(new URL('./bench/', import.meta.url));

/** Runs every scripts/bench/*.bench.ts module in name order; each exports `run(): Promise<void>` printing its own lines. */
async function main(): Promise<number> {
  const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
  let failed = 0;
  for (const f of files) {
    process.stdout.write(`== ${f}\n`);
    const mod: unknown = await import(pathToFileURL(join(dir, f)).href);
    const run: unknown = typeof mod === 'object' && mod !== null ? Reflect.get(mod, 'run') : undefined;
    if (typeof run !== 'function') {
      process.stderr.write(`${f}: exports no run() function\n`);
      failed++;
      continue;
    }
    try {
      await Promise.resolve(run());
    } catch (e) {
      process.stderr.write(`${f}: ${e instanceof Error ? e.message : String(e)}\n`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);

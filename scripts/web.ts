// `npm run web`: serves the built app on 127.0.0.1 with the same backend as the desktop app, for browsers.
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultDatabasePath } from '../electron/db/default-paths';
import { startWebHost, type WebHost } from '../electron/web/web-host';

const USAGE = `Usage: npm run web -- [--data FILE] [--port N]
  --data FILE  the database file (default: $TUIYAN_DATA/tuiyan.db when TUIYAN_DATA names a folder, else ~/.tuiyan/tuiyan.db)
  --port N     the port on 127.0.0.1 (default: a free one)`;

/** The database file: --data, else tuiyan.db in the TUIYAN_DATA folder (as the desktop app uses it), else ~/.tuiyan/tuiyan.db. */
function dataPath(flag: string | undefined): string {
  if (flag) return resolve(flag);
  const folder = process.env['TUIYAN_DATA']?.trim();
  return defaultDatabasePath(folder ? resolve(folder) : join(homedir(), '.tuiyan'));
}

function fail(message: string): never {
  process.stderr.write(`Tuiyan web: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let values: { data?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean' } } }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port: a whole number 0–65535, got "${values.port}"`);
  const rendererDir = fileURLToPath(new URL('../out/renderer/', import.meta.url));
  if (!existsSync(join(rendererDir, 'index.html'))) fail(`no built app in ${rendererDir}; run \`npm run build\` first (npm run web does it)`);
  const dbPath = dataPath(values.data);
  mkdirSync(dirname(dbPath), { recursive: true });
  let host: WebHost;
  try {
    host = await startWebHost({ dbPath, rendererDir, port });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  process.stdout.write(`Tuiyan data: ${host.dataPath}\n`);
  if (host.outcome.status === 'recovered') {
    process.stdout.write(`Tuiyan data: the database was damaged (${host.outcome.reason}); it was moved to ${host.outcome.movedTo} and a new one started.\n`);
  }
  process.stdout.write(`Tuiyan web: ${host.url}\n`);
  const running = host;
  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    running.close().then(
      () => process.exit(0),
      (error: unknown) => fail(`closing: ${error instanceof Error ? error.message : String(error)}`),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

await main();

import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import packageJson from '../../package.json';
import type { Plan } from '../../shared/plan/plan-schema';
import { INTERNAL_ERROR, type ErrorLog } from '../api/dispatch';
import { createHandlers } from '../api/handlers';
import { openStore } from '../db/open-store';
import type { OpenOutcome } from '../db/store-types';
import { APP_CSP } from '../main/csp';
import { API_PREFIX, handleApi, refuse } from './api-route';
import { isAllowedHost } from './request-guards';
import { loadSeedPlan } from './seed-plan';
import { isPageRoute, lookupStatic, sendFile } from './static-files';

/** Where the web host keeps its data and finds the built renderer. `port` 0 (default) picks a free port. */
export interface WebHostOptions {
  dbPath: string;
  rendererDir: string;
  port?: number;
  backupDir?: string;
  plan?: Plan;
  log?: ErrorLog;
}

/** A running web host: its address (`url` carries the token), the launch token, and `close()` (server, then database). */
export interface WebHost {
  url: string;
  origin: string;
  token: string;
  port: number;
  dataPath: string;
  outcome: OpenOutcome;
  close(): Promise<void>;
}

const PAGE_HEADERS = {
  'Content-Security-Policy': APP_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

async function serveStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string, rawPath: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    refuse(res, { code: 'NOT_ALLOWED', message: 'only GET and HEAD for pages' });
    return;
  }
  const found = await lookupStatic(rendererDir, rawPath);
  if (found.kind === 'refused') {
    refuse(res, { code: 'FORBIDDEN', message: 'that path is outside the app' });
    return;
  }
  if (found.kind === 'file') {
    const html = found.file.endsWith('.html');
    await sendFile(req, res, found.file, { ...PAGE_HEADERS, 'Cache-Control': html ? 'no-store' : 'no-cache' });
    return;
  }
  const index = isPageRoute(rawPath) ? await lookupStatic(rendererDir, '/index.html') : found;
  if (index.kind === 'file') {
    await sendFile(req, res, index.file, { ...PAGE_HEADERS, 'Cache-Control': 'no-store' });
    return;
  }
  refuse(res, { code: 'NOT_FOUND', message: 'no such file (has `electron-vite build` run?)' });
}

/**
 * Starts the loopback web host behind `npm run web`: opens the store at `dbPath`, serves the built renderer
 * from `rendererDir` (out/renderer) and the API at POST /api/<channel>, on 127.0.0.1 only. Every API call
 * needs the per-launch random token; every request needs a loopback Host header (DNS-rebinding guard).
 */
export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const store = openStore({ path: opts.dbPath, plan: opts.plan ?? loadSeedPlan(), ...(opts.backupDir ? { backupDir: opts.backupDir } : {}) });
  const handlers = createHandlers({ store, appVersion: packageJson.version });
  const token = randomBytes(32).toString('base64url');
  const log: ErrorLog = opts.log ?? ((where, error) => process.stderr.write(`[tuiyan web] ${where}: ${String(error)}\n`));
  let port = 0;
  const server = createServer((req, res) => {
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    const work = async (): Promise<void> => {
      if (!isAllowedHost(req.headers.host, port)) {
        refuse(res, { code: 'FORBIDDEN', message: 'unexpected Host header: use http://127.0.0.1:<port>/' });
        return;
      }
      if (rawPath.startsWith(API_PREFIX)) {
        await handleApi(req, res, rawPath, { handlers, token, port, dispatchOptions: opts.log ? { log: opts.log } : {} });
        return;
      }
      await serveStatic(req, res, opts.rendererDir, rawPath);
    };
    work().catch((error: unknown) => {
      log(rawPath, error);
      if (!res.headersSent) refuse(res, INTERNAL_ERROR);
      else res.destroy();
    });
  });
  try {
    await new Promise<void>((resolveListen, rejectListen) => {
      server.once('error', rejectListen);
      server.listen({ host: '127.0.0.1', port: opts.port ?? 0 }, () => {
        server.off('error', rejectListen);
        resolveListen();
      });
    });
  } catch (error) {
    store.close();
    throw error;
  }
  const address = server.address();
  port = typeof address === 'object' && address !== null ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  let closed = false;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    dataPath: store.path,
    outcome: store.outcome,
    close: async () => {
      if (closed) return;
      closed = true;
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      store.close();
    },
  };
}

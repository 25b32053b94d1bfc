import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBridge, type BridgeInvoke } from '../../../shared/api/bridge';
import { channelSchemas } from '../../../shared/api/channel-schemas';
import { dispatch } from '../../../electron/api/dispatch';
import { createHandlers } from '../../../electron/api/handlers';
import { openStore } from '../../../electron/db/open-store';
import type { Store } from '../../../electron/db/store-types';
import { loadSeedPlan } from '../../../electron/web/seed-plan';
import { startWebHost, type WebHost } from '../../../electron/web/web-host';
import { ApiFailure, createClient, pageTransport, type ApiClient } from '../../../renderer/api/client';
import { createHttpTransport } from '../../../renderer/api/http-transport';
import { createIpcTransport } from '../../../renderer/api/ipc-transport';

let dir: string;
let host: WebHost;
let store: Store;
let http: ApiClient;
let ipc: ApiClient;
let invoke: BridgeInvoke;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tuiyan-client-'));
  mkdirSync(join(dir, 'site'));
  writeFileSync(join(dir, 'site', 'index.html'), '<!doctype html>');
  host = await startWebHost({ dbPath: join(dir, 'web', 'tuiyan.db'), rendererDir: join(dir, 'site') });
  http = createClient(createHttpTransport({ token: host.token, baseUrl: host.origin }));
  store = openStore({ path: join(dir, 'ipc', 'tuiyan.db'), plan: loadSeedPlan() });
  const handlers = createHandlers({ store, appVersion: 'x' });
  // Like ipcRenderer.invoke: the payload and the answer are copied by structured clone.
  invoke = async (channel, payload) => {
    const answer = structuredClone(await dispatch(handlers, channel, structuredClone(payload)));
    return answer.ok ? { ok: true, value: channelSchemas[channel].result.parse(answer.value) } : answer;
  };
  const bridge = createBridge(invoke, () => () => undefined);
  ipc = createClient(createIpcTransport(bridge));
});

afterAll(async () => {
  await host.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function failure(p: Promise<unknown>): Promise<ApiFailure> {
  try {
    await p;
  } catch (error) {
    if (error instanceof ApiFailure) return error;
    throw error;
  }
  throw new Error('expected an ApiFailure');
}

/** A session of calls; ids and timestamps differ between stores, everything else must not. */
async function session(client: ApiClient): Promise<unknown[]> {
  const out: unknown[] = [];
  const a = await client.call('scenario:create', { name: 'A', from: 'previous-plan' });
  out.push({ ...a, id: '-', createdAt: '-', updatedAt: '-' });
  const b = await client.call('scenario:update', { id: a.id, scenario: { ...a.scenario, horizon: 2030 }, expectedVersion: 1 });
  out.push([b.version, b.scenario, b.canUndo, b.canRedo]);
  const u = await client.call('scenario:undo', { id: a.id });
  out.push([u.version, u.scenario, u.canRedo]);
  const file = await client.call('scenario:export', { id: a.id });
  out.push(file);
  const imported = await client.call('scenario:import', { file });
  out.push(imported.name);
  const bad = await failure(client.call('scenario:update', { id: a.id, scenario: { name: 'A', indicators: { gdp: { growth: 11 } } }, expectedVersion: 1 }));
  out.push([bad.code, bad.path, bad.message]);
  const conflict = await failure(client.call('scenario:update', { id: a.id, scenario: { name: 'A' }, expectedVersion: 9 }));
  out.push([conflict.code, conflict.path]);
  const missing = await failure(client.call('scenario:get', { id: 'nope' }));
  out.push([missing.code, missing.message]);
  out.push(await client.call('settings:set', { patch: { language: 'en' } }));
  out.push((await client.call('plan:get', {})).indicators.length);
  return out;
}

describe('the two transports', () => {
  it('give the renderer the same results and the same errors', async () => {
    const overHttp = await session(http);
    const overIpc = await session(ipc);
    expect(overHttp).toEqual(overIpc);
    expect(overHttp[5]).toEqual(['INVALID_PAYLOAD', 'scenario.indicators.gdp.growth', expect.stringContaining('scenario.indicators.gdp.growth')]);
    expect(overHttp[6]).toEqual(['CONFLICT', undefined]);
  });

  it('reports a missing or wrong token as UNAUTHORIZED', async () => {
    const noToken = createClient(createHttpTransport({ token: null, baseUrl: host.origin }));
    expect((await failure(noToken.call('scenario:list', {}))).code).toBe('UNAUTHORIZED');
    const wrong = createClient(createHttpTransport({ token: 'wrong', baseUrl: host.origin }));
    expect((await failure(wrong.call('scenario:list', {}))).code).toBe('UNAUTHORIZED');
  });

  it('reports an unreachable host as NETWORK and a non-JSON answer as BAD_RESPONSE', async () => {
    const gone = createClient(createHttpTransport({ token: 't', baseUrl: 'http://127.0.0.1:1' }));
    expect((await failure(gone.call('scenario:list', {}))).code).toBe('NETWORK');
    const html = createClient(createHttpTransport({ token: 't', fetchFn: async () => new Response('<html>', { status: 502 }) }));
    expect((await failure(html.call('scenario:list', {}))).code).toBe('BAD_RESPONSE');
    const shape = createClient(createHttpTransport({ token: 't', fetchFn: async () => Response.json({ ok: true, value: [{ id: 1 }] }) }));
    expect((await failure(shape.call('scenario:list', {}))).code).toBe('BAD_RESPONSE');
  });

  it('picks IPC when the page has window.api, HTTP otherwise', async () => {
    const bridge = createBridge(invoke, () => () => undefined);
    const noPage = { location: { href: 'app://tuiyan/' }, history: { replaceState: () => undefined }, sessionStorage: { getItem: () => null, setItem: () => undefined } };
    const withApi = createClient(pageTransport({ ...noPage, api: bridge }));
    expect((await withApi.call('scenario:list', {})).map((s) => s.name).sort()).toEqual(['A', 'A (导入)']);
    const page = {
      location: { href: `${host.origin}/?token=${host.token}` },
      history: { replaceState: () => undefined },
      sessionStorage: { getItem: () => null, setItem: () => undefined },
    };
    const overHttp = createClient(pageTransport(page));
    await expect(overHttp.call('scenario:list', {})).rejects.toMatchObject({ code: 'NETWORK' });
  });
});

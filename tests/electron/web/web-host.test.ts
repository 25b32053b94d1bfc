import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebHost, type WebHost } from '../../../electron/web/web-host';
import { apiRequest, rawRequest } from './raw-request';

const SECRET = 'TOP-SECRET-OUTSIDE-THE-APP';
let dir: string;
let host: WebHost;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tuiyan-web-'));
  const site = join(dir, 'site');
  mkdirSync(join(site, 'assets'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>index page</title>');
  writeFileSync(join(site, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(site, 'assets', 'style.css'), 'body{}');
  writeFileSync(join(site, 'assets', 'font.woff2'), 'w');
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  writeFileSync(join(dir, 'site-secret.txt'), SECRET);
  host = await startWebHost({ dbPath: join(dir, 'data', 'tuiyan.db'), rendererDir: site });
});

afterAll(async () => {
  await host.close();
  rmSync(dir, { recursive: true, force: true });
});

function metaCsp(): string {
  const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
  const match = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('renderer/index.html has no CSP meta');
  return match[1];
}

describe('web host: where it listens and who may call', () => {
  it('listens on 127.0.0.1 only, on the port it reports', async () => {
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const external = Object.values(networkInterfaces()).flat().find((a) => a && a.family === 'IPv4' && !a.internal);
    if (external) {
      const refused = await new Promise<boolean>((resolve) => {
        const socket = connect({ host: external.address, port: host.port });
        socket.on('connect', () => {
          socket.destroy();
          resolve(false);
        });
        socket.on('error', () => resolve(true));
      });
      expect(refused).toBe(true);
    }
  });

  it('answers 401 without a token or with a wrong one, 200 with the right one', async () => {
    const none = await apiRequest(host.port, 'scenario:list', {});
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await apiRequest(host.port, 'scenario:list', {}, `${host.token.slice(0, -1)}A`);
    expect(wrong.status).toBe(401);
    const short = await apiRequest(host.port, 'scenario:list', {}, 'abc');
    expect(short.status).toBe(401);
    const basic = await rawRequest({ port: host.port, path: '/api/scenario:list', method: 'POST', headers: { Authorization: host.token, 'Content-Type': 'application/json' }, body: '{}' });
    expect(basic.status).toBe(401);
    const good = await apiRequest(host.port, 'scenario:list', {}, host.token);
    expect(good.status).toBe(200);
    expect(JSON.parse(good.body)).toEqual({ ok: true, value: [] });
    expect(good.headers['cache-control']).toBe('no-store');
  });

  it('answers 403 to a Host header other than 127.0.0.1:<port> or localhost:<port> (DNS rebinding)', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, `0.0.0.0:${host.port}`, '127.0.0.1']) {
      const r = await rawRequest({ port: host.port, path: '/', host: hostHeader });
      expect(r.status, hostHeader).toBe(403);
      const api = await apiRequest(host.port, 'scenario:list', {}, host.token, { Host: hostHeader });
      expect(api.status, hostHeader).toBe(403);
    }
    expect((await rawRequest({ port: host.port, path: '/', host: `localhost:${host.port}` })).status).toBe(200);
  });

  it('answers 403 to a call from another origin even with the token', async () => {
    const r = await apiRequest(host.port, 'scenario:list', {}, host.token, { Origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    const same = await apiRequest(host.port, 'scenario:list', {}, host.token, { Origin: host.origin });
    expect(same.status).toBe(200);
  });

  it('refuses wrong methods, media types, bad JSON and bodies over 2 MB', async () => {
    const get = await rawRequest({ port: host.port, path: '/api/scenario:list', headers: { Authorization: `Bearer ${host.token}` } });
    expect(get.status).toBe(405);
    const text = await rawRequest({ port: host.port, path: '/api/scenario:list', method: 'POST', headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'text/plain' }, body: '{}' });
    expect(text.status).toBe(415);
    const bad = await rawRequest({ port: host.port, path: '/api/scenario:list', method: 'POST', headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' }, body: '{"a":' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ error: { code: 'INVALID_PAYLOAD', path: '(root)' } });
    const big = await apiRequest(host.port, 'scenario:create', { name: 'x', scenario: { name: 'x', description: 'y'.repeat(2 * 1024 * 1024) } }, host.token);
    expect(big.status).toBe(413);
    const unknown = await apiRequest(host.port, 'scenario:explode', {}, host.token);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('runs calls through the shared handlers, with field paths in errors', async () => {
    const created = JSON.parse((await apiRequest(host.port, 'scenario:create', { name: 'web' }, host.token)).body);
    expect(created).toMatchObject({ ok: true, value: { name: 'web', version: 1 } });
    const invalid = await apiRequest(host.port, 'scenario:update', { id: created.value.id, scenario: { name: 'web', indicators: { gdp: { growth: 'fast' } } }, expectedVersion: 1 }, host.token);
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD', path: 'scenario.indicators.gdp.growth' } });
    const pollution = await rawRequest({
      port: host.port, path: '/api/settings:set', method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: '{"patch":{"__proto__":{"polluted":true}}}',
    });
    expect(JSON.parse(pollution.body)).toMatchObject({ error: { code: 'INVALID_PAYLOAD', path: 'patch.__proto__' } });
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
  });
});

describe('web host: static files', () => {
  it('serves the app with its MIME types and the CSP of renderer/index.html', async () => {
    const index = await rawRequest({ port: host.port, path: '/?token=abc' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('index page');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(metaCsp());
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await rawRequest({ port: host.port, path: '/assets/app.js' })).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await rawRequest({ port: host.port, path: '/assets/style.css' })).headers['content-type']).toBe('text/css; charset=utf-8');
    expect((await rawRequest({ port: host.port, path: '/assets/font.woff2' })).headers['content-type']).toBe('font/woff2');
    const head = await rawRequest({ port: host.port, path: '/assets/app.js', method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('falls back to index.html for page routes, 404 for missing assets', async () => {
    const route = await rawRequest({ port: host.port, path: '/scenarios/42' });
    expect(route.status).toBe(200);
    expect(route.body).toContain('index page');
    expect((await rawRequest({ port: host.port, path: '/assets/missing.js' })).status).toBe(404);
    expect((await rawRequest({ port: host.port, path: '/', method: 'POST' })).status).toBe(405);
  });

  it('never serves a file outside the app folder', async () => {
    const attempts = [
      '/../secret.txt',
      '/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/%2E%2E/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/....//secret.txt',
      '/%252e%252e/secret.txt',
      '/../site-secret.txt',
      '/assets/%00../../secret.txt',
      '/%c0%ae%c0%ae/secret.txt',
      '//etc/passwd',
      '/../../../../../../../../etc/passwd',
    ];
    for (const path of attempts) {
      const r = await rawRequest({ port: host.port, path });
      expect(r.body, path).not.toContain(SECRET);
      expect(r.body, path).not.toMatch(/root:.*:0:0:/);
      expect([200, 400, 403, 404], path).toContain(r.status);
      if (r.status === 200) expect(r.body, path).toContain('index page');
    }
    expect((await rawRequest({ port: host.port, path: '/../secret.txt' })).status).toBe(403);
    expect((await rawRequest({ port: host.port, path: '/..%2fsecret.txt' })).status).toBe(403);
  });
});

describe('web host: closing', () => {
  it('stops listening and closes the database so it can be opened again', async () => {
    const own = mkdtempSync(join(tmpdir(), 'tuiyan-web-close-'));
    mkdirSync(join(own, 'site'));
    writeFileSync(join(own, 'site', 'index.html'), 'x');
    const dbPath = join(own, 'tuiyan.db');
    const first = await startWebHost({ dbPath, rendererDir: join(own, 'site') });
    expect((await apiRequest(first.port, 'scenario:create', { name: 'kept' }, first.token)).status).toBe(200);
    await first.close();
    await first.close();
    await expect(rawRequest({ port: first.port, path: '/' })).rejects.toThrow();
    const second = await startWebHost({ dbPath, rendererDir: join(own, 'site') });
    expect(second.token).not.toBe(first.token);
    const list = JSON.parse((await apiRequest(second.port, 'scenario:list', {}, second.token)).body);
    expect(list.value.map((s: { name: string }) => s.name)).toEqual(['kept']);
    expect((await apiRequest(second.port, 'scenario:list', {}, first.token)).status).toBe(401);
    await second.close();
    rmSync(own, { recursive: true, force: true });
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Net, Protocol } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { resolveAppFile, serveAppProtocol } from '../../../electron/main/app-protocol';
import { APP_CSP } from '../../../electron/main/csp';
import { appPaths, devServerUrl, preloadPath, rendererDir } from '../../../electron/main/paths';

vi.mock('electron', () => ({}));

describe('paths', () => {
  it('keeps the database and window state in userData unless TUIYAN_DATA overrides it', () => {
    expect(appPaths('/home/u/.config/Tuiyan', {})).toEqual({
      dataDir: '/home/u/.config/Tuiyan',
      dbPath: '/home/u/.config/Tuiyan/tuiyan.db',
      backupDir: '/home/u/.config/Tuiyan/backups',
      windowStatePath: '/home/u/.config/Tuiyan/window-state.json',
    });
    expect(appPaths('/home/u/.config/Tuiyan', { TUIYAN_DATA: '/tmp/t1' }).dbPath).toBe('/tmp/t1/tuiyan.db');
    expect(appPaths('/home/u/.config/Tuiyan', { TUIYAN_DATA: '  ' }).dbPath).toBe('/home/u/.config/Tuiyan/tuiyan.db');
  });

  it('finds the built preload and renderer next to the built main', () => {
    const main = pathToFileURL('/opt/tuiyan/resources/app.asar/out/main/index.js').href;
    expect(preloadPath(main)).toBe('/opt/tuiyan/resources/app.asar/out/preload/index.cjs');
    expect(rendererDir(main)).toBe('/opt/tuiyan/resources/app.asar/out/renderer/');
  });

  it('uses the dev server only when not packaged', () => {
    expect(devServerUrl(false, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBe('http://localhost:5173');
    expect(devServerUrl(true, { ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBeUndefined();
    expect(devServerUrl(false, {})).toBeUndefined();
  });
});

describe('app:// protocol', () => {
  const root = mkdtempSync(join(tmpdir(), 'tuiyan-renderer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {}');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAppFile(root, 'app://tuiyan/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://tuiyan/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://tuiyan/assets/app.js?v=1#top')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveAppFile(root, 'app://tuiyan/assets/%E6%8E%A8.js')).toBe(join(root, 'assets', '推.js'));
  });

  it('refuses other hosts, escapes out of the folder and malformed escapes (plain dot segments stay inside)', () => {
    expect(resolveAppFile(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppFile(root, 'https://tuiyan/index.html')).toBeNull();
    expect(resolveAppFile(root, 'app://tuiyan/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppFile(root, 'app://tuiyan/..%2F..%2Fetc%2Fpasswd')).toBeNull();
    expect(resolveAppFile(root, 'app://tuiyan/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveAppFile(root, 'app://tuiyan/..%5C..%5Cwindows')).toBeNull();
    expect(resolveAppFile(root, 'app://tuiyan/%E0%A4%A')).toBeNull();
    expect(resolveAppFile(root, 'app://tuiyan/a%00b')).toBeNull();
  });

  it('serves files with the CSP header and 404s anything outside', async () => {
    let handler: ((request: Request) => Promise<Response>) | null = null;
    const protocol = {
      handle: (scheme: string, h: (request: Request) => Promise<Response>) => {
        expect(scheme).toBe('app');
        handler = h;
      },
    };
    const fetched: string[] = [];
    const net = {
      fetch: async (url: string) => {
        fetched.push(url);
        return new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } });
      },
    };
    serveAppProtocol(protocol as unknown as Protocol, net as unknown as Net, root, APP_CSP);
    const serve = (url: string, method = 'GET'): Promise<Response> => {
      if (!handler) throw new Error('no handler registered');
      return handler(new Request(url, { method }));
    };
    expect((await serve('http://placeholder/')).status).toBe(404);
    const own = await serve('app://tuiyan/index.html');
    expect(own.status).toBe(200);
    expect(own.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(own.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await serve('app://tuiyan/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(fetched).toEqual([pathToFileURL(resolve(root, 'index.html')).href, pathToFileURL(resolve(root, 'assets', 'app.js')).href]);
    expect((await serve('app://tuiyan/..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
    expect((await serve('app://tuiyan/index.html', 'POST')).status).toBe(404);
    expect(fetched).toHaveLength(2);
  });
});

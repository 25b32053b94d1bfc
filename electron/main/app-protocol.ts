import { extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Net, Protocol } from 'electron';
import { APP_SCHEME, PACKAGED_ORIGIN, isAppUrl } from './security';

/**
 * Privileges for `app://`: a standard, secure scheme so pages get a real origin (module workers, storage,
 * relative URLs) instead of `file://`. Must be registered before the app is ready.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Content types of the files a Vite build emits; module scripts and workers need an exact JavaScript type. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/**
 * Maps an `app://tuiyan/...` URL to a file inside `rootDir` (the built renderer). Returns null for
 * another origin, a malformed escape, or a path that would leave `rootDir`. A trailing `/` means index.html.
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  if (!isAppUrl(url, PACKAGED_ORIGIN)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  if (pathname.endsWith('/')) pathname += 'index.html';
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname}`);
  return file.startsWith(root + sep) ? file : null;
}

/**
 * Serves the built renderer over `app://tuiyan/`. HTML responses carry the CSP header directly (the
 * session's header hook adds it too where Electron routes custom schemes through webRequest).
 */
export function serveAppProtocol(protocol: Protocol, net: Net, rootDir: string, csp: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(rootDir, request.url);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('Not found', { status: 404 });
    }
    const fetched = await net.fetch(pathToFileURL(file).toString());
    if (!fetched.ok) return new Response('Not found', { status: 404 });
    const headers = new Headers(fetched.headers);
    const type = CONTENT_TYPES[extname(file).toLowerCase()];
    if (type) headers.set('Content-Type', type);
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(fetched.body, { status: 200, headers });
  });
}

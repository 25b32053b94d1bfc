import { pathToFileURL } from 'node:url';
import type { Net, Protocol } from 'electron';
import { mimeType } from '../web/mime-types';
import { resolveUrlPath } from '../web/static-files';
import { APP_SCHEME, PACKAGED_ORIGIN, isAppUrl } from './security';

/**
 * Privileges for `app://`: a standard, secure scheme so pages get a real origin (module workers, storage,
 * relative URLs) instead of `file://`. Must be registered before the app is ready.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/**
 * Maps an `app://tuiyan/...` URL to a file inside `rootDir` (the built renderer). Returns null for
 * another origin, a malformed escape, or a path that would leave `rootDir`. A trailing `/` means index.html.
 */
export function resolveAppFile(rootDir: string, url: string): string | null {
  return isAppUrl(url, PACKAGED_ORIGIN) ? resolveUrlPath(rootDir, new URL(url).pathname) : null;
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
    headers.set('Content-Type', mimeType(file));
    headers.set('Content-Security-Policy', csp);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(fetched.body, { status: 200, headers });
  });
}

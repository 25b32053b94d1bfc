import type { Session, WebContents } from 'electron';

/** The privileged scheme the packaged app serves its pages from (standard, secure, fetch-capable). */
export const APP_SCHEME = 'app';

/** The origin of the packaged app's pages: `app://tuiyan`. */
export const PACKAGED_ORIGIN = `${APP_SCHEME}://tuiyan`;

/**
 * The one origin whose pages may run in our window and call the API: the Vite dev server's origin when
 * `devServerUrl` is set (development), otherwise `app://tuiyan`.
 */
export function appOrigin(devServerUrl: string | undefined): string {
  if (devServerUrl) {
    const parsed = parseUrl(devServerUrl);
    if (parsed) return `${parsed.protocol}//${parsed.host}`;
  }
  return PACKAGED_ORIGIN;
}

/**
 * True when `url` has exactly the scheme, host and port of `origin` and carries no credentials.
 * Compares parts rather than `URL.origin`, which is opaque ("null") for custom schemes.
 */
export function isAppUrl(url: string, origin: string): boolean {
  const target = parseUrl(url);
  const own = parseUrl(origin);
  if (!target || !own) return false;
  return (
    target.protocol === own.protocol &&
    target.host === own.host &&
    target.host !== '' &&
    target.username === '' &&
    target.password === ''
  );
}

/**
 * Locks down one web contents: no new windows, no navigation or redirect away from the app's origin,
 * no <webview>. Applied to every web contents the app creates.
 */
export function hardenWebContents(contents: WebContents, origin: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, origin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, origin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/**
 * Denies every permission request and check (camera, notifications, clipboard read, …) and sets the
 * CSP response header on everything served from the app's origin.
 */
export function hardenSession(session: Session, origin: string, csp: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url, origin)) {
      callback({});
      return;
    }
    callback({ responseHeaders: withCsp(details.responseHeaders ?? {}, csp) });
  });
}

/** Response headers with any existing CSP header (any letter case) replaced by `csp`. */
export function withCsp(headers: Record<string, string[]>, csp: string): Record<string, string[]> {
  const kept = Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [csp] };
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

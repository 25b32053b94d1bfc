import type { Channel } from '../../shared/api/contract';
import type { Payload } from '../../shared/api/types';
import { ApiFailure } from './api-failure';
import type { Transport } from './transport';

/** The sessionStorage key under which the web host's launch token is kept, so reloads keep working. */
export const TOKEN_STORAGE_KEY = 'tuiyan.token';

/** The parts of the page the token lookup touches (window.location, window.history, window.sessionStorage). */
export interface TokenSources {
  location: { href: string };
  history: { replaceState(data: unknown, unused: string, url?: string | URL | null): void };
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void };
}

/**
 * The web host's launch token: taken from the page URL's `?token=` on first load (then kept in
 * sessionStorage and removed from the address bar, so it does not linger in history or screenshots),
 * else the one kept from earlier in this tab. Null when neither exists.
 */
export function readLaunchToken(page: TokenSources): string | null {
  const url = new URL(page.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    page.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    page.history.replaceState(null, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return page.sessionStorage.getItem(TOKEN_STORAGE_KEY);
}

/** Where the HTTP transport sends calls: the web host's origin ('' for the page's own) and its token. */
export interface HttpTransportOptions {
  token: string | null;
  baseUrl?: string;
  fetchFn?: typeof fetch;
}

/**
 * The browser transport for `npm run web`: POST <baseUrl>/api/<channel> with the JSON payload and
 * `Authorization: Bearer <token>`. The host answers an ApiResponse as JSON whatever the status. There is
 * no native menu in a browser, so menu subscriptions never fire.
 */
export function createHttpTransport(opts: HttpTransportOptions): Transport {
  const fetchFn = opts.fetchFn ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const base = opts.baseUrl ?? '';
  return {
    async send<C extends Channel>(channel: C, payload: Payload<C>): Promise<unknown> {
      if (!opts.token) {
        throw new ApiFailure({ code: 'UNAUTHORIZED', message: 'no access token: open the link that `npm run web` printed' });
      }
      let response: Response;
      try {
        response = await fetchFn(`${base}/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${opts.token}` },
          body: JSON.stringify(payload),
        });
      } catch {
        throw new ApiFailure({ code: 'NETWORK', message: 'cannot reach the Tuiyan web host: is `npm run web` still running?' });
      }
      try {
        return await response.json();
      } catch {
        throw new ApiFailure({ code: 'BAD_RESPONSE', message: `the web host answered ${response.status} without JSON` });
      }
    },
    onMenuCommand: () => () => undefined,
  };
}

import { timingSafeEqual } from 'node:crypto';

/**
 * True when the Host header names this server on the loopback interface (`127.0.0.1:<port>` or
 * `localhost:<port>`). Anything else means the page was reached through another name, as in a DNS
 * rebinding attack, and is refused.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  const h = host.toLowerCase();
  return h === `127.0.0.1:${port}` || h === `localhost:${port}`;
}

/** True when an Origin header is absent (same-origin GET, tools) or is this server's own loopback origin. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const o = origin.toLowerCase();
  return o === `http://127.0.0.1:${port}` || o === `http://localhost:${port}`;
}

/** True when the Authorization header is exactly `Bearer <token>`; compared in constant time. */
export function hasBearerToken(authorization: string | undefined, token: string): boolean {
  if (authorization === undefined || !authorization.startsWith('Bearer ')) return false;
  const given = Buffer.from(authorization.slice('Bearer '.length), 'utf8');
  const expected = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

import { request } from 'node:http';

/** What came back from the server: status, headers (lower-case names) and body text. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Options of one raw HTTP request; `path` is sent exactly as given (no normalisation of `..` or escapes). */
export interface RawRequest {
  port: number;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  host?: string;
}

/**
 * Sends one HTTP/1.1 request to 127.0.0.1 with full control over the path and the Host header (fetch
 * normalises the first and forbids the second).
 */
export function rawRequest(opts: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Host: opts.host ?? `127.0.0.1:${opts.port}`, ...opts.headers };
    const req = request({ host: '127.0.0.1', port: opts.port, path: opts.path, method: opts.method ?? 'GET', headers, setHost: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

/** A POST /api/<channel> with a JSON body and, when given, the bearer token. */
export function apiRequest(port: number, channel: string, payload: unknown, token?: string, extra: Record<string, string> = {}): Promise<RawResponse> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...extra };
  if (token !== undefined) headers['Authorization'] = `Bearer ${token}`;
  return rawRequest({ port, path: `/api/${channel}`, method: 'POST', headers, body: JSON.stringify(payload) });
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_PAYLOAD_BYTES } from '../../shared/api/fields';
import type { ApiError, ApiResponse } from '../../shared/api/types';
import { dispatch, type DispatchOptions } from '../api/dispatch';
import type { HandlerMap } from '../api/handler-map';
import { PAYLOAD_TOO_LARGE } from '../api/payload-screen';
import { hasBearerToken, isAllowedOrigin } from './request-guards';

/** The prefix of every API path: POST /api/<channel>. */
export const API_PREFIX = '/api/';

const STATUS: Readonly<Record<string, number>> = {
  INVALID_PAYLOAD: 400,
  INVALID: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_CHANNEL: 404,
  NOT_ALLOWED: 405,
  CONFLICT: 409,
  TOO_NEW: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
};

/**
 * The HTTP status for an answer: 200 when ok, else by error code. Failures of the host itself (INTERNAL, the
 * store's IO and DAMAGED, the exports' WRITE_FAILED, NOT_SUPPORTED and EXPORT_FAILED) and unknown codes are 500.
 */
export function httpStatus(response: ApiResponse): number {
  return response.ok ? 200 : (STATUS[response.error.code] ?? 500);
}

/** Writes an ApiResponse as JSON, never cached, never sniffed. */
function sendJson(res: ServerResponse, response: ApiResponse, extra: Record<string, string> = {}): void {
  const body = JSON.stringify(response);
  res.writeHead(httpStatus(response), {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body, 'utf8')),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(body);
}

/** Answers a refused request as ApiError JSON; the status follows the code (see httpStatus). */
export function refuse(res: ServerResponse, error: ApiError, extra: Record<string, string> = {}): void {
  sendJson(res, { ok: false, error }, extra);
}

/** Reads the body up to `limit` bytes; null when it is larger (the rest is not read). */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > limit) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** What the API route needs: the handler map, the launch token, the bound port, and dispatch options. */
export interface ApiRouteContext {
  handlers: HandlerMap;
  token: string;
  port: number;
  dispatchOptions: DispatchOptions;
}

/**
 * Answers POST /api/<channel>: requires the launch token (`Authorization: Bearer <token>`, else 401), a
 * same-origin or absent Origin (else 403), POST (else 405), a JSON body (else 415) of at most 2 MB (else
 * 413, unread), then runs the shared dispatcher. The Host header was checked by the caller.
 */
export async function handleApi(req: IncomingMessage, res: ServerResponse, rawPath: string, ctx: ApiRouteContext): Promise<void> {
  if (!hasBearerToken(req.headers.authorization, ctx.token)) {
    refuse(res, { code: 'UNAUTHORIZED', message: 'missing or wrong token: open the link `npm run web` printed' }, { 'WWW-Authenticate': 'Bearer' });
    return;
  }
  if (!isAllowedOrigin(req.headers.origin, ctx.port)) {
    refuse(res, { code: 'FORBIDDEN', message: 'requests from other sites are refused' });
    return;
  }
  if (req.method !== 'POST') {
    refuse(res, { code: 'NOT_ALLOWED', message: 'use POST for /api calls' }, { Allow: 'POST' });
    return;
  }
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    refuse(res, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'send the payload as application/json' });
    return;
  }
  const declared = Number(req.headers['content-length'] ?? '0');
  const body = declared > MAX_PAYLOAD_BYTES ? null : await readBody(req, MAX_PAYLOAD_BYTES);
  if (body === null) {
    refuse(res, PAYLOAD_TOO_LARGE, { Connection: 'close' });
    return;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(body.toString('utf8'));
  } catch {
    refuse(res, { code: 'INVALID_PAYLOAD', message: '(root): the body is not valid JSON', path: '(root)' });
    return;
  }
  let channel: string;
  try {
    channel = decodeURIComponent(rawPath.slice(API_PREFIX.length));
  } catch {
    channel = rawPath.slice(API_PREFIX.length);
  }
  sendJson(res, await dispatch(ctx.handlers, channel, payload, ctx.dispatchOptions));
}

import type { Page } from 'playwright-core';
import { channelSchemas } from '../../../shared/api/channel-schemas';
import type { Channel } from '../../../shared/api/contract';
import { apiErrorSchema, type ApiResponse, type Payload, type Result } from '../../../shared/api/types';

/** The sessionStorage key where renderer/api keeps the launch token (renderer/api/http-transport.ts). */
const TOKEN_KEY = 'tuiyan.token';

/** What a call made from inside the page got back: the HTTP status and the answer, checked against the contract. */
export interface PageApiAnswer<C extends Channel> {
  status: number;
  body: ApiResponse<C>;
}

interface InPageRequest {
  channel: string;
  body: string;
  token: string | null;
  useOwnToken: boolean;
  tokenKey: string;
}

function checked<C extends Channel>(channel: C, body: unknown): ApiResponse<C> {
  const ok = typeof body === 'object' && body !== null ? Reflect.get(body, 'ok') : undefined;
  if (ok === true) return { ok: true, value: channelSchemas[channel].result.parse(Reflect.get(Object(body), 'value')) };
  return { ok: false, error: apiErrorSchema.parse(Reflect.get(Object(body), 'error')) };
}

/**
 * Calls the web host's API from inside the page with fetch, as the renderer would: POST /api/<channel>
 * with the token found in the page (its URL's `?token=`, else the one renderer/api kept in sessionStorage).
 * `token: null` sends no Authorization header; a string sends that token instead.
 */
export async function callInPage<C extends Channel>(
  page: Page,
  channel: C,
  payload: Payload<C>,
  opts: { token?: string | null } = {},
): Promise<PageApiAnswer<C>> {
  const request: InPageRequest = {
    channel,
    body: JSON.stringify(payload),
    token: opts.token ?? null,
    useOwnToken: opts.token === undefined,
    tokenKey: TOKEN_KEY,
  };
  const answer = await page.evaluate(async (r: InPageRequest) => {
    const own = new URL(window.location.href).searchParams.get('token') ?? window.sessionStorage.getItem(r.tokenKey);
    const bearer = r.useOwnToken ? own : r.token;
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (bearer) headers['Authorization'] = `Bearer ${bearer}`;
    const response = await fetch(`/api/${r.channel}`, { method: 'POST', headers, body: r.body });
    return { status: response.status, text: await response.text() };
  }, request);
  return { status: answer.status, body: checked(channel, JSON.parse(answer.text)) };
}

/** Like callInPage, but returns the result, and throws (failing the test) with the error when the call is refused. */
export async function resultInPage<C extends Channel>(page: Page, channel: C, payload: Payload<C>): Promise<Result<C>> {
  const answer = await callInPage(page, channel, payload);
  if (!answer.body.ok) throw new Error(`${channel} → ${answer.status} ${answer.body.error.code}: ${answer.body.error.message}`);
  return answer.body.value;
}

import { channelSchemas } from '../../shared/api/channel-schemas';
import { isChannel, type Channel } from '../../shared/api/contract';
import type { ApiError, ApiResponse } from '../../shared/api/types';
import { StoreError } from '../db/store-types';
import { ExportError } from '../export/export-error';
import type { HandlerMap } from './handler-map';
import { issueToApiError } from './issue-to-error';
import { PayloadError } from './payload-error';
import { screenPayload } from './payload-screen';

/** How dispatch reports errors it hides from the window (the real error goes to stderr by default). */
export type ErrorLog = (channel: string, error: unknown) => void;

/** Options of dispatch: whether to check results against the contract (on except in production) and where to log. */
export interface DispatchOptions {
  checkResults?: boolean;
  log?: ErrorLog;
}

/** The answer for any error the window must not see in detail. */
export const INTERNAL_ERROR: ApiError = { code: 'INTERNAL', message: '内部错误 / internal error' };

function defaultLog(channel: string, error: unknown): void {
  process.stderr.write(`[tuiyan api] ${channel}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}

function defaultCheckResults(): boolean {
  return process.env['NODE_ENV'] !== 'production';
}

async function run<C extends Channel>(handlers: HandlerMap, channel: C, raw: unknown, opts: DispatchOptions): Promise<ApiResponse<C>> {
  const schemas = channelSchemas[channel];
  const parsed = schemas.payload.safeParse(raw);
  if (!parsed.success) return { ok: false, error: issueToApiError(parsed.error.issues) };
  const value = await handlers[channel](parsed.data);
  if (opts.checkResults ?? defaultCheckResults()) {
    const checked = schemas.result.safeParse(value);
    if (!checked.success) {
      (opts.log ?? defaultLog)(channel, new Error(`result does not match the contract: ${issueToApiError(checked.error.issues).message}`));
      return { ok: false, error: INTERNAL_ERROR };
    }
  }
  return { ok: true, value };
}

/**
 * Runs one call from either transport: refuses unknown channels (UNKNOWN_CHANNEL), screens and validates the
 * payload (INVALID_PAYLOAD with the field's dotted path, PAYLOAD_TOO_LARGE over 2 MB), calls the handler, and
 * maps errors to data: a StoreError keeps its code and message, a PayloadError becomes INVALID_PAYLOAD, and
 * anything else becomes INTERNAL (the real error is logged, never sent). Never throws.
 */
export async function dispatch(handlers: HandlerMap, channel: string, rawPayload: unknown, opts: DispatchOptions = {}): Promise<ApiResponse> {
  if (!isChannel(channel)) {
    const shown = channel.length > 60 ? `${channel.slice(0, 60)}…` : channel;
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `unknown channel "${shown}"` } };
  }
  const screened = screenPayload(rawPayload);
  if (screened) return { ok: false, error: screened };
  try {
    return await run(handlers, channel, rawPayload, opts);
  } catch (error) {
    if (error instanceof PayloadError) {
      return { ok: false, error: { code: 'INVALID_PAYLOAD', message: `${error.path}: ${error.message}`, path: error.path } };
    }
    if (error instanceof StoreError || error instanceof ExportError) return { ok: false, error: { code: error.code, message: error.message } };
    (opts.log ?? defaultLog)(channel, error);
    return { ok: false, error: INTERNAL_ERROR };
  }
}

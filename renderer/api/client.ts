import { channelSchemas } from '../../shared/api/channel-schemas';
import type { Channel } from '../../shared/api/contract';
import { apiErrorSchema, type MenuCommand, type Payload, type Result } from '../../shared/api/types';
import { ApiFailure } from './api-failure';
import { createHttpTransport, readLaunchToken, type TokenSources } from './http-transport';
import { createIpcTransport, isBridge } from './ipc-transport';
import type { Transport } from './transport';

export { ApiFailure } from './api-failure';

/** The calls the UI makes, over one transport. */
export interface ApiClient {
  call<C extends Channel>(channel: C, payload: Payload<C>): Promise<Result<C>>;
  onMenuCommand(callback: (command: MenuCommand) => void): () => void;
}

function answer<C extends Channel>(channel: C, raw: unknown): Result<C> {
  if (typeof raw === 'object' && raw !== null && Reflect.get(raw, 'ok') === true) {
    const value = channelSchemas[channel].result.safeParse(Reflect.get(raw, 'value'));
    if (value.success) return value.data;
    throw new ApiFailure({ code: 'BAD_RESPONSE', message: `the answer on ${channel} does not match the contract` });
  }
  const error = apiErrorSchema.safeParse(typeof raw === 'object' && raw !== null ? Reflect.get(raw, 'error') : undefined);
  if (error.success) throw new ApiFailure(error.data);
  throw new ApiFailure({ code: 'BAD_RESPONSE', message: `unreadable answer on ${channel}` });
}

/**
 * A client over one transport: `call` resolves to the channel's result (checked against the contract) or
 * throws an ApiFailure carrying the backend's error code, message and field path.
 */
export function createClient(transport: Transport): ApiClient {
  return {
    async call<C extends Channel>(channel: C, payload: Payload<C>): Promise<Result<C>> {
      return answer(channel, await transport.send(channel, payload));
    },
    onMenuCommand: (callback) => transport.onMenuCommand(callback),
  };
}

/**
 * The transport for this page, picked once: Electron IPC when the preload exposed `window.api`, else HTTP
 * to the web host that served the page, with the launch token from the URL or this tab's sessionStorage.
 */
export function pageTransport(page: TokenSources & { api?: unknown } = window): Transport {
  const bridge = page.api;
  if (isBridge(bridge)) return createIpcTransport(bridge);
  return createHttpTransport({ token: readLaunchToken(page) });
}

let pageClient: ApiClient | null = null;

function client(): ApiClient {
  pageClient ??= createClient(pageTransport());
  return pageClient;
}

/** Calls the backend on `channel`; resolves to its result or throws an ApiFailure (code, message, path). */
export async function call<C extends Channel>(channel: C, payload: Payload<C>): Promise<Result<C>> {
  return client().call(channel, payload);
}

/** Subscribes to native menu commands (never fire in a browser); returns the unsubscribe function. */
export function onMenuCommand(callback: (command: MenuCommand) => void): () => void {
  return client().onMenuCommand(callback);
}

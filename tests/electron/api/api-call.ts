import { channelSchemas } from '../../../shared/api/channel-schemas';
import type { Channel } from '../../../shared/api/contract';
import type { ApiError, Payload, Result } from '../../../shared/api/types';
import { dispatch } from '../../../electron/api/dispatch';
import type { HandlerMap } from '../../../electron/api/handler-map';

/** Calls a channel through dispatch and returns its checked result; fails the test with the error otherwise. */
export async function ok<C extends Channel>(handlers: HandlerMap, channel: C, payload: Payload<C>): Promise<Result<C>> {
  const response = await dispatch(handlers, channel, payload);
  if (!response.ok) throw new Error(`${channel} failed: ${response.error.code} ${response.error.message}`);
  return channelSchemas[channel].result.parse(response.value);
}

/** Calls a channel through dispatch (payload unchecked) and returns its error; fails the test when it succeeds. */
export async function fails(handlers: HandlerMap, channel: string, payload: unknown): Promise<ApiError> {
  const response = await dispatch(handlers, channel, payload);
  if (response.ok) throw new Error(`${channel} unexpectedly succeeded`);
  return response.error;
}

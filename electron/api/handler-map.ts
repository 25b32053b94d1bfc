import type { Channel } from '../../shared/api/contract';
import type { ParsedPayload, Result } from '../../shared/api/types';

/** The backend function behind channel C: gets the validated payload, returns (or resolves to) the result. */
export type Handler<C extends Channel> = (payload: ParsedPayload<C>) => Result<C> | Promise<Result<C>>;

/** One handler per channel; the same map serves Electron IPC and the loopback web host. */
export type HandlerMap = { readonly [C in Channel]: Handler<C> };

import { z } from 'zod';
import type { Channel, contract } from './contract';

/** What the window sends on channel C (the schema's input type: optional fields may be left out). */
export type Payload<C extends Channel> = z.input<(typeof contract)[C]['payload']>;

/** The payload after validation, as handlers receive it (defaults applied, strings trimmed). */
export type ParsedPayload<C extends Channel> = z.output<(typeof contract)[C]['payload']>;

/** What the backend answers on channel C. */
export type Result<C extends Channel> = z.output<(typeof contract)[C]['result']>;

/**
 * An error as it crosses the boundary: plain data, never a stack trace or SQL. `code` is one of
 * UNKNOWN_CHANNEL, INVALID_PAYLOAD, PAYLOAD_TOO_LARGE, NOT_FOUND, CONFLICT, TOO_NEW, DAMAGED, INVALID, IO,
 * INTERNAL (backend), UNAUTHORIZED, FORBIDDEN, NOT_ALLOWED (web host), NETWORK, BAD_RESPONSE (client side).
 * `path` names the offending field in dotted form (`scenario.indicators.gdp.growth`, `(root)` for the whole payload).
 */
export interface ApiError {
  code: string;
  message: string;
  path?: string;
}

/** The zod schema of an ApiError, for checking answers that arrive as JSON. */
export const apiErrorSchema = z.object({
  code: z.string().min(1).max(64),
  message: z.string().max(10_000),
  path: z.string().max(10_000).optional(),
});

/** The answer on channel C: the result, or an error as data. */
export type ApiResponse<C extends Channel = Channel> = { ok: true; value: Result<C> } | { ok: false; error: ApiError };

/** Commands the native menu sends to the window (main → renderer). */
export const MenuCommand = z.enum(['scenario:new', 'edit:undo', 'edit:redo', 'file:export', 'view:language']);
export type MenuCommand = z.output<typeof MenuCommand>;

/** The IPC event name on which main sends a MenuCommand to the window. */
export const MENU_COMMAND_EVENT = 'menu:command';

/** The channel functions of the bridge: one per channel, resolving to that channel's ApiResponse. */
export type BridgeChannels = {
  readonly [C in Channel]: (payload: Payload<C>) => Promise<ApiResponse<C>>;
};

/**
 * What the preload exposes as `window.api`: one function per channel answering an ApiResponse, and a
 * subscription to menu commands that returns its unsubscribe function.
 */
export type TuiyanBridge = BridgeChannels & {
  readonly onMenuCommand: (callback: (command: MenuCommand) => void) => () => void;
};

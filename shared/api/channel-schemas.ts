import type { z } from 'zod';
import { contract, type Channel } from './contract';
import type { ParsedPayload, Payload, Result } from './types';

/** The contract seen per channel with its derived types, so generic code can parse channel C's payload to ParsedPayload<C>. */
export type ChannelSchemas = {
  readonly [C in Channel]: {
    readonly payload: z.ZodType<ParsedPayload<C>, Payload<C>>;
    readonly result: z.ZodType<Result<C>>;
  };
};

/** The contract itself, typed as ChannelSchemas (the compiler checks every channel against its derived types). */
export const channelSchemas: ChannelSchemas = contract;

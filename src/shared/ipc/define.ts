import type { z } from 'zod';

/** Default ceiling for one payload; channels that carry files raise it explicitly. */
export const DEFAULT_MAX_PAYLOAD_BYTES = 256 * 1024;

/**
 * One channel of the contract: its request schema, its response type (phantom) and its limits.
 * `channel<Response>()(requestSchema)` keeps the response a type only: handlers are checked against it,
 * and the client's methods return it.
 */
export interface ChannelDef<Req extends z.ZodType, Res> {
  readonly request: Req;
  readonly maxPayloadBytes: number;
  /** Phantom field carrying the response type; never set at run time. */
  readonly __response?: Res;
}

export function channel<Res>(): <Req extends z.ZodType>(
  request: Req,
  opts?: { maxPayloadBytes?: number },
) => ChannelDef<Req, Res> {
  return (request, opts) => ({ request, maxPayloadBytes: opts?.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES });
}

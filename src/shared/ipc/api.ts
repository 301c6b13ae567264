import type { z } from 'zod';
import type { Result } from '../result';
import type { ChannelDef } from './define';
import { CHANNELS, type Channel, type Contract } from './contract';

/** What the caller passes (defaults may be omitted). */
export type RequestOf<C extends Channel> = z.input<Contract[C]['request']>;
/** What the handler receives after validation (defaults applied). */
export type ParsedRequestOf<C extends Channel> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends Channel> = Contract[C] extends ChannelDef<z.ZodType, infer R> ? R : never;

/** `window.api`: one method per channel, each answering a Result. Same type in Electron and web mode. */
export type Api = { [C in Channel]: (req: RequestOf<C>) => Promise<Result<ResponseOf<C>>> };

export type Transport = (channel: Channel, payload: unknown) => Promise<unknown>;

/** Builds the API object over a transport (ipcRenderer.invoke in the preload, fetch in web mode). */
export function createApi(transport: Transport): Api {
  const api: Record<string, (req: unknown) => Promise<unknown>> = {};
  for (const c of CHANNELS) api[c] = (req: unknown) => transport(c, req ?? {});
  return api as unknown as Api;
}


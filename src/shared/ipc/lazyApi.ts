import type { Api, Transport } from './api';
import type { Channel } from './contract';

/**
 * The same `Api` without loading the contract's zod schemas: any property is a channel call, and main
 * validates the channel name and payload as always. The web-mode renderer uses it so zod and the schemas
 * stay out of its first bundle.
 */
export function createLazyApi(transport: Transport): Api {
  return new Proxy({} as Api, {
    get: (_t, name) => (typeof name === 'string' ? (req: unknown) => transport(name as Channel, req ?? {}) : undefined),
  });
}

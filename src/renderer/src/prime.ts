import type { Api, RequestOf } from '../../shared/ipc/api';
import type { Channel } from '../../shared/ipc/contract';
import { api } from './api';

// Start-up calls, kept free of React so the boot script that makes them stays a few KB (see boot.ts).

export type Answer = Awaited<ReturnType<Api[Channel]>>;
/** Calls started before React's first render (see `prime`); `value` is set once the answer is in. */
const primed = new Map<string, { promise: Promise<Answer>; value?: Answer }>();
export const primeKey = (channel: Channel, req: unknown): string => `${channel} ${JSON.stringify(req)}`;

/**
 * Starts a call while the app is still loading, so the first screen does not wait for React's first
 * commit and effects before its data is even requested. An answer that is in by the first render is
 * rendered straight away (no loading frame). Resolves once the answer is in.
 */
export function prime<C extends Channel>(channel: C, req: RequestOf<C>): Promise<void> {
  const entry: { promise: Promise<Answer>; value?: Answer } = {
    promise: (api[channel] as (r: unknown) => Promise<Answer>)(req),
  };
  primed.set(primeKey(channel, req), entry);
  return entry.promise.then((v) => {
    entry.value = v;
  });
}

/** A primed answer that has arrived (render-time read; the effect then takes it). */
export function settled(channel: Channel, req: unknown): Answer | undefined {
  return req === null ? undefined : primed.get(primeKey(channel, req))?.value;
}

/** Forgets a primed call once its answer has been used: later calls ask again. */
export function takePrimed(key: string): void {
  primed.delete(key);
}

/** The primed call for this request if there is one (taken once), else a new call. */
export function call(channel: Channel, req: unknown): Promise<Answer> {
  const k = primeKey(channel, req);
  const p = primed.get(k);
  if (p) {
    primed.delete(k);
    return p.promise;
  }
  return (api[channel] as (r: unknown) => Promise<Answer>)(req);
}

/**
 * One call outside `useApi` (e.g. a poll's first load), taking the answer start-up already asked for when
 * there is one, so the first screen makes no second round trip for it.
 */
export function callPrimed<C extends Channel>(channel: C, req: RequestOf<C>): ReturnType<Api[C]> {
  return call(channel, req) as ReturnType<Api[C]>;
}

/** Hash routes: `#/section/arg...` (works from file:// in Electron and in web mode alike). */
export function routeOf(hash: string): string[] {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return parts.length ? parts : ['search'];
}

/** Whether this location opens the Search screen (the home screen), for start-up to prefetch its data. */
export function isSearchRoute(hash: string): boolean {
  return routeOf(hash)[0] === 'search';
}

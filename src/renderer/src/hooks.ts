import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Api, RequestOf, ResponseOf } from '../../shared/ipc/api';
import type { Channel } from '../../shared/ipc/contract';
import type { AppErrorShape } from '../../shared/result';
import { api } from './api';

export interface ApiState<T> {
  data: T | null;
  error: AppErrorShape | null;
  loading: boolean;
  reload: () => void;
}

type Answer = Awaited<ReturnType<Api[Channel]>>;
/** Calls started before React's first render (see `prime`); `value` is set once the answer is in. */
const primed = new Map<string, { promise: Promise<Answer>; value?: Answer }>();
const primeKey = (channel: Channel, req: unknown): string => `${channel} ${JSON.stringify(req)}`;

/**
 * Starts a call while the app is still loading, so the first screen does not wait for React's first
 * commit and effects before its data is even requested. An answer that is in by the first render is
 * rendered straight away (no loading frame).
 */
export function prime<C extends Channel>(channel: C, req: RequestOf<C>): void {
  const entry: { promise: Promise<Answer>; value?: Answer } = {
    promise: (api[channel] as (r: unknown) => Promise<Answer>)(req),
  };
  void entry.promise.then((v) => (entry.value = v));
  primed.set(primeKey(channel, req), entry);
}

/** A primed answer that has arrived (render-time read; the effect then takes it). */
function settled(channel: Channel, req: unknown): Answer | undefined {
  return req === null ? undefined : primed.get(primeKey(channel, req))?.value;
}

/** The primed call for this request if there is one (taken once), else a new call. */
function call(channel: Channel, req: unknown): Promise<Answer> {
  const k = primeKey(channel, req);
  const p = primed.get(k);
  if (p) {
    primed.delete(k);
    return p.promise;
  }
  return (api[channel] as (r: unknown) => Promise<Answer>)(req);
}

type HookState<T> = { data: T | null; error: AppErrorShape | null; loading: boolean };
function fromAnswer<T>(r: Answer): HookState<T> {
  return r.ok
    ? { data: r.value as T, error: null, loading: false }
    : { data: null, error: r.error, loading: false };
}

/** Calls one channel and re-calls when `key` changes; stale answers are dropped. */
export function useApi<C extends Channel>(
  channel: C,
  req: RequestOf<C> | null,
  key: string,
): ApiState<ResponseOf<C>> {
  const [state, setState] = useState<HookState<ResponseOf<C>>>(() => {
    const ready = settled(channel, req);
    return ready ? fromAnswer(ready) : { data: null, error: null, loading: req !== null };
  });
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  useEffect(() => {
    if (req === null) return;
    const mine = ++seq.current;
    if (mine === 1 && settled(channel, req)) {
      // Already rendered from the primed answer.
      primed.delete(primeKey(channel, req));
      return;
    }
    setState((s) => ({ ...s, loading: true }));
    void call(channel, req).then((r) => {
      if (mine !== seq.current) return;
      setState(fromAnswer(r));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `req`
  }, [channel, key, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

function subscribeHash(cb: () => void): () => void {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

/** Hash routes: `#/section/arg...` (works from file:// in Electron and in web mode alike). */
export function useRoute(): string[] {
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return parts.length ? parts : ['search'];
}

export function navigate(...parts: string[]): void {
  window.location.hash = `#/${parts.map(encodeURIComponent).join('/')}`;
}

/** The value of a `prefs.get` answer, or null when there is none (or the call failed). */
function storedPref(r: Answer | undefined): unknown {
  const v = r?.ok ? (r.value as { value: unknown }).value : null;
  return v ?? null;
}

/** A preference stored in the user database (prefs table), with a local default until loaded. */
export function usePref<T>(key: string, initial: T): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(
    () => (storedPref(settled('prefs.get', { key })) as T | null) ?? initial,
  );
  useEffect(() => {
    void call('prefs.get', { key }).then((r) => {
      const v = storedPref(r);
      if (v !== null) setValue(v as T);
    });
  }, [key]);
  const set = useCallback(
    (v: T) => {
      setValue(v);
      void api['prefs.set']({ key, value: v as never });
    },
    [key],
  );
  return [value, set];
}

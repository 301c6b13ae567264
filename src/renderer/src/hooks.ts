import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { RequestOf, ResponseOf } from '../../shared/ipc/api';
import type { Channel } from '../../shared/ipc/contract';
import type { AppErrorShape } from '../../shared/result';
import { api } from './api';
import { call, primeKey, routeOf, settled, takePrimed, type Answer } from './prime';

export { callPrimed } from './prime';

export interface ApiState<T> {
  data: T | null;
  error: AppErrorShape | null;
  loading: boolean;
  reload: () => void;
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
  // Whether the first render showed the primed answer. Not `settled()` at effect time: an answer that lands
  // between the first render (made without it, start-up waits at most 200 ms) and this effect would
  // otherwise be taken as already shown, and the screen would stay on its loading state for good.
  const firstFromPrimed = useRef(req !== null && !state.loading);
  useEffect(() => {
    if (req === null) return;
    const mine = ++seq.current;
    if (mine === 1 && firstFromPrimed.current) {
      // Already rendered from the primed answer.
      takePrimed(primeKey(channel, req));
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

const currentHash = (): string => window.location.hash;

/**
 * Hash routes: `#/section/arg...` (works from file:// in Electron and in web mode alike). The server
 * snapshot is the same hash: web mode's first screen is hydrated from markup the server put in the page
 * (see boot.ts), and React requires one for hydrating a store subscription.
 */
export function useRoute(): string[] {
  return routeOf(useSyncExternalStore(subscribeHash, currentHash, currentHash));
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

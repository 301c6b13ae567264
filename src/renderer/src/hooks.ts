import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { RequestOf, ResponseOf } from '../../shared/ipc/api';
import type { Channel } from '../../shared/ipc/contract';
import type { AppErrorShape } from '../../shared/result';
import { api } from './api';

export interface ApiState<T> {
  data: T | null;
  error: AppErrorShape | null;
  loading: boolean;
  reload: () => void;
}

/** Calls one channel and re-calls when `key` changes; stale answers are dropped. */
export function useApi<C extends Channel>(channel: C, req: RequestOf<C> | null, key: string): ApiState<ResponseOf<C>> {
  const [state, setState] = useState<{ data: ResponseOf<C> | null; error: AppErrorShape | null; loading: boolean }>({
    data: null,
    error: null,
    loading: req !== null,
  });
  const [tick, setTick] = useState(0);
  const seq = useRef(0);
  useEffect(() => {
    if (req === null) return;
    const mine = ++seq.current;
    setState((s) => ({ ...s, loading: true }));
    void api[channel](req).then((r) => {
      if (mine !== seq.current) return;
      if (r.ok) setState({ data: r.value as ResponseOf<C>, error: null, loading: false });
      else setState({ data: null, error: r.error, loading: false });
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

/** A preference stored in the user database (prefs table), with a local default until loaded. */
export function usePref<T>(key: string, initial: T): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    void api['prefs.get']({ key }).then((r) => {
      if (r.ok && r.value.value !== null) setValue(r.value.value as T);
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

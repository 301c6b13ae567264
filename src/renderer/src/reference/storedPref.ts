import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api';

export interface StoredPref<T> {
  /** Undefined until the stored value (or its absence) is known. */
  value: T | undefined;
  /** Sets now, writes to the database after `delayMs` (flushed on unmount, so leaving never loses it). */
  set: (v: T) => void;
}

/**
 * Like `usePref`, but says when the stored value has arrived. A table must not write its defaults over a
 * saved state that simply has not loaded yet, and must not render rows in the wrong order first.
 * Same prefs channels and keys as `usePref`; `read` validates the stored `unknown`.
 */
export function useStoredPref<T>(key: string, read: (stored: unknown) => T, delayMs = 400): StoredPref<T> {
  const [state, setState] = useState<{ key: string; value: T | undefined }>({ key, value: undefined });
  const readRef = useRef(read);
  readRef.current = read;
  const pending = useRef<{ key: string; value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const p = pending.current;
    pending.current = null;
    if (p) void api['prefs.set']({ key: p.key, value: p.value as never });
  }, []);

  useEffect(() => {
    let live = true;
    void api['prefs.get']({ key }).then((r) => {
      if (!live) return;
      setState({ key, value: readRef.current(r.ok ? r.value.value : null) });
    });
    return () => {
      live = false;
      flush();
    };
  }, [key, flush]);

  const set = useCallback(
    (v: T) => {
      setState({ key, value: v });
      pending.current = { key, value: v };
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [key, delayMs, flush],
  );

  return { value: state.key === key ? state.value : undefined, set };
}

/**
 * Memos for the fact-check's pure helpers (session 15, issue 19: the fact-check's CPU on import).
 *
 * Every function memoised here is pure: its result depends only on its arguments (strings, and a set that
 * is built once per knowledge base and never changed), so answering from the memo returns exactly what a
 * fresh call would. A memoised result is shared by its callers, who only read it (never sort, push or
 * assign to it). Results are not frozen: a frozen array or object has another hidden class, which made the
 * hot code that reads quantities and tokens polymorphic (slower).
 *
 * Memory stays bounded in a 100k-note import: a memo keyed by note text is emptied when it reaches its
 * limit (the next calls recompute), so it holds at most `limit` entries.
 */
import { findQuantities, type Quantity } from './quantity';

/** A string-keyed memo of a pure function, emptied when it holds `limit` entries. */
export function memoByText<T>(fn: (text: string) => T, limit = 5_000): (text: string) => T {
  const memo = new Map<string, T>();
  return (text: string): T => {
    const hit = memo.get(text);
    if (hit !== undefined || memo.has(text)) return hit as T;
    const value = fn(text);
    if (memo.size >= limit) memo.clear();
    memo.set(text, value);
    return value;
  };
}

const factQuantityMemo = new WeakMap<ReadonlySet<string>, (text: string) => readonly Quantity[]>();

/**
 * `findQuantities(text, countNouns)` (notes' nouns not read: the facts' own text), memoised per set of count
 * nouns: the guard reads the quantities of a fact's value for every sibling fact of every claim, and the
 * facts' texts are few (one per fact) while the calls are many.
 */
export function factQuantities(text: string, countNouns: ReadonlySet<string>): readonly Quantity[] {
  let memo = factQuantityMemo.get(countNouns);
  if (!memo) {
    memo = memoByText((t) => findQuantities(t, countNouns));
    factQuantityMemo.set(countNouns, memo);
  }
  return memo(text);
}

/** A memo of a pure function of one object (a fact), kept as long as the object is. */
export function memoByObject<K extends object, T>(fn: (key: K) => T): (key: K) => T {
  const memo = new WeakMap<K, T>();
  return (key: K): T => {
    if (memo.has(key)) return memo.get(key) as T;
    const value = fn(key);
    memo.set(key, value);
    return value;
  };
}

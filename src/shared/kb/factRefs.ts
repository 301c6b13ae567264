/**
 * One home per figure: prose in data/ (entry bodies, comparisons, questions, explanations) names a KB
 * fact as `{{fact:<id>}}` instead of restating its number. The KB build replaces each reference with the
 * fact's current value, so a changed limit is edited once, in its fact.
 *
 *   `{{fact:sns.message.max-size}}`       → the fact's display value, e.g. "1 MiB (…)"
 *   `{{fact:sns.message.max-size|num}}`   → its number and unit only, e.g. "1 MiB"
 */
export const FACT_REF = /\{\{fact:([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:\|(num|value))?\}\}/g;

/** What rendering needs of a fact. */
export interface RefFact {
  id: string;
  value: string;
  numeric?: number | undefined;
  unit?: string | undefined;
  source: string;
  asOf: string;
}

/** Fact ids referenced in `text`, in order of appearance (duplicates kept). */
export function factRefIds(text: string): string[] {
  return [...text.matchAll(FACT_REF)].map((m) => m[1] ?? '');
}

function numText(f: RefFact): string {
  if (f.numeric === undefined) return f.value;
  return `${f.numeric.toLocaleString('en-US')}${f.unit ? ` ${f.unit}` : ''}`;
}

/**
 * Replaces every reference in `text` with the fact's value. Unknown ids are left as written (the build and
 * the content check report them), so a typo never silently turns into an empty string.
 */
export function renderFactRefs(text: string, facts: ReadonlyMap<string, RefFact>): string {
  return text.replace(FACT_REF, (whole, id: string, mode: string | undefined) => {
    const f = facts.get(id);
    if (!f) return whole;
    return mode === 'num' ? numText(f) : f.value;
  });
}

/** Applies `fn` to every string inside a JSON-like value (objects, arrays), returning a new value. */
export function mapStrings<T>(value: T, fn: (s: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, fn)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = mapStrings(v, fn);
    return out as T;
  }
  return value;
}

/** Every string inside a JSON-like value, with a path for messages (e.g. `options.2.explanation`). */
export function stringsOf(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v: unknown, i) => stringsOf(v, path ? `${path}.${i}` : String(i)));
  if (value && typeof value === 'object')
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => stringsOf(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * What the count-only diagnosis scripts (diagnose-misses, diagnose-stages, diagnose-asserts) share: the fact
 * checker, the evaluation sets in order, and the test of whether a claim's service has a fact carrying the
 * official figure its set's writer gave. None of them prints a held-out set's claims.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFactRules } from '../src/main/notes/rules';

export const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
export const checker = loadFactRules(root);
export const index = checker.index;
export type IndexedFact = (typeof index.facts)[number];

/** An evaluation item as the sets write it. */
export interface EvalItem {
  id?: string;
  text: string;
  verdict: string;
  subject?: string;
  official?: string;
}

const SETS: [string, string][] = [
  ['set 1', 'independent.json'],
  ['set 2', 'independent-2.json'],
  ['set 3', 'independent-3.json'],
  ['set 4', 'independent-4.json'],
  ['set 7', 'independent-7.json'],
  ['set 9', 'independent-9.json'],
  ['set 12', 'independent-12.json'],
  ['set 13', 'independent-13.json'],
  ['set 14', 'independent-14.json'],
  ['set 15', 'independent-15.json'],
  ['set 17', 'independent-17.json'],
  ['set 18', 'independent-18.json'],
  ['set 19', 'independent-19.json'],
  ['set 20', 'independent-20.json'],
  ['set 21', 'independent-21.json'],
  ['set 22', 'independent-22.json'],
  ['set 23', 'independent-23.json'],
  ['set 24', 'independent-24.json'],
  ['set 25', 'independent-25.json'],
  ['set 26', 'independent-26.json'],
  ['set 27', 'independent-27.json'],
  ['set 28', 'independent-28.json'],
  ['set 29', 'independent-29.json'],
  ['set 30', 'independent-30.json'],
  ['set 31', 'independent-31.json'],
  ['set 32', 'independent-32.json'],
  ['set 33', 'independent-33.json'],
  ['set 34', 'independent-34.json'],
  ['set 35', 'independent-35.json'],
  ['set 36', 'independent-36.json'],
  ['held-out 5', 'independent-5.json'],
  ['held-out 6', 'independent-6.json'],
  ['held-out 8', 'independent-8.json'],
  ['held-out 10', 'independent-10.json'],
  ['held-out 11', 'independent-11.json'],
  ['held-out 16', 'independent-16.json'],
];

/**
 * The sets that exist, each with its items; `only` keeps those whose name ends with one of its words. Held-out
 * sets only with DIAGNOSE_HELDOUT=1 (the lead, measuring): a run without it must not print even a count line of
 * a set nobody working on the checker may look at.
 */
export function evalSets(only: readonly string[] = []): [string, EvalItem[]][] {
  const dir = join(root, 'test', 'fixtures', 'factcheck-eval');
  const heldOutOk = (n: string): boolean => !n.startsWith('held-out') || process.env.DIAGNOSE_HELDOUT === '1';
  return SETS.filter(([n]) => heldOutOk(n) && (!only.length || only.some((o) => n.endsWith(o))))
    .filter(([, f]) => existsSync(join(dir, f)))
    .map(([n, f]) => [n, JSON.parse(readFileSync(join(dir, f), 'utf8')) as EvalItem[]]);
}

/** Whether a set's claims may be printed (never a held-out set's). */
export const printable = (set: string): boolean => !set.startsWith('held-out');

export function numbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.replace(/(\d),(?=\d{3}\b)/g, '$1').matchAll(/\d+(?:\.\d+)?/g)) out.push(Number(m[0]));
  return out;
}

/** Same figure in another unit step (KiB/MiB, s/min/h/days, thousands). */
export function near(a: number, b: number): boolean {
  if (a === b) return true;
  for (const k of [1000, 1024, 60, 3600, 24, 86400, 1e6, 1048576])
    if (Math.abs(a * k - b) < 1e-9 || Math.abs(b * k - a) < 1e-9) return true;
  return false;
}

const factNumbers = new Map<IndexedFact, number[]>();
for (const f of index.facts)
  factNumbers.set(
    f,
    [f.official, ...numbers(f.fact.value), ...f.values.map((v) => v.value)].filter((n) => Number.isFinite(n)),
  );

/** Whether a fact carries one of the official figures (in any unit step). */
export const carries = (f: IndexedFact, official: readonly number[]): boolean =>
  (factNumbers.get(f) ?? []).some((n) => official.some((o) => near(n, o)));

/** Words of the claim that name a fact's attribute (one of its label keywords, not a variant's name). */
export const namesAttribute = (f: IndexedFact, text: string): boolean =>
  f.keywords.some((k) => !k.name && k.re.test(text.toLowerCase()));

/** The KB entries whose services the claim (or its set's subject) names. */
export function entriesOf(x: EvalItem): Set<string> {
  const entries = new Set<string>();
  for (const m of index.subjects.find(`${x.text} ; ${x.subject ?? ''}`))
    for (const s of m.value) for (const f of index.bySubject.get(s) ?? []) entries.add(f.entryId);
  return entries;
}

/** The text with names that carry digits ("S3", "gp3", "Route 53", "HTTP/2", "TLS 1.2") blanked: what is left has a figure or none. */
export const withoutNames = (t: string): string =>
  t.replace(
    /\b[A-Za-z][A-Za-z-]*\d[\w.-]*|\bRoute ?53\b|\bHTTP\/[\d.]+|\bTLS ?v?1\.\d\b|\bSSL ?v?\d\b/g,
    ' ',
  );

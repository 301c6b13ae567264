/**
 * `npx tsx scripts/eval-forms.ts [set.json] [--verbose]`: how the notes fact-check's figure reader
 * (findQuantities, called as the checker calls it: the KB's count nouns, open nouns on, table rows read as
 * sentences) reads a set of study-note lines whose figures are written down (test/fixtures/factcheck-eval/
 * forms-16.json: [{ id, text, figures: [{ value, low?, dim, noun }] }]).
 * Reports figures read right, missed (nothing read for it), misread (a figure read there with a wrong value,
 * range, dimension or noun), extra figures on figure lines, and spurious figures on lines that hold none.
 * Never run it on a held-out set.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tableSentence } from '../src/shared/notes/claimCheck';
import {
  findQuantities,
  NOUN_ABBREVIATIONS,
  sameValue,
  singular,
  type Dimension,
  type Quantity,
} from '../src/shared/notes/quantity';
import { loadFactRules } from '../src/main/notes/rules';

interface Expected {
  value: number;
  low?: number;
  dim: Dimension;
  noun: string;
}
interface Item {
  id: string;
  text: string;
  figures: Expected[];
}

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const path = args.find((a) => !a.startsWith('--')) ?? join('test/fixtures/factcheck-eval/forms-16.json');
if (/independent-(?:[568]|1[01])\.json$/.test(path)) throw new Error('held-out sets are not read here');
function join(p: string): string {
  return resolve(root, p);
}

const { index } = loadFactRules(root);
const nouns = index.countNouns;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const CALL_RATES = new Set(['request/s', 'transaction/s', 'call/s', 'operation/s', 'query/s']);

/** The head noun of an expected noun ("security group" → "group"), singular, lower-case. */
function head(n: string): string {
  const w = n.trim().toLowerCase().split(/\s+/).pop() ?? '';
  const one = (x: string): string => NOUN_ABBREVIATIONS[singular(x)] ?? singular(x);
  return w.endsWith('/s') ? `${one(w.slice(0, -2))}/s` : one(w);
}
/** The fact nouns a noun may stand for (itself and the lexicon's synonyms). */
function factNouns(n: string): Set<string> {
  return new Set([n, ...(index.nounMap.get(n) ?? [])]);
}
function sameNoun(expected: string, read: string): boolean {
  const e = head(expected);
  const r = read.toLowerCase();
  if (e === r || expected.toLowerCase() === r || head(read) === e) return true;
  if (CALL_RATES.has(e) && CALL_RATES.has(r)) return true;
  const a = factNouns(e);
  return [...factNouns(r)].some((x) => a.has(x));
}
function matches(x: Expected, q: Quantity): boolean {
  if (x.dim !== q.dim || !sameValue(x.dim, q.value, x.value)) return false;
  if ((x.low === undefined) !== (q.low === undefined)) return false;
  if (x.low !== undefined && !sameValue(x.dim, q.low as number, x.low)) return false;
  return x.dim !== 'count' || sameNoun(x.noun, q.noun);
}

function read(text: string): Quantity[] {
  const table = TABLE_ROW.test(text) ? tableSentence(text, null, nouns) : null;
  return findQuantities(table ? table.text : text, nouns, true);
}

const items = JSON.parse(readFileSync(path, 'utf8')) as Item[];
let right = 0;
let missed = 0;
let misread = 0;
let extra = 0;
let spurious = 0;
let spuriousLines = 0;
let expectedTotal = 0;
const show = (q: Quantity): string =>
  `"${q.raw}"=${q.low !== undefined ? `${q.low}..` : ''}${q.value} ${q.dim}${q.noun ? `/${q.noun}` : ''}`;
const showX = (x: Expected): string =>
  `${x.low !== undefined ? `${x.low}..` : ''}${x.value} ${x.dim}${x.noun ? `/${x.noun}` : ''}`;
const lines: string[] = [];
for (const it of items) {
  const qs = read(it.text);
  if (!it.figures.length) {
    if (qs.length) {
      spurious += qs.length;
      spuriousLines++;
      lines.push(`SPURIOUS ${it.id} ${it.text}\n    ${qs.map(show).join('  ')}`);
    }
    continue;
  }
  expectedTotal += it.figures.length;
  const left = [...qs];
  const unmatched: Expected[] = [];
  for (const x of it.figures) {
    const i = left.findIndex((q) => matches(x, q));
    if (i >= 0) {
      right++;
      left.splice(i, 1);
    } else unmatched.push(x);
  }
  const notes: string[] = [];
  for (const x of unmatched) {
    // A figure read with the same dimension (else any left) is the misreading of this one.
    const i = left.findIndex((q) => q.dim === x.dim);
    const j = i >= 0 ? i : left.length ? 0 : -1;
    if (j >= 0) {
      misread++;
      notes.push(`MISREAD want ${showX(x)} got ${show(left[j] as Quantity)}`);
      left.splice(j, 1);
    } else {
      missed++;
      notes.push(`MISSED  want ${showX(x)}`);
    }
  }
  extra += left.length;
  for (const q of left) notes.push(`EXTRA   ${show(q)}`);
  if (notes.length) lines.push(`${it.id} ${it.text}\n    ${notes.join('\n    ')}`);
}
const noFig = items.filter((i) => !i.figures.length).length;
if (verbose) console.log(lines.join('\n'));
const pct = (n: number): string => `${((100 * n) / expectedTotal).toFixed(1)} %`;
console.log(
  `forms: ${items.length} lines, ${expectedTotal} figures on ${items.length - noFig} lines, ${noFig} lines with none`,
);
console.log(
  `  read right ${right} (${pct(right)})  missed ${missed} (${pct(missed)})  misread ${misread} (${pct(misread)})  extra ${extra}`,
);
console.log(`  spurious ${spurious} on ${spuriousLines} of ${noFig} no-figure lines`);

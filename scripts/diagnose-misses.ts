/**
 * `npx tsx scripts/diagnose-misses.ts`: why does the fact-check miss an independent set's wrong claims? For each
 * missed wrong/outdated claim it asks the KB, not the checker: is the claim's service in the KB at all, and does
 * a fact of that service carry one of the official figures the set's writer gave (`official`)? It prints counts
 * only, for every set, so a held-out set can be diagnosed without anyone reading its claims:
 * - no service: the claim names no KB entry (coverage: a service or feature the KB lacks);
 * - service, no figure: the KB has the service but no fact with the official figure (coverage: a missing fact);
 * - figure elsewhere: facts of the service carry the figure, but none whose label words the claim uses (most
 *   often a different attribute with the same number: coverage, or wording the fact's keywords lack);
 * - figure present: a fact of the service states the official figure and the claim uses one of its label's
 *   words, so the checker could have read it (reading: the claim's wording did not bind to that fact; an
 *   upper bound, a same-number fact about a neighbouring attribute also lands here);
 * - no number: the claim states no figure (a yes/no property).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSection } from '../src/shared/notes/factCheck';
import { loadFactRules } from '../src/main/notes/rules';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const checker = loadFactRules(root);
const index = checker.index;
const dir = join(root, 'test', 'fixtures', 'factcheck-eval');
const sets: [string, string][] = [
  ['set 1', 'independent.json'],
  ['set 2', 'independent-2.json'],
  ['set 3', 'independent-3.json'],
  ['set 4', 'independent-4.json'],
  ['set 7', 'independent-7.json'],
  ['set 9', 'independent-9.json'],
  ['held-out 5', 'independent-5.json'],
  ['held-out 6', 'independent-6.json'],
  ['held-out 8', 'independent-8.json'],
  ['held-out 10', 'independent-10.json'],
];
const show = process.argv.includes('--show');

function numbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.replace(/(\d),(?=\d{3}\b)/g, '$1').matchAll(/\d+(?:\.\d+)?/g)) out.push(Number(m[0]));
  return out;
}
/** Same figure in another unit step (KiB/MiB, s/min/h/days, thousands). */
function near(a: number, b: number): boolean {
  if (a === b) return true;
  for (const k of [1000, 1024, 60, 3600, 24, 86400, 1e6, 1048576])
    if (Math.abs(a * k - b) < 1e-9 || Math.abs(b * k - a) < 1e-9) return true;
  return false;
}

const factNumbers = new Map<(typeof index.facts)[number], number[]>();
for (const f of index.facts)
  factNumbers.set(
    f,
    [f.official, ...numbers(f.fact.value), ...f.values.map((v) => v.value)].filter((n) => Number.isFinite(n)),
  );
/** Words of the claim that name a fact's attribute (one of its label keywords, not a variant's name). */
function namesAttribute(f: (typeof index.facts)[number], text: string): boolean {
  const t = text.toLowerCase();
  return f.keywords.some((k) => !k.name && k.re.test(t));
}

for (const [name, file] of sets) {
  const path = join(dir, file);
  if (!existsSync(path)) continue;
  const items = JSON.parse(readFileSync(path, 'utf8')) as {
    id?: string;
    text: string;
    verdict: string;
    subject?: string;
    official?: string;
  }[];
  const c = { missed: 0, noNumber: 0, noService: 0, serviceNoFigure: 0, figureElsewhere: 0, figurePresent: 0 };
  for (const x of items) {
    if (x.verdict === 'correct') continue;
    if (checkSection(x.text, [], checker).length) continue;
    c.missed++;
    let cat: keyof typeof c;
    if (!/\d/.test(x.text)) cat = 'noNumber';
    else {
      const entries = new Set<string>();
      for (const m of index.subjects.find(`${x.text} ; ${x.subject ?? ''}`))
        for (const s of m.value) for (const f of index.bySubject.get(s) ?? []) entries.add(f.entryId);
      if (!entries.size) cat = 'noService';
      else {
        const official = numbers(x.official ?? '');
        const withFigure = index.facts.filter(
          (f) => entries.has(f.entryId) && (factNumbers.get(f) ?? []).some((n) => official.some((o) => near(n, o))),
        );
        cat = !withFigure.length
          ? 'serviceNoFigure'
          : withFigure.some((f) => namesAttribute(f, x.text))
            ? 'figurePresent'
            : 'figureElsewhere';
      }
    }
    c[cat]++;
    if (show && !name.startsWith('held-out')) console.log(`  [${name}] ${cat.padEnd(16)} ${x.id}: ${x.text}`);
  }
  console.log(
    `${name.padEnd(11)} missed ${String(c.missed).padStart(3)}: no number ${c.noNumber}, no service ${c.noService}, ` +
      `service, no fact with the figure ${c.serviceNoFigure}, ` +
      `the figure only in facts about other attributes ${c.figureElsewhere}, a fact naming it with the figure ${c.figurePresent}`,
  );
}

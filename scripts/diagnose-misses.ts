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
import { checkSection } from '../src/shared/notes/factCheck';
import {
  carries,
  checker,
  entriesOf,
  evalSets,
  index,
  namesAttribute,
  numbers,
  printable,
} from './diagnoseShared';

const show = process.argv.includes('--show');
// `npx tsx scripts/diagnose-misses.ts 12 --show`: only the sets whose name ends with one of the words.
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));

for (const [name, items] of evalSets(only)) {
  const c = {
    missed: 0,
    noNumber: 0,
    noService: 0,
    serviceNoFigure: 0,
    figureElsewhere: 0,
    figurePresent: 0,
  };
  for (const x of items) {
    if (x.verdict === 'correct') continue;
    if (checkSection(x.text, [], checker).length) continue;
    c.missed++;
    let cat: keyof typeof c;
    if (!/\d/.test(x.text)) cat = 'noNumber';
    else {
      const entries = entriesOf(x);
      if (!entries.size) cat = 'noService';
      else {
        const official = numbers(x.official ?? '');
        const withFigure = index.facts.filter((f) => entries.has(f.entryId) && carries(f, official));
        cat = !withFigure.length
          ? 'serviceNoFigure'
          : withFigure.some((f) => namesAttribute(f, x.text))
            ? 'figurePresent'
            : 'figureElsewhere';
      }
    }
    c[cat]++;
    if (show && printable(name)) console.log(`  [${name}] ${cat.padEnd(16)} ${x.id}: ${x.text}`);
  }
  console.log(
    `${name.padEnd(11)} missed ${String(c.missed).padStart(3)}: no number ${c.noNumber}, no service ${c.noService}, ` +
      `service, no fact with the figure ${c.serviceNoFigure}, ` +
      `the figure only in facts about other attributes ${c.figureElsewhere}, a fact naming it with the figure ${c.figurePresent}`,
  );
}

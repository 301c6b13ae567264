/**
 * `npx tsx scripts/diagnose-stages.ts`: for the missed wrong claims whose fact the KB has (a fact of the claim's
 * service carries the official figure and the claim uses one of its label words, the "figure present" class of
 * `diagnose-misses.ts`), the stage of the checker where each was lost. Counts only, so held-out sets can be
 * diagnosed unread:
 * - no quantity: the reader found no figure in the claim;
 * - skipped: the line was skipped (question, historical or example wording);
 * - pre-filter: every figure was set aside before binding (label, condition, ratio, unit definition…);
 * - no subject / no candidate: no service, or no fact of it fit the figure's dimension and words;
 * - bound elsewhere: facts fit, but not the one with the official figure;
 * - target: right / undecided / veto:<why>: the fact with the official figure was a candidate and the decision
 *   step accepted the figure, could not decide, or a guard vetoed the flag.
 */
import { checkClaims } from '../src/shared/notes/claimCheck';
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
  withoutNames,
} from './diagnoseShared';

const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const show = process.argv.includes('--show');

const PRE = new Set([
  'label-or-restated',
  'example-thing',
  'context-before',
  'ratio',
  'in-variant-name',
  'unit-definition',
]);
for (const [name, items] of evalSets(only)) {
  const counts = new Map<string, number>();
  let n = 0;
  for (const x of items) {
    // A line whose only digits sit inside names ("gp3", "S3", "Route 53") states no figure, and a line the whole
    // check already flags (a yes/no fact, a table) is no miss: neither is a figure-reading stage's loss.
    if (x.verdict === 'correct' || !/\d/.test(withoutNames(x.text))) continue;
    if (checkSection(x.text, [], checker).length) continue;
    const entries = entriesOf(x);
    const official = numbers(x.official ?? '');
    const targets = new Set(
      index.facts
        .filter((f) => entries.has(f.entryId) && carries(f, official) && namesAttribute(f, x.text))
        .map((f) => f.fact.id),
    );
    if (!targets.size) continue;
    const outs: string[] = [];
    const matched: string[] = [];
    const flags = checkClaims(
      x.text,
      [],
      index,
      (_e, ids) => matched.push(...ids),
      (q, o) => {
        // "undecided" splits into a figure some fitting fact accepts (scope, unit or pairing misread) and one
        // no fact accepts but the decision step would not call wrong (kind unsaid, below a maximum…).
        if (o.startsWith('undecided')) {
          const acc = [...o.matchAll(/=([\d./e+]+)/g)].flatMap((m) =>
            (m[1] as string).split('/').map(Number),
          );
          const ok = acc.some((a) => Math.abs(a - q.value) <= 1e-6 * Math.max(1, Math.abs(a)));
          // Which fact accepts it: the one with the official figure itself (a legacy or variant value, or the
          // set and the KB disagree) or another fitting fact (the claim's words did not tell them apart).
          const by = [...o.matchAll(/([\w.@-]+)=([\d./e+]+)/g)]
            .filter((m) =>
              (m[2] as string)
                .split('/')
                .map(Number)
                .some((a) => Math.abs(a - q.value) <= 1e-6 * Math.max(1, Math.abs(a))),
            )
            .map((m) => m[1] as string);
          const self = by.some((id) => targets.has(id));
          o = `${ok ? (self ? 'undecided-accepted-by-target' : 'undecided-accepted-by-other') : `undecided-${/kind=(\w+)/.exec(o)?.[1]}`} ${o.slice(10)}`;
        }
        outs.push(o);
      },
    );
    if (flags.length) continue;
    n++;
    const hit = (o: string): boolean => [...targets].some((t) => o.split(/[ ,=|]/).includes(t));
    let cat: string;
    const onTarget = outs.find((o) => hit(o) && /^(?:right|undecided|veto:)/.test(o));
    if (onTarget) cat = `target ${onTarget.split(/[ (]/)[0]}`;
    else if (matched.some((id) => targets.has(id))) cat = 'target: other outcome';
    else if (matched.length) cat = 'bound elsewhere';
    else if (outs.some((o) => o.startsWith('no-candidate'))) {
      // Why the fact with the official figure was turned away (its reason in the rejection list), or that it
      // was never considered (the service found was another).
      const reasons = outs
        .filter((o) => o.startsWith('no-candidate'))
        .flatMap((o) => [...o.matchAll(/([\w.@-]+):(\w[\w-]*)/g)])
        .filter((m) => targets.has(m[1] as string))
        .map((m) => m[2] as string);
      cat = `no candidate:${reasons.length ? [...new Set(reasons)].join('+') : 'not considered'}`;
    } else if (outs.some((o) => o === 'no-subject'))
      cat = index.subjects.find(x.text).length ? 'no subject (named)' : 'no subject (unnamed)';
    else if (outs.some((o) => PRE.has(o))) cat = `pre-filter`;
    else if (outs.some((o) => o === 'line-skipped')) cat = 'skipped';
    else if (!outs.length) cat = 'no quantity';
    else cat = `other`;
    counts.set(cat, (counts.get(cat) ?? 0) + 1);
    if (show && printable(name))
      console.log(`  [${name}] ${cat.padEnd(22)} ${x.id}: ${x.text}\n      ${outs.join(' | ')}`);
  }
  console.log(
    `${name.padEnd(11)} ${String(n).padStart(3)}: ${[...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
}

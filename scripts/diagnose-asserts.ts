/**
 * `npx tsx scripts/diagnose-asserts.ts`: for the missed wrong claims that state no figure (yes/no properties),
 * whether the KB has a yes/no fact they could be read against. Counts only, so held-out sets can be diagnosed
 * unread: a fact whose `assert.about` words the claim uses and whose `says`/`opposite` words it uses too (the
 * checker did not read it), one whose subject words it uses but none of its property words (the property the
 * claim speaks of is not in the KB, or in other words), a claim whose service has yes/no facts but none about its
 * subject, or whose service has none at all / no service named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSection } from '../src/shared/notes/factCheck';
import { checker, entriesOf, evalSets, printable, root, withoutNames } from './diagnoseShared';

type Assert = { about?: string[]; says?: string[]; opposite?: string[] };
const asserts: { entry: string; a: Assert }[] = [];
for (const f of readdirSync(join(root, 'data', 'kb')).filter((x) => x.endsWith('.json'))) {
  const e = JSON.parse(readFileSync(join(root, 'data', 'kb', f), 'utf8')) as {
    id: string;
    facts?: { assert?: Assert }[];
  };
  for (const x of e.facts ?? []) if (x.assert) asserts.push({ entry: e.id, a: x.assert });
}
const has = (text: string, words: readonly string[] | undefined): boolean =>
  (words ?? []).some((w) =>
    new RegExp(`(?<![a-z0-9])${w.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text),
  );
const show = process.argv.includes('--show');
for (const [name, items] of evalSets()) {
  const c = new Map<string, number>();
  let n = 0;
  for (const x of items) {
    // No figure: no digit outside a name ("S3", "EC2", "gp3", "io2", "Route 53", "IPv6", "HTTP/2", "TLS 1.2" are names).
    if (x.verdict === 'correct' || /\d/.test(withoutNames(x.text))) continue;
    if (checkSection(x.text, [], checker).length) continue;
    n++;
    const t = x.text.toLowerCase();
    const entries = entriesOf(x);
    const mine = asserts.filter((a) => entries.has(a.entry));
    const about = mine.filter((a) => has(t, a.a.about));
    const cat = !entries.size
      ? 'no service'
      : !mine.length
        ? 'service without yes/no facts'
        : !about.length
          ? 'yes/no facts, none about its subject'
          : about.some((a) => has(t, a.a.says) || has(t, a.a.opposite))
            ? 'fact about it with its property words (reading)'
            : 'fact about its subject, other property';
    c.set(cat, (c.get(cat) ?? 0) + 1);
    if (show && printable(name)) console.log(`  [${name}] ${cat}: ${x.text}`);
  }
  console.log(
    `${name.padEnd(12)} ${String(n).padStart(3)} missed without a figure: ${[...c]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
}

/**
 * Paraphrase check (session 35): runs the notes fact-check on test/fixtures/factcheck-eval/paraphrase-37.json (or -38) and on
 * the development-set originals its rewordings came from. Prints catches of wrong/outdated items and flags on correct
 * items for both, how many of each caught original's two rewordings are caught, the rewordings missed whose original
 * is caught, and correct rewordings flagged. Reads development sets only.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFactRules } from '../src/main/notes/rules';
import { checkSection } from '../src/shared/notes/factCheck';

interface Item {
  id: string;
  text: string;
  verdict: string;
  subject?: string;
  from?: string;
}

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const checker = loadFactRules(root);
const dir = join(root, 'test', 'fixtures', 'factcheck-eval');
// `npx tsx scripts/eval-paraphrase.ts [38]`: set 37 (development, listed) or 38 (held out: counts only, never its lines).
const which = process.argv[2] === '38' ? '38' : '37';
const heldOut = which === '38';
const para = JSON.parse(readFileSync(join(dir, `paraphrase-${which}.json`), 'utf8')) as Item[];

const DEV = [1, 2, 3, 4, 7, 9, 12, 13, 14, 15, ...Array.from({ length: 20 }, (_, i) => 17 + i)];
const orig = new Map<string, Item>();
for (const n of DEV) {
  const f = n === 1 ? 'independent.json' : `independent-${n}.json`;
  for (const x of JSON.parse(readFileSync(join(dir, f), 'utf8')) as Item[]) orig.set(x.id, x);
}

const hit = (t: string): boolean => checkSection(t, [], checker).length > 0;
const bad = (x: Item): boolean => x.verdict !== 'correct';

const fromIds = [...new Set(para.map((p) => p.from!))];
const origs = fromIds.map((id) => {
  const o = orig.get(id);
  if (!o) throw new Error(`original ${id} not in the development sets`);
  return o;
});
const origHit = new Map(origs.map((o) => [o.id, hit(o.text)]));
const paraHit = new Map(para.map((p) => [p.id, hit(p.text)]));

const line = (name: string, items: Item[], h: (x: Item) => boolean): void => {
  const w = items.filter(bad),
    c = items.filter((x) => !bad(x));
  const wc = w.filter(h).length,
    cf = c.filter(h).length;
  console.log(
    `${name}: wrong/outdated caught ${wc}/${w.length} (${((100 * wc) / w.length).toFixed(1)}%), ` +
      `correct flagged ${cf}/${c.length} (${((100 * cf) / c.length).toFixed(1)}%)`,
  );
};
line('originals ', origs, (o) => origHit.get(o.id)!);
line('rewordings', para, (p) => paraHit.get(p.id)!);

const dist = [0, 0, 0];
const distMissed = [0, 0, 0];
for (const o of origs.filter(bad)) {
  const k = para.filter((p) => p.from === o.id && paraHit.get(p.id)).length;
  (origHit.get(o.id) ? dist : distMissed)[k]++;
}
console.log(
  `caught originals (${dist.reduce((a, b) => a + b)}): rewordings caught 0/2: ${dist[0]}, 1/2: ${dist[1]}, 2/2: ${dist[2]}`,
);
console.log(
  `missed originals (${distMissed.reduce((a, b) => a + b)}): rewordings caught 0/2: ${distMissed[0]}, 1/2: ${distMissed[1]}, 2/2: ${distMissed[2]}`,
);

if (heldOut) process.exit(0);
console.log('\n== rewordings missed whose original is caught ==');
for (const p of para.filter((p) => bad(p) && !paraHit.get(p.id) && origHit.get(p.from!)))
  console.log(`${p.id} [${p.from}] ${p.text}\n    orig: ${orig.get(p.from!)!.text}`);

console.log('\n== correct rewordings flagged ==');
for (const p of para.filter((p) => !bad(p) && paraHit.get(p.id))) {
  const fl = checkSection(p.text, [], checker);
  console.log(
    `${p.id} [${p.from}] ${p.text}\n    orig (${origHit.get(p.from!) ? 'flagged' : 'not flagged'}): ${orig.get(p.from!)!.text}\n    flag: ${JSON.stringify(fl[0]).slice(0, 240)}`,
  );
}

console.log('\n== correct originals flagged ==');
for (const o of origs.filter((o) => !bad(o) && origHit.get(o.id))) console.log(`${o.id} ${o.text}`);

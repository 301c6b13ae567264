/**
 * Ad-hoc (session 11): the fact-checker of another checkout (BASE) and this one over the same texts (the
 * bench corpus, as the import's files): identical flags, and each one's time. Usage: BASE=/path npx tsx bench/_s11check.ts
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { notes } from './corpus';

const N = Number(process.env.BENCH_NOTES ?? 5000);
const BASE = process.env.BASE ?? '/tmp/s11base';
const load = async (root: string) => ({
  prep: (await import(pathToFileURL(join(root, 'src/main/notes/prepare.ts')).href)) as typeof import('../src/main/notes/prepare'),
  rules: ((await import(pathToFileURL(join(root, 'src/main/notes/rules.ts')).href)) as typeof import('../src/main/notes/rules')).loadFactRules(root),
});
const base = await load(BASE);
const cur = await load(join(import.meta.dirname, '..'));
const corpus = [...notes(N)];
const enc = new TextEncoder();
const files: Uint8Array[] = [];
for (let f = 0; f * 100 < N; f++) files.push(enc.encode(corpus.slice(f * 100, (f + 1) * 100).map((n) => `## ${n.title}\n\n${n.body}\n`).join('\n')));
// Extra texts: lines that state things (the KB's own contradicted statements would be ideal; the corpus has few claims).
const extra = (process.env.EXTRA ?? '').split(',').filter(Boolean);
for (const p of extra) files.push(new Uint8Array((await import('node:fs')).readFileSync(p)));
const run = (v: typeof base): [string[], number] => {
  const t0 = performance.now();
  const out = files.map((b, i) => {
    const d = v.prep.decodeForImport(b);
    if (!d.ok) return 'x';
    return JSON.stringify(v.prep.prepareNote(d, v.rules, `/f/${i}`).sections.map((s) => s.flags));
  });
  return [out, performance.now() - t0];
};
for (let r = 0; r < 2; r++) {
  const [a, ta] = run(base);
  const [b, tb] = run(cur);
  const differ = a.filter((x, i) => x !== b[i]).length;
  const flags = a.reduce((n, x) => n + (x.match(/"ruleId"|"factId"/g)?.length ?? 0), 0);
  console.log(`round ${r}: base ${ta.toFixed(0)} ms, current ${tb.toFixed(0)} ms; files ${files.length}, flags ${flags}, differing files ${differ}`);
}

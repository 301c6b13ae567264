/** Ad-hoc (issue 19, session 10): how many bigram postings a frequent-word set W costs, per df threshold. */
import { openUserDb } from '../src/main/db/open';
import { forEachToken, phraseTerms } from '../src/main/search/tokenize';
import { queries } from './corpus';
const db = openUserDb(process.env.RANK_DB ?? '/tmp/s10perf/rank.sqlite').db;
const docs = db.prepare('SELECT title, body FROM search_docs WHERE id % 5 = 0').all() as { title: string; body: string }[];
const toks = docs.map((d) => {
  const t: string[] = [];
  const b: string[] = [];
  forEachToken(db, d.title, (x) => t.push(x));
  forEachToken(db, d.body, (x) => b.push(x));
  return [t, b];
});
const df = new Map<string, number>();
let words = 0;
let tokens = 0;
for (const [t, b] of toks) {
  const s = new Set([...t!, ...b!]);
  words += s.size;
  tokens += t!.length + b!.length;
  for (const x of s) df.set(x, (df.get(x) ?? 0) + 1);
}
console.log('docs', docs.length, 'word postings', words, 'tokens', tokens);
const phr = queries().filter((q) => q.kind === 'phrase').map((q) => phraseTerms(db, q.text.replace(/"/g, '')));
for (const f of [0.02, 0.05, 0.1, 0.2, 0.3]) {
  const W = new Set([...df].filter(([, n]) => n >= f * docs.length).map(([w]) => w));
  let post = 0;
  let occ = 0;
  for (const [t, b] of toks) {
    const s = new Set<string>();
    for (const col of [t!, b!])
      for (let i = 1; i < col.length; i++)
        if (W.has(col[i - 1]!) && W.has(col[i]!)) {
          s.add(col[i - 1] + ' ' + col[i]);
          occ++;
        }
    post += s.size;
  }
  const cov = phr.filter((p) => p.length === 2 && W.has(p[0]!) && W.has(p[1]!)).length;
  console.log(`df>=${f}: |W| ${W.size} pair postings ${post} (${((100 * post) / words).toFixed(1)}% of word postings) occurrences ${occ} (${((100 * occ) / tokens).toFixed(1)}% of tokens); bench phrases covered ${cov}/${phr.length}`);
}

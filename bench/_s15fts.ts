/**
 * Session 15 (ad-hoc): the importing thread's FTS5 cost by prefix indexes. Writes BENCH_NOTES bench notes as
 * search documents once (titled as the importer titles them), then per variant (rotating order, ROUNDS
 * rounds) empties both FTS5 tables, recreates them with that `prefix=` option and indexes every document in
 * batches of 2,000 inside one transaction with hashsize 16 MiB (as withDeferredIndexing does), then commits.
 * Prints this thread's CPU for the inserts and for the commit (+ its automatic checkpoint), medians.
 * Session 15 found (shared VM, load 4-15): 20k notes insert 990 ms ('2 3') / 710 ('2') / 700 ('3') / 500 (none);
 * 100k notes insert + commit 6.0-6.5 + 0.54 s ('2 3'), 4.5 + 0.41 s ('3'), 3.4 + 0.26 s (none); search_fts_data
 * rows 35,852 / 24,747 / 14,369. Migration 0150 keeps '3' (2-character prefixes are OR-ed 3-character ones).
 * Usage: BENCH_NOTES=20000 ROUNDS=3 VARIANTS='2 3|none|2|3' npx tsx bench/_s15fts.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openUserDb } from '../src/main/db/open';
import { tempDir } from '../test/helpers/tmp';
import { notes } from './corpus';

const N = Number(process.env.BENCH_NOTES ?? 20000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const variants = (process.env.VARIANTS ?? '2 3|none|2|3').split('|');
const th = (): number => { const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const t = tempDir('sd-s15fts-');
try {
  const { db } = openUserDb(join(t.dir, 'f.sqlite'));
  db.exec('DROP TRIGGER search_docs_ai; DROP TRIGGER search_docs_postings_ai');
  const ins = db.prepare('INSERT INTO search_docs(kind, ref, title, body, service) VALUES (?, ?, ?, ?, NULL)');
  db.transaction(() => {
    let i = 0;
    for (const n of notes(N)) { ins.run('note', `n${i}`, `notes-${Math.floor(i / 100)}.md › ${n.title}`, n.body); i++; }
  })();
  const res: Record<string, { ins: number[]; commit: number[]; pages: number[] }> = Object.fromEntries(variants.map((v) => [v, { ins: [], commit: [], pages: [] }]));
  for (let r = 0; r < ROUNDS; r++)
    for (let k = 0; k < variants.length; k++) {
      const v = variants[(k + r) % variants.length]!;
      const pre = v === 'none' ? '' : `, prefix='${v}'`;
      db.exec(`DROP TABLE search_fts; DROP TABLE search_title_fts;
        CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_docs', content_rowid='id', tokenize='unicode61 remove_diacritics 2'${pre});
        CREATE VIRTUAL TABLE search_title_fts USING fts5(title, content='search_docs', content_rowid='id', tokenize='unicode61 remove_diacritics 2'${pre});`);
      db.pragma('wal_checkpoint(TRUNCATE)');
      const c0 = th();
      db.exec('BEGIN');
      for (const tb of ['search_fts', 'search_title_fts']) db.exec(`INSERT INTO ${tb}(${tb}, rank) VALUES ('hashsize', ${16 << 20})`);
      for (let lo = 1; lo <= N; lo += 2000) {
        db.exec(`INSERT INTO search_fts(rowid, title, body) SELECT id, title, body FROM search_docs WHERE id BETWEEN ${lo} AND ${lo + 1999};
          INSERT INTO search_title_fts(rowid, title) SELECT id, title FROM search_docs WHERE id BETWEEN ${lo} AND ${lo + 1999};`);
      }
      const c1 = th();
      db.exec('COMMIT');
      const c2 = th();
      const pages = db.prepare("SELECT count(*) FROM search_fts_data").pluck().get() as number;
      res[v]!.ins.push(c1 - c0); res[v]!.commit.push(c2 - c1); res[v]!.pages.push(pages);
      console.log(`round ${r} prefix ${v.padEnd(5)} insert ${c1 - c0} ms CPU, commit ${c2 - c1} ms, search_fts_data rows ${pages}`);
    }
  const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const v of variants) console.log(`prefix ${v.padEnd(5)} median insert ${med(res[v]!.ins)} ms, commit ${med(res[v]!.commit)} ms (${res[v]!.ins.join(', ')} / ${res[v]!.commit.join(', ')})`);
  db.close();
} finally {
  t.cleanup();
}

/**
 * Session 15 (ad-hoc): one import of BENCH_NOTES bench notes (parse workers 'auto', as the bench) for
 * `node --cpu-prof`; prints wall and the importing thread's CPU. Analyse with bench/_s15split.mjs.
 * Usage: BENCH_NOTES=20000 node --cpu-prof --cpu-prof-dir=/tmp/x --import tsx bench/_s15wprof.ts
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openUserDb } from '../src/main/db/open';
import { importFiles, type ImportFile } from '../src/main/notes/importer';
import { loadFactRules } from '../src/main/notes/rules';
import { notes } from './corpus';
import { tempDir } from '../test/helpers/tmp';
const N = Number(process.env.BENCH_NOTES ?? 20000);
const t = tempDir('sd-s15prof-');
const db = openUserDb(join(t.dir, 'b.sqlite')).db;
/** PREFIX='' | '2' | '3' | '2 3' (default: the schema's): recreate the empty FTS5 tables with these prefix indexes. */
const PREFIX = process.env.PREFIX;
if (PREFIX !== undefined) {
  const pre = (_t: string): string => (PREFIX ? `, prefix='${PREFIX}'` : '');
  db.exec(`DROP TABLE search_fts; DROP TABLE search_title_fts;
    CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_docs', content_rowid='id', tokenize='unicode61 remove_diacritics 2'${pre('b')});
    CREATE VIRTUAL TABLE search_title_fts USING fts5(title, content='search_docs', content_rowid='id', tokenize='unicode61 remove_diacritics 2'${pre('t')});`);
}
const corpus = [...notes(N)];
const enc = new TextEncoder();
const files: ImportFile[] = [];
for (let f = 0; f * 100 < N; f++)
  files.push({ name: `notes-${f}.md`, fileKey: `/bench/notes-${f}.md`, bytes: enc.encode(corpus.slice(f * 100, (f + 1) * 100).map((n) => `## ${n.title}\n\n${n.body}\n`).join('\n')) });
loadFactRules();
/** NOCKPT=1: no automatic checkpoint at the import's commit; the checkpoint is then timed on its own. */
if (process.env.NOCKPT === '1') db.pragma('wal_autocheckpoint = 0');
const th = (): number => { const f = readFileSync('/proc/thread-self/stat', 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10; };
const ss = (): number[] => readFileSync('/proc/thread-self/schedstat', 'utf8').trim().split(' ').map(Number);
const ss0 = ss();
const pc0 = process.cpuUsage();
const c0 = th();
const t0 = performance.now();
const s = importFiles(db, files, { workersOnly: process.env.WORKERS_ONLY === '1', workerEntry: process.env.WORKER_ENTRY });
const pc = process.cpuUsage(pc0);
const ss1 = ss();
const wallMs = performance.now() - t0;
const runMs = (ss1[0]! - ss0[0]!) / 1e6;
const queueMs = (ss1[1]! - ss0[1]!) / 1e6;
console.log(`importing thread: on a CPU ${runMs.toFixed(0)} ms, runnable and waiting for one ${queueMs.toFixed(0)} ms, neither (blocked) ${(wallMs - runMs - queueMs).toFixed(0)} ms`);
console.log(`import ${(performance.now() - t0).toFixed(0)} ms wall, importing thread ${th() - c0} ms CPU, all threads ${((pc.user + pc.system) / 1000).toFixed(0)} ms CPU, ${s.totals.sections} sections`);
const walMB = (): string => { try { return (statSync(join(t.dir, 'b.sqlite-wal')).size / 1e6).toFixed(0); } catch { return '-'; } };
const w = walMB();
const k0 = th();
const k1 = performance.now();
const cp = db.pragma('wal_checkpoint(PASSIVE)');
console.log(`WAL ${w} MB after the import; a PASSIVE checkpoint then: ${(performance.now() - k1).toFixed(0)} ms wall, ${th() - k0} ms CPU ${JSON.stringify(cp)}`);
db.close();
t.cleanup();

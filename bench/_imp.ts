/**
 * Ad-hoc: the import measure, interleaved. Each round imports the same files with `legacy` (the frozen old
 * importer), `base` (importChild.ts of another checkout, BASE=/path, default /tmp/s8base) and `current`, each
 * in a process of its own, in rotating order; prints medians and ratios to legacy. The first round's
 * databases are compared (search_postings rows, FTS5 vocabulary, notes tables) between base and current.
 * CUR=/path runs `current` from another checkout (a frozen copy, so edits made meanwhile do not leak in).
 * Usage: BENCH_NOTES=20000 ROUNDS=3 [MODE=workersOnly] npx tsx bench/_imp.ts
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openUserDb } from '../src/main/db/open';
import { postingsStart } from '../src/main/search/impacts';
import { tempDir } from '../test/helpers/tmp';
import { notes } from './corpus';

const N = Number(process.env.BENCH_NOTES ?? 20_000);
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const BASE = process.env.BASE ?? '/tmp/s8base';
const only = process.env.ONLY?.split(',');
const t = tempDir('sd-imp-ab-');
type Run = { ms: number; cpuMs: number; writerCpuMs: number; maxRssMB: number; sections: number; quietMs?: number; runqueueMs?: number };
/** MODE (see _impChild.ts) runs base and current through _impChild.ts with those parse-worker options. */
const MODE = process.env.MODE;
const CUR = process.env.CUR ?? join(import.meta.dirname, '..');
const children: Record<string, string> = {
  legacy: join(import.meta.dirname, 'importChild.ts'),
  base: join(BASE, 'bench', 'importChild.ts'),
  current: join(CUR, 'bench', 'importChild.ts'),
};
const variants = Object.keys(children).filter((v) => !only || only.includes(v));
const digest = (path: string): Record<string, string> => {
  const db = new Database(path, { readonly: true });
  const h = (sql: string): string => {
    const x = createHash('sha256');
    for (const r of db.prepare(sql).raw().iterate()) x.update(JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v)));
    return x.digest('hex').slice(0, 16);
  };
  const raw = createHash('sha256');
  for (const r of db.prepare('SELECT term, last, n, data, pos FROM search_postings ORDER BY term, last').iterate() as Iterable<{ term: string; last: number; n: number; data: Buffer; pos: Buffer }>)
    raw.update(`${r.term}\u0000${r.last}\u0000${r.n}\u0000${r.data.subarray(r.term === ' ' ? 0 : postingsStart(r.data)).toString('hex')}\u0000${r.pos.toString('hex')}`);
  const out = {
    postingsAfterHeaders: raw.digest('hex').slice(0, 16),
    postings: h('SELECT term, last, n, data, pos FROM search_postings ORDER BY term, last'),
    vocab: h('SELECT term, doc, cnt FROM search_vocab ORDER BY term'),
    docs: h('SELECT id, kind, ref, title, body FROM search_docs ORDER BY id'),
    terms: h('SELECT term, docs FROM search_terms ORDER BY term'),
    sections: h('SELECT id, file_id, ord, title, body FROM note_sections ORDER BY id'),
    flags: h('SELECT * FROM fact_flags ORDER BY id'),
    queue: h('SELECT * FROM search_postings_queue'),
  };
  db.close();
  return out;
};
try {
  const corpus = [...notes(N)];
  const filesDir = join(t.dir, 'files');
  mkdirSync(filesDir);
  let count = 0;
  for (let f = 0; f * 100 < N; f++, count++)
    writeFileSync(join(filesDir, `notes-${f}.md`), corpus.slice(f * 100, (f + 1) * 100).map((n) => `## ${n.title}\n\n${n.body}\n`).join('\n'));
  const runs: Record<string, Run[]> = Object.fromEntries(variants.map((v) => [v, []]));
  const digests: Record<string, Record<string, string>> = {};
  for (let r = 0; r < ROUNDS; r++) {
    const order = variants.map((_, i) => variants[(i + r) % variants.length]!);
    for (const v of order) {
      const path = join(t.dir, `${v}-${r}.sqlite`);
      // Each child creates its database with its own schema (base may be older than current).
      if (v === 'legacy') openUserDb(path).db.close();
      const args =
        MODE
          ? [join(import.meta.dirname, '_impChild.ts'), v === 'base' ? BASE : CUR, v === 'legacy' ? 'legacy' : MODE, path, filesDir, String(count)]
          : [children[v]!, v === 'legacy' ? 'legacy' : 'current', path, filesDir, String(count)];
      const res = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', ...args], {
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      });
      if (res.status !== 0) throw new Error(`${v} failed: ${res.stderr}`);
      const run = JSON.parse(res.stdout.trim().split('\n').pop()!) as Run;
      if (run.sections !== N) throw new Error(`${v}: ${run.sections} sections`);
      runs[v]!.push(run);
      console.log(`round ${r} ${v.padEnd(8)} ${(run.ms / 1000).toFixed(2)} s wall, CPU ${(run.cpuMs / 1000).toFixed(2)} s, importing thread ${(run.writerCpuMs / 1000).toFixed(2)} s, RSS ${run.maxRssMB.toFixed(0)} MB${run.quietMs === undefined ? '' : `, wall minus run-queue wait ${(run.quietMs / 1000).toFixed(2)} s`}`);
      if (r === 0 && v !== 'legacy') digests[v] = digest(path);
      rmSync(path, { force: true });
    }
  }
  const med = (xs: (number | undefined)[]): number => [...(xs as number[])].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const v of variants) {
    const rs = runs[v]!;
    const m = (k: keyof Run): number => med(rs.map((x) => x[k]));
    const l = runs.legacy;
    const ratio = (k: keyof Run): string => (l ? ` (${(m(k) / med(l.map((x) => x[k]))).toFixed(3)}× legacy)` : '');
    console.log(`${v.padEnd(8)} median wall ${(m('ms') / 1000).toFixed(2)} s${ratio('ms')}, CPU ${(m('cpuMs') / 1000).toFixed(2)} s${ratio('cpuMs')}, importing thread ${(m('writerCpuMs') / 1000).toFixed(2)} s${ratio('writerCpuMs')}, peak RSS ${m('maxRssMB').toFixed(0)} MB${rs[0]!.quietMs === undefined ? '' : `, wall minus run-queue wait ${(m('quietMs') / 1000).toFixed(2)} s${ratio('quietMs')}`}`);
  }
  if (digests.base && digests.current) {
    const differ = Object.keys(digests.base).filter((k) => digests.base![k] !== digests.current![k]);
    console.log(differ.length ? `base and current differ in: ${differ.join(', ')}` : 'databases identical (base vs current)');
  }
} finally {
  t.cleanup();
}

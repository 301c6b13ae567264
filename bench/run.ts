/**
 * `npm run bench`: performance figures measured in ONE run on this machine, printed as a table and saved
 * to bench/results/latest.json. Each timed target is judged as a ratio to an in-run reference (the LIKE scan's
 * p95) and shown in ms too (issue 19); `reference` and `targets` in latest.json carry both.
 * BENCH_NOTES overrides the corpus size (default 100,000).
 */
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { startApp } from '../src/main/app';
import { JobRunner } from '../src/main/jobs/runner';
import { openKbDb, openUserDb } from '../src/main/db/open';
import type { ImportFile } from '../src/main/notes/importer';
import { search } from '../src/main/search/query';
import { syncSearchIndex } from '../src/main/search';
import { postingsMemoryBytes } from '../src/main/search/postings';
import { searchRequest } from '../src/shared/ipc/channels/search';
import { literalQuery, queryTokens } from '../src/shared/search/queryText';
import { startWebServer } from '../src/main/web/server';
import { datasetSchema } from '../src/shared/kb/schemas';
import type { ViewUnits } from '../src/shared/table/model';
import { deriveTable, prepareForTyping, queryTable, type TableQuery } from '../src/shared/table/pipeline';
import { notes, queries } from './corpus';
import { FIRST_DATA_PROBE } from './firstDataProbe';
import { launchBenchChromium } from './firstScreenSetup';
import { tempDir } from '../test/helpers/tmp';

const ROOT = join(import.meta.dirname, '..');
const N = Number(process.env.BENCH_NOTES ?? 100_000);
const results: Record<string, unknown> = { notes: N, date: new Date().toISOString(), node: process.version };
const rows: { metric: string; value: string; target: string; met: string; ratio?: RatioTarget }[] = [];

/**
 * Targets hold on any machine as ratios to an in-run reference: the LIKE full scan's p95 over the same
 * 100k-note database (SQLite, memory and CPU together, like everything measured here). Each ceiling is
 * the ms figure set on the developers' VM divided by that VM's LIKE p95 in the same run (190 ms on
 * 2026-11-25, the run the README's ceilings were checked against). A second reference, a fixed pure-JS
 * workload, is printed so two machines can also be compared on CPU alone.
 */
const DEV_VM_LIKE_P95_MS = 190;
interface RatioTarget {
  valueMs: number;
  /** The ceiling in ms on the developers' VM. */
  devCeilingMs: number;
}
/** A timed target as written to latest.json: the figure and its ceiling, in ms and as ratios to the LIKE p95. */
interface SettledTarget {
  metric: string;
  valueMs: number;
  ratio: number | null;
  ceilingRatio: number;
  ceilingMsHere: number | null;
  devCeilingMs: number;
  met: string;
}
const targets: SettledTarget[] = [];
let refLikeP95: number | null = null;

/** The scripts the first screen loaded in Chromium (file names), when that was measured. */
let firstScreenScripts: string[] | null = null;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}
function stats(xs: number[]): { p50: number; p95: number; p99: number } {
  return { p50: pct(xs, 50), p95: pct(xs, 95), p99: pct(xs, 99) };
}
const ms = (x: number): string => `${x.toFixed(x < 10 ? 2 : 1)} ms`;
function report(metric: string, value: string, target = '', met?: boolean): void {
  rows.push({ metric, value, target, met: met === undefined ? '' : met ? 'met' : 'NOT met' });
}
/** A timed target: judged by its ratio to this run's LIKE p95, shown in ms too. */
function reportRatio(metric: string, value: string, ratio: RatioTarget): void {
  rows.push({ metric, value, target: '', met: '', ratio });
}
function settleRatios(): void {
  for (const r of rows) {
    if (!r.ratio) continue;
    const ceilRatio = r.ratio.devCeilingMs / DEV_VM_LIKE_P95_MS;
    const devMs = r.ratio.devCeilingMs >= 1000 ? `${r.ratio.devCeilingMs / 1000} s` : `${r.ratio.devCeilingMs} ms`;
    const base = { metric: r.metric, valueMs: r.ratio.valueMs, ceilingRatio: ceilRatio, devCeilingMs: r.ratio.devCeilingMs };
    if (refLikeP95 === null) {
      r.target = `≤ ${devMs} (no LIKE reference measured)`;
      r.met = r.ratio.valueMs <= r.ratio.devCeilingMs ? 'met' : 'NOT met';
      targets.push({ ...base, ratio: null, ceilingMsHere: null, met: r.met });
      continue;
    }
    const ratio = r.ratio.valueMs / refLikeP95;
    const here = ceilRatio * refLikeP95;
    r.value += ` (${ratio.toFixed(ratio < 0.1 ? 4 : 3)}× LIKE)`;
    r.target = `≤ ${ceilRatio.toFixed(ceilRatio < 0.1 ? 4 : 3)}× LIKE p95 (${devMs} on the dev VM; ${here >= 1000 ? `${(here / 1000).toFixed(1)} s` : ms(here)} here)`;
    // The ceilings were set on 100,000 notes; at another size the LIKE reference scales differently.
    r.met = N !== 100_000 ? 'n/a (ratios are calibrated at 100,000 notes)' : ratio <= ceilRatio ? 'met' : 'NOT met';
    targets.push({ ...base, ratio, ceilingMsHere: here, met: r.met });
  }
}

/** A fixed pure-JS workload (sort, string building, Map churn): a CPU-only speed reference, in ms. */
function cpuReference(): number {
  const once = (): number => {
    let seed = 42;
    const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const xs = Array.from({ length: 200_000 }, rnd);
    xs.sort((a, b) => a - b);
    const m = new Map<string, number>();
    for (let i = 0; i < 100_000; i++) {
      const k = `k${(i * 7919) % 5003}`;
      m.set(k, (m.get(k) ?? 0) + (xs[i] ?? 0));
    }
    return m.size;
  };
  for (let i = 0; i < 3; i++) once();
  const xs: number[] = [];
  for (let i = 0; i < 9; i++) xs.push(time(once)[1]);
  return pct(xs, 50);
}
interface ImportRun {
  variant: string;
  ms: number;
  sections: number;
  rssBeforeMB: number;
  maxRssMB: number;
  /** The importing thread's peak JS heap; null when the import ran as the app's job (another thread's heap). */
  heapPeakMB: number | null;
  cpuMs: number;
  writerCpuMs: number | null;
  /** The WAL checkpoint after the answer (the job's worker runs it once the import has answered). */
  checkpointMs: number;
  checkpointFrames: number;
  /** Where the current importer's parse workers ran from: the app's build, as installed, or source (tsx). */
  workersFrom: 'build' | 'source' | null;
  /** job: the app's import job on the build (out/main/worker.js); source: importFiles from source on the child's thread. */
  ranAs: 'job' | 'source';
}

/** 0..n-1 in an order fixed by `seed` (Fisher–Yates over a small LCG): the same orders in every run. */
function seededOrder(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let x = seed * 2654435761;
  for (let i = n - 1; i > 0; i--) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    const j = x % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

const t = tempDir('sd-bench-');
try {
  // ---------- 1. import 100k notes through the real importer, index in sync ----------
  // 1,000 Markdown files of 100 `## title` sections: decode, parse, fact-check, cards, sections, search
  // documents, FTS index and term list, in one transaction, exactly as the Notes screen imports.
  const dbPath = join(t.dir, 'bench.sqlite');
  const [opened, openNew] = time(() => openUserDb(dbPath));
  let db = opened.db;
  const corpus = [...notes(N)];
  const textMB = corpus.reduce((a, n) => a + n.body.length + n.title.length, 0) / 1e6;
  const PER_FILE = 100;
  const enc = new TextEncoder();
  const files: ImportFile[] = [];
  for (let f = 0; f * PER_FILE < N; f++) {
    const md = corpus
      .slice(f * PER_FILE, (f + 1) * PER_FILE)
      .map((n) => `## ${n.title}\n\n${n.body}\n`)
      .join('\n');
    files.push({ name: `notes-${f}.md`, fileKey: `/bench/notes-${f}.md`, bytes: enc.encode(md) });
  }
  // Each importer in a process of its own on the same files (peak memory is then each one's own): the
  // importer as it was before parse workers (bench/legacy) into a scratch database, then the current one
  // into the database the rest of the bench reads. Their ratio is the figure that holds on any machine.
  const filesDir = join(t.dir, 'files');
  mkdirSync(filesDir);
  files.forEach((f) => writeFileSync(join(filesDir, f.name), f.bytes));
  const importIn = (variant: 'legacy' | 'source' | 'current', path: string): ImportRun => {
    const r = spawnSync(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench', 'importChild.ts'), variant, path, filesDir, String(files.length)],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    if (r.status !== 0) throw new Error(`${variant} import failed: ${r.stderr}`);
    const run = JSON.parse(r.stdout.trim().split('\n').pop() as string) as ImportRun;
    if (run.sections !== N) throw new Error(`${variant} import produced ${run.sections} sections, expected ${N}`);
    return run;
  };
  db.close();
  const legacyPath = join(t.dir, 'legacy.sqlite');
  openUserDb(legacyPath).db.close();
  const legacy = importIn('legacy', legacyPath);
  rmSync(legacyPath, { force: true });
  // The measure up to session 20 (importFiles from source on the child's thread, fact-check loaded before the
  // clock), for comparison with the app's job below.
  const sourcePath = join(t.dir, 'source.sqlite');
  openUserDb(sourcePath).db.close();
  const fromSource = importIn('source', sourcePath);
  rmSync(sourcePath, { force: true });
  for (const x of ['-wal', '-shm']) rmSync(sourcePath + x, { force: true });
  const current = importIn('current', dbPath);
  db = openUserDb(dbPath).db;
  const importMs = current.ms;
  const importRatio = current.ms / legacy.ms;
  const dbMB = statSync(dbPath).size / 1e6;
  results.import = { ms: importMs, textMB, dbMB, files: files.length, sections: N, current, legacy, source: fromSource, ratio: importRatio };
  reportRatio(
    `Import ${N.toLocaleString()} notes (${textMB.toFixed(0)} MB, ${files.length} files) via the importer, index in sync`,
    ms(importMs),
    { valueMs: importMs, devCeilingMs: 15_000 },
  );
  report(
    'Import: current vs the importer before parse workers (same files, same run)',
    `${(current.ms / 1000).toFixed(2)} s vs ${(legacy.ms / 1000).toFixed(2)} s = ${importRatio.toFixed(2)}×`,
    '≤ 0.6×',
    importRatio <= 0.6,
  );
  report(
    'Import memory: peak RSS (all threads) / peak JS heap (importing thread)',
    `current ${current.maxRssMB.toFixed(0)} MB / ${current.heapPeakMB === null ? 'n/a (a job thread)' : `${current.heapPeakMB.toFixed(0)} MB`}; before ${legacy.maxRssMB.toFixed(0)} MB / ${legacy.heapPeakMB === null ? '?' : `${legacy.heapPeakMB.toFixed(0)} MB`} (files in memory: ${(files.reduce((a, f) => a + f.bytes.length, 0) / 1e6).toFixed(0)} MB)`,
  );
  report(
    'Import CPU: all threads / the importing thread (a busy machine slows the clock, not these)',
    `current ${(current.cpuMs / 1000).toFixed(2)} s / ${current.writerCpuMs === null ? '?' : `${(current.writerCpuMs / 1000).toFixed(2)} s`}; before ${(legacy.cpuMs / 1000).toFixed(2)} s / ${legacy.writerCpuMs === null ? '?' : `${(legacy.writerCpuMs / 1000).toFixed(2)} s`}`,
  );
  report(
    'Import: ran as',
    current.ranAs === 'job'
      ? "the app's import job on its build (out/main/worker.js, 'notes.import'): files handed over as the app does (base64), fact-check loaded by the job (precompiled index), timed from starting the job's thread to its answer"
      : 'importFiles from source through tsx, fact-check loaded before the clock (no build newer than src/: run `npm run build` first)',
  );
  report(
    'Import as measured up to session 20 (importFiles from source, fact-check loaded before the clock; not the target)',
    `${(fromSource.ms / 1000).toFixed(2)} s (the job: ${(current.ms / 1000).toFixed(2)} s); CPU ${(fromSource.cpuMs / 1000).toFixed(2)} s / importing thread ${fromSource.writerCpuMs === null ? '?' : `${(fromSource.writerCpuMs / 1000).toFixed(2)} s`}`,
  );
  report(
    'Import: parse workers started from',
    current.workersFrom === 'build'
      ? "the app's build (out/main/worker.js), as the installed app starts them"
      : 'source through tsx (no build newer than src/: run `npm run build` first; ~1 s of CPU more per worker)',
  );
  report(
    'Import: WAL checkpoint after the answer (off the wait: the job\'s worker runs it once it has answered)',
    `${(current.checkpointMs / 1000).toFixed(2)} s, ${current.checkpointFrames.toLocaleString()} frames (the importer before parse workers checkpointed inside its ${(legacy.ms / 1000).toFixed(2)} s)`,
  );
  report('User DB size (notes, sections, index)', `${dbMB.toFixed(0)} MB`);
  // Ranked search's own postings (migration 0110): their share of the file, and a full re-derivation
  // (what an upgrade or a salvage pays once; an import pays it for its own documents, inside its time above).
  const postingsMB =
    (db.prepare("SELECT sum(pgsize) FROM dbstat WHERE name IN ('search_postings', 'search_postings_queue')").pluck().get() as number) / 1e6;
  const [, postingsRebuildMs] = time(() => db.transaction(() => syncSearchIndex(db, { rebuild: true }))());
  db.pragma('wal_checkpoint(TRUNCATE)');
  results.postings = { dbMB: postingsMB, rebuildMs: postingsRebuildMs };
  report('Ranked-search postings on disk (part of the DB size above)', `${postingsMB.toFixed(1)} MB (${((100 * postingsMB) / dbMB).toFixed(0)} %)`);
  report('Ranked-search postings, full rebuild (JS tokenizer + blocks)', ms(postingsRebuildMs));
  files.length = 0; // 94 MB of encoded files: garbage from here on, not heap the later figures pay GC for
  const [, rebuildMs] = time(() => db.exec("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"));
  report('Index build (FTS5 rebuild of the corpus)', ms(rebuildMs));

  // ---------- baseline: a straightforward FTS5 table (porter unicode61, bm25 + snippet, LIMIT 20) ----------
  db.exec("CREATE VIRTUAL TABLE base USING fts5(title, body, tokenize='porter unicode61')");
  const [, baseBuildMs] = time(() =>
    db.exec(
      "INSERT INTO base(rowid, title, body) SELECT id, title, body FROM search_docs WHERE kind = 'note'",
    ),
  );
  report('Baseline index build (porter unicode61)', ms(baseBuildMs));
  const baseStmt = db.prepare(
    "SELECT rowid, title, snippet(base, 1, '[', ']', '…', 14) AS s FROM base WHERE base MATCH ? ORDER BY bm25(base, 8.0, 1.0) LIMIT 20",
  );
  // LIKE full scan: the first page and the match count (which reads every row), as type-ahead shows.
  const likeCache = new Map<string, [Database.Statement, Database.Statement]>();
  const like = (patterns: string[]): unknown => {
    const where = patterns.map(() => '(body LIKE ? OR title LIKE ?)').join(' AND ');
    let st = likeCache.get(where);
    if (!st)
      likeCache.set(
        where,
        (st = [
          db.prepare(`SELECT id FROM search_docs WHERE ${where} LIMIT 20`),
          db.prepare(`SELECT count(*) FROM search_docs WHERE ${where}`),
        ]),
      );
    const args = patterns.flatMap((w) => [`%${w}%`, `%${w}%`]);
    return [st[0].all(...args), st[1].get(...args)];
  };

  // ---------- queries: each engine in its own loop (warm-up pass, then the measured pass) ----------
  const qs = queries();
  const prepared = qs.map((q) => {
    const tokens = queryTokens(q.text);
    const prefix = q.kind === 'prefix';
    return {
      q,
      tokens,
      prefix,
      fts: q.kind === 'phrase' ? q.text : literalQuery(tokens, prefix),
      like: q.kind === 'phrase' ? [tokens.join(' ')] : tokens,
      reqT: searchRequest.parse({ q: q.text, mode: 'typeahead', limit: 20 }),
      reqR: searchRequest.parse({ q: prefix ? q.text : `${q.text} `, mode: 'ranked', limit: 20 }),
    };
  });
  // Each query's figure is the median of three measured passes (after a warm-up pass), for every engine
  // alike, the LIKE reference included: with one pass, the p95 (the 11th slowest of 210) swung by more than
  // code changes did between runs on this shared VM (session 9 measured 13.7 and 15.4 ms for the same code).
  const PASSES = 3;
  const measure = (fn: (p: (typeof prepared)[number]) => unknown): number[] => {
    for (const p of prepared) fn(p); // warm-up
    global.gc?.();
    // Each pass visits the queries in its own seeded order: in one fixed order the garbage collector's pauses
    // land on the same queries every pass, which a median cannot remove (found in session 10's A/B runs).
    const runs = Array.from({ length: PASSES }, (_, pass) => {
      const out = new Array<number>(prepared.length);
      for (const i of seededOrder(prepared.length, pass + 1)) out[i] = time(() => fn(prepared[i]!))[1];
      return out;
    });
    return prepared.map((_, i) => runs.map((r) => r[i]!).sort((x, y) => x - y)[PASSES >> 1]!);
  };
  const lat = {
    typeahead: measure((p) => search(db, p.reqT)),
    ranked: measure((p) => search(db, p.reqR)),
    baseline: measure((p) => baseStmt.all(p.fts)),
    like: measure((p) => like(p.like)),
    mini: [] as number[],
  };

  // Result checks (not timed): empty prefixes, and our ranked page against full bm25 on the same index.
  let emptyPrefixOurs = 0;
  let emptyPrefixBase = 0;
  // Our top 20 against full title-weighted bm25 over the same index (FTS5's own ORDER BY bm25, every
  // match). Equal means the same documents, except that documents whose bm25 ties (within 1e-9) with the
  // 20th may stand in for one another: FTS5 leaves the order of ties unspecified, ours puts newer first.
  let overlapSum = 0;
  let equalCount = 0;
  let worst = { overlap: 1, q: '' };
  const fullBm25 = db.prepare(
    `SELECT d.id, bm25(search_fts, 8.0, 1.0) AS s FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
      WHERE search_fts MATCH ? ORDER BY s LIMIT 20`,
  );
  // bm25 of given documents: `+rowid` keeps the constraint away from FTS5 (with `rowid = ?` FTS5 computes
  // its statistics differently and the scores are not comparable).
  const scoresOf = db.prepare(
    'SELECT rowid AS id, bm25(search_fts, 8.0, 1.0) AS s FROM search_fts WHERE search_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))',
  );
  const termsHave = db.prepare('SELECT 1 FROM search_terms WHERE term >= ? AND term < ? LIMIT 1');
  const idOf = db.prepare('SELECT id FROM search_docs WHERE kind = ? AND ref = ?');
  for (const p of prepared) {
    if (p.prefix) {
      const w = p.tokens[0]!;
      const occurs = termsHave.get(w, `${w}\uffff`) !== undefined;
      if (occurs && search(db, p.reqT).total === 0) emptyPrefixOurs++;
      if (occurs && (baseStmt.all(p.fts) as unknown[]).length === 0) emptyPrefixBase++;
    }
    const rr = search(db, p.reqR);
    const full = fullBm25.all(p.fts) as { id: number; s: number }[];
    const fullIds = new Set(full.map((r) => r.id));
    const ours = rr.hits.map((h) => (idOf.get(h.kind, h.ref) as { id: number }).id);
    const o = full.length === 0 ? (ours.length === 0 ? 1 : 0) : ours.filter((id) => fullIds.has(id)).length / full.length;
    const last = full.at(-1)?.s ?? 0;
    const tie = (x: number): boolean => Math.abs(x - last) <= 1e-9 * Math.max(1, Math.abs(last));
    const equal =
      ours.length === full.length &&
      ((): boolean => {
        const extra = ours.filter((id) => !fullIds.has(id));
        if (extra.length === 0) return true;
        const got = scoresOf.all(p.fts, JSON.stringify(extra)) as { id: number; s: number }[];
        return got.length === extra.length && got.every((r) => tie(r.s));
      })() &&
      full.every((r) => ours.includes(r.id) || tie(r.s));
    overlapSum += o;
    if (equal) equalCount++;
    if (o < worst.overlap || (!equal && worst.q === '')) worst = { overlap: o, q: `${p.q.kind} ${p.q.text}` };
  }

  // ---------- search while importing (issue 19 item 3) ----------
  // The same 210 queries on this (main) thread, on a copy of this database, while the app's import job (its
  // worker, its own connection, parse workers) imports the corpus again under new names; p95 during the
  // import against p95 idle (rounds before and after it) on the same connection.
  {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const livePath = join(t.dir, 'live.sqlite');
    copyFileSync(dbPath, livePath);
    const live = openUserDb(livePath).db;
    type Lat = { typeahead: number[]; ranked: number[] };
    const idle: Lat = { typeahead: [], ranked: [] };
    const during: Lat = { typeahead: [], ranked: [] };
    const chunk = (from: number, to: number, into: Lat): void => {
      for (const p of prepared.slice(from, to)) {
        into.typeahead.push(time(() => search(live, p.reqT))[1]);
        into.ranked.push(time(() => search(live, p.reqR))[1]);
      }
    };
    const CHUNK = 15;
    const round = async (into: Lat | null, stillRunning?: () => boolean): Promise<void> => {
      for (let i = 0; i < prepared.length; i += CHUNK) {
        const got: Lat = { typeahead: [], ranked: [] };
        chunk(i, i + CHUNK, got);
        await new Promise((r) => setImmediate(r)); // the job's messages get through
        // A chunk counts as "during" only if the import was still running when it ended.
        if (into && (!stillRunning || stillRunning())) {
          into.typeahead.push(...got.typeahead);
          into.ranked.push(...got.ranked);
        }
        if (stillRunning && !stillRunning()) return;
      }
    };
    await round(null); // warm-up
    global.gc?.();
    await round(idle);
    const liveFiles = readdirSync(filesDir)
      .sort()
      .map((name) => ({ name: `live-${name}`, fileKey: `/live/${name}`, contentBase64: readFileSync(join(filesDir, name)).toString('base64') }));
    const runner = new JobRunner();
    let running = true;
    const t0 = performance.now();
    let jobMs = 0;
    const job = runner
      .run('notes.import', { dbPath: livePath, appRoot: ROOT, files: liveFiles }, { writes: true })
      .finally(() => {
        running = false;
        jobMs = performance.now() - t0;
      });
    let rounds = 0;
    while (running) {
      await round(during, () => running);
      rounds++;
    }
    const jobSummary = await job;
    runner.close();
    global.gc?.();
    await round(idle);
    live.close();
    rmSync(livePath, { force: true });
    const i = { typeahead: stats(idle.typeahead), ranked: stats(idle.ranked) };
    const d = { typeahead: stats(during.typeahead), ranked: stats(during.ranked) };
    const rt = d.typeahead.p95 / i.typeahead.p95;
    const rr = d.ranked.p95 / i.ranked.p95;
    results.searchWhileImporting = { idle: i, during: d, ratioTypeahead: rt, ratioRanked: rr, importMs: jobMs, queriesDuring: during.ranked.length, rounds, imported: jobSummary.totals.sections };
    report(
      `Type-ahead p95 during a ${jobSummary.totals.sections.toLocaleString()}-note import job vs idle (${during.typeahead.length} queries during, ${(jobMs / 1000).toFixed(1)} s)`,
      `${ms(d.typeahead.p95)} vs ${ms(i.typeahead.p95)} = ${rt.toFixed(2)}×`,
      '≤ 2×',
      rt <= 2,
    );
    report('Ranked p95 during the import job vs idle', `${ms(d.ranked.p95)} vs ${ms(i.ranked.p95)} = ${rr.toFixed(2)}×`, '≤ 2×', rr <= 2);
  }

  // ---------- MiniSearch, same corpus, measured after the SQLite engines (its heap would skew them) ----------
  // Built and queried inside a function so the index is garbage once measured.
  const miniRun = (): { buildMs: number; heapMB: number; lat: number[] } => {
    global.gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    const mini = new MiniSearch<{ id: number; title: string; body: string }>({
      fields: ['title', 'body'],
      idField: 'id',
    });
    const [, buildMs] = time(() =>
      mini.addAll(corpus.map((n, i) => ({ id: i, title: n.title, body: n.body }))),
    );
    global.gc?.();
    const heapMB = (process.memoryUsage().heapUsed - heap0) / 1e6;
    return {
      buildMs,
      heapMB,
      lat: measure((p) =>
        mini.search(p.tokens.join(' '), { prefix: p.prefix, combineWith: 'AND' }).slice(0, 20),
      ),
    };
  };
  const miniResult = miniRun();
  corpus.length = 0; // the notes' text (only MiniSearch needed it): released before the later figures
  global.gc?.();
  lat.mini = miniResult.lat;
  report('MiniSearch build (same corpus)', ms(miniResult.buildMs));
  report('MiniSearch heap for the index', `${miniResult.heapMB.toFixed(0)} MB`);
  const S = Object.fromEntries(Object.entries(lat).map(([k, v]) => [k, stats(v)])) as Record<
    keyof typeof lat,
    ReturnType<typeof stats>
  >;
  const overlap = overlapSum / qs.length;
  const rankedMemMB = postingsMemoryBytes(db) / 1e6;
  results.queries = {
    count: qs.length,
    ...S,
    emptyPrefixOurs,
    emptyPrefixBase,
    rankedOverlapWithFullBm25: overlap,
    rankedEqualToFullBm25: equalCount,
    rankedWorst: worst,
    rankedMemoryMB: rankedMemMB,
  };
  const row = (
    name: string,
    s: { p50: number; p95: number; p99: number },
    target = '',
    met?: boolean,
  ): void => report(name, `p50 ${ms(s.p50)} · p95 ${ms(s.p95)} · p99 ${ms(s.p99)}`, target, met);
  refLikeP95 = S.like.p95;
  const rowR = (name: string, s: { p50: number; p95: number; p99: number }, devCeilingMs: number): void =>
    reportRatio(name, `p50 ${ms(s.p50)} · p95 ${ms(s.p95)} · p99 ${ms(s.p99)}`, { valueMs: s.p95, devCeilingMs });
  rowR(`Type-ahead (prefix, first page + count), ${qs.length} queries, p95`, S.typeahead, 2);
  rowR('Ranked (bm25 title-weighted, 20 + snippets), p95', S.ranked, 10);
  row(
    'Baseline straightforward FTS5 (porter, bm25+snippet)',
    S.baseline,
    `ranked ≥ 10× faster at p95 (now ${(S.baseline.p95 / S.ranked.p95).toFixed(1)}×)`,
    S.baseline.p95 >= 10 * S.ranked.p95,
  );
  row('LIKE full scan (first page + count): the in-run reference', S.like, 'reference');
  const cpuRef = cpuReference();
  results.reference = { likeP95Ms: S.like.p95, cpuMs: cpuRef, devVmLikeP95Ms: DEV_VM_LIKE_P95_MS };
  report('CPU reference (fixed JS workload, median of 9)', ms(cpuRef), 'reference');
  row('MiniSearch', S.mini, `ours ≥ 10× faster at p95 (now ${(S.mini.p95 / S.ranked.p95).toFixed(1)}×)`, S.mini.p95 >= 10 * S.ranked.p95);
  report(
    'Ranked top 20 equal to full bm25 top 20 (same index; ties at the 20th interchangeable)',
    `${equalCount}/${qs.length} queries (${((100 * equalCount) / qs.length).toFixed(1)} %); overlap ${(100 * overlap).toFixed(1)} % overall, worst ${(100 * worst.overlap).toFixed(0)} % (${worst.q || 'none'})`,
    '≥ 95 % of queries',
    equalCount >= 0.95 * qs.length,
  );
  report('Ranked-search memory (docs list + scratch arrays, per connection)', `${rankedMemMB.toFixed(1)} MB`);
  report(
    'Prefix queries returning nothing where the prefix occurs',
    `ours ${emptyPrefixOurs}, porter baseline ${emptyPrefixBase}`,
    'ours 0',
    emptyPrefixOurs === 0,
  );
  db.close();
  const [reopen, reopenMs] = time(() => openUserDb(dbPath));
  reopen.db.close();
  reportRatio(`DB open (${N.toLocaleString()}-note DB)`, ms(reopenMs), { valueMs: reopenMs, devCeilingMs: 20 });
  report('DB open (new database)', ms(openNew));

  // ---------- bundled KB ----------
  const kbPath = join(ROOT, 'resources', 'kb.sqlite');
  if (existsSync(kbPath)) {
    const [kb, kbOpenMs] = time(() => openKbDb(kbPath));
    kb.close();
    report('KB open (read-only)', ms(kbOpenMs));
    const app = startApp({ mode: 'web', dataDir: join(t.dir, 'kbapp'), kbPath, root: ROOT });
    const kbQueries = [
      'rcu',
      'wcu',
      'gp3 iops',
      'glacier minimum',
      'sqs visibility',
      'lambda memory',
      'kinesis shard',
      'aurora replicas',
      'nat gateway',
      'route 53 failover',
      'cloudfront',
      'dynamo',
      's3 durability',
      'io2',
      'efs',
      'vpc endpoint',
      'sns fanout',
      'step functions',
      'elasticache',
      'x-ray',
    ];
    const kbLat: number[] = [];
    for (const pass of [0, 1])
      for (const q of kbQueries)
        for (const mode of ['typeahead', 'ranked'] as const) {
          const [, x] = time(() =>
            app.ctx.db.read('bench', (u) => search(u, searchRequest.parse({ q, mode }))),
          );
          if (pass) kbLat.push(x);
        }
    results.kbSearch = stats(kbLat);
    row('Search on the bundled KB (both modes)', stats(kbLat));

    // ---------- first screen in Chromium ----------
    if (existsSync(join(ROOT, 'out', 'renderer', 'index.html')) && existsSync('/usr/bin/chromium')) {
      const browser = await launchBenchChromium();
      const firsts: number[] = [];
      const detected: number[] = [];
      const lives: number[] = [];
      // 11 measured loads after a warm-up: the median of five swung by ±40 ms between runs here.
      for (let i = 0; i < 12; i++) {
        const page = await browser.newPage();
        // The page itself notes when the data is in the document (a MutationObserver) and the frame after it
        // (requestAnimationFrame: the paint that shows it), in epoch ms. Playwright's waitFor polls over CDP and
        // answered 200–350 ms after that on this VM: harness latency, not the app's; it is still printed.
        await page.addInitScript(FIRST_DATA_PROBE);
        const t0 = Date.now();
        const w0 = performance.now();
        const web = await startWebServer({ ctx: app.ctx, rendererDir: join(ROOT, 'out', 'renderer') });
        await page.goto(web.url);
        // The first screen with data: the shell's knowledge-base badge and the Search screen's browse list
        // (its first entry), both visible — not a loading placeholder.
        await Promise.all([page.getByTestId('kb-badge').waitFor(), page.locator('[data-testid="browse"] a').first().waitFor()]);
        const seen = performance.now() - w0;
        const shownAt = (await page.evaluate('window.__firstData')) as number;
        const x = shownAt - t0;
        const liveAt = (await page.evaluate('window.__appReady')) as number;
        if (i > 0) {
          firsts.push(x);
          detected.push(seen);
          lives.push(liveAt - t0);
        }
        if (i === 0) {
          // Every script the first screen needed (the entry and the chunks it loaded), for the bundle row.
          const urls = (await page.evaluate('performance.getEntriesByType("resource").map((e) => e.name)')) as string[];
          firstScreenScripts = [...new Set(urls.map((u) => new URL(u).pathname.split('/').pop() ?? '').filter((f) => f.endsWith('.js')))];
        }
        await page.close();
        await web.close();
      }
      await browser.close();
      results.firstScreen = stats(firsts);
      results.firstScreenDetected = stats(detected);
      results.appLive = stats(lives);
      row('Web server start → first screen with data as Playwright detects it (waitFor; includes its polling)', stats(detected));
      // Not a target of its own: with the server-rendered first screen the data shows before React runs, and
      // this is when the page answers clicks (React hydrated it). Printed so that cost stays in view.
      row('Web server start → app live (React mounted or hydrated: data-testid app-ready; Chromium)', stats(lives));
      reportRatio('Web server start → first screen with data (KB badge and browse list in the page, next frame; Chromium), p50', `p50 ${ms(pct(firsts, 50))}`, {
        valueMs: pct(firsts, 50),
        devCeilingMs: 300,
      });
    }

    app.close();
  }

  // ---------- reference table: filter keystroke on the full EC2 table ----------
  // The pure pipeline the screen runs (src/shared/table/pipeline): derive every cell in the current units,
  // then filter, search and sort. Over 1,200 rows: the dataset itself once it is that big, otherwise a
  // synthetic copy of it (rows repeated with new keys and prices spread, so the sort has work to do).
  {
    const ds = datasetSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'datasets', 'ec2-instances.json'), 'utf8')));
    const TARGET_ROWS = 1200;
    const rowsOf = (n: number): Record<string, unknown>[] =>
      Array.from({ length: n }, (_, i) => {
        const r = ds.rows[i % ds.rows.length]!;
        const copy = Math.floor(i / ds.rows.length);
        if (copy === 0) return r;
        const prices = r.priceLinuxOnDemand as Record<string, number | null> | undefined;
        return {
          ...r,
          instanceType: `${String(r.instanceType)}-${copy}`,
          priceLinuxOnDemand: prices
            ? Object.fromEntries(Object.entries(prices).map(([k, v]) => [k, v === null ? null : v * (1 + copy / 100)]))
            : prices,
        };
      });
    const synthetic = ds.rows.length < TARGET_ROWS;
    const source = synthetic ? { ...ds, rows: rowsOf(TARGET_ROWS) } : ds;
    const units: ViewUnits = { region: 'us-east-1', period: 'month', basis: 'unit' };
    const sorting = [{ id: 'priceLinuxOnDemand', desc: false }, { id: 'instanceType', desc: false }];
    // What a user types, one state per keystroke: a vCPU bound, memory and network with units, then a search.
    const typed: TableQuery[] = [];
    const type = (text: string, make: (prefix: string) => TableQuery): void => {
      for (let i = 1; i <= text.length; i++) typed.push(make(text.slice(0, i)));
    };
    const base: TableQuery = { filters: [], globalFilter: '', sorting };
    type('>= 16', (v) => ({ ...base, filters: [{ id: 'vCPU', value: v }] }));
    type('>= 64 GiB', (v) => ({ ...base, filters: [{ id: 'vCPU', value: '>= 16' }, { id: 'memoryGiB', value: v }] }));
    type('> 10 Gbps', (v) => ({ ...base, filters: [{ id: 'networkPerformance', value: v }] }));
    type('xlarge graviton', (v) => ({ ...base, globalFilter: v }));

    // A fixed CPU workload measured in the same run, so the figure reads as a ratio on any machine:
    // sorting 100,000 seeded pseudo-random doubles.
    const refInput = new Float64Array(100_000);
    let seed = 42;
    for (let i = 0; i < refInput.length; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      refInput[i] = seed / 2 ** 31;
    }
    const reference = (): number => refInput.slice().sort()[0]!;

    for (let w = 0; w < 5; w++) {
      reference();
      for (const q of typed) queryTable(deriveTable(source, units), q);
    }
    global.gc?.();
    const refMs: number[] = [];
    const keyMs: number[] = [];
    const fullMs: number[] = [];
    let shown = 0;
    for (let rep = 0; rep < 20; rep++) {
      refMs.push(time(reference)[1]);
      // As the screen does it: the derived table is memoized on (dataset, units), shown once (the first
      // query, which builds the sort keys) and prepared for typing when idle; a keystroke re-queries.
      const derived = deriveTable(source, units);
      queryTable(derived, base);
      prepareForTyping(derived);
      global.gc?.();
      for (const q of typed) keyMs.push(time(() => (shown = queryTable(derived, q).rows.length))[1]);
      // A region, period or basis change: everything is derived again (each typed state once more).
      for (const q of typed)
        fullMs.push(
          time(() => {
            const d = deriveTable(source, units);
            prepareForTyping(d);
            return queryTable(d, q).rows.length;
          })[1],
        );
    }
    const ref = pct(refMs, 50);
    // Robust to a busy machine: each typed state's median over the 20 runs, and the slowest of those.
    const perKey = typed.map((_, k) => pct(keyMs.filter((__, i) => i % typed.length === k), 50));
    const slowestKey = Math.max(...perKey);
    const rows = `${source.rows.length.toLocaleString()} rows${synthetic ? `, synthetic copy of the ${ds.rows.length}-row dataset` : ''}`;
    results.tableFilter = {
      rows: source.rows.length,
      synthetic,
      keystrokes: typed.length,
      referenceSortMs: ref,
      keystroke: stats(keyMs),
      slowestKeystrokeMedian: slowestKey,
      keystrokeWithDerive: stats(fullMs),
      lastShown: shown,
    };
    report('Reference workload (sort 100,000 doubles), p50', ms(ref), 'reference');
    if (results.reference) (results.reference as Record<string, number>).sortMs = ref;
    // A frame (16 ms) on the developers' VM, judged like every timed target as a ratio to the LIKE p95.
    reportRatio(
      `EC2 table filter keystroke (${rows}; filter + search + sort), p95`,
      `p50 ${ms(pct(keyMs, 50))} · slowest keystroke's median ${ms(slowestKey)} · p95 ${ms(pct(keyMs, 95))}`,
      { valueMs: pct(keyMs, 95), devCeilingMs: 16 },
    );
    report(
      `EC2 table region or unit change (derive every cell and search text, then query; ${rows})`,
      `p50 ${ms(pct(fullMs, 50))} · p95 ${ms(pct(fullMs, 95))} (${(pct(fullMs, 95) / ref).toFixed(2)}× reference)`,
    );
  }

  // ---------- calculators ----------
  const calcPath = join(ROOT, 'src', 'shared', 'calc', 'index.ts');
  const packPath = join(ROOT, 'data', 'prices', 'us-east-1.json');
  if (existsSync(calcPath) && existsSync(packPath)) {
    const calc = (await import(calcPath)) as {
      CALCULATORS: Record<string, { defaults: unknown }>;
      runCalculator: (id: string, input: unknown, pack: unknown, ctx?: unknown) => { ok: boolean };
    };
    const pack = JSON.parse(readFileSync(packPath, 'utf8')) as unknown;
    const calcRes: Record<string, unknown> = {};
    for (const [id, c] of Object.entries(calc.CALCULATORS)) {
      const xs: number[] = [];
      for (let i = 0; i < 200; i++) xs.push(time(() => calc.runCalculator(id, c.defaults, pack, {}))[1]);
      calcRes[id] = stats(xs);
      report(`Calculator ${id}`, `p50 ${ms(pct(xs, 50))} · p95 ${ms(pct(xs, 95))}`);
    }
    const lifecycle = calc.CALCULATORS['s3-lifecycle'];
    if (lifecycle) {
      const base = lifecycle.defaults as Record<string, unknown>;
      // The longest valid waterfall: every transition class in order, then expiry (a single lifecycle
      // configuration cannot move objects back to a warmer class, so 10 distinct transitions do not exist).
      const rules = [
        { afterDays: 30, storageClass: 'standard-ia' },
        { afterDays: 60, storageClass: 'intelligent-tiering' },
        { afterDays: 120, storageClass: 'onezone-ia' },
        { afterDays: 210, storageClass: 'glacier-ir' },
        { afterDays: 300, storageClass: 'glacier-flexible' },
        { afterDays: 400, storageClass: 'deep-archive' },
      ];
      const input = { ...base, months: 120, rules, expireAfterDays: 3000 };
      for (let w = 0; w < 20; w++) calc.runCalculator('s3-lifecycle', input, pack, {}); // warm-up (JIT)
      global.gc?.();
      const xs: number[] = [];
      let okRun = true;
      // 200 runs: with 50, p95 was the third-worst run and one GC pause moved it by 3 ms.
      for (let i = 0; i < 200; i++) {
        const [r, x] = time(() => calc.runCalculator('s3-lifecycle', input, pack, {}));
        okRun &&= r.ok;
        xs.push(x);
      }
      calcRes.lifecycle10y = { ...stats(xs), ok: okRun };
      reportRatio(`S3 lifecycle 10 years × 7 rules (6 transitions + expiry)${okRun ? '' : ' (input rejected)'}, p95`, `p95 ${ms(pct(xs, 95))}`, {
        valueMs: okRun ? pct(xs, 95) : Number.POSITIVE_INFINITY,
        devCeilingMs: 5,
      });
    }
    results.calculators = calcRes;
  }

  // ---------- renderer bundle ----------
  const assets = join(ROOT, 'out', 'renderer', 'assets');
  if (existsSync(assets)) {
    // What the first screen needs: every script Chromium loaded for it (the entry imports the app as a
    // chunk, so the HTML alone names only a few KB); without Chromium, the scripts the HTML names.
    const html = readFileSync(join(ROOT, 'out', 'renderer', 'index.html'), 'utf8');
    const initial = readdirSync(assets).filter((f) => f.endsWith('.js') && (firstScreenScripts ? firstScreenScripts.includes(f) : html.includes(f)));
    const gz = initial.reduce((a, f) => a + gzipSync(readFileSync(join(assets, f))).length, 0) / 1024;
    results.initialJsGzipKB = gz;
    results.initialJsFiles = initial;
    report(
      `Renderer initial JS (gzip; ${firstScreenScripts ? `the ${initial.length} scripts the first screen loaded` : 'scripts named in index.html'})`,
      `${gz.toFixed(0)} KB`,
      '≤ 350 KB',
      gz <= 350,
    );
  }
} finally {
  t.cleanup();
}

settleRatios();
const w = Math.max(...rows.map((r) => r.metric.length));
const v = Math.max(...rows.map((r) => r.value.length));
console.log(`\nAWS Study Desk bench — ${N.toLocaleString()} notes, ${process.version}\n`);
for (const r of rows)
  console.log(`${r.metric.padEnd(w)}  ${r.value.padEnd(v)}  ${r.target}${r.met ? ` → ${r.met}` : ''}`);
results.table = rows;
results.targets = targets;
writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), JSON.stringify(results, null, 2));
console.log('\nSaved bench/results/latest.json');

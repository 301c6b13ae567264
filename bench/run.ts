/**
 * `npm run bench`: performance figures measured in ONE run on this machine, printed as a table and saved
 * to bench/results/latest.json. Targets are ratios/ceilings from issue 9; each is reported met or not.
 * BENCH_NOTES overrides the corpus size (default 100,000).
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { chromium } from 'playwright-core';
import { startApp } from '../src/main/app';
import { openKbDb, openUserDb } from '../src/main/db/open';
import { search } from '../src/main/search/query';
import { searchRequest } from '../src/shared/ipc/channels/search';
import { literalQuery, queryTokens } from '../src/shared/search/queryText';
import { startWebServer } from '../src/main/web/server';
import { matchesFilter, parseFilter } from '../src/shared/table/filterExpr';
import { notes, queries } from './corpus';
import { tempDir } from '../test/helpers/tmp';

const ROOT = join(import.meta.dirname, '..');
const N = Number(process.env.BENCH_NOTES ?? 100_000);
const results: Record<string, unknown> = { notes: N, date: new Date().toISOString(), node: process.version };
const rows: { metric: string; value: string; target: string; met: string }[] = [];

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
function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

const t = tempDir('sd-bench-');
try {
  // ---------- 1. import 100k notes with the index in sync ----------
  const dbPath = join(t.dir, 'bench.sqlite');
  const [opened, openNew] = time(() => openUserDb(dbPath));
  const db = opened.db;
  const corpus = [...notes(N)];
  const textMB = corpus.reduce((a, n) => a + n.body.length + n.title.length, 0) / 1e6;
  const insert = db.prepare("INSERT INTO search_docs(kind, ref, title, body, service) VALUES ('note', ?, ?, ?, NULL)");
  const [, importMs] = time(() => db.transaction(() => corpus.forEach((n, i) => insert.run(`b${i}`, n.title, n.body)))());
  db.pragma('wal_checkpoint(TRUNCATE)');
  const dbMB = statSync(dbPath).size / 1e6;
  results.import = { ms: importMs, textMB, dbMB };
  report(`Import ${N.toLocaleString()} notes (${textMB.toFixed(0)} MB text), index in sync`, ms(importMs), '≤ 15 s', importMs <= 15_000);
  report('User DB size with index', `${dbMB.toFixed(0)} MB`);
  const [, rebuildMs] = time(() => db.exec("INSERT INTO search_fts(search_fts) VALUES ('rebuild')"));
  report('Index build (FTS5 rebuild of the corpus)', ms(rebuildMs));

  // ---------- baseline: a straightforward FTS5 table (porter unicode61, bm25 + snippet, LIMIT 20) ----------
  db.exec("CREATE VIRTUAL TABLE base USING fts5(title, body, tokenize='porter unicode61')");
  const [, baseBuildMs] = time(() => db.exec('INSERT INTO base(rowid, title, body) SELECT id, title, body FROM search_docs'));
  report('Baseline index build (porter unicode61)', ms(baseBuildMs));
  const baseStmt = db.prepare(
    "SELECT rowid, title, snippet(base, 1, '[', ']', '…', 14) AS s FROM base WHERE base MATCH ? ORDER BY bm25(base, 8.0, 1.0) LIMIT 20",
  );
  const likeCache = new Map<string, Database.Statement>();
  const like = (tokens: string[]): unknown[] => {
    const sql = `SELECT id FROM search_docs WHERE ${tokens.map(() => '(body LIKE ? OR title LIKE ?)').join(' AND ')} LIMIT 20`;
    let st = likeCache.get(sql);
    if (!st) likeCache.set(sql, (st = db.prepare(sql)));
    return st.all(...tokens.flatMap((w) => [`%${w}%`, `%${w}%`]));
  };

  // ---------- MiniSearch, same corpus ----------
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const mini = new MiniSearch<{ id: number; title: string; body: string }>({ fields: ['title', 'body'], idField: 'id' });
  const [, miniBuildMs] = time(() => mini.addAll(corpus.map((n, i) => ({ id: i, title: n.title, body: n.body }))));
  global.gc?.();
  const miniHeapMB = (process.memoryUsage().heapUsed - heap0) / 1e6;
  report('MiniSearch build (same corpus)', ms(miniBuildMs));
  report('MiniSearch heap for the index', `${miniHeapMB.toFixed(0)} MB`);

  // ---------- queries ----------
  const qs = queries();
  const lat = { typeahead: [] as number[], ranked: [] as number[], baseline: [] as number[], like: [] as number[], mini: [] as number[] };
  let emptyPrefixOurs = 0;
  let emptyPrefixBase = 0;
  let overlapSum = 0;
  const fullBm25 = db.prepare(
    `SELECT d.id FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?
      ORDER BY bm25(search_fts, 8.0, 1.0) LIMIT 20`,
  );
  const vocabHas = db.prepare('SELECT 1 FROM search_vocab WHERE term >= ? AND term < ? LIMIT 1');
  const idOf = db.prepare('SELECT id FROM search_docs WHERE kind = ? AND ref = ?');
  for (const pass of [0, 1]) {
    for (const q of qs) {
      const tokens = queryTokens(q.text);
      const prefix = q.kind === 'prefix';
      const fts = q.kind === 'phrase' ? q.text : literalQuery(tokens, prefix);
      const reqT = searchRequest.parse({ q: q.text, mode: 'typeahead', limit: 20 });
      const reqR = searchRequest.parse({ q: prefix ? q.text : `${q.text} `, mode: 'ranked', limit: 20 });
      const [rt, a] = time(() => search(db, reqT));
      const [rr, b] = time(() => search(db, reqR));
      const [, c] = time(() => baseStmt.all(fts));
      const [, d] = time(() => like(tokens));
      const [, e] = time(() => mini.search(tokens.join(' '), { prefix: prefix, combineWith: 'AND' }).slice(0, 20));
      if (pass === 0) continue; // warm-up pass
      lat.typeahead.push(a);
      lat.ranked.push(b);
      lat.baseline.push(c);
      lat.like.push(d);
      lat.mini.push(e);
      if (prefix) {
        const p = tokens[0]!;
        const occurs = vocabHas.get(p, `${p}\uffff`) !== undefined;
        if (occurs && rt.total === 0) emptyPrefixOurs++;
        if (occurs && (baseStmt.all(fts) as unknown[]).length === 0) emptyPrefixBase++;
      }
      // Result quality: our ranked page against the full bm25 ordering of the same index.
      const full = new Set((fullBm25.all(fts) as { id: number }[]).map((r) => r.id));
      const ours = rr.hits.map((h) => (idOf.get(h.kind, h.ref) as { id: number }).id);
      overlapSum += full.size === 0 ? 1 : ours.filter((id) => full.has(id)).length / full.size;
    }
  }
  const S = Object.fromEntries(Object.entries(lat).map(([k, v]) => [k, stats(v)])) as Record<keyof typeof lat, ReturnType<typeof stats>>;
  results.queries = { count: qs.length, ...S, emptyPrefixOurs, emptyPrefixBase, rankedOverlapWithFullBm25: overlapSum / qs.length };
  const row = (name: string, s: { p50: number; p95: number; p99: number }, target = '', met?: boolean): void =>
    report(name, `p50 ${ms(s.p50)} · p95 ${ms(s.p95)} · p99 ${ms(s.p99)}`, target, met);
  row(`Type-ahead (prefix, first page + count), ${qs.length} queries`, S.typeahead, 'p95 ≤ 2 ms', S.typeahead.p95 <= 2);
  row('Ranked (bm25 title-weighted, 20 + snippets)', S.ranked, 'p95 ≤ 10 ms', S.ranked.p95 <= 10);
  row('Baseline straightforward FTS5 (porter, bm25+snippet)', S.baseline, 'ranked ≥ 2× faster at p95', S.baseline.p95 >= 2 * S.ranked.p95);
  row('LIKE full scan', S.like);
  row('MiniSearch', S.mini, 'ours ≥ 10× faster at p95', S.mini.p95 >= 10 * S.ranked.p95);
  report('Ranked page overlap with full bm25 top 20', `${(100 * (overlapSum / qs.length)).toFixed(1)} %`, '= 100 %', overlapSum / qs.length > 0.999);
  report('Prefix queries returning nothing where the prefix occurs', `ours ${emptyPrefixOurs}, porter baseline ${emptyPrefixBase}`, 'ours 0', emptyPrefixOurs === 0);
  db.close();
  const [reopen, reopenMs] = time(() => openUserDb(dbPath));
  reopen.db.close();
  report(`DB open (${N.toLocaleString()}-note DB, quick_check + migrate)`, ms(reopenMs));
  report('DB open (new database)', ms(openNew));

  // ---------- bundled KB ----------
  const kbPath = join(ROOT, 'resources', 'kb.sqlite');
  if (existsSync(kbPath)) {
    const [kb, kbOpenMs] = time(() => openKbDb(kbPath));
    kb.close();
    report('KB open (read-only)', ms(kbOpenMs));
    const app = startApp({ mode: 'web', dataDir: join(t.dir, 'kbapp'), kbPath, root: ROOT });
    const kbQueries = ['rcu', 'wcu', 'gp3 iops', 'glacier minimum', 'sqs visibility', 'lambda memory', 'kinesis shard', 'aurora replicas', 'nat gateway', 'route 53 failover', 'cloudfront', 'dynamo', 's3 durability', 'io2', 'efs', 'vpc endpoint', 'sns fanout', 'step functions', 'elasticache', 'x-ray'];
    const kbLat: number[] = [];
    for (const pass of [0, 1])
      for (const q of kbQueries)
        for (const mode of ['typeahead', 'ranked'] as const) {
          const [, x] = time(() => app.ctx.db.read('bench', (u) => search(u, searchRequest.parse({ q, mode }))));
          if (pass) kbLat.push(x);
        }
    results.kbSearch = stats(kbLat);
    row('Search on the bundled KB (both modes)', stats(kbLat));

    // ---------- first screen in Chromium ----------
    if (existsSync(join(ROOT, 'out', 'renderer', 'index.html')) && existsSync('/usr/bin/chromium')) {
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      });
      const firsts: number[] = [];
      for (let i = 0; i < 6; i++) {
        const page = await browser.newPage();
        const t0 = performance.now();
        const web = await startWebServer({ ctx: app.ctx, rendererDir: join(ROOT, 'out', 'renderer') });
        await page.goto(web.url);
        await page.getByTestId('kb-badge').waitFor();
        const x = performance.now() - t0;
        if (i > 0) firsts.push(x);
        await page.close();
        await web.close();
      }
      await browser.close();
      results.firstScreen = stats(firsts);
      report('Web server start → first screen with data (Chromium)', `p50 ${ms(pct(firsts, 50))}`, '≤ 300 ms', pct(firsts, 50) <= 300);
    }

    // ---------- EC2 filter keystroke ----------
    const ec2 = JSON.parse(readFileSync(join(ROOT, 'data', 'datasets', 'ec2-instances.json'), 'utf8')) as { rows: Record<string, unknown>[] };
    // A keystroke re-parses the expression and re-filters every row (vCPU, then family text, then price).
    const keystrokes: [string, 'number' | 'text', (r: Record<string, unknown>) => unknown][] = [
      ['>', 'number', (r) => r.vCPU],
      ['>=', 'number', (r) => r.vCPU],
      ['>= 1', 'number', (r) => r.vCPU],
      ['>= 16', 'number', (r) => r.vCPU],
      ['4..32', 'number', (r) => r.memoryGiB],
      ['m7', 'text', (r) => r.family],
      ['< 0.5', 'number', (r) => (r.priceLinuxOnDemand as Record<string, number | null> | undefined)?.['us-east-1']],
    ];
    const fl: number[] = [];
    for (let rep = 0; rep < 50; rep++)
      for (const [k, kind, get] of keystrokes) {
        const [, x] = time(() => {
          const p = parseFilter(k, kind);
          return p.ok ? ec2.rows.filter((r) => matchesFilter(p.filter, get(r))).length : ec2.rows.length;
        });
        fl.push(x);
      }
    results.ec2Filter = stats(fl);
    report(`EC2 table filter keystroke (${ec2.rows.length} rows, parse + filter)`, `p95 ${ms(pct(fl, 95))}`, '≤ 16 ms', pct(fl, 95) <= 16);
    app.close();
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
      const xs: number[] = [];
      let okRun = true;
      for (let i = 0; i < 50; i++) {
        const [r, x] = time(() => calc.runCalculator('s3-lifecycle', input, pack, {}));
        okRun &&= r.ok;
        xs.push(x);
      }
      calcRes.lifecycle10y = { ...stats(xs), ok: okRun };
      report(`S3 lifecycle 10 years × 7 rules (6 transitions + expiry)${okRun ? '' : ' (input rejected)'}`, `p95 ${ms(pct(xs, 95))}`, '≤ 5 ms', okRun && pct(xs, 95) <= 5);
    }
    results.calculators = calcRes;
  }

  // ---------- renderer bundle ----------
  const assets = join(ROOT, 'out', 'renderer', 'assets');
  if (existsSync(assets)) {
    const html = readFileSync(join(ROOT, 'out', 'renderer', 'index.html'), 'utf8');
    const initial = readdirSync(assets).filter((f) => f.endsWith('.js') && html.includes(f));
    const gz = initial.reduce((a, f) => a + gzipSync(readFileSync(join(assets, f))).length, 0) / 1024;
    results.initialJsGzipKB = gz;
    report('Renderer initial JS (gzip)', `${gz.toFixed(0)} KB`, '≤ 350 KB', gz <= 350);
  }
} finally {
  t.cleanup();
}

const w = Math.max(...rows.map((r) => r.metric.length));
const v = Math.max(...rows.map((r) => r.value.length));
console.log(`\nAWS Study Desk bench — ${N.toLocaleString()} notes, ${process.version}\n`);
for (const r of rows) console.log(`${r.metric.padEnd(w)}  ${r.value.padEnd(v)}  ${r.target}${r.met ? ` → ${r.met}` : ''}`);
results.table = rows;
writeFileSync(join(ROOT, 'bench', 'results', 'latest.json'), JSON.stringify(results, null, 2));
console.log('\nSaved bench/results/latest.json');

import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/db/open';
import {
  deleteSearchDocs,
  syncSearchIndex,
  upsertSearchDocs,
  withDeferredIndexing,
  type SearchDoc,
} from '../../../src/main/search';
import { frontier, MAX_POINTS, postingsStart, readImpacts, writeImpacts } from '../../../src/main/search/impacts';
import { KIND_WEIGHTS, postingsTuning, rankTopK, type QueryPhrase } from '../../../src/main/search/postings';
import { search } from '../../../src/main/search/query';
import { searchRequest, type SearchKind } from '../../../src/shared/ipc/channels/search';
import { tempUserDb } from '../../helpers/db';

/**
 * Exactness of ranked search's own postings: its top k must be the top k of full bm25 (title 8, body 1)
 * times the kind weight over every match, computed two independent ways — a brute force written here from
 * FTS5's documented formula over the documents' text, and FTS5's own bm25() ORDER BY — on random small
 * corpora, after inserts, updates (re-imports), deletes and a rebuild.
 *
 * Tolerance: scores equal within 1e-9 (relative) are ties. Among tied documents any order is exact (FTS5's
 * own ORDER BY leaves ties unordered; ours puts the newer id first), so the check is: our i-th score equals
 * the reference's i-th score, and every id we return has the score we gave it.
 */

const KINDS = Object.keys(KIND_WEIGHTS) as SearchKind[];
// A few very common words (IDF clamped to 1e-6), some mid-frequency ones, prefixes that share a stem.
const VOCAB = ['the', 'data', 'lambda', 'lamp', 'lake', 'shard', 'shards', 'stream', 'kinesis', 'quota', 'x1', 'x12'];
const TOL = 1e-9;

const word = fc.constantFrom(...VOCAB);
const text = (max: number): fc.Arbitrary<string> =>
  fc.array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: fc.constant('the') }), { maxLength: max }).map((ws) => ws.join(' '));
const doc = fc.record({
  kind: fc.constantFrom(...KINDS),
  ref: fc.integer({ min: 0, max: 40 }).map((i) => `r${i}`),
  title: text(4),
  body: text(25),
});
const op = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant('upsert' as const), docs: fc.array(doc, { minLength: 1, maxLength: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('delete' as const), refs: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('plain' as const), docs: fc.array(doc, { minLength: 1, maxLength: 4 }) }) },
);
const query = fc.record({
  words: fc.array(fc.constantFrom(...VOCAB, 'la', 'sha', 'x', 'nothing'), { minLength: 1, maxLength: 3 }),
  prefix: fc.boolean(),
  // The words as one quoted phrase ("the data the"), or a phrase followed by a word.
  phrase: fc.constantFrom('no', 'all', 'first2'),
});

/** FTS5's bm25 (fts5_aux.c), written out over plain ASCII text: the independent reference. */
function bruteForce(db: Db, q: QueryPhrase[]): Map<number, number> {
  const rows = db.prepare('SELECT id, kind, title, body FROM search_docs').all() as {
    id: number;
    kind: SearchKind;
    title: string;
    body: string;
  }[];
  const tok = (s: string): string[] => s.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  const docs = rows.map((r) => ({ ...r, t: tok(r.title), b: tok(r.body) }));
  const N = docs.length;
  const avgdl = docs.reduce((a, d) => a + d.t.length + d.b.length, 0) / N;
  // Instances of a phrase in a column: the start positions where every term follows in order.
  const inst = (p: QueryPhrase, ws: string[]): number =>
    ws.filter((_, i) => p.terms.every((t, j) => (p.prefix ? ws[i + j]?.startsWith(t) : ws[i + j] === t))).length;
  const idf = q.map((p) => {
    const n = docs.filter((d) => inst(p, d.t) + inst(p, d.b) > 0).length;
    const v = Math.log((N - n + 0.5) / (n + 0.5));
    return v <= 0 ? 1e-6 : v;
  });
  const out = new Map<number, number>();
  for (const d of docs) {
    const f = q.map((p) => 8 * inst(p, d.t) + inst(p, d.b));
    if (f.some((x) => x === 0)) continue;
    const D = d.t.length + d.b.length;
    let s = 0;
    f.forEach((x, i) => (s += (idf[i]! * (x * 2.2)) / (x + 1.2 * (1 - 0.75 + (0.75 * D) / avgdl))));
    out.set(d.id, s * KIND_WEIGHTS[d.kind]);
  }
  return out;
}

/** FTS5's own bm25() over every match, times the kind weight (higher = better). */
function fts5Scores(db: Db, q: QueryPhrase[]): Map<number, number> {
  const match = q.map((p) => `"${p.terms.join(' ')}"${p.prefix ? '*' : ''}`).join(' AND ');
  const rows = db
    .prepare(
      `SELECT d.id, d.kind, bm25(search_fts, 8.0, 1.0) AS s FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
        WHERE search_fts MATCH ?`,
    )
    .all(match) as { id: number; kind: SearchKind; s: number }[];
  return new Map(rows.map((r) => [r.id, -r.s * KIND_WEIGHTS[r.kind]]));
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= TOL * Math.max(1, Math.abs(a), Math.abs(b));

function expectTopK(got: { ids: number[]; total: number }, ref: Map<number, number>, k: number): void {
  expect(got.total).toBe(ref.size);
  const want = [...ref.values()].sort((a, b) => b - a).slice(0, k);
  expect(got.ids.length).toBe(want.length);
  got.ids.forEach((id, i) => {
    expect(ref.has(id)).toBe(true);
    expect(near(ref.get(id)!, want[i]!)).toBe(true);
  });
  expect(new Set(got.ids).size).toBe(got.ids.length);
}

function phrasesOf(words: string[], prefix: boolean, phrase: 'no' | 'all' | 'first2' = 'no'): QueryPhrase[] {
  if (phrase === 'all' && words.length > 1) return [{ terms: words, prefix: false }];
  if (phrase === 'first2' && words.length > 2)
    return [{ terms: words.slice(0, 2), prefix: false }, { terms: [words[2]!], prefix }];
  return words.map((term, i) => ({ terms: [term], prefix: prefix && i === words.length - 1 }));
}

let db: Db;
let dispose: () => void;
beforeEach(() => ({ db, dispose } = tempUserDb('sd-postings-')));
afterEach(() => dispose());

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function apply(o: Op): void {
  const docs: SearchDoc[] = ('docs' in o ? o.docs : []).map((d) => ({ ...d, service: null }));
  if (o.t === 'upsert') withDeferredIndexing(db, () => upsertSearchDocs(db, docs));
  else if (o.t === 'delete')
    db.transaction(() => {
      for (const k of KINDS) deleteSearchDocs(db, k, ('refs' in o ? o.refs : []).map((r) => `r${r}`));
      syncSearchIndex(db);
    })();
  else
    db.transaction(() => {
      upsertSearchDocs(db, docs);
      syncSearchIndex(db);
    })();
}

describe('exact top-k over our postings', () => {
  it('equals brute-force bm25 and FTS5 bm25 after random imports, re-imports and deletes (property)', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 6 }), fc.array(query, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 12 }), (ops, queries, k) => {
        db.exec('DELETE FROM search_docs');
        syncSearchIndex(db);
        for (const o of ops) apply(o);
        for (const q of queries) {
          const phrases = phrasesOf(q.words, q.prefix, q.phrase);
          const got = rankTopK(db, phrases, k);
          expect(got).not.toBeNull();
          expectTopK(got!, bruteForce(db, phrases), k);
          expectTopK(got!, fts5Scores(db, phrases), k);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('stays exact after a rebuild, and the queue makes stale postings fall back rather than lie', () => {
    const docs = Array.from({ length: 50 }, (_, i) => ({
      kind: 'note' as const,
      ref: `d${i}`,
      title: i % 5 ? 'kinesis shard' : 'lambda quota',
      body: `${'the data '.repeat(i % 7)} stream ${i % 3 ? 'shards' : ''}`,
      service: null,
    }));
    withDeferredIndexing(db, () => upsertSearchDocs(db, docs));
    const q = phrasesOf(['sha'], true);
    expectTopK(rankTopK(db, q, 10)!, fts5Scores(db, q), 10);
    // A write that did not sync: the postings say so (null), and search still answers through FTS5.
    db.prepare("UPDATE search_docs SET body = 'shard shard shard' WHERE ref = 'd3'").run();
    expect(rankTopK(db, q, 10)).toBeNull();
    const r = search(db, searchRequest.parse({ q: 'shard ', mode: 'ranked', limit: 5 }));
    expect(r.hits.length).toBe(5);
    db.transaction(() => syncSearchIndex(db, { rebuild: true }))();
    expectTopK(rankTopK(db, q, 10)!, fts5Scores(db, q), 10);
    expect(bruteForce(db, q).size).toBe(rankTopK(db, q, 10)!.total);
  });

  it('phrases of two common words: the word-pair bits drop most candidates, and an upgraded database re-derives them before using them', () => {
    // Both words in every document, side by side in a few: the filter's case (issue 19, session 10).
    const docs = Array.from({ length: 400 }, (_, i) => ({
      kind: 'note' as const,
      ref: `p${i}`,
      title: i % 37 === 0 ? 'data lake' : 'lake notes',
      body: i % 11 === 0 ? `the data lake ${'stream '.repeat(i % 5)}` : `lake the ${'stream '.repeat(i % 4)} data`,
      service: null,
    }));
    withDeferredIndexing(db, () => upsertSearchDocs(db, docs));
    const saved = postingsTuning.pruneMinPostings;
    postingsTuning.pruneMinPostings = 0; // the pruned phrase path, the one that reads the bits
    try {
      const q: QueryPhrase[] = [{ terms: ['data', 'lake'], prefix: false }];
      const want = bruteForce(db, q);
      expect(want.size).toBeGreaterThan(30);
      expect(want.size).toBeLessThan(100);
      const got = rankTopK(db, q, 8)!;
      expectTopK({ ids: got.ids, total: want.size }, want, 8);
      // A database synced before the bits existed (format 2, no rows): the first sync re-derives postings and
      // bits together; until it has, ranked search does not answer from the postings (null).
      db.exec("DELETE FROM search_pair_bits; UPDATE meta SET value = '2' WHERE key = 'searchPostingsFormat'");
      db.transaction(() => syncSearchIndex(db, { maxDocs: 10 }))();
      expect(rankTopK(db, q, 8)).toBeNull();
      db.transaction(() => syncSearchIndex(db))();
      expect(db.prepare('SELECT count(*) FROM search_pair_bits').pluck().get()).toBeGreaterThan(0);
      const again = rankTopK(db, q, 8)!;
      expectTopK({ ids: again.ids, total: want.size }, want, 8);
      expect(again.ids).toEqual(got.ids);
    } finally {
      postingsTuning.pruneMinPostings = saved;
    }
  });

  it('syncs in slices: the rest stays queued (FTS5 answers meanwhile), and the slices end where one full sync does', () => {
    const docs = Array.from({ length: 120 }, (_, i) => ({
      kind: 'note' as const,
      ref: `s${i}`,
      title: i % 4 ? 'kinesis shard' : 'lambda quota',
      body: `${'the data '.repeat(i % 5)} stream ${i % 3 ? 'shards' : 'lake'} x${i % 9}`,
      service: null,
    }));
    withDeferredIndexing(db, () => upsertSearchDocs(db, docs));
    const q = phrasesOf(['sha'], true);
    const full = rankTopK(db, q, 10)!;
    // As an upgrade leaves it: every document queued again, postings emptied.
    db.exec('DELETE FROM search_postings; INSERT INTO search_postings_queue(id) SELECT id FROM search_docs ORDER BY id;');
    let left = db.transaction(() => syncSearchIndex(db, { maxDocs: 50 }))();
    expect(left).toBe(70);
    expect(rankTopK(db, q, 10)).toBeNull();
    expect(search(db, searchRequest.parse({ q: 'shard ', mode: 'ranked', limit: 5 })).hits.length).toBe(5);
    while (left > 0) left = db.transaction(() => syncSearchIndex(db, { maxDocs: 50 }))();
    const sliced = rankTopK(db, q, 10)!;
    expect(sliced.total).toBe(full.total);
    expectTopK(sliced, fts5Scores(db, q), 10);
  });

  it('tokenizes non-ASCII text exactly as FTS5 (accents folded, separators, split words)', () => {
    const docs: SearchDoc[] = [
      { kind: 'note', ref: 'u1', title: 'Café Übersicht', body: 'naïve façade — résumé “quoted” 東京 data', service: null },
      { kind: 'note', ref: 'u2', title: 'cafe', body: 'CAFÉ café cafe\u0301 straße ﬁle Ωmega', service: null },
      { kind: 'note', ref: 'u3', title: 'emoji 🚀 rocket', body: 'x1·x2 a_b data-lake ½ ①', service: null },
    ];
    withDeferredIndexing(db, () => upsertSearchDocs(db, docs));
    const terms = db.prepare('SELECT term FROM search_vocab ORDER BY term').pluck().all() as string[];
    const ours = db.prepare("SELECT DISTINCT term FROM search_postings WHERE term <> ' ' ORDER BY term").pluck().all() as string[];
    expect(ours).toEqual(terms);
    for (const w of ['cafe', 'caf', 'data', 'straße', 'x1', 'ωmega', '東京']) {
      for (const prefix of [false, true]) {
        const q = phrasesOf([w], prefix);
        expectTopK(rankTopK(db, q, 5)!, fts5Scores(db, q), 5);
      }
    }
  });

  it('a prefix of more terms than pruning takes (64) is decided before any block is read, and stays exact', () => {
    // 150 rare ids under one prefix ("x" over ids in real notes), with common words, in small blocks and with
    // pruning at any size: the query must go straight to the exhaustive pass and rank exactly there.
    const saved = { ...postingsTuning };
    Object.assign(postingsTuning, { block: 4, pruneMinPostings: 0 });
    try {
      const docs: SearchDoc[] = Array.from({ length: 120 }, (_, i) => ({
        kind: KINDS[i % KINDS.length]!,
        ref: `r${i}`,
        title: i % 7 ? `doc ${i}` : `xid${i} data`,
        body: `lambda ${'data '.repeat(i % 5)} xid${i} xid${(i * 7) % 150} xid${(i * 13) % 150} ${i % 3 ? 'shard' : ''}`,
        service: null,
      }));
      withDeferredIndexing(db, () => upsertSearchDocs(db, docs));
      const terms = db.prepare("SELECT count(DISTINCT term) FROM search_postings WHERE term >= 'xid' AND term < 'xie'").pluck().get() as number;
      expect(terms).toBeGreaterThan(64);
      for (const q of [phrasesOf(['xid'], true), phrasesOf(['xi'], true), phrasesOf(['shard', 'x'], true), phrasesOf(['data', 'xid1'], true)])
        for (const k of [1, 5, 20]) {
          const got = rankTopK(db, q, k)!;
          const many = q.some((p) => p.prefix && ['xid', 'xi', 'x'].includes(p.terms[0]!));
          // The many-term prefixes take the exhaustive pass: exact totals. 'xid1' (61 terms) may be pruned.
          if (many) expect(got.totalIsLowerBound).toBeUndefined();
          for (const ref of [bruteForce(db, q), fts5Scores(db, q)])
            if (got.totalIsLowerBound) {
              expect(got.total).toBeLessThanOrEqual(ref.size);
              expectTopK({ ids: got.ids, total: ref.size }, ref, k);
            } else expectTopK(got, ref, k);
        }
    } finally {
      Object.assign(postingsTuning, saved);
    }
  });

  it('ranked search uses it: full bm25 order, kind weights, filters, paging and the pinned entry', () => {
    const docs: SearchDoc[] = Array.from({ length: 30 }, (_, i) => ({
      kind: (['note', 'fact', 'entry'] as const)[i % 3]!,
      ref: i % 3 === 2 ? `e${i}` : `r${i}`,
      title: i === 5 ? 'lambda lambda' : `doc ${i}`,
      body: `lambda ${'filler '.repeat(i % 9)} quota ${i % 4 ? 'stream' : ''}`,
      service: i % 2 ? 'Lambda' : null,
    }));
    docs.push({ kind: 'entry', ref: 'lambda', title: 'AWS Lambda', body: 'functions', service: 'Lambda' });
    withDeferredIndexing(db, () => upsertSearchDocs(db, docs));
    const refOf = db.prepare('SELECT ref FROM search_docs WHERE id = ?').pluck();
    const ranked = (input: Record<string, unknown>): string[] =>
      search(db, searchRequest.parse({ mode: 'ranked', ...input })).hits.map((h) => h.ref);
    const full = [...fts5Scores(db, phrasesOf(['lambda'], false))].sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    // The named entry leads; then full bm25 × kind weight.
    const order = ['lambda', ...full.map(([id]) => refOf.get(id) as string).filter((r) => r !== 'lambda')];
    expect(ranked({ q: 'lambda ', limit: 10 })).toEqual(order.slice(0, 10));
    expect(ranked({ q: 'lambda ', limit: 5, offset: 5 })).toEqual(order.slice(5, 10));
    expect(search(db, searchRequest.parse({ q: 'lambda ', mode: 'ranked' })).total).toBe(31);
    const facts = ranked({ q: 'lambda ', kinds: ['fact'], limit: 50 });
    expect(facts.length).toBe(10);
    const svc = search(db, searchRequest.parse({ q: 'lambda ', mode: 'ranked', service: 'lambda', limit: 50 }));
    expect(svc.total).toBe(16);
    // Typed phrases and AND are scored from our positions, in FTS5's bm25 order; other syntax still works.
    for (const typed of ['"filler quota" ', '"lambda filler" AND stream ', 'lamb* quota ']) {
      const got = search(db, searchRequest.parse({ q: typed, mode: 'ranked', limit: 50 }));
      const match = typed.trim().replace(/ AND /g, ' ');
      const rows = db
        .prepare(
          `SELECT d.ref FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?
            ORDER BY bm25(search_fts, 8.0, 1.0) * CASE d.kind WHEN 'entry' THEN 2.5 WHEN 'note' THEN 1.5 ELSE 1.0 END, d.id DESC`,
        )
        .pluck()
        .all(match) as string[];
      expect(got.total, typed).toBe(rows.length);
      expect(got.hits.map((h) => h.ref), typed).toEqual(rows.slice(0, 50));
    }
    expect(search(db, searchRequest.parse({ q: 'lambda OR nothing ', mode: 'ranked' })).total).toBe(31);
    // Prefix while typing, and a word the index does not have.
    expect(ranked({ q: 'lamb', limit: 3 }).length).toBe(3);
    expect(search(db, searchRequest.parse({ q: 'zzzq ', mode: 'ranked' })).total).toBe(0);
  });
});

/**
 * Block-max pruning (topk.ts): with blocks of 2–4 postings and pruning at any size, small random corpora
 * have many blocks for the top k to skip. Its top k must still be brute-force bm25's (ties within 1e-9
 * interchangeable), on words, prefixes, AND-ed words, a lone phrase (positions read by bound) and a kind
 * filter, after imports, re-imports (a block keeps the bound of a document rewritten in it) and deletes.
 * Its total is exact unless it says it is a lower bound, and then it is one.
 */
describe('exact top-k with block-max pruning', () => {
  const saved = { ...postingsTuning };
  afterEach(() => Object.assign(postingsTuning, saved));

  // Few words so that ties are common (identical documents, equal lengths and counts).
  const small = fc.constantFrom('the', 'data', 'lambda', 'lamp', 'shard', 'stream');
  const smallText = (max: number): fc.Arbitrary<string> => fc.array(small, { maxLength: max }).map((ws) => ws.join(' '));
  const smallDoc = fc.record({
    kind: fc.constantFrom(...KINDS),
    ref: fc.integer({ min: 0, max: 30 }).map((i) => `r${i}`),
    title: smallText(3),
    body: smallText(12),
  });
  const smallOp = fc.oneof(
    { weight: 3, arbitrary: fc.record({ t: fc.constant('upsert' as const), docs: fc.array(smallDoc, { minLength: 1, maxLength: 15 }) }) },
    // The same document many times: exact ties across blocks.
    { weight: 1, arbitrary: fc.record({ t: fc.constant('upsert' as const), docs: smallDoc.chain((d) => fc.integer({ min: 2, max: 8 }).map((n) => Array.from({ length: n }, (_, i) => ({ ...d, ref: `t${i}` })))) }) },
    { weight: 1, arbitrary: fc.record({ t: fc.constant('delete' as const), refs: fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 6 }) }) },
  );
  const smallQuery = fc.record({
    words: fc.array(fc.constantFrom('the', 'data', 'lambda', 'lam', 'sha', 'stream'), { minLength: 1, maxLength: 3 }),
    prefix: fc.boolean(),
    phrase: fc.constantFrom('no', 'all'),
    // Which word is the prefix (typed syntax puts `*` on any word): a merged view leads or is sought.
    prefixAt: fc.integer({ min: 0, max: 2 }),
    kinds: fc.option(fc.subarray(KINDS, { minLength: 1 }), { nil: undefined }),
  });

  it('equals brute-force bm25 on random corpora with tiny blocks, ties and phrases (property)', () => {
    let lowerBounds = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(smallOp, { minLength: 1, maxLength: 5 }),
        fc.array(smallQuery, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (block, ops, queries, k) => {
          postingsTuning.block = block;
          postingsTuning.prunePhrases = true;
          db.exec('DELETE FROM search_docs');
          syncSearchIndex(db);
          for (const o of ops) apply(o);
          for (const q of queries) {
            // One phrase alone (the pruned path scores a phrase only alone), or AND-ed words.
            const phrases =
              q.phrase === 'no'
                ? q.words.map((t, i) => ({ terms: [t], prefix: q.prefix && i === q.prefixAt % q.words.length }))
                : phrasesOf(q.words, false, q.phrase);
            const kinds = q.kinds ? new Set(q.kinds) : null;
            const allowed = kinds ? (_: number, kind: SearchKind): boolean => kinds.has(kind) : undefined;
            postingsTuning.pruneMinPostings = 0;
            const got = rankTopK(db, phrases, k, allowed);
            postingsTuning.pruneMinPostings = Infinity;
            const all = rankTopK(db, phrases, k, allowed)!;
            expect(got).not.toBeNull();
            const ref = new Map([...bruteForce(db, phrases)].filter(([id]) => !kinds || kinds.has(kindOf(id))));
            if (got!.totalIsLowerBound) {
              lowerBounds++;
              expect(got!.total).toBeLessThanOrEqual(ref.size);
              expect(got!.total).toBeGreaterThanOrEqual(got!.ids.length);
              expectTopK({ ids: got!.ids, total: ref.size }, ref, k);
            } else expectTopK(got!, ref, k);
            // The same page as reading every match (ties broken alike: newer first).
            expect(got!.ids.map((id) => ref.get(id))).toEqual(all.ids.map((id) => ref.get(id)));
          }
        },
      ),
      { numRuns: 80 },
    );
    // Pruning did skip documents in some of the runs (else this tested only the exhaustive path).
    expect(lowerBounds).toBeGreaterThan(0);
  });

  it('reads blocks written before impacts (no header) as unbounded, and the next sync rebuilds them once', () => {
    postingsTuning.block = 4;
    postingsTuning.pruneMinPostings = 0;
    const docs = Array.from({ length: 60 }, (_, i) => ({
      kind: 'note' as const,
      ref: `o${i}`,
      title: i % 7 ? 'kinesis shard' : 'lambda shard',
      body: `${'the data '.repeat(i % 5)} shard stream ${i % 3 ? 'lambda' : ''}`,
      service: null,
    }));
    withDeferredIndexing(db, () => upsertSearchDocs(db, docs));
    const q = phrasesOf(['shard', 'lambda'], false);
    const before = rankTopK(db, q, 5)!;
    // As the previous format left them: term blocks without a header, no format mark.
    const rows = db.prepare("SELECT term, last, data FROM search_postings WHERE term <> ' '").all() as { term: string; last: number; data: Buffer }[];
    const put = db.prepare('UPDATE search_postings SET data = ? WHERE term = ? AND last = ?');
    for (const r of rows) put.run(r.data.subarray(postingsStart(r.data)), r.term, r.last);
    db.prepare("DELETE FROM meta WHERE key = 'searchPostingsFormat'").run();
    const old = rankTopK(db, q, 5)!;
    expect(old.ids).toEqual(before.ids);
    // No window is skipped (its bound is unknown); a document can still be, by its own part against the
    // others' limit (k1 + 1): then the total is a lower bound.
    const all = bruteForce(db, q);
    if (old.totalIsLowerBound) {
      expect(old.total).toBeLessThanOrEqual(all.size);
      expectTopK({ ids: old.ids, total: all.size }, all, 5);
    } else expectTopK(old, all, 5);
    db.transaction(() => syncSearchIndex(db))();
    const headers = db.prepare("SELECT count(*) FROM search_postings WHERE term <> ' ' AND substr(data, 1, 1) = x'00'").pluck().get();
    expect(headers).toBe(db.prepare("SELECT count(*) FROM search_postings WHERE term <> ' '").pluck().get());
    expect(rankTopK(db, q, 5)!.ids).toEqual(before.ids);
    // Once: a second sync with nothing queued rewrites nothing.
    const gen = db.prepare("SELECT value FROM meta WHERE key = 'searchPostingsGen'").pluck().get();
    db.transaction(() => syncSearchIndex(db))();
    expect(db.prepare("SELECT value FROM meta WHERE key = 'searchPostingsGen'").pluck().get()).toBe(gen);
  });
});

function kindOf(id: number): SearchKind {
  return db.prepare('SELECT kind FROM search_docs WHERE id = ?').pluck().get(id) as SearchKind;
}

describe('block impacts', () => {
  it('the frontier dominates every point, ascends in D and f, and keeps at most MAX_POINTS (property)', () => {
    const pt = fc.record({ d: fc.integer({ min: 1, max: 400 }), f: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constant(0x300000)), k: fc.integer({ min: 0, max: 5 }) });
    fc.assert(
      fc.property(fc.array(pt, { maxLength: 300 }), fc.option(fc.array(pt, { maxLength: 20 }), { nil: null }), (pts, priorPts) => {
        const prior = priorPts ? frontier(priorPts.map((p) => p.d), priorPts.map((p) => p.f), priorPts.map((p) => p.k), null) : null;
        const im = frontier(pts.map((p) => p.d), pts.map((p) => p.f), pts.map((p) => p.k), prior);
        expect(im.d.length).toBeLessThanOrEqual(MAX_POINTS);
        for (let i = 1; i < im.d.length; i++) {
          expect(im.d[i]!).toBeGreaterThan(im.d[i - 1]!);
          expect(im.f[i]!).toBeGreaterThan(im.f[i - 1]!);
        }
        for (const p of [...pts, ...(priorPts ?? [])]) {
          expect(im.d.some((d, i) => d <= p.d && im.f[i]! >= p.f)).toBe(true);
          expect(im.kind).toBeLessThanOrEqual(p.k);
        }
        // Written and read back unchanged.
        const bytes: number[] = [];
        writeImpacts(im, (v) => {
          do {
            bytes.push(v >= 0x80 ? (v & 0x7f) | 0x80 : v);
            v = Math.floor(v / 128);
          } while (v > 0);
        });
        const back = readImpacts(new Uint8Array(bytes));
        expect(back).toEqual(im);
        expect(postingsStart(new Uint8Array(bytes))).toBe(bytes.length);
      }),
      { numRuns: 200 },
    );
  });
});

import type { SearchKind } from '../../shared/ipc/channels/search';
import type { Db } from '../db/open';
import { preparedOnce } from '../db/statements';
import { blockFrontier, frontier, postingsStart, readImpacts, UNBOUNDED, writeImpacts, type Impacts } from './impacts';
import { ByteSink, DocRowBuilder, offeredDocRows, rowSinks, TermTable, varintSize, type DocTokens } from './docRows';
import { addPairs, PAIR_BLOCK_DOCS, PAIR_BLOCK_SHIFT, PAIR_BYTES, PAIR_ROW_BYTES, pairBitmaps, phraseFilter, putRowColumns, termHash, type PairBitmaps } from './pairBits';
import { forEachToken, wordTerms } from './tokenize';
import { prunedTopK, unionCount, type PrunePhrase, type TermList } from './topk';

/**
 * Exact top-k bm25 over our own postings (migration 0110), scored in JS over typed arrays.
 *
 * FTS5's bm25() costs ~1 µs per matching row plus a pass over each phrase's whole doclist for its IDF, so
 * ranking a common word over 100k notes takes tens of ms; the same arithmetic over decoded postings is a
 * few ns per posting. The scores are FTS5's own formula (fts5_aux.c, fts5Bm25Function):
 *
 *   score(d) = Σ_phrase idf · f·(k1+1) / (f + k1·(1 − b + b·D/avgdl)),  k1 = 1.2, b = 0.75
 *   f   = Σ over the phrase's instances in d of its column's weight (title 8, body 1)
 *   D   = tokens in d over all columns; avgdl = tokens in the index / documents
 *   idf = ln((N − n + 0.5)/(n + 0.5)), or 1e-6 when that is ≤ 0 (n = documents matching the phrase)
 *
 * A word is a phrase; a prefix `w*` is ONE phrase whose instances are every token starting with w.
 *
 * Queries over many postings skip the blocks that cannot reach the top k (block-max pruning: impacts.ts
 * stores each term block's bound, topk.ts reads blocks best bound first); the page stays exact, the total
 * is then a lower bound, except for a single word (its document count).
 */

/** Postings per block: a write rewrites at most a block per term it touches (~2–3 KB). */
export const BLOCK = 1024;
/**
 * Below `pruneMinPostings` postings in all (about a block per term of a 3-word query) every match is read:
 * it costs little, and the total stays exact. `block` is the block size new blocks are written with. Tests
 * and the bench change both (tiny blocks and pruning at any size, so that small random corpora have many
 * blocks to skip; pruning off, to compare).
 */
export const postingsTuning = {
  block: BLOCK,
  pruneMinPostings: 4 * BLOCK,
  /**
   * A lone phrase through pruning (positions read in the order of their bound, topk.ts) rather than
   * reading every match. Session 7 measured it slower (its candidate arrays grew through a generic copy
   * that cost more than the rest); sized once, it lowers the 50 bench phrases' p95 from 14.9 to 10.8 ms of
   * CPU (p50 6.0 to 5.5; 100k notes, interleaved with the exhaustive path, on a loaded VM). The bound
   * still leaves many documents of two common words to check. Exact either way (tested).
   */
  prunePhrases: true,
};
/** The reserved term listing every document (kind, title and body length). Never a token: tokens have no spaces. */
export const DOCS_TERM = ' ';
const K1 = 1.2;
const B = 0.75;
export const TITLE_WEIGHT = 8;
export const BODY_WEIGHT = 1;

/** Curated entries outrank short facts, rows and question stems (bm25 favours short documents). */
export const KIND_WEIGHTS: Readonly<Record<SearchKind, number>> = {
  entry: 2.5,
  comparison: 2.0,
  note: 1.5,
  'dataset-row': 1.2,
  fact: 1.0,
  question: 0.6,
};
const KINDS = Object.keys(KIND_WEIGHTS) as SearchKind[];
const kindCode = (k: string): number => {
  const i = KINDS.indexOf(k as SearchKind);
  return i < 0 ? KINDS.indexOf('question') : i;
};

// ---------- block encoding: varints ----------

class Writer {
  buf = new Uint8Array(4096);
  len = 0;
  varint(v: number): void {
    if (this.len + 10 > this.buf.length) {
      const b = new Uint8Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    while (v >= 0x80) {
      this.buf[this.len++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.len++] = v;
  }
  take(): Buffer {
    const out = Buffer.from(this.buf.subarray(0, this.len));
    this.len = 0;
    return out;
  }
}

/**
 * A block decoded: ids ascending, and per id three values (a term: title tf, body tf and, for a change
 * being written, the document's length × 8 + kind code, 0 when unknown; the docs list: kind, title length,
 * body length).
 */
interface Postings {
  ids: number[];
  a: number[];
  b: number[];
  c: number[];
  /** A term's positions: posting k's a[k] title then b[k] body positions start at flat[ps[k]]. */
  ps: number[];
  flat: number[] | Int32Array;
}
const emptyPostings = (): Postings => ({ ids: [], a: [], b: [], c: [], ps: [], flat: [] });

/**
 * One block's `data` and `pos`. A term block starts with its impacts (impacts.ts): the frontier of its
 * postings' (length, frequency) whose `c` says them, and `prior` (the rewritten block's own) for the
 * postings kept from it.
 */
function encode(
  p: Postings,
  from: number,
  to: number,
  docs: boolean,
  w: Writer,
  prior: Impacts | null = null,
): [Buffer, Buffer] {
  if (!docs) {
    const ds: number[] = [];
    const fs: number[] = [];
    const ks: number[] = [];
    let kept = false;
    for (let i = from; i < to; i++) {
      const c = p.c[i]!;
      if (c === 0) kept = true;
      else {
        ds.push(Math.floor(c / 8));
        fs.push(TITLE_WEIGHT * p.a[i]! + BODY_WEIGHT * p.b[i]!);
        ks.push(c % 8);
      }
    }
    // A posting of unknown length not covered by a prior header makes the block unbounded (never skipped).
    writeImpacts(frontier(ds, fs, ks, kept ? (prior ?? UNBOUNDED) : null), (v) => w.varint(v));
  }
  let prev = 0;
  for (let i = from; i < to; i++) {
    w.varint(p.ids[i]! - prev);
    prev = p.ids[i]!;
    if (docs) {
      w.varint(p.a[i]!);
      w.varint(p.b[i]!);
      w.varint(p.c[i]!);
    } else {
      // Most postings have the word in the body only: one varint, the title count only when present.
      w.varint(p.b[i]! * 2 + (p.a[i]! > 0 ? 1 : 0));
      if (p.a[i]! > 0) w.varint(p.a[i]!);
    }
  }
  const data = w.take();
  if (!docs)
    for (let i = from; i < to; i++) {
      // Positions (phrases): per posting its byte length (so a reader skips it in one step), then the
      // title positions and the body positions, each delta-coded from -1.
      const at = p.ps[i]!;
      const nt = p.a[i]!;
      const n = nt + p.b[i]!;
      let bytes = 0;
      for (let k = 0; k < n; k++)
        bytes += varintSize(p.flat[at + k]! - (k === 0 || k === nt ? -1 : p.flat[at + k - 1]!));
      w.varint(bytes);
      for (let k = 0; k < n; k++)
        w.varint(p.flat[at + k]! - (k === 0 || k === nt ? -1 : p.flat[at + k - 1]!));
    }
  return [data, w.take()];
}

function decodeInto(data: Uint8Array, pos: Uint8Array | null, docs: boolean, p: Postings): void {
  let at = docs ? 0 : postingsStart(data);
  let buf = data;
  const next = (): number => {
    let v = 0;
    let mul = 1;
    for (;;) {
      const x = buf[at++]!;
      v += (x & 0x7f) * mul;
      if (x < 0x80) return v;
      mul *= 128;
    }
  };
  const first = p.ids.length;
  let id = 0;
  while (at < data.length) {
    id += next();
    p.ids.push(id);
    if (docs) {
      p.a.push(next());
      p.b.push(next());
      p.c.push(next());
    } else {
      const v = next();
      p.b.push(Math.floor(v / 2));
      p.a.push(v & 1 ? next() : 0);
      p.c.push(0);
    }
  }
  if (docs || !pos) return;
  buf = pos;
  at = 0;
  for (let k = first; k < p.ids.length; k++) {
    next(); // byte length
    p.ps.push(p.flat.length);
    const nt = p.a[k]!;
    const n = nt + p.b[k]!;
    let prev = -1;
    for (let q = 0; q < n; q++) {
      if (q === nt) prev = -1;
      prev += next();
      (p.flat as number[]).push(prev);
    }
  }
}

// ---------- maintenance ----------

/**
 * The blocks' format: '2' = term blocks carry their impacts (impacts.ts); '3' = every document also has its
 * word-pair bits (pairBits.ts, migration 0140), so a database synced under '2' re-derives both once.
 */
const POSTINGS_FORMAT = '3';

/** Documents synced per pass: bounds the memory of a big import's sync (~40 MB of changes at most). */
const SYNC_BATCH = 20_000;

/**
 * Brings the postings up to date with search_docs: drains search_postings_queue (filled by triggers on
 * every write to search_docs). Call inside the writer's transaction, after the FTS index is written.
 * `rebuild` discards the postings and indexes every document again (a salvaged copy).
 */
export function syncSearchPostings(
  db: Db,
  opts: { rebuild?: boolean; maxDocs?: number; holdTails?: boolean } = {},
): number {
  const left = syncPostings(db, opts);
  if (!opts.holdTails) flushHeldTails(db);
  return left;
}

/** A term's final block as its row holds it. */
interface TailBlock {
  last: number;
  n: number;
  data: Buffer;
  pos: Buffer;
}
/**
 * Per connection, the final blocks (fewer than BLOCK postings) that syncs with `holdTails` kept in memory
 * instead of writing them: a big import's next batch extends most of them again, so each would be written,
 * read back, deleted and written again per batch (per batch, most of the appends' SQLite work). They are
 * exactly the rows that would have been written, and are written by the next sync without `holdTails` (the
 * deferring transaction's last one), or before any sync step that reads blocks. Only the outermost
 * deferred-indexing transaction holds them, and drops them when it rolls back.
 */
const heldTails = new WeakMap<Db, TailStore>();

/**
 * Held final blocks, compactly: 150k terms' blocks are ~6 MB of bytes, but a Map of objects and two Buffers
 * each cost ~100 MB. Term → slot; each slot's bytes (data, then pos) in one append-only arena.
 */
class TailStore {
  private readonly slot = new Map<string, number>();
  private readonly last: number[] = [];
  private readonly n: number[] = [];
  private readonly off: number[] = [];
  private readonly dataLen: number[] = [];
  private readonly posLen: number[] = [];
  /** The sync (see `nextSync`) that last put each slot's block. */
  private readonly putIn: number[] = [];
  private sync = 0;
  private arena = new ByteSink();
  /** Bytes of the held blocks (the rest of the arena is blocks taken since). */
  private live = 0;

  terms(): IterableIterator<string> {
    return this.slot.keys();
  }

  /** The term's held block (views into the arena, valid after it grows), removed from the store; or undefined. */
  take(term: string): TailBlock | undefined {
    const k = this.slot.get(term);
    if (k === undefined) return undefined;
    this.slot.delete(term);
    this.live -= this.dataLen[k]! + this.posLen[k]!;
    return this.block(k);
  }

  /**
   * Copies the held blocks into a new arena when most of it is blocks taken since (each batch takes and
   * puts back most of them): the arena stays near the held bytes. Views from `take` must be dead.
   */
  compact(): void {
    if (this.arena.len <= 2 * this.live) return;
    const from = this.arena.buf;
    const to = new ByteSink();
    to.room(this.live);
    for (const k of this.slot.values()) {
      const len = this.dataLen[k]! + this.posLen[k]!;
      const at = this.off[k]!;
      this.off[k] = to.len;
      to.bytes(from.subarray(at, at + len));
    }
    this.arena = to;
  }

  put(term: string, last: number, n: number, data: readonly Uint8Array[], pos: readonly Uint8Array[]): void {
    const k = this.last.length;
    this.last.push(last);
    this.n.push(n);
    this.off.push(this.arena.len);
    let dl = 0;
    for (const d of data) {
      this.arena.bytes(d);
      dl += d.length;
    }
    let pl = 0;
    for (const p of pos) {
      this.arena.bytes(p);
      pl += p.length;
    }
    this.dataLen.push(dl);
    this.posLen.push(pl);
    this.putIn.push(this.sync);
    this.live += dl + pl;
    this.slot.set(term, k);
  }

  /** Starts a sync: blocks put from now on are its own (see `takeCold`). */
  nextSync(): void {
    this.sync++;
  }

  /**
   * Removes and returns (terms in order) the blocks of terms the current sync did not extend: terms too rare
   * to be in a whole batch of documents, so unlikely to be extended by the next one either (in a big import,
   * most of them: ids, numbers, typos). Written now, they are not left to the transaction's last sync, which
   * runs after the parse workers have finished and nothing overlaps with it.
   */
  *takeCold(): Generator<[string, TailBlock]> {
    const cold = [...this.slot].filter(([, k]) => this.putIn[k] !== this.sync).map(([term]) => term);
    cold.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    for (const term of cold) yield [term, this.take(term)!];
  }

  /** Every held block, terms in order. */
  *sorted(): Generator<[string, TailBlock]> {
    for (const term of [...this.slot.keys()].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)))
      yield [term, this.block(this.slot.get(term)!)];
  }

  private block(k: number): TailBlock {
    const buf = this.arena.buf;
    const at = buf.byteOffset + this.off[k]!;
    const dl = this.dataLen[k]!;
    return {
      last: this.last[k]!,
      n: this.n[k]!,
      data: Buffer.from(buf.buffer, at, dl),
      pos: Buffer.from(buf.buffer, at + dl, this.posLen[k]!),
    };
  }
}

/** Writes the held final blocks (terms in order: rows go into the B-tree in key order). */
function flushHeldTails(db: Db): void {
  const held = heldTails.get(db);
  if (!held) return;
  heldTails.delete(db);
  const s = st(db);
  for (const [term, b] of held.sorted()) s.ins.run(term, b.last, b.n, b.data, b.pos);
}

/** Forgets the held final blocks (their transaction rolled back). */
export function dropHeldTails(db: Db): void {
  heldTails.delete(db);
}

function syncPostings(db: Db, opts: { rebuild?: boolean; maxDocs?: number; holdTails?: boolean }): number {
  if (!hasPostings(db)) return 0;
  // Blocks written before they carried impacts are read as unbounded (never skipped): still exact, not
  // pruned. Re-deriving them once, the first sync after the upgrade (a slice at start-up, the rest in the
  // background job, as for migration 0110), makes every block prunable.
  const format = preparedOnce(db, "SELECT value FROM meta WHERE key = 'searchPostingsFormat'", {
    pluck: true,
  }).get();
  if (format !== POSTINGS_FORMAT) {
    if (!opts.rebuild && db.prepare('SELECT 1 FROM search_postings LIMIT 1').get() !== undefined)
      opts = { ...opts, rebuild: true };
    db.prepare(
      "INSERT INTO meta(key, value) VALUES ('searchPostingsFormat', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    ).run(POSTINGS_FORMAT);
  }
  if (opts.rebuild) {
    // Every document is indexed again: blocks held back are void too.
    dropHeldTails(db);
    db.exec(`DELETE FROM search_postings; DELETE FROM search_postings_queue; DELETE FROM search_pair_bits;
      INSERT INTO search_postings_queue(id) SELECT id FROM search_docs ORDER BY id;`);
  }
  // The postings hold each document as it was before its FIRST queued change (nothing for an insert);
  // they must end up holding what search_docs holds now (nothing for a deleted document). Later changes
  // in the queue are only the path between the two.
  const queued = db
    .prepare('SELECT id, min(seq) AS seq FROM search_postings_queue GROUP BY id ORDER BY id')
    .all() as { id: number; seq: number }[];
  if (queued.length === 0) return 0;
  // maxDocs 0: only queue (a salvaged copy, re-indexed by the app that opens it: see startApp).
  if (opts.maxDocs === 0) return queued.length;
  // A slice (start-up, background drain): the first `maxDocs` documents; the rest stay queued, and ranked
  // search keeps its FTS5 path until the queue is empty.
  const first =
    opts.maxDocs !== undefined && queued.length > opts.maxDocs
      ? queued.slice(0, Math.max(1, opts.maxDocs))
      : queued;
  const oldText = db.prepare(
    'SELECT q.id, q.old_title AS title, q.old_body AS body FROM json_each(?) j JOIN search_postings_queue q ON q.seq = j.value WHERE q.old_title IS NOT NULL',
  );
  const current = db.prepare(
    'SELECT d.id, d.kind, d.title, d.body FROM json_each(?) j JOIN search_docs d ON d.id = j.value',
  );
  const w = new Writer();
  // Terms that have blocks: a term not among them (most rare words of an import) skips the block lookup.
  const known = new Set(db.prepare('SELECT DISTINCT term FROM search_postings').pluck().all() as string[]);
  let held = heldTails.get(db) ?? null;
  if (held) for (const term of held.terms()) known.add(term);
  if (opts.holdTails && !held) heldTails.set(db, (held = new TailStore()));
  held?.compact();
  held?.nextSync();
  for (let from = 0; from < first.length; from += SYNC_BATCH) {
    const part = first.slice(from, from + SYNC_BATCH);
    const old = new Map(
      (
        oldText.all(JSON.stringify(part.map((r) => r.seq))) as {
          id: number;
          title: string;
          body: string | null;
        }[]
      ).map((r) => [r.id, r]),
    );
    const now = new Map(
      (
        current.all(JSON.stringify(part.map((r) => r.id))) as {
          id: number;
          kind: string;
          title: string;
          body: string;
        }[]
      ).map((r) => [r.id, r]),
    );
    // Documents new to the postings with ids above every id they hold (an import's, a rebuild's) are
    // appended to their terms' lists (appendNewDocs); the others (updates, deletes, a reused id) are merged
    // into the blocks that hold them, below.
    const maxIndexed = (st(db).maxId.get(DOCS_TERM) as number | null) ?? 0;
    const isFresh = (id: number): boolean => id > maxIndexed && !old.has(id) && now.has(id);
    const fresh = part.filter((r) => isFresh(r.id));
    const rest = fresh.length === 0 ? part : part.filter((r) => !isFresh(r.id));
    // Changes as flat columns (term index, id, a, b, c), grouped by term below: a 20k-document batch
    // makes ~2M of them, and one small array per term and column was mostly garbage-collector time.
    // a = -1 removes the document from the term's list.
    const termIx = new Map<string, number>();
    const terms: string[] = [];
    // Each term's hash (pairBits.ts), by term index.
    const termH: number[] = [];
    // The batch's word-pair bits: document part[k] at k × PAIR_BYTES (zero for a deleted one).
    const pairBuf = new Uint8Array(part.length * PAIR_BYTES);
    const slotOf = new Map<number, number>();
    part.forEach((r, k) => slotOf.set(r.id, k));
    const col = {
      t: [] as number[],
      id: [] as number[],
      a: [] as number[],
      b: [] as number[],
      c: [] as number[],
      p: [] as number[],
    };
    // Every change's positions, one flat array for the batch (col.p = where a change's positions start).
    let flat = new Int32Array(1 << 20);
    let flatUsed = 0;
    const push = (term: string, id: number, a: number, b: number, c: number): void => {
      let ix = termIx.get(term);
      if (ix === undefined) {
        termIx.set(term, (ix = terms.length));
        terms.push(term);
        termH.push(termHash(term));
      }
      col.t.push(ix);
      col.id.push(id);
      col.a.push(a);
      col.b.push(b);
      col.c.push(c);
      col.p.push(0);
    };
    // Per-document counts by term index (typed arrays, reset through `seen`): one Map lookup per token.
    let cntT = new Int32Array(1024);
    let cntB = new Int32Array(1024);
    let fillT = new Int32Array(1024);
    let fillB = new Int32Array(1024);
    const seen: number[] = [];
    // The current text's tokens as term indexes, in order: their positions.
    const seqT: number[] = [];
    const seqB: number[] = [];
    let record = false;
    const count =
      (into: 'T' | 'B') =>
      (term: string): void => {
        let ix = termIx.get(term);
        if (ix === undefined) {
          termIx.set(term, (ix = terms.length));
          terms.push(term);
          termH.push(termHash(term));
          if (ix >= cntT.length) {
            const t2 = new Int32Array(cntT.length * 2);
            t2.set(cntT);
            cntT = t2;
            const b2 = new Int32Array(cntB.length * 2);
            b2.set(cntB);
            cntB = b2;
            fillT = new Int32Array(cntT.length);
            fillB = new Int32Array(cntT.length);
          }
        }
        if (cntT[ix] === 0 && cntB[ix] === 0) seen.push(ix);
        if (into === 'T') cntT[ix]!++;
        else cntB[ix]!++;
        if (record) (into === 'T' ? seqT : seqB).push(ix);
      };
    const countT = count('T');
    const countB = count('B');
    // c: the document's length × 8 + kind code, for the block's impacts (0 for a removal).
    const pushIx = (ix: number, id: number, a: number, b: number, p: number, c: number): void => {
      col.t.push(ix);
      col.id.push(id);
      col.a.push(a);
      col.b.push(b);
      col.c.push(c);
      col.p.push(p);
    };
    // Merging reads blocks from the table: the held ones go there first.
    if (rest.length && held) {
      flushHeldTails(db);
      held = opts.holdTails ? new TailStore() : null;
      if (held) heldTails.set(db, held);
    }
    for (const { id } of rest) {
      const was = old.get(id);
      const cur = now.get(id);
      let dk = 0;
      // Old terms first, marked -1 in cntT; the current text's counts then overwrite the ones it still has.
      if (was) {
        forEachToken(db, was.title, countT);
        forEachToken(db, was.body ?? '', countT);
        for (const ix of seen) cntT[ix] = -1;
      }
      if (cur) {
        const mark = seen.length;
        for (let k = 0; k < mark; k++) cntT[seen[k]!] = 0; // old-only terms are re-marked below
        record = true;
        const lt = forEachToken(db, cur.title, countT);
        const lb = forEachToken(db, cur.body, countB);
        record = false;
        push(DOCS_TERM, id, kindCode(cur.kind), lt, lb);
        const at = slotOf.get(id)! * PAIR_BYTES;
        addPairs(seqT, seqT.length, termH, pairBuf, at);
        addPairs(seqB, seqB.length, termH, pairBuf, at);
        dk = (lt + lb) * 8 + kindCode(cur.kind);
        for (let k = 0; k < mark; k++) {
          const ix = seen[k]!;
          if (cntT[ix] === 0 && cntB[ix] === 0) cntT[ix] = -1;
        }
      } else if (was) push(DOCS_TERM, id, -1, 0, 0);
      // One change per term, in id order: -1 removes, else the (title, body) counts.
      // An old term seen again in the new text was listed twice: sorted, the repeat is skipped.
      seen.sort((x, y) => x - y);
      let prev = -1;
      for (const ix of seen) {
        if (ix === prev) continue;
        prev = ix;
        const t = cntT[ix]!;
        if (t < 0) pushIx(ix, id, -1, 0, 0, 0);
        else {
          // This term's positions get a slot in `flat`: title ones first, then body ones, filled below.
          const at = flatUsed;
          fillT[ix] = at;
          fillB[ix] = at + t;
          flatUsed = at + t + cntB[ix]!;
          if (flatUsed > flat.length) {
            const f2 = new Int32Array(Math.max(flatUsed, flat.length * 2));
            f2.set(flat);
            flat = f2;
          }
          pushIx(ix, id, t, cntB[ix]!, at, dk);
        }
      }
      seqT.forEach((ix, i) => (flat[fillT[ix]!++] = i));
      seqB.forEach((ix, i) => (flat[fillB[ix]!++] = i));
      for (const ix of seen) cntT[ix] = cntB[ix] = 0;
      seen.length = seqT.length = seqB.length = 0;
    }
    // Counting sort by term, stable: each term's changes stay in id order.
    const starts = new Int32Array(terms.length + 1);
    for (const x of col.t) starts[x + 1]!++;
    for (let k = 0; k < terms.length; k++) starts[k + 1]! += starts[k]!;
    const fill = starts.slice(0, terms.length);
    const order = new Int32Array(col.t.length);
    col.t.forEach((x, k) => (order[fill[x]!++] = k));
    const pick = (from: number, to: number): Postings => {
      const p: Postings = { ids: [], a: [], b: [], c: [], ps: [], flat };
      for (let k = from; k < to; k++) {
        const o = order[k]!;
        p.ids.push(col.id[o]!);
        p.a.push(col.a[o]!);
        p.b.push(col.b[o]!);
        p.c.push(col.c[o]!);
        p.ps.push(col.p[o]!);
      }
      return p;
    };
    for (let k = 0; k < terms.length; k++) {
      applyChanges(db, terms[k]!, pick(starts[k]!, starts[k + 1]!), w, known.has(terms[k]!));
      known.add(terms[k]!);
    }
    if (fresh.length) {
      const pairs = appendNewDocs(
        db,
        fresh.map((r) => now.get(r.id)!),
        known,
        held,
        opts.holdTails === true,
      );
      fresh.forEach((r, d) => pairBuf.set(pairs.subarray(d * PAIR_BYTES, (d + 1) * PAIR_BYTES), slotOf.get(r.id)! * PAIR_BYTES));
    }
    writePairBits(db, part, pairBuf);
  }
  // Held blocks this sync did not extend are written now (the same rows the last sync would write).
  if (opts.holdTails && held === heldTails.get(db) && held) {
    const ins = st(db).ins;
    for (const [term, b] of held.takeCold()) ins.run(term, b.last, b.n, b.data, b.pos);
  }
  if (first.length === queued.length) db.prepare('DELETE FROM search_postings_queue').run();
  else
    db.prepare('DELETE FROM search_postings_queue WHERE id IN (SELECT value FROM json_each(?))').run(
      JSON.stringify(first.map((r) => r.id)),
    );
  bumpGeneration(db);
  return queued.length - first.length;
}

const stmts = new WeakMap<Db, ReturnType<typeof prepareStmts>>();
function prepareStmts(db: Db) {
  return {
    covering: db.prepare(
      'SELECT last, data, pos FROM search_postings WHERE term = ? AND last >= ? ORDER BY last LIMIT 1',
    ),
    final: db.prepare(
      'SELECT last, data, pos FROM search_postings WHERE term = ? ORDER BY last DESC LIMIT 1',
    ),
    del: db.prepare('DELETE FROM search_postings WHERE term = ? AND last = ?'),
    ins: db.prepare('INSERT INTO search_postings(term, last, n, data, pos) VALUES (?, ?, ?, ?, ?)'),
    finalN: db.prepare(
      'SELECT last, n, data, pos FROM search_postings WHERE term = ? ORDER BY last DESC LIMIT 1',
    ),
    maxId: db.prepare('SELECT max(last) FROM search_postings WHERE term = ?').pluck(),
  };
}
function st(db: Db): ReturnType<typeof prepareStmts> {
  let s = stmts.get(db);
  if (!s) stmts.set(db, (s = prepareStmts(db)));
  return s;
}

interface Block {
  last: number;
  data: Buffer;
  pos: Buffer;
}

/** Merges one term's changes (ids ascending) into the blocks that hold those ids. */
function applyChanges(db: Db, term: string, list: Postings, w: Writer, hasBlocks: boolean): void {
  const s = st(db);
  const docs = term === DOCS_TERM;
  const final = hasBlocks ? (s.final.get(term) as Block | undefined) : undefined;
  let i = 0;
  while (i < list.ids.length) {
    let row: Block | undefined;
    let j = list.ids.length;
    if (final && list.ids[i]! <= final.last) {
      row = s.covering.get(term, list.ids[i]!) as Block;
      j = i;
      while (j < list.ids.length && list.ids[j]! <= row.last) j++;
      // The final block also takes the ids beyond it.
      if (row.last === final.last) j = list.ids.length;
    } else row = final; // beyond every block: appended to the final one
    const have = emptyPostings();
    if (row) decodeInto(row.data, row.pos, docs, have);
    const out = emptyPostings();
    const keep = (p: Postings, k: number): void => {
      out.ids.push(p.ids[k]!);
      out.a.push(p.a[k]!);
      out.b.push(p.b[k]!);
      out.c.push(p.c[k]!);
      if (docs) return;
      out.ps.push(out.flat.length);
      const at = p.ps[k]!;
      for (let q = 0, n = p.a[k]! + p.b[k]!; q < n; q++) (out.flat as number[]).push(p.flat[at + q]!);
    };
    let h = 0;
    for (let k = i; k < j; k++) {
      const id = list.ids[k]!;
      while (h < have.ids.length && have.ids[h]! < id) keep(have, h++);
      if (h < have.ids.length && have.ids[h] === id) h++;
      if (list.a[k]! >= 0) keep(list, k);
    }
    while (h < have.ids.length) keep(have, h++);
    if (row) s.del.run(term, row.last);
    const prior = row && !docs ? readImpacts(row.data) : null;
    for (let from = 0; from < out.ids.length; from += postingsTuning.block) {
      const to = Math.min(out.ids.length, from + postingsTuning.block);
      s.ins.run(term, out.ids[to - 1]!, to - from, ...encode(out, from, to, docs, w, prior));
    }
    i = j;
  }
}


/**
 * Adds documents that are not in the postings and whose ids are above every id the postings hold (`docs` in
 * id order: an import's, a rebuild's). Each term's new postings are appended to its list, its final block
 * extended when not full, so nothing is decoded and each term is written once per call; the blocks are
 * byte for byte what `encode` writes for the same postings.
 *
 * Laid out for the memory cache: a pass over the documents writes one row per (document, term) and its
 * positions' bytes, in document order; a counting sort moves them into term order; each term's blocks are
 * then written from contiguous memory (a block's positions are one slice). Reading a term's rows straight
 * from document order instead cost a cache miss per posting, most of this function's time.
 */
function appendNewDocs(
  db: Db,
  docs: readonly { id: number; kind: string; title: string; body: string }[],
  known: Set<string>,
  held: TailStore | null,
  hold: boolean,
): Uint8Array {
  // Document d's word-pair bits at d × PAIR_BYTES (returned for the caller to store).
  const pairs = new Uint8Array(docs.length * PAIR_BYTES);
  const table = new TermTable();
  const terms = table.terms;
  // Rows of documents the writer tokenizes itself, in document order: term, title and body counts,
  // positions' bytes.
  const out = rowSinks();
  const lenT = new Int32Array(docs.length);
  const lenB = new Int32Array(docs.length);
  const builder = new DocRowBuilder();
  const viaDb = (text: string, fn: (t: string) => void): number => forEachToken(db, text, fn);
  // Rows a parse worker built (docRows.ts), for documents whose text is still what it tokenized: read in
  // place (never copied), their file's term indexes mapped to this table's once per term.
  const ready = offeredDocRows(db);
  const maps = new Map<DocTokens, Int32Array>();
  // Where document d's rows are: src[d] its DocTokens (null: `out`), [r0[d], r1[d]) its rows there and
  // p0[d] where its positions' bytes start.
  const src: (DocTokens | null)[] = new Array<DocTokens | null>(docs.length).fill(null);
  const srcMap: (Int32Array | null)[] = new Array<Int32Array | null>(docs.length).fill(null);
  const r0 = new Int32Array(docs.length);
  const r1 = new Int32Array(docs.length);
  const p0 = new Float64Array(docs.length);
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    const pre = ready?.get(doc.id);
    if (pre) ready!.delete(doc.id);
    if (pre && pre.tokens.ok[pre.k] && pre.title === doc.title && pre.body === doc.body) {
      const tk = pre.tokens;
      let map = maps.get(tk);
      if (!map) maps.set(tk, (map = new Int32Array(tk.terms.length).fill(-1)));
      const a = tk.rowStart[pre.k]!;
      const b = tk.rowStart[pre.k + 1]!;
      for (let r = a; r < b; r++) {
        const local = tk.rowTerm[r]!;
        if (map[local]! < 0) map[local] = table.index(tk.terms[local]!, tk.hashes[local]!);
      }
      src[d] = tk;
      srcMap[d] = map;
      r0[d] = a;
      r1[d] = b;
      p0[d] = tk.posStart[pre.k]!;
      pairs.set(tk.pairs.subarray(pre.k * PAIR_BYTES, (pre.k + 1) * PAIR_BYTES), d * PAIR_BYTES);
      lenT[d] = tk.lenT[pre.k]!;
      lenB[d] = tk.lenB[pre.k]!;
      continue;
    }
    lenT[d] = table.scan(doc.title, builder.title, viaDb);
    lenB[d] = table.scan(doc.body, builder.body, viaDb);
    builder.pairs(table.hashArray(), pairs, d * PAIR_BYTES);
    r0[d] = out.t.n;
    p0[d] = out.pos.len;
    builder.emit(out);
    r1[d] = out.t.n;
  }
  // Counting sort by term (stable: each term's rows stay in id order), positions' bytes moved with them,
  // straight from where each document's rows are.
  const starts = new Int32Array(terms.length + 1);
  const byteStarts = new Float64Array(terms.length + 1);
  const oT = out.t.xs;
  const oLen = out.len.xs;
  for (let d = 0; d < docs.length; d++) {
    const tk = src[d];
    const [T, L] = tk ? [tk.rowTerm, tk.rowLen] : [oT, oLen];
    const map = srcMap[d];
    for (let r = r0[d]!, e = r1[d]!; r < e; r++) {
      const t = map ? map[T[r]!]! : T[r]!;
      starts[t + 1]!++;
      byteStarts[t + 1]! += L[r]!;
    }
  }
  for (let k = 0; k < terms.length; k++) {
    starts[k + 1]! += starts[k]!;
    byteStarts[k + 1]! += byteStarts[k]!;
  }
  const rows = starts[terms.length]!;
  const next = starts.slice(0, terms.length);
  const nextByte = byteStarts.slice(0, terms.length);
  const sDoc = new Int32Array(rows);
  const sA = new Int32Array(rows);
  const sB = new Int32Array(rows);
  const sLen = new Int32Array(rows);
  const sPos = new Uint8Array(byteStarts[terms.length]!);
  const oA = out.a.xs;
  const oB = out.b.xs;
  const oPos = out.pos.buf;
  for (let d = 0; d < docs.length; d++) {
    const tk = src[d];
    const [T, A, B, L, P] = tk ? [tk.rowTerm, tk.rowA, tk.rowB, tk.rowLen, tk.pos] : [oT, oA, oB, oLen, oPos];
    const map = srcMap[d];
    let from = p0[d]!;
    for (let r = r0[d]!, e = r1[d]!; r < e; r++) {
      const t = map ? map[T[r]!]! : T[r]!;
      const o = next[t]!++;
      sDoc[o] = d;
      sA[o] = A[r]!;
      sB[o] = B[r]!;
      const len = L[r]!;
      sLen[o] = len;
      let to = nextByte[t]!;
      for (let i = 0; i < len; i++) sPos[to++] = P[from + i]!;
      nextByte[t] = to;
      from += len;
    }
  }

  const s = st(db);
  const data = new ByteSink();
  const header = new ByteSink();
  // The docs list's writer (term blocks are written by writeTermRows below): no positions, no impacts header.
  const writeTerm = (term: string, count: number, put: (k: number, prev: number) => number): void => {
    let n = 0;
    let prev = 0;
    let head: Buffer | null = null;
    const final = known.has(term)
      ? (s.finalN.get(term) as { last: number; n: number; data: Buffer; pos: Buffer } | undefined)
      : undefined;
    if (final && final.n < BLOCK) {
      s.del.run(term, final.last);
      data.room(final.data.length);
      data.buf.set(final.data, data.len);
      data.len += final.data.length;
      head = final.pos;
      n = final.n;
      prev = final.last;
    }
    const flush = (): void => {
      const pos = head ? Buffer.from(head) : Buffer.alloc(0);
      s.ins.run(term, prev, n, Buffer.from(data.buf.subarray(0, data.len)), pos);
      data.len = 0;
      head = null;
      n = 0;
      prev = 0;
    };
    for (let k = 0; k < count; k++) {
      prev = put(k, prev);
      if (++n === BLOCK) flush();
    }
    if (n > 0) flush();
    known.add(term);
  };
  // The docs list: (kind, title length, body length) per document.
  writeTerm(
    DOCS_TERM,
    docs.length,
    (k, prev) => {
      const id = docs[k]!.id;
      data.varint(id - prev);
      data.varint(kindCode(docs[k]!.kind));
      data.varint(lenT[k]!);
      data.varint(lenB[k]!);
      return id;
    },
  );
  const ids = Float64Array.from(docs, (d) => d.id);
  const kinds = Int32Array.from(docs, (d) => kindCode(d.kind));
  // The term blocks' writer: writeTerm's work for a term, unrolled (no call per posting), its impacts in
  // typed columns (blockFrontier). Same bytes.
  const bdT = new Float64Array(BLOCK);
  const bfT = new Float64Array(BLOCK);
  const bkT = new Float64Array(BLOCK);
  const writeTermRows = (term: string, from: number, count: number, posFrom: number): void => {
    let n = 0;
    let nb = 0;
    let prev = 0;
    let head: Buffer | null = null;
    let prior: Impacts | null = null;
    // A held final block is the term's final block (its row is not in the table).
    const heldFinal = held?.take(term);
    const final =
      heldFinal ??
      (known.has(term) ? (s.finalN.get(term) as TailBlock | undefined) : undefined);
    if (final && final.n < BLOCK) {
      if (!heldFinal) s.del.run(term, final.last);
      const start = postingsStart(final.data);
      prior = start > 0 ? readImpacts(final.data) : UNBOUNDED;
      data.bytes(final.data.subarray(start));
      head = final.pos;
      n = final.n;
      prev = final.last;
    }
    let p0 = posFrom;
    let p1 = posFrom;
    const flush = (): void => {
      header.len = 0;
      writeImpacts(blockFrontier(bdT, bfT, bkT, nb, prior), (v) => header.varint(v));
      const posBytes = sPos.subarray(p0, p1);
      // An unfilled final block is held (see heldTails) when the caller asked: the same bytes, kept.
      if (hold && n < BLOCK)
        held!.put(
          term,
          prev,
          n,
          [header.buf.subarray(0, header.len), data.buf.subarray(0, data.len)],
          head ? [head, posBytes] : [posBytes],
        );
      else {
        const body = Buffer.allocUnsafe(header.len + data.len);
        body.set(header.buf.subarray(0, header.len), 0);
        body.set(data.buf.subarray(0, data.len), header.len);
        s.ins.run(term, prev, n, body, head ? Buffer.concat([head, posBytes]) : Buffer.from(posBytes));
      }
      nb = 0;
      prior = null;
      data.len = 0;
      head = null;
      n = 0;
      prev = 0;
      p0 = p1;
    };
    for (let o = from, end = from + count; o < end; o++) {
      const d = sDoc[o]!;
      const id = ids[d]!;
      const nt = sA[o]!;
      const nb0 = sB[o]!;
      data.varint(id - prev);
      data.varint(nb0 * 2 + (nt > 0 ? 1 : 0));
      if (nt > 0) data.varint(nt);
      prev = id;
      bdT[nb] = lenT[d]! + lenB[d]!;
      bfT[nb] = TITLE_WEIGHT * nt + BODY_WEIGHT * nb0;
      bkT[nb] = kinds[d]!;
      nb++;
      p1 += sLen[o]!;
      if (++n === BLOCK) flush();
    }
    if (n > 0) flush();
    known.add(term);
  };
  // Terms in sorted order: their rows go into the table's B-tree in key order.
  const byName = Array.from(terms.keys()).sort((x, y) =>
    terms[x]! < terms[y]! ? -1 : terms[x]! > terms[y]! ? 1 : 0,
  );
  for (const ix of byName) writeTermRows(terms[ix]!, starts[ix]!, starts[ix + 1]! - starts[ix]!, byteStarts[ix]!);
  return pairs;
}

/**
 * Stores the word-pair bits of a sync batch's documents (`bits`: part[k]'s at k × PAIR_BYTES, zero for a
 * deleted one) into their rows of 1,024 documents, each row read and written once.
 */
function writePairBits(db: Db, part: readonly { id: number }[], bits: Uint8Array): void {
  const get = preparedOnce(db, 'SELECT bits FROM search_pair_bits WHERE blk = ?', { pluck: true });
  const put = preparedOnce(db, 'INSERT OR REPLACE INTO search_pair_bits(blk, bits) VALUES (?, ?)');
  const byBlock = new Map<number, number[]>();
  part.forEach((r, k) => {
    const blk = r.id >> PAIR_BLOCK_SHIFT;
    let ks = byBlock.get(blk);
    if (!ks) byBlock.set(blk, (ks = []));
    ks.push(k);
  });
  for (const [blk, ks] of byBlock) {
    const row = new Uint8Array(PAIR_ROW_BYTES);
    const have = get.get(blk) as Uint8Array | undefined;
    if (have) row.set(have.subarray(0, row.length));
    // This row's documents' bits, contiguous, and their columns.
    const mine = new Uint8Array(ks.length * PAIR_BYTES);
    ks.forEach((k, i) => mine.set(bits.subarray(k * PAIR_BYTES, (k + 1) * PAIR_BYTES), i * PAIR_BYTES));
    putRowColumns(row, mine, ks.map((k) => part[k]!.id & (PAIR_BLOCK_DOCS - 1)), have !== undefined);
    put.run(blk, row);
  }
}

function hasPostings(db: Db): boolean {
  return (
    db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_postings_queue'")
      .get() !== undefined
  );
}

/** Bumped by every sync that changed something: in-memory copies of the docs list are keyed on it. */
function bumpGeneration(db: Db): void {
  db.prepare(
    `INSERT INTO meta(key, value) VALUES ('searchPostingsGen', '1')
       ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`,
  ).run();
}

// ---------- ranking ----------

/** Every document's kind, length and the index totals, decoded once per generation (≈ 9 bytes per document). */
interface DocsInfo {
  gen: string;
  maxId: number;
  kind: Uint8Array;
  len: Float64Array;
  /** Per document K1 · (1 − B + B · len / avgdl) (see DocsView). */
  norm: Float64Array;
  n: number;
  avgdl: number;
  // Scratch space reused by every query on this connection (queries run one at a time per connection).
  score: Float64Array;
  freq: Float64Array;
  count: Uint8Array;
  /** Every document's word-pair bits (pairBits.ts), loaded by the first phrase query of the generation. */
  pairs?: PairBitmaps | null;
}
const docsCache = new WeakMap<Db, DocsInfo>();

/** The docs list when the postings are current (queue empty); null otherwise (the caller takes the FTS5 path). */
function docsInfo(db: Db): DocsInfo | null {
  let gen: string;
  try {
    if (preparedOnce(db, 'SELECT 1 FROM search_postings_queue LIMIT 1').get() !== undefined) return null;
    gen =
      (preparedOnce(db, "SELECT value FROM meta WHERE key = 'searchPostingsGen'", { pluck: true }).get() as
        string | undefined) ?? '0';
  } catch {
    return null; // an older schema (no postings tables)
  }
  const have = docsCache.get(db);
  if (have?.gen === gen) return have;
  const p = emptyPostings();
  for (const data of db
    .prepare('SELECT data FROM search_postings WHERE term = ? ORDER BY last')
    .pluck()
    .all(DOCS_TERM) as Buffer[])
    decodeInto(data, null, true, p);
  const maxId = p.ids.at(-1) ?? 0;
  const kind = new Uint8Array(maxId + 1);
  const len = new Float64Array(maxId + 1);
  let total = 0;
  for (let i = 0; i < p.ids.length; i++) {
    kind[p.ids[i]!] = p.a[i]!;
    const d = p.b[i]! + p.c[i]!;
    len[p.ids[i]!] = d;
    total += d;
  }
  const avgdl = p.ids.length ? total / p.ids.length : 0;
  // The formula's length part, in its own operations (the same doubles as computing it per posting).
  const norm = new Float64Array(maxId + 1);
  for (let id = 0; id <= maxId; id++) norm[id] = K1 * (1 - B + (B * len[id]!) / avgdl);
  const info: DocsInfo = {
    gen,
    maxId,
    kind,
    len,
    norm,
    n: p.ids.length,
    avgdl,
    score: new Float64Array(maxId + 1),
    freq: new Float64Array(maxId + 1),
    count: new Uint8Array(maxId + 1),
  };
  docsCache.set(db, info);
  return info;
}

/**
 * The documents' word-pair bitmaps, read once per generation when a phrase first needs them; null on a
 * schema without them (then nothing is filtered).
 */
function pairsOf(db: Db, info: DocsInfo): PairBitmaps | null {
  if (info.pairs !== undefined) return info.pairs;
  let rows: { blk: number; bits: Uint8Array }[];
  try {
    rows = preparedOnce(db, 'SELECT blk, bits FROM search_pair_bits').all() as { blk: number; bits: Uint8Array }[];
  } catch {
    return (info.pairs = null);
  }
  return (info.pairs = pairBitmaps(rows, info.maxId));
}

function phraseFilterOf(db: Db, info: DocsInfo, terms: readonly string[]): Uint8Array | null {
  const maps = pairsOf(db, info);
  return maps ? phraseFilter(maps, terms) : null;
}

/** One AND-ed part of a query: an exact term, or a prefix (every term starting with it, one phrase). */
export interface QueryPhrase {
  /** One term, or a phrase's terms in order ("the of the" → the, of, the). */
  terms: readonly string[];
  /** Only for one term: every term starting with it. */
  prefix: boolean;
}

export interface RankedIds {
  /** The best `k` document ids, best first (score descending, then newer id first). */
  ids: number[];
  /** Every matching document that passes the filters; only a lower bound when `totalIsLowerBound`. */
  total: number;
  /**
   * Set when pruning left documents unread that cannot reach the top k: they may match, so `total` counts
   * only those read (as Lucene's top-k counts hits exactly up to a threshold).
   */
  totalIsLowerBound?: boolean;
}

/** One term's list for a phrase: ids and counts decoded, positions left encoded until a document needs them. */
interface PhraseList {
  ids: Int32Array;
  a: Int32Array;
  b: Int32Array;
  /** Posting k's positions: bufs[buf[k]] from byte off[k]. */
  buf: Int32Array;
  off: Int32Array;
  bufs: Buffer[];
  length: number;
}

/** Scratch for one document's positions of one term (grown as needed, reused: no garbage per document). */
interface PosBuf {
  xs: Int32Array;
  n: number;
}

function positionsOf(l: PhraseList, k: number, out: PosBuf): void {
  const data = l.bufs[l.buf[k]!]!;
  let at = l.off[k]!;
  const nt = l.a[k]!;
  const n = nt + l.b[k]!;
  if (out.xs.length < n) out.xs = new Int32Array(n * 2);
  const xs = out.xs;
  let prev = -1;
  for (let q = 0; q < n; q++) {
    if (q === nt) prev = -1;
    let x = data[at++]!;
    let v = x & 0x7f;
    for (let mul = 128; x >= 0x80; mul *= 128) {
      x = data[at++]!;
      v += (x & 0x7f) * mul;
    }
    prev += v;
    xs[q] = prev;
  }
  out.n = n;
}

/** Reads one varint of `buf` at `at.i` (advancing it). */
function varintAt(buf: Uint8Array, at: { i: number }): number {
  let x = buf[at.i++]!;
  let v = x & 0x7f;
  for (let mul = 128; x >= 0x80; mul *= 128) {
    x = buf[at.i++]!;
    v += (x & 0x7f) * mul;
  }
  return v;
}

/** A term's blocks decoded for phrase matching (positions stay encoded; `off` says where). */
function phraseList(q: ReturnType<typeof prepareQueries>, term: string): PhraseList {
  const rows = q.withPos.all(term) as { n: number; data: Buffer; pos: Buffer }[];
  const total = rows.reduce((x, r) => x + r.n, 0);
  // Typed arrays sized up front: the common word of a phrase has a posting in most documents.
  const l: PhraseList = {
    ids: new Int32Array(total),
    a: new Int32Array(total),
    b: new Int32Array(total),
    buf: new Int32Array(total),
    off: new Int32Array(total),
    bufs: [],
    length: 0,
  };
  const d = { i: 0 };
  const p = { i: 0 };
  let k = 0;
  for (const r of rows) {
    const bi = l.bufs.length;
    l.bufs.push(r.pos);
    d.i = postingsStart(r.data);
    p.i = 0;
    let id = 0;
    while (d.i < r.data.length && k < total) {
      id += varintAt(r.data, d);
      const v = varintAt(r.data, d);
      l.ids[k] = id;
      l.b[k] = v >>> 1;
      l.a[k] = v & 1 ? varintAt(r.data, d) : 0;
      const len = varintAt(r.pos, p);
      l.buf[k] = bi;
      l.off[k] = p.i;
      p.i += len;
      k++;
    }
  }
  l.length = k;
  return l;
}

/**
 * A phrase's matches: documents holding every term, then the phrase's instances in each column counted
 * from the positions (an instance starts at p when term i is at p + i for every i), as FTS5 counts them.
 * freq[id] gets the weighted instance count; ids with at least one instance go to `hits`. A document whose
 * bit in `filter` (pairBits.ts phraseFilter) is clear lacks a pair of the phrase: skipped unread.
 */
function phraseHits(
  q: ReturnType<typeof prepareQueries>,
  terms: readonly string[],
  freq: Float64Array,
  hits: number[],
  filter: Uint8Array | null,
): void {
  const uniqTerms = [...new Set(terms)];
  const uniq: PhraseList[] = [];
  for (const t of uniqTerms) {
    const l = phraseList(q, t);
    if (l.length === 0) return;
    uniq.push(l);
  }
  const which = terms.map((t) => uniqTerms.indexOf(t));
  const m = terms.length;
  const lead = uniq.reduce((x, y) => (y.length < x.length ? y : x));
  const cursor = new Int32Array(uniq.length);
  const pos: PosBuf[] = uniq.map(() => ({ xs: new Int32Array(64), n: 0 }));
  const nt = new Int32Array(uniq.length);
  for (let k = 0; k < lead.length; k++) {
    const id = lead.ids[k]!;
    let all = true;
    for (let u = 0; u < uniq.length; u++) {
      const l = uniq[u]!;
      let c = cursor[u]!;
      while (c < l.length && l.ids[c]! < id) c++;
      cursor[u] = c;
      if (c >= l.length || l.ids[c] !== id) {
        all = false;
        break;
      }
    }
    if (!all) continue;
    // Its word-pair bits show a pair of the phrase missing: no instance, nothing to read (pairBits.ts).
    if (filter && (filter[id >>> 3]! & (1 << (id & 7))) === 0) continue;
    for (let u = 0; u < uniq.length; u++) {
      positionsOf(uniq[u]!, cursor[u]!, pos[u]!);
      nt[u] = uniq[u]!.a[cursor[u]!]!;
    }
    let f = 0;
    // Title positions come first in each list (nt of them), then body positions.
    const p0 = pos[which[0]!]!;
    const nt0 = nt[which[0]!]!;
    for (let x = 0; x < p0.n; x++) {
      const title = x < nt0;
      const start = p0.xs[x]!;
      let ok = true;
      for (let i = 1; i < m && ok; i++) {
        const u = which[i]!;
        const pu = pos[u]!;
        ok = title ? sortedHas(pu.xs, 0, nt[u]!, start + i) : sortedHas(pu.xs, nt[u]!, pu.n, start + i);
      }
      if (ok) f += title ? TITLE_WEIGHT : BODY_WEIGHT;
    }
    if (f > 0) {
      freq[id] = f;
      hits.push(id);
    }
  }
}

/** Whether sorted xs[lo, hi) holds v. */
function sortedHas(xs: Int32Array, lo: number, hi: number, v: number): boolean {
  let l = lo;
  let h = hi;
  while (l < h) {
    const mid = (l + h) >> 1;
    if (xs[mid]! < v) l = mid + 1;
    else h = mid;
  }
  return l < hi && xs[l] === v;
}

const queryCache = new WeakMap<Db, ReturnType<typeof prepareQueries>>();
function prepareQueries(db: Db) {
  return {
    exact: db.prepare('SELECT data FROM search_postings WHERE term = ? ORDER BY last').pluck(),
    withPos: db.prepare('SELECT n, data, pos FROM search_postings WHERE term = ? ORDER BY last'),
    range: db
      .prepare(
        'SELECT data FROM search_postings WHERE term >= ? AND term < ? AND term <> ? ORDER BY term, last',
      )
      .pluck(),
    blocks: db.prepare('SELECT term, last, n, data FROM search_postings WHERE term = ? ORDER BY last'),
    blocksPos: db.prepare(
      'SELECT term, last, n, data, pos FROM search_postings WHERE term = ? ORDER BY last',
    ),
    blocksRange: db.prepare(
      'SELECT term, last, n, data FROM search_postings WHERE term >= ? AND term < ? AND term <> ? ORDER BY term, last',
    ),
    pos: db.prepare('SELECT pos FROM search_postings WHERE term = ? AND last = ?').pluck(),
    /** How many terms a prefix has, counted up to a limit (one index walk, no block read). */
    rangeTerms: db
      .prepare(
        'SELECT count(*) FROM (SELECT DISTINCT term FROM search_postings WHERE term >= ? AND term < ? AND term <> ? LIMIT ?)',
      )
      .pluck(),
  };
}
function queryStmts(db: Db): ReturnType<typeof prepareQueries> {
  let s = queryCache.get(db);
  if (!s) queryCache.set(db, (s = prepareQueries(db)));
  return s;
}

function upperBound(p: string): string {
  const cps = [...p];
  const last = cps.pop()!;
  return cps.join('') + String.fromCodePoint(last.codePointAt(0)! + 1);
}

/**
 * The top `k` documents matching every phrase, by FTS5's bm25 (title 8, body 1) times the kind weight; null
 * when the postings are not current. `allowed(id, kind)` filters (kinds, service) before the cut.
 */
export function rankTopK(
  db: Db,
  phrases: readonly QueryPhrase[],
  k: number,
  allowed?: (id: number, kind: SearchKind) => boolean,
): RankedIds | null {
  if (phrases.length === 0 || phrases.length > 250) return null;
  if (phrases.some((p) => p.terms.length === 0 || (p.prefix && p.terms.length > 1))) return null;
  const info = docsInfo(db);
  if (!info) return null;
  const { score, freq, count, len, avgdl, n: N } = info;
  const q = queryStmts(db);
  const pruned = rankPruned(db, info, q, phrases, k, allowed);
  if (pruned) return pruned;
  let touched: number[] = [];
  for (let pi = 0; pi < phrases.length; pi++) {
    const ph = phrases[pi]!;
    const hits: number[] = [];
    if (ph.terms.length > 1) phraseHits(q, ph.terms, freq, hits, phraseFilterOf(db, info, ph.terms));
    const term = ph.terms[0]!;
    const blocks = (
      ph.terms.length > 1
        ? []
        : ph.prefix
          ? q.range.all(term, upperBound(term), DOCS_TERM)
          : q.exact.all(term)
    ) as Buffer[];
    // Decoding fused with accumulating (no intermediate arrays): this loop is the hot path.
    for (const data of blocks) {
      let pos = postingsStart(data);
      let id = 0;
      const end = data.length;
      while (pos < end) {
        let x = data[pos++]!;
        let v = x & 0x7f;
        for (let mul = 128; x >= 0x80; mul *= 128) {
          x = data[pos++]!;
          v += (x & 0x7f) * mul;
        }
        id += v;
        x = data[pos++]!;
        let tb = x & 0x7f;
        for (let mul = 128; x >= 0x80; mul *= 128) {
          x = data[pos++]!;
          tb += (x & 0x7f) * mul;
        }
        let tt = 0;
        if (tb & 1) {
          x = data[pos++]!;
          tt = x & 0x7f;
          for (let mul = 128; x >= 0x80; mul *= 128) {
            x = data[pos++]!;
            tt += (x & 0x7f) * mul;
          }
        }
        tb = Math.floor(tb / 2);
        if (freq[id] === 0) hits.push(id);
        freq[id] += TITLE_WEIGHT * tt + BODY_WEIGHT * tb;
      }
    }
    const nHit = hits.length;
    let idf = Math.log((N - nHit + 0.5) / (nHit + 0.5));
    if (idf <= 0) idf = 1e-6;
    const next: number[] = [];
    for (const id of hits) {
      const f = freq[id]!;
      freq[id] = 0;
      if (count[id] !== pi) continue;
      count[id] = pi + 1;
      score[id] += (idf * (f * (K1 + 1))) / (f + K1 * (1 - B + (B * len[id]!) / avgdl));
      next.push(id);
    }
    // Documents that missed this phrase are out: reset them now so the scratch arrays end clean.
    for (const id of touched)
      if (count[id] !== pi + 1) {
        count[id] = 0;
        score[id] = 0;
      }
    touched = next;
  }
  // Top k by (score desc, id desc): a sorted array of at most k (k is a page, ~20–100).
  const best: { id: number; s: number }[] = [];
  let total = 0;
  for (const id of touched) {
    const s = score[id]! * KIND_WEIGHTS[KINDS[info.kind[id]!]!];
    count[id] = 0;
    score[id] = 0;
    if (allowed && !allowed(id, KINDS[info.kind[id]!]!)) continue;
    total++;
    if (best.length === k && !(s > best[k - 1]!.s || (s === best[k - 1]!.s && id > best[k - 1]!.id)))
      continue;
    let at = best.length;
    while (at > 0 && (s > best[at - 1]!.s || (s === best[at - 1]!.s && id > best[at - 1]!.id))) at--;
    best.splice(at, 0, { id, s });
    if (best.length > k) best.pop();
  }
  return { ids: best.map((b) => b.id), total };
}

/** A prefix of more terms than this is read whole (a window's bound would sum too many frontiers). */
const PRUNE_MAX_LISTS = 64;
const KIND_WEIGHT_BY_CODE = Float64Array.from(KINDS, (k) => KIND_WEIGHTS[k]);

function termLists(q: ReturnType<typeof prepareQueries>, ph: QueryPhrase): TermList[] {
  // A phrase's positions are fetched with its blocks: even with the pair filter (pairBits.ts) about half
  // its blocks have a candidate checked, and a second lookup per such block cost more than reading all
  // (session 10: p50 of the 50 bench phrases 4.8 against 3.9 ms).
  const rows = (
    ph.prefix
      ? q.blocksRange.all(ph.terms[0]!, upperBound(ph.terms[0]!), DOCS_TERM)
      : [...new Set(ph.terms)].flatMap((t) => (ph.terms.length > 1 ? q.blocksPos : q.blocks).all(t))
  ) as { term: string; last: number; n: number; data: Buffer; pos?: Buffer }[];
  const out: TermList[] = [];
  const posOf: Buffer[][] = [];
  let cur: TermList | null = null;
  let term = '';
  for (const r of rows) {
    if (!cur || r.term !== term) {
      term = r.term;
      const t = term;
      const lasts: number[] = [];
      const pos: Buffer[] = [];
      cur = {
        lasts,
        ns: [],
        data: [],
        impacts: [],
        pos: (i) => pos[i] ?? (q.pos.get(t, lasts[i]) as Buffer),
      };
      posOf.push(pos);
      out.push(cur);
    }
    if (r.pos) posOf.at(-1)!.push(r.pos);
    cur.lasts.push(r.last);
    cur.ns.push(r.n);
    cur.data.push(r.data);
    cur.impacts.push(readImpacts(r.data));
  }
  return out;
}

/**
 * The top k through block-max pruning (topk.ts) when the query reads many postings; null to read every
 * match (few postings, or a phrase among other parts, whose IDF needs every document it is in).
 */
function rankPruned(
  db: Db,
  info: DocsInfo,
  q: ReturnType<typeof prepareQueries>,
  phrases: readonly QueryPhrase[],
  k: number,
  allowed?: (id: number, kind: SearchKind) => boolean,
): RankedIds | null {
  if (phrases.some((p) => p.terms.length > 1) && (phrases.length > 1 || !postingsTuning.prunePhrases))
    return null;
  // Decided before any block is read: a query of more term lists than PRUNE_MAX_LISTS is read whole anyway,
  // and reading a many-term prefix's blocks here first ("x" over 50k rare ids at 100k notes: ~50k lists with
  // their impacts) cost more than the whole exhaustive pass after it.
  let listCount = 0;
  for (const p of phrases)
    listCount += p.prefix
      ? (q.rangeTerms.get(p.terms[0]!, upperBound(p.terms[0]!), DOCS_TERM, PRUNE_MAX_LISTS + 1) as number)
      : new Set(p.terms).size;
  if (listCount > PRUNE_MAX_LISTS) return null;
  const lists = phrases.map((p) => termLists(q, p));
  // A word in no document: nothing matches.
  if (
    lists.some(
      (l, i) => l.length === 0 || (!phrases[i]!.prefix && l.length < new Set(phrases[i]!.terms).size),
    )
  )
    return { ids: [], total: 0 };
  let postings = 0;
  for (const l of lists) for (const t of l) for (const n of t.ns) postings += n;
  if (postings < postingsTuning.pruneMinPostings || lists.reduce((a, l) => a + l.length, 0) > PRUNE_MAX_LISTS)
    return null;
  const N = info.n;
  const idfOf = (n: number): number => {
    const v = Math.log((N - n + 0.5) / (n + 0.5));
    return v <= 0 ? 1e-6 : v;
  };
  const terms = phrases.map((p) => [...new Set(p.terms)]);
  const prune: PrunePhrase[] = phrases.map((p, i) => ({
    lists: lists[i]!,
    prefix: p.prefix,
    words: p.terms.length > 1 ? p.terms.map((t) => terms[i]!.indexOf(t)) : null,
    filter: p.terms.length > 1 ? phraseFilterOf(db, info, p.terms) : null,
    // Alone, a phrase's IDF scales every score alike (the order needs none); among others, its exact one.
    idf:
      phrases.length === 1 && (p.prefix || p.terms.length > 1) ? 1 : idfOf(unionCount(lists[i]!, info.count)),
  }));
  const r = prunedTopK(
    prune,
    info,
    k,
    KIND_WEIGHT_BY_CODE,
    allowed ? (id, c) => allowed(id, KINDS[c]!) : undefined,
  );
  // One word, no filter: its document count is the total, pruned or not.
  if (
    r.lowerBound &&
    !allowed &&
    phrases.length === 1 &&
    !phrases[0]!.prefix &&
    phrases[0]!.terms.length === 1
  )
    return { ids: r.ids, total: unionCount(lists[0]!, info.count) };
  return r.lowerBound
    ? { ids: r.ids, total: r.total, totalIsLowerBound: true }
    : { ids: r.ids, total: r.total };
}

/**
 * False when the phrase `words` (the last one a prefix when `lastPrefix`) provably matches no document: one
 * of its words is in none. True when it may match, or when the postings are not current (cannot tell).
 */
export function mayMatchPhrase(db: Db, words: readonly string[], lastPrefix: boolean): boolean {
  if (!docsInfo(db)) return true;
  // Prepared once per connection: ranked search asks this for every full name of every abbreviation typed.
  const exact = preparedOnce(db, 'SELECT 1 FROM search_postings WHERE term = ? LIMIT 1');
  const range = preparedOnce(db, 'SELECT 1 FROM search_postings WHERE term >= ? AND term < ? AND term <> ? LIMIT 1');
  const terms = words.flatMap((w) => wordTerms(db, w));
  return terms.every((t, i) =>
    lastPrefix && i === terms.length - 1
      ? range.get(t, upperBound(t), DOCS_TERM) !== undefined
      : exact.get(t) !== undefined,
  );
}

/** Bytes of the in-memory docs list and scratch arrays for this connection (for the bench). */
export function postingsMemoryBytes(db: Db): number {
  const i = docsCache.get(db);
  return i
    ? i.kind.byteLength + i.len.byteLength + i.norm.byteLength + i.score.byteLength + i.freq.byteLength + i.count.byteLength +
        (i.pairs?.rows.byteLength ?? 0)
    : 0;
}

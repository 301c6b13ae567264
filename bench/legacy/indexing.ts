/**
 * The search index maintenance the importer before parse workers ran, frozen as it was at the start of
 * session 7 (src/main/search/index.ts withDeferredIndexing + src/main/search/postings.ts syncSearchPostings
 * at commit b706217): the bench's baseline must not get faster when the current importer's indexing does.
 * Same SQL, same block format, same results; only its speed is the old one's.
 */
import type { Db } from '../../src/main/db/open';
import { refreshSearchTerms, searchTermsDocCount } from '../../src/main/search';
import { forEachToken } from '../../src/main/search/tokenize';

const BLOCK = 1024;
const DOCS_TERM = ' ';
const KINDS = ['entry', 'comparison', 'note', 'dataset-row', 'fact', 'question'];
const kindCode = (k: string): number => {
  const i = KINDS.indexOf(k);
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

/** A block decoded: ids ascending, and per id three values (a term: title tf, body tf; the docs list: kind, title length, body length). */
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

const varintSize = (v: number): number => (v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5);

function encode(p: Postings, from: number, to: number, docs: boolean, w: Writer): [Buffer, Buffer] {
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
      for (let k = 0; k < n; k++) bytes += varintSize(p.flat[at + k]! - (k === 0 || k === nt ? -1 : p.flat[at + k - 1]!));
      w.varint(bytes);
      for (let k = 0; k < n; k++) w.varint(p.flat[at + k]! - (k === 0 || k === nt ? -1 : p.flat[at + k - 1]!));
    }
  return [data, w.take()];
}

function decodeInto(data: Uint8Array, pos: Uint8Array | null, docs: boolean, p: Postings): void {
  let at = 0;
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

/** Documents synced per pass: bounds the memory of a big import's sync (~40 MB of changes at most). */
const SYNC_BATCH = 20_000;

/**
 * Brings the postings up to date with search_docs: drains search_postings_queue (filled by triggers on
 * every write to search_docs). Call inside the writer's transaction, after the FTS index is written.
 * `rebuild` discards the postings and indexes every document again (a salvaged copy).
 */
function syncSearchPostings(db: Db, opts: { rebuild?: boolean; maxDocs?: number } = {}): number {
  if (!hasPostings(db)) return 0;
  if (opts.rebuild) {
    db.exec(`DELETE FROM search_postings; DELETE FROM search_postings_queue;
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
  const first = opts.maxDocs !== undefined && queued.length > opts.maxDocs ? queued.slice(0, Math.max(1, opts.maxDocs)) : queued;
  const oldText = db.prepare(
    'SELECT q.id, q.old_title AS title, q.old_body AS body FROM json_each(?) j JOIN search_postings_queue q ON q.seq = j.value WHERE q.old_title IS NOT NULL',
  );
  const current = db.prepare(
    'SELECT d.id, d.kind, d.title, d.body FROM json_each(?) j JOIN search_docs d ON d.id = j.value',
  );
  const w = new Writer();
  // Terms that have blocks: a term not among them (most rare words of an import) skips the block lookup.
  const known = new Set(db.prepare('SELECT DISTINCT term FROM search_postings').pluck().all() as string[]);
  for (let from = 0; from < first.length; from += SYNC_BATCH) {
    const part = first.slice(from, from + SYNC_BATCH);
    const old = new Map(
      (oldText.all(JSON.stringify(part.map((r) => r.seq))) as { id: number; title: string; body: string | null }[]).map(
        (r) => [r.id, r],
      ),
    );
    const now = new Map(
      (current.all(JSON.stringify(part.map((r) => r.id))) as { id: number; kind: string; title: string; body: string }[]).map(
        (r) => [r.id, r],
      ),
    );
    // Changes as flat columns (term index, id, a, b, c), grouped by term below: a 20k-document batch
    // makes ~2M of them, and one small array per term and column was mostly garbage-collector time.
    // a = -1 removes the document from the term's list.
    const termIx = new Map<string, number>();
    const terms: string[] = [];
    const col = { t: [] as number[], id: [] as number[], a: [] as number[], b: [] as number[], c: [] as number[], p: [] as number[] };
    // Every change's positions, one flat array for the batch (col.p = where a change's positions start).
    let flat = new Int32Array(1 << 20);
    let flatUsed = 0;
    const push = (term: string, id: number, a: number, b: number, c: number): void => {
      let ix = termIx.get(term);
      if (ix === undefined) {
        termIx.set(term, (ix = terms.length));
        terms.push(term);
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
    const count = (into: 'T' | 'B') => (term: string): void => {
      let ix = termIx.get(term);
      if (ix === undefined) {
        termIx.set(term, (ix = terms.length));
        terms.push(term);
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
    const pushIx = (ix: number, id: number, a: number, b: number, p: number): void => {
      col.t.push(ix);
      col.id.push(id);
      col.a.push(a);
      col.b.push(b);
      col.c.push(0);
      col.p.push(p);
    };
    for (const { id } of part) {
      const was = old.get(id);
      const cur = now.get(id);
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
        if (t < 0) pushIx(ix, id, -1, 0, 0);
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
          pushIx(ix, id, t, cntB[ix]!, at);
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
  }
  if (first.length === queued.length) db.prepare('DELETE FROM search_postings_queue').run();
  else db.prepare('DELETE FROM search_postings_queue WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(first.map((r) => r.id)));
  bumpGeneration(db);
  return queued.length - first.length;
}

const stmts = new WeakMap<Db, ReturnType<typeof prepareStmts>>();
function prepareStmts(db: Db) {
  return {
    covering: db.prepare('SELECT last, data, pos FROM search_postings WHERE term = ? AND last >= ? ORDER BY last LIMIT 1'),
    final: db.prepare('SELECT last, data, pos FROM search_postings WHERE term = ? ORDER BY last DESC LIMIT 1'),
    del: db.prepare('DELETE FROM search_postings WHERE term = ? AND last = ?'),
    ins: db.prepare('INSERT INTO search_postings(term, last, n, data, pos) VALUES (?, ?, ?, ?, ?)'),
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
    for (let from = 0; from < out.ids.length; from += BLOCK) {
      const to = Math.min(out.ids.length, from + BLOCK);
      s.ins.run(term, out.ids[to - 1]!, to - from, ...encode(out, from, to, docs, w));
    }
    i = j;
  }
}

function hasPostings(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_postings_queue'").get() !== undefined
  );
}

/** Bumped by every sync that changed something: in-memory copies of the docs list are keyed on it. */
function bumpGeneration(db: Db): void {
  db.prepare(
    `INSERT INTO meta(key, value) VALUES ('searchPostingsGen', '1')
       ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`,
  ).run();
}


/** withDeferredIndexing as it was: rows queued, FTS5 indexed set-based, then the postings and the term list. */
export function withDeferredIndexing<T>(db: Db, fn: () => T): T {
  return db.transaction((): T => {
    if (db.prepare('SELECT 1 FROM search_pending WHERE id = 0').get()) return fn();
    db.prepare('INSERT INTO search_pending(id) VALUES (0)').run();
    const result = fn();
    db.prepare('DELETE FROM search_pending WHERE id = 0').run();
    db.exec(`INSERT INTO search_fts(rowid, title, body)
        SELECT d.id, d.title, d.body FROM search_pending p JOIN search_docs d ON d.id = p.id WHERE p.id <> 0;
      INSERT INTO search_title_fts(rowid, title)
        SELECT d.id, d.title FROM search_pending p JOIN search_docs d ON d.id = p.id WHERE p.id <> 0;
      DELETE FROM search_pending WHERE id <> 0;`);
    syncSearchPostings(db);
    if (searchTermsDocCount(db) === null) refreshSearchTerms(db);
    return result;
  })();
}

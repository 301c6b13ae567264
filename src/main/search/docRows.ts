/**
 * One document's rows for the ranked-search postings (postings.ts appendNewDocs): per distinct term, its
 * title and body counts and its positions' bytes. The writer builds them while it appends new documents; an
 * import's parse workers build them for the files they prepare (tokenizeNoteFile), so the writer, the
 * import's bottleneck, only copies them. Both go through DocRowBuilder: the bytes are the same either way.
 * Database-free (parse workers have no connection).
 */
import { addPairs, PAIR_BYTES } from './pairBits';
import { forEachKnownToken, knowsEvery } from './tokenize';

export const varintSize = (v: number): number =>
  v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;

/** A growable array of 32-bit integers (millions of small numbers: no per-element garbage). */
export class IntColumn {
  xs = new Int32Array(1 << 16);
  n = 0;
  push(v: number): void {
    if (this.n === this.xs.length) this.grow(1);
    this.xs[this.n++] = v;
  }
  grow(k: number): void {
    const x2 = new Int32Array(Math.max(this.n + k, this.xs.length * 2));
    x2.set(this.xs);
    this.xs = x2;
  }
  /** A copy of the values (its own buffer: transferable). */
  take(): Int32Array {
    return this.xs.slice(0, this.n);
  }
}

/** A growable byte buffer of varints. */
export class ByteSink {
  buf = new Uint8Array(1 << 16);
  len = 0;
  room(k: number): void {
    if (this.len + k <= this.buf.length) return;
    const b = new Uint8Array(Math.max(this.len + k, this.buf.length * 2));
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }
  varint(v: number): void {
    this.room(10);
    while (v >= 0x80) {
      this.buf[this.len++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.len++] = v;
  }
  bytes(src: Uint8Array): void {
    this.room(src.length);
    this.buf.set(src, this.len);
    this.len += src.length;
  }
}

/**
 * Term → index for appendNewDocs: an open-addressing table keyed by a hash computed while scanning the text,
 * so a token seen before costs neither a substring nor a Map lookup (a 100k-note import has ~17M tokens and
 * ~150k distinct terms; 35–40% less time than forEachToken with a Map). ASCII is tokenized here exactly as
 * forEachToken does (runs of a–z and 0–9 after lowercasing); other text goes through the tokenizer given.
 */
export class TermTable {
  readonly terms: string[] = [];
  private hashes = new Int32Array(1 << 12);
  private slots = new Int32Array(1 << 13).fill(-1);

  /** Index of `term` (h: its FNV-1a hash over UTF-16 code units, as scan computes it), added when new. */
  index(term: string, h: number): number {
    return this.find(term, 0, term.length, h);
  }

  /** Index of the term src[start, end) whose FNV-1a hash is h (added when new). */
  private find(src: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const ix = this.slots[i]!;
      if (ix < 0) {
        const n = this.terms.length;
        this.terms.push(start === 0 && end === src.length ? src : src.slice(start, end));
        if (n === this.hashes.length) {
          const h2 = new Int32Array(n * 2);
          h2.set(this.hashes);
          this.hashes = h2;
        }
        this.hashes[n] = h;
        this.slots[i] = n;
        if ((n + 1) * 2 > this.slots.length) this.rehash();
        return n;
      }
      if (this.hashes[ix] === h) {
        const t = this.terms[ix]!;
        if (t.length === end - start && src.startsWith(t, start)) return ix;
      }
    }
  }

  /** The live hash array (term ix's hash at [ix]; replaced as the table grows, so read it after scanning). */
  hashArray(): Int32Array {
    return this.hashes;
  }

  /** Each term's hash (its own buffer: transferable). */
  hashesOf(): Int32Array {
    return this.hashes.slice(0, this.terms.length);
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    for (let k = 0; k < this.terms.length; k++) {
      let j = this.hashes[k]! & mask;
      while (this.slots[j]! >= 0) j = (j + 1) & mask;
      this.slots[j] = k;
    }
  }

  /**
   * Calls fn with the index of each token of `text`, in order; returns the number of tokens. Text that is not
   * ASCII goes through `tokenize` (forEachToken, or forEachKnownToken where there is no database).
   */
  scan(text: string, fn: (ix: number) => void, tokenize: (text: string, fn: (t: string) => void) => number): number {
    if (!ASCII_ONLY.test(text))
      return tokenize(text, (t) => {
        let h = 0x811c9dc5;
        for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 16777619);
        fn(this.find(t, 0, t.length, h));
      });
    const lower = text.toLowerCase();
    let n = 0;
    let start = -1;
    let h = 0;
    for (let i = 0; i <= lower.length; i++) {
      const c = i < lower.length ? lower.charCodeAt(i) : 32;
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        if (start < 0) {
          start = i;
          h = 0x811c9dc5;
        }
        h = Math.imul(h ^ c, 16777619);
      } else if (start >= 0) {
        fn(this.find(lower, start, i, h));
        n++;
        start = -1;
      }
    }
    return n;
  }
}
const ASCII_ONLY = /^[\x00-\x7f]*$/;

const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
};

/** Rows of documents: term index, title count, body count, positions' byte length; the positions' bytes. */
export interface RowSinks {
  t: IntColumn;
  a: IntColumn;
  b: IntColumn;
  len: IntColumn;
  pos: ByteSink;
}

export const rowSinks = (): RowSinks => ({
  t: new IntColumn(),
  a: new IntColumn(),
  b: new IntColumn(),
  len: new IntColumn(),
  pos: new ByteSink(),
});

/**
 * One document at a time: feed its title's then its body's tokens (as term indexes), then `emit` its rows,
 * one per distinct term in order of first appearance, positions as encode (postings.ts) writes them: byte
 * length, then title and body positions, each delta-coded from -1.
 */
export class DocRowBuilder {
  // Per-document counts by term index (reset through `seen`), and the document's token sequence.
  private cntT = new Int32Array(1024);
  private cntB = new Int32Array(1024);
  private fill = new Int32Array(1024);
  private slot = new Int32Array(1 << 12);
  private readonly seen: number[] = [];
  private readonly seqT: number[] = [];
  private readonly seqB: number[] = [];

  private saw(ix: number): void {
    while (ix >= this.cntT.length) {
      this.cntT = grow(this.cntT);
      this.cntB = grow(this.cntB);
      this.fill = grow(this.fill);
    }
    if (this.cntT[ix] === 0 && this.cntB[ix] === 0) this.seen.push(ix);
  }

  readonly title = (ix: number): void => {
    this.saw(ix);
    this.cntT[ix]!++;
    this.seqT.push(ix);
  };

  readonly body = (ix: number): void => {
    this.saw(ix);
    this.cntB[ix]!++;
    this.seqB.push(ix);
  };

  /** Sets the document's word-pair bits (pairBits.ts) in out[at, at + PAIR_BYTES); call before `emit`. */
  pairs(hashOf: ArrayLike<number>, out: Uint8Array, at: number): void {
    addPairs(this.seqT, this.seqT.length, hashOf, out, at);
    addPairs(this.seqB, this.seqB.length, hashOf, out, at);
  }

  /** Writes the document's rows into `out` and resets; returns how many. */
  emit(out: RowSinks): number {
    const { seen, seqT, seqB, cntT, cntB, fill } = this;
    // Each term's positions, title ones then body ones, gathered in `slot` (ascending within each column).
    const total = seqT.length + seqB.length;
    while (this.slot.length < total) this.slot = grow(this.slot);
    const slot = this.slot;
    let at = 0;
    for (const ix of seen) {
      fill[ix] = at;
      at += cntT[ix]! + cntB[ix]!;
    }
    for (let i = 0; i < seqT.length; i++) slot[fill[seqT[i]!]!++] = i;
    for (let i = 0; i < seqB.length; i++) slot[fill[seqB[i]!]!++] = i;
    at = 0;
    const rPos = out.pos;
    for (const ix of seen) {
      const nt = cntT[ix]!;
      const n = nt + cntB[ix]!;
      let bytes = 0;
      for (let q = 0; q < n; q++) bytes += varintSize(slot[at + q]! - (q === 0 || q === nt ? -1 : slot[at + q - 1]!));
      const start = rPos.len;
      rPos.varint(bytes);
      for (let q = 0; q < n; q++) rPos.varint(slot[at + q]! - (q === 0 || q === nt ? -1 : slot[at + q - 1]!));
      out.t.push(ix);
      out.a.push(nt);
      out.b.push(cntB[ix]!);
      out.len.push(rPos.len - start);
      at += n;
      cntT[ix] = cntB[ix] = 0;
    }
    const rows = seen.length;
    seen.length = seqT.length = seqB.length = 0;
    return rows;
  }
}

/**
 * A note file's search documents as rows, built by a parse worker: `terms` are the file's own (indexes into
 * it), document k's rows are [rowStart[k], rowStart[k + 1]) and its positions' bytes [posStart[k],
 * posStart[k + 1]). A document with a character the worker could not tokenize without SQLite has ok[k] = 0
 * (and no rows): the writer tokenizes that one itself.
 */
export interface DocTokens {
  terms: string[];
  hashes: Int32Array;
  ok: Uint8Array;
  lenT: Int32Array;
  lenB: Int32Array;
  rowStart: Int32Array;
  posStart: Int32Array;
  rowTerm: Int32Array;
  rowA: Int32Array;
  rowB: Int32Array;
  rowLen: Int32Array;
  pos: Uint8Array;
  /** Document k's word-pair bits at [k × PAIR_BYTES, (k + 1) × PAIR_BYTES) (pairBits.ts; zero when !ok[k]). */
  pairs: Uint8Array;
}

/** Builds DocTokens for documents (title, body) on a thread without a database (see forEachKnownToken). */
export function tokenizeDocs(docs: readonly { title: string; body: string }[]): DocTokens {
  const table = new TermTable();
  const terms = table.terms;
  const b = new DocRowBuilder();
  const out = rowSinks();
  const n = docs.length;
  const ok = new Uint8Array(n);
  const lenT = new Int32Array(n);
  const lenB = new Int32Array(n);
  const rowStart = new Int32Array(n + 1);
  const posStart = new Int32Array(n + 1);
  const pairs = new Uint8Array(n * PAIR_BYTES);
  const known = (text: string, fn: (t: string) => void): number => forEachKnownToken(text, fn) as number;
  for (let k = 0; k < n; k++) {
    const d = docs[k]!;
    // Checked whole before any of its tokens goes in.
    if (knowsEvery(d.title) && knowsEvery(d.body)) {
      lenT[k] = table.scan(d.title, b.title, known);
      lenB[k] = table.scan(d.body, b.body, known);
      b.pairs(table.hashArray(), pairs, k * PAIR_BYTES);
      b.emit(out);
      ok[k] = 1;
    }
    rowStart[k + 1] = out.t.n;
    posStart[k + 1] = out.pos.len;
  }
  return {
    terms,
    hashes: table.hashesOf(),
    ok,
    lenT,
    lenB,
    rowStart,
    posStart,
    rowTerm: out.t.take(),
    rowA: out.a.take(),
    rowB: out.b.take(),
    rowLen: out.len.take(),
    pos: out.pos.buf.slice(0, out.pos.len),
    pairs,
  };
}

/** The buffers of DocTokens (to transfer them to the writer rather than copy them). */
export function docTokensBuffers(t: DocTokens): ArrayBuffer[] {
  return [t.hashes, t.ok, t.lenT, t.lenB, t.rowStart, t.posStart, t.rowTerm, t.rowA, t.rowB, t.rowLen, t.pos, t.pairs].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** A document the writer wrote with rows ready for it: which DocTokens, which document, and its text. */
export interface OfferedDoc {
  tokens: DocTokens;
  k: number;
  title: string;
  body: string;
}

const offered = new WeakMap<object, Map<number, OfferedDoc>>();

/**
 * Leaves a written search document's ready rows for the next postings sync on this connection (keyed by the
 * document's id). The sync uses them only for a document whose text is still exactly this.
 */
export function offerDocRows(db: object, id: number, doc: OfferedDoc): void {
  let m = offered.get(db);
  if (!m) offered.set(db, (m = new Map()));
  m.set(id, doc);
}

/** The ready rows offered for this connection (read and emptied by the sync), or undefined. */
export function offeredDocRows(db: object): Map<number, OfferedDoc> | undefined {
  return offered.get(db);
}

/** Forgets every offer on this connection (end of an import, or its rollback). */
export function dropDocRows(db: object): void {
  offered.delete(db);
}

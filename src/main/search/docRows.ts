/**
 * One document's rows for the ranked-search postings (postings.ts appendNewDocs): per distinct term, its
 * title and body counts and its positions' bytes. The writer builds them while it appends new documents; an
 * import's parse workers build them for the files they prepare (tokenizeNoteFile), so the writer, the
 * import's bottleneck, only copies them. Both go through DocRowBuilder: the bytes are the same either way.
 * Database-free (parse workers have no connection).
 */
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

/** FNV-1a over a term's UTF-16 code units: the hash postings.ts's term table keys terms by. */
export function termHash(t: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 16777619);
  return h;
}

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
}

/** Builds DocTokens for documents (title, body) on a thread without a database (see forEachKnownToken). */
export function tokenizeDocs(docs: readonly { title: string; body: string }[]): DocTokens {
  const ix = new Map<string, number>();
  const terms: string[] = [];
  const b = new DocRowBuilder();
  const out = rowSinks();
  const n = docs.length;
  const ok = new Uint8Array(n);
  const lenT = new Int32Array(n);
  const lenB = new Int32Array(n);
  const rowStart = new Int32Array(n + 1);
  const posStart = new Int32Array(n + 1);
  const local = (into: (i: number) => void) => (t: string): void => {
    let i = ix.get(t);
    if (i === undefined) {
      ix.set(t, (i = terms.length));
      terms.push(t);
    }
    into(i);
  };
  const toTitle = local(b.title);
  const toBody = local(b.body);
  for (let k = 0; k < n; k++) {
    const d = docs[k]!;
    // Checked whole before any of its tokens goes in.
    if (knowsEvery(d.title) && knowsEvery(d.body)) {
      lenT[k] = forEachKnownToken(d.title, toTitle)!;
      lenB[k] = forEachKnownToken(d.body, toBody)!;
      b.emit(out);
      ok[k] = 1;
    }
    rowStart[k + 1] = out.t.n;
    posStart[k + 1] = out.pos.len;
  }
  return {
    terms,
    hashes: Int32Array.from(terms, termHash),
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
  };
}

/** The buffers of DocTokens (to transfer them to the writer rather than copy them). */
export function docTokensBuffers(t: DocTokens): ArrayBuffer[] {
  return [t.hashes, t.ok, t.lenT, t.lenB, t.rowStart, t.posStart, t.rowTerm, t.rowA, t.rowB, t.rowLen, t.pos].map(
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

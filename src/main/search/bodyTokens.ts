/**
 * Note bodies tokenized for the ranked-search postings before they are written: a parse worker does it with
 * the rest of a file's preparation (notes/prepare.ts), so the importing thread, which writes the postings,
 * only merges ready term lists (postings.ts, appendNewDocs) instead of scanning every token itself.
 *
 * Pure (no database): only ASCII bodies are tokenized here, exactly as forEachToken does (runs of a–z and
 * 0–9 after lowercasing); any other body is left to the writer, whose tokenizer asks SQLite about other
 * code points. The result is plain typed arrays and one string, cheap to send between threads.
 */

/**
 * Term → index: an open-addressing table keyed by an FNV-1a hash computed while scanning the text, so a
 * token seen before costs neither a substring nor a Map lookup (a 100k-note import has ~17M tokens and ~150k
 * distinct terms; 35–40% less time than forEachToken with a Map).
 */
export class TermTable {
  readonly terms: string[] = [];
  private hashes = new Int32Array(1 << 12);
  private slots = new Int32Array(1 << 13).fill(-1);

  /** Index of the term src[start, end) whose FNV-1a hash is h (added when new). */
  find(src: string, start: number, end: number, h: number): number {
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

  /** Index of a whole term (added when new). */
  findTerm(t: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 16777619);
    return this.find(t, 0, t.length, h);
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
   * Calls fn with the index of each token of an ASCII-only `text`, in order; returns the number of tokens.
   * Tokens as forEachToken makes them: runs of a–z and 0–9 after lowercasing.
   */
  scanAscii(text: string, fn: (ix: number) => void): number {
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

export const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * Bodies tokenized together (a file's sections). Body i's rows are [rowStart[i], rowStart[i + 1]): one per
 * distinct term, in order of first appearance, with its count and its positions' bytes.
 */
export interface BodyTokenSet {
  /** The texts tokenized: a document uses body i's rows only when its body is bodies[i]. */
  bodies: readonly string[];
  /** The distinct terms of all the bodies, each followed by one space. */
  dict: string;
  rowStart: Int32Array;
  /** Body i's number of tokens; -1 when it was not tokenized here (not ASCII). */
  len: Int32Array;
  /** Per row: the term (its index in `dict`), and how often it is in the body. */
  term: Int32Array;
  count: Int32Array;
  /**
   * Per row: where its positions end in `pos` (they start where the previous row's end). The positions as
   * the postings store a body's: ascending, each as its distance from the previous one, the first from -1,
   * in varints.
   */
  posEnd: Int32Array;
  pos: Uint8Array;
}

/** One body of a set: what a search document carries when its body was tokenized ahead. */
export interface PreTokenized {
  set: BodyTokenSet;
  index: number;
}

/** A growable Int32Array. */
class Ints {
  xs = new Int32Array(1024);
  n = 0;
  push(v: number): void {
    if (this.n === this.xs.length) {
      const x2 = new Int32Array(this.xs.length * 2);
      x2.set(this.xs);
      this.xs = x2;
    }
    this.xs[this.n++] = v;
  }
  take(): Int32Array {
    return this.xs.slice(0, this.n);
  }
}

/** Tokenizes `bodies` for the postings (see BodyTokenSet). */
export function tokenizeBodies(bodies: readonly string[]): BodyTokenSet {
  const table = new TermTable();
  const rowStart = new Int32Array(bodies.length + 1);
  const len = new Int32Array(bodies.length);
  const term = new Ints();
  const count = new Ints();
  const posEnd = new Ints();
  let pos = new Uint8Array(1 << 14);
  let posLen = 0;
  let cnt = new Int32Array(1024);
  let fill = new Int32Array(1024);
  let slot = new Int32Array(1024);
  const seen: number[] = [];
  const seq: number[] = [];
  const onToken = (ix: number): void => {
    if (ix >= cnt.length) {
      const c2 = new Int32Array(cnt.length * 2);
      c2.set(cnt);
      cnt = c2;
      fill = new Int32Array(cnt.length);
    }
    if (cnt[ix] === 0) seen.push(ix);
    cnt[ix]!++;
    seq.push(ix);
  };
  for (let b = 0; b < bodies.length; b++) {
    const body = bodies[b]!;
    if (!ASCII_ONLY.test(body)) {
      len[b] = -1;
      rowStart[b + 1] = term.n;
      continue;
    }
    len[b] = table.scanAscii(body, onToken);
    // Each term's positions gathered in `slot` (ascending), then delta-coded into `pos`.
    if (slot.length < seq.length) slot = new Int32Array(seq.length * 2);
    let at = 0;
    for (const ix of seen) {
      fill[ix] = at;
      at += cnt[ix]!;
    }
    for (let i = 0; i < seq.length; i++) slot[fill[seq[i]!]!++] = i;
    if (pos.length < posLen + seq.length * 5) {
      const p2 = new Uint8Array(Math.max(pos.length * 2, posLen + seq.length * 5));
      p2.set(pos.subarray(0, posLen));
      pos = p2;
    }
    at = 0;
    for (const ix of seen) {
      const n = cnt[ix]!;
      let prev = -1;
      for (let q = 0; q < n; q++) {
        let v = slot[at + q]! - prev;
        prev = slot[at + q]!;
        while (v >= 0x80) {
          pos[posLen++] = (v & 0x7f) | 0x80;
          v >>>= 7;
        }
        pos[posLen++] = v;
      }
      term.push(ix);
      count.push(n);
      posEnd.push(posLen);
      at += n;
      cnt[ix] = 0;
    }
    seen.length = seq.length = 0;
    rowStart[b + 1] = term.n;
  }
  return {
    bodies: [...bodies],
    dict: table.terms.length ? `${table.terms.join(' ')} ` : '',
    rowStart,
    len,
    term: term.take(),
    count: count.take(),
    posEnd: posEnd.take(),
    pos: pos.slice(0, posLen),
  };
}

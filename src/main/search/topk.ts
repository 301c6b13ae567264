import { postingsStart, type Impacts } from './impacts';

/**
 * Exact top-k with block-max pruning over ranked search's postings (postings.ts calls it for queries with
 * many postings; see rankTopK there for the formula, identical here).
 *
 * The document ids are cut into windows at every block boundary of every term of the query, so in a
 * window each term has at most one block. A window's upper bound comes from those blocks' impacts
 * (impacts.ts): for every length D at which a frontier steps, the best weighted frequency any term can
 * have in a document at least that long, through bm25 summed over the phrases, times the highest kind
 * weight the blocks hold. Windows are read best bound first; once the k-th best score beats the next
 * window's bound, no document left can enter the top k, and the rest are never decoded. Inside a window,
 * documents are scored one at a time (as Lucene's conjunctions are): the part with the fewest postings
 * leads, the others are sought by galloping, and a lead document whose own score plus the others' block
 * bounds cannot beat the k-th is skipped before the others' blocks are even decoded. (Term at a time —
 * a frequency and a score array per part, every posting of every list walked — cost 3–5x more per posting.)
 * A phrase's frequency is at most its rarest word's, column by column, so a document's phrase positions
 * are decoded only when that bound can still enter the top k (postingsTuning.prunePhrases), and a document
 * whose word-pair bits (pairBits.ts) lack one of the phrase's pairs is dropped before any of that.
 *
 * Ties: a document enters only by beating the k-th (score, then newer id), and a window or document is
 * skipped only when its bound is below the k-th score by more than rounding (1e-9 relative), so the
 * result is exactly the exhaustive one.
 */

const K1 = 1.2;
const B = 0.75;
const TITLE_WEIGHT = 8;
const BODY_WEIGHT = 1;
/** Rounding slack of a bound against a score computed through different operations. */
const SLACK = 1 + 1e-9;

/** One term's blocks, in id order: block i holds ids in (lasts[i-1], lasts[i]]. */
export interface TermList {
  lasts: number[];
  ns: number[];
  data: Buffer[];
  impacts: Impacts[];
  /** Block i's positions (fetched only when a phrase needs them). */
  pos: (i: number) => Buffer;
}

/** One AND-ed part of the query. */
export interface PrunePhrase {
  /** One term; a prefix's terms (any of them); a phrase's distinct terms. */
  lists: TermList[];
  prefix: boolean;
  /** A phrase (more than one word): each word's index into `lists`. */
  words: number[] | null;
  /**
   * A phrase: the documents that may hold it (bit id & 7 of byte id >> 3; pairBits.ts phraseFilter), or null
   * (no filter). A document whose bit is clear lacks one of its word pairs: dropped unread.
   */
  filter: Uint8Array | null;
  idf: number;
}

/** Every document's kind code and length, the index's average length, and zeroed scratch arrays. */
export interface DocsView {
  kind: Uint8Array;
  len: Float64Array;
  avgdl: number;
  /**
   * bm25's length part per document, K1 · (1 − B + B · len / avgdl), computed once per generation in the
   * same operations as the formula (so every score is the same double): a division per posting saved.
   */
  norm: Float64Array;
  score: Float64Array;
  freq: Float64Array;
  count: Uint8Array;
}

export interface PrunedResult {
  ids: number[];
  /** Matching documents counted; a lower bound when `lowerBound` (some were never read). */
  total: number;
  lowerBound: boolean;
}

const NO_INTS = new Int32Array(0);

const NO_BYTES = new Uint8Array(0);

/** A block decoded: ids, title and body frequencies; positions' offsets once a phrase asks (one shape throughout: a hot loop's objects). */
class Decoded {
  off: Int32Array = NO_INTS;
  pos: Uint8Array = NO_BYTES;
  hasPos = false;
  constructor(
    readonly ids: Int32Array,
    readonly a: Int32Array,
    readonly b: Int32Array,
    readonly n: number,
  ) {}
}

/**
 * Memory for one query's decoded blocks and candidate arrays, carved from buffers that every query reuses:
 * three small typed arrays per block (and the phrase path's candidate arrays) were allocated and zeroed per
 * query, ~6 % of a query's time. Queries on a thread run one at a time and nothing carved outlives its
 * query, so `reset` at the start of each one is all the bookkeeping. Buffers past `KEEP` (a query over
 * millions of postings) are dropped at the next reset rather than kept for good.
 */
class Arena {
  // Small to start (it doubles to what the queries need within a few queries): the tests' small corpora
  // then go through the growth path too.
  private ints = new Int32Array(1 << 8);
  private intsUsed = 0;
  private floats = new Float64Array(1 << 6);
  private floatsUsed = 0;
  private static readonly KEEP = 1 << 22;
  reset(): void {
    this.intsUsed = 0;
    this.floatsUsed = 0;
    if (this.ints.length > Arena.KEEP) this.ints = new Int32Array(1 << 8);
    if (this.floats.length > Arena.KEEP) this.floats = new Float64Array(1 << 6);
  }
  /** n ints, NOT zeroed (callers write before they read). */
  int(n: number): Int32Array {
    // A new buffer when full: views already handed out keep the old one alive until the query ends.
    if (this.intsUsed + n > this.ints.length) {
      this.ints = new Int32Array(Math.max(this.ints.length * 2, n * 2));
      this.intsUsed = 0;
    }
    return this.ints.subarray(this.intsUsed, (this.intsUsed += n));
  }
  float(n: number): Float64Array {
    if (this.floatsUsed + n > this.floats.length) {
      this.floats = new Float64Array(Math.max(this.floats.length * 2, n * 2));
      this.floatsUsed = 0;
    }
    return this.floats.subarray(this.floatsUsed, (this.floatsUsed += n));
  }
}
const arena = new Arena();

function decode(data: Buffer, n: number): Decoded {
  const ids = arena.int(n);
  const a = arena.int(n);
  const b = arena.int(n);
  let at = postingsStart(data);
  let id = 0;
  let k = 0;
  const end = data.length;
  while (at < end && k < n) {
    let x = data[at++]!;
    let v = x & 0x7f;
    for (let mul = 128; x >= 0x80; mul *= 128) {
      x = data[at++]!;
      v += (x & 0x7f) * mul;
    }
    id += v;
    x = data[at++]!;
    let tb = x & 0x7f;
    for (let mul = 128; x >= 0x80; mul *= 128) {
      x = data[at++]!;
      tb += (x & 0x7f) * mul;
    }
    let tt = 0;
    if (tb & 1) {
      x = data[at++]!;
      tt = x & 0x7f;
      for (let mul = 128; x >= 0x80; mul *= 128) {
        x = data[at++]!;
        tt += (x & 0x7f) * mul;
      }
    }
    ids[k] = id;
    a[k] = tt;
    b[k] = tb >>> 1;
    k++;
  }
  return new Decoded(ids, a, b, k);
}

/** Where each posting's positions start in the block's `pos` (after its byte length). */
function offsets(d: Decoded, pos: Uint8Array): void {
  const off = arena.int(d.n);
  let at = 0;
  for (let k = 0; k < d.n; k++) {
    let x = pos[at++]!;
    let len = x & 0x7f;
    for (let mul = 128; x >= 0x80; mul *= 128) {
      x = pos[at++]!;
      len += (x & 0x7f) * mul;
    }
    off[k] = at;
    at += len;
  }
  d.off = off;
  d.pos = pos;
  d.hasPos = true;
}

/**
 * A posting's positions into xs (title ones first, then body ones): `n` of them, `nt` in the title, read from
 * pos[at…]; returns xs, grown if needed.
 */
function positionsAt(data: Uint8Array, at: number, nt: number, n: number, xs: Int32Array): Int32Array {
  const out = xs.length < n ? new Int32Array(n * 2) : xs;
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
    out[q] = prev;
  }
  return out;
}

/** bm25's term-frequency part (an unbounded block: its limit). */
function tfPart(f: number, d: number, avgdl: number): number {
  return f === Infinity ? K1 + 1 : (f * (K1 + 1)) / (f + K1 * (1 - B + (B * d) / avgdl));
}

/** The best k so far: score descending, then newer id first. */
class TopK {
  readonly s: number[] = [];
  readonly ids: number[] = [];
  constructor(readonly k: number) {}
  /** The score to beat (−∞ until k are in). */
  theta(): number {
    return this.s.length === this.k ? this.s[this.k - 1]! : -Infinity;
  }
  offer(id: number, sc: number): void {
    const { s, ids, k } = this;
    if (s.length === k && !(sc > s[k - 1]! || (sc === s[k - 1]! && id > ids[k - 1]!))) return;
    let at = s.length;
    while (at > 0 && (sc > s[at - 1]! || (sc === s[at - 1]! && id > ids[at - 1]!))) at--;
    s.splice(at, 0, sc);
    ids.splice(at, 0, id);
    if (s.length > k) {
      s.pop();
      ids.pop();
    }
  }
}

/** Each list's blocks, decoded on first use (once per query). */
class Blocks {
  private readonly cache: (Decoded | undefined)[][];
  constructor(private readonly lists: readonly TermList[]) {
    this.cache = lists.map((l) => new Array<Decoded | undefined>(l.lasts.length));
  }
  get(li: number, b: number): Decoded {
    let d = this.cache[li]![b];
    if (!d) this.cache[li]![b] = d = decode(this.lists[li]!.data[b]!, this.lists[li]!.ns[b]!);
    return d;
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

/** First index in ids[c, to) with ids[i] >= v (to when none), from c on: galloping, then a binary search. */
function seek(ids: Int32Array, c: number, to: number, v: number): number {
  if (c >= to || ids[c]! >= v) return c;
  // ids[lo] < v throughout; the answer is in (lo, hi].
  let lo = c;
  let step = 1;
  let hi = c + 1;
  while (hi < to && ids[hi]! < v) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > to) hi = to;
  let l = lo + 1;
  while (l < hi) {
    const mid = (l + hi) >> 1;
    if (ids[mid]! < v) l = mid + 1;
    else hi = mid;
  }
  return l;
}

/** First index in ids[0, n) with ids[i] > v. */
function after(ids: Int32Array, n: number, v: number): number {
  let l = 0;
  let h = n;
  while (l < h) {
    const mid = (l + h) >> 1;
    if (ids[mid]! <= v) l = mid + 1;
    else h = mid;
  }
  return l;
}

/**
 * Documents holding any of the lists' terms (a prefix's IDF needs its exact document frequency). `seen` is
 * zeroed scratch of maxId + 1 bytes, left zeroed. Only ids are read (no arrays: the blocks are decoded again,
 * by the ranking, only where it needs them).
 */
export function unionCount(lists: readonly TermList[], seen: Uint8Array): number {
  if (lists.length === 1) return lists[0]!.ns.reduce((x, y) => x + y, 0);
  let n = 0;
  for (const l of lists)
    for (let i = 0; i < l.data.length; i++) {
      const data = l.data[i]!;
      let at = postingsStart(data);
      let id = 0;
      const end = data.length;
      while (at < end) {
        let x = data[at++]!;
        let v = x & 0x7f;
        for (let mul = 128; x >= 0x80; mul *= 128) {
          x = data[at++]!;
          v += (x & 0x7f) * mul;
        }
        id += v;
        // The counts: skipped (a title count follows when the body varint is odd).
        x = data[at++]!;
        const odd = x & 1;
        while (x >= 0x80) x = data[at++]!;
        if (odd) {
          x = data[at++]!;
          while (x >= 0x80) x = data[at++]!;
        }
        if (seen[id] === 0) {
          seen[id] = 1;
          n++;
        }
      }
    }
  seen.fill(0);
  return n;
}

/**
 * The top `k` documents matching every phrase (at most one phrase of several words, and then alone), by
 * bm25 × kind weight; `weights[code]` is a kind code's weight.
 */
export function prunedTopK(
  phrases: readonly PrunePhrase[],
  docs: DocsView,
  k: number,
  weights: Float64Array,
  allowed?: (id: number, kind: number) => boolean,
): PrunedResult {
  const { kind, avgdl, freq, norm } = docs;
  const tf = (f: number, d: number): number => tfPart(f, d, avgdl);
  arena.reset();

  // The highest weight of any kind code ≥ c: a block's smallest code bounds its documents' weights.
  const capW = new Float64Array(weights.length);
  for (let c = weights.length - 1, w = 0; c >= 0; c--) capW[c] = w = Math.max(w, weights[c]!);

  // ---- windows: every block boundary of every list ----
  const lists: TermList[] = [];
  for (const p of phrases) lists.push(...p.lists);
  const cuts: number[] = [];
  for (const l of lists) cuts.push(...l.lasts);
  cuts.sort((x, y) => x - y);
  const bounds: number[] = [];
  for (const c of cuts) if (bounds.length === 0 || bounds[bounds.length - 1] !== c) bounds.push(c);
  const W = bounds.length;
  // blockOf[li][j]: list li's block covering window j, or -1 (none: the list ends before it).
  const blockOf = lists.map((l) => {
    const out = new Int32Array(W);
    let c = 0;
    for (let j = 0; j < W; j++) {
      while (c < l.lasts.length && l.lasts[c]! < bounds[j]!) c++;
      out[j] = c < l.lasts.length ? c : -1;
    }
    return out;
  });
  const firstList: number[] = [];
  {
    let at = 0;
    for (const p of phrases) {
      firstList.push(at);
      at += p.lists.length;
    }
  }

  // ---- each window's upper bound ----
  // A block's bound: the best bm25 term frequency part over its frontier (exact for its best posting).
  const blockMax = lists.map((l) =>
    l.impacts.map((im) => {
      if (im.unbounded) return K1 + 1;
      let best = 0;
      for (let i = 0; i < im.d.length; i++) best = Math.max(best, tf(im.f[i]!, im.d[i]!));
      return best;
    }),
  );
  const phrase = phrases.length === 1 && phrases[0]!.words ? phrases[0]! : null;
  const upper = new Float64Array(W);
  for (let j = 0; j < W; j++) {
    let code = 0; // a lower bound on the kind code of any document that can match here
    let sum = 0;
    let possible = true;
    for (let pi = 0; pi < phrases.length && possible; pi++) {
      const p = phrases[pi]!;
      let lo = Number.MAX_SAFE_INTEGER;
      let hi = 0;
      let any = false;
      // A word's bound; a prefix's: the sum over its terms (a document may hold several).
      let m = p.prefix ? 0 : Infinity;
      for (let u = 0; u < p.lists.length; u++) {
        const li = firstList[pi]! + u;
        const b = blockOf[li]![j]!;
        if (b < 0) {
          if (!p.prefix) possible = false;
          continue;
        }
        any = true;
        const im = lists[li]!.impacts[b]!;
        const kc = im.unbounded ? 0 : im.kind;
        lo = Math.min(lo, kc);
        hi = Math.max(hi, kc);
        m = p.prefix ? m + blockMax[li]![b]! : Math.min(m, blockMax[li]![b]!);
      }
      if (!any) possible = false;
      // Every word's block holds the document; a prefix's document is in at least one of them.
      code = Math.max(code, p.prefix ? lo : hi);
      sum += p.idf * Math.min(m, K1 + 1);
    }
    upper[j] = possible ? sum * capW[code]! : -Infinity;
  }
  const order = Array.from({ length: W }, (_, j) => j).sort((x, y) => upper[y]! - upper[x]! || bounds[y]! - bounds[x]!);

  const top = new TopK(k);
  const blocks = new Blocks(lists);
  if (phrase) return phraseTopK(phrase, docs, weights, W, bounds, upper, blockOf, blocks, top, allowed);

  let matched = 0;
  let pruned = false;
  const P = phrases.length;
  // Each phrase's postings in the current window as one id-sorted view: a word's block (f from its title
  // and body counts), or a prefix's terms merged (f summed over them, as the exhaustive path sums them).
  const vIds: Int32Array[] = new Array<Int32Array>(P).fill(NO_INTS);
  const vA: Int32Array[] = new Array<Int32Array>(P).fill(NO_INTS);
  const vB: Int32Array[] = new Array<Int32Array>(P).fill(NO_INTS);
  /** Set when the view is a merge: f itself (vA, vB unused). */
  const vF: (Int32Array | null)[] = new Array<Int32Array | null>(P).fill(null);
  const from = new Int32Array(P);
  const to = new Int32Array(P);
  const cur = new Int32Array(P);
  const mIds: Int32Array[] = phrases.map(() => new Int32Array(256));
  const mF: Int32Array[] = phrases.map(() => new Int32Array(256));
  const hits: number[] = [];
  const idf = Float64Array.from(phrases, (p) => p.idf);

  // The phrase with the fewest postings leads every window; the others' blocks are decoded only when a
  // lead document can still enter the top k.
  let lead = 0;
  const sizes = phrases.map((p) => p.lists.reduce((a, l) => a + l.ns.reduce((x, y) => x + y, 0), 0));
  for (let pi = 1; pi < P; pi++) if (sizes[pi]! < sizes[lead]!) lead = pi;
  const built = new Uint8Array(P);
  /** Phrase pi's postings in window j, (lo, hi], as its view; false when it has none there. */
  const view = (pi: number, j: number, lo: number, hi: number): boolean => {
    const p = phrases[pi]!;
    built[pi] = 1;
    let single = -1;
    let present = 0;
    for (let u = 0; u < p.lists.length; u++)
      if (blockOf[firstList[pi]! + u]![j]! >= 0) {
        present++;
        single = u;
      }
    if (present === 1) {
      const li = firstList[pi]! + single;
      const d = blocks.get(li, blockOf[li]![j]!);
      vIds[pi] = d.ids;
      vA[pi] = d.a;
      vB[pi] = d.b;
      vF[pi] = null;
      from[pi] = after(d.ids, d.n, lo);
      to[pi] = after(d.ids, d.n, hi);
    } else {
      // A prefix's terms in this window, merged: frequencies summed per document, then ids sorted.
      hits.length = 0;
      for (let u = 0; u < p.lists.length; u++) {
        const li = firstList[pi]! + u;
        const b = blockOf[li]![j]!;
        if (b < 0) continue;
        const d = blocks.get(li, b);
        const end = after(d.ids, d.n, hi);
        for (let r = after(d.ids, d.n, lo); r < end; r++) {
          const id = d.ids[r]!;
          if (freq[id] === 0) hits.push(id);
          freq[id] += TITLE_WEIGHT * d.a[r]! + BODY_WEIGHT * d.b[r]!;
        }
      }
      const h = hits.length;
      if (mIds[pi]!.length < h) {
        mIds[pi] = new Int32Array(h * 2);
        mF[pi] = new Int32Array(h * 2);
      }
      const ids = mIds[pi]!;
      const fs = mF[pi]!;
      for (let x = 0; x < h; x++) ids[x] = hits[x]!;
      ids.subarray(0, h).sort();
      for (let x = 0; x < h; x++) {
        fs[x] = freq[ids[x]!]!;
        freq[ids[x]!] = 0;
      }
      vIds[pi] = ids;
      vF[pi] = fs;
      from[pi] = 0;
      to[pi] = h;
    }
    cur[pi] = from[pi]!;
    return from[pi]! < to[pi]!;
  };
  /** Phrase pi's bound in window j (as in `upper`): idf × its blocks' best term-frequency part. */
  const phraseBound = (pi: number, j: number): number => {
    const p = phrases[pi]!;
    let m = p.prefix ? 0 : Infinity;
    for (let u = 0; u < p.lists.length; u++) {
      const li = firstList[pi]! + u;
      const b = blockOf[li]![j]!;
      if (b >= 0) m = p.prefix ? m + blockMax[li]![b]! : Math.min(m, blockMax[li]![b]!);
    }
    return p.idf * Math.min(m, K1 + 1);
  };

  for (const j of order) {
    const ub = upper[j]!;
    if (ub === -Infinity) break; // no document matches in this window or any after it
    if (ub * SLACK < top.theta()) {
      pruned = true;
      break;
    }
    const lo = j === 0 ? 0 : bounds[j - 1]!;
    const hi = bounds[j]!;
    if (P === 1 && phrases[0]!.lists.length > 1) {
      // A prefix alone: its terms' frequencies summed per document, each document scored from the sums
      // (no order needed, nothing to intersect).
      const p = phrases[0]!;
      hits.length = 0;
      for (let u = 0; u < p.lists.length; u++) {
        const b = blockOf[u]![j]!;
        if (b < 0) continue;
        const d = blocks.get(u, b);
        const end = after(d.ids, d.n, hi);
        for (let r = after(d.ids, d.n, lo); r < end; r++) {
          const id = d.ids[r]!;
          if (freq[id] === 0) hits.push(id);
          freq[id] += TITLE_WEIGHT * d.a[r]! + BODY_WEIGHT * d.b[r]!;
        }
      }
      const pIdf = idf[0]!;
      for (let x = 0; x < hits.length; x++) {
        const id = hits[x]!;
        const f = freq[id]!;
        freq[id] = 0;
        const kc = kind[id]!;
        if (allowed && !allowed(id, kc)) continue;
        matched++;
        top.offer(id, ((pIdf * (f * (K1 + 1))) / (f + norm[id]!)) * weights[kc]!);
      }
      continue;
    }
    built.fill(0);
    if (!view(lead, j, lo, hi)) continue;
    let rest = 0;
    for (let pi = 0; pi < P; pi++) if (pi !== lead) rest += phraseBound(pi, j);
    const lIds = vIds[lead]!;
    const lF = vF[lead];
    const lA = vA[lead]!;
    const lB = vB[lead]!;
    const lIdf = idf[lead]!;
    let none = false;
    // Document at a time: a lead document whose own part plus the others' bounds cannot beat the k-th is
    // skipped unread; the others are scored only when every phrase has the document.
    for (let r = from[lead]!; r < to[lead]! && !none; r++) {
      const id = lIds[r]!;
      const kc = kind[id]!;
      const lf = lF ? lF[r]! : TITLE_WEIGHT * lA[r]! + BODY_WEIGHT * lB[r]!;
      if (P > 1) {
        const theta = top.theta();
        if (theta > -Infinity && ((lIdf * (lf * (K1 + 1))) / (lf + norm[id]!) + rest) * weights[kc]! * SLACK < theta) {
          pruned = true;
          continue;
        }
      }
      cur[lead] = r;
      let all = true;
      for (let pi = 0; pi < P; pi++) {
        if (pi === lead) continue;
        if (!built[pi] && !view(pi, j, lo, hi)) {
          none = true; // this phrase has nothing in the window: no document here matches
          all = false;
          break;
        }
        const c = seek(vIds[pi]!, cur[pi]!, to[pi]!, id);
        cur[pi] = c;
        if (c >= to[pi]! || vIds[pi]![c] !== id) {
          all = false;
          break;
        }
      }
      if (!all) continue;
      if (allowed && !allowed(id, kc)) continue;
      matched++;
      // The exhaustive path's arithmetic, in its order: the same scores to the last bit (ties by id).
      let s = 0;
      for (let pi = 0; pi < P; pi++) {
        const c = cur[pi]!;
        const fv = vF[pi];
        const f = fv ? fv[c]! : TITLE_WEIGHT * vA[pi]![c]! + BODY_WEIGHT * vB[pi]![c]!;
        s += (idf[pi]! * (f * (K1 + 1))) / (f + norm[id]!);
      }
      top.offer(id, s * weights[kc]!);
    }
  }
  return { ids: top.ids, total: matched, lowerBound: pruned };
}

/**
 * One phrase: every document holding all its words, with a bound from their frequencies column by column
 * (a phrase is in a column at most as often as each of its words), then positions read in the order of
 * those bounds (64 buckets, best first) until the k-th score beats what is left.
 */
function phraseTopK(
  p: PrunePhrase,
  docs: DocsView,
  weights: Float64Array,
  W: number,
  bounds: readonly number[],
  upper: Float64Array,
  blockOf: readonly Int32Array[],
  blocks: Blocks,
  top: TopK,
  allowed: ((id: number, kind: number) => boolean) | undefined,
): PrunedResult {
  const { kind, len, avgdl, norm } = docs;
  // No filter: every document may hold it (a byte per 8 ids, all set).
  const filter = p.filter ?? new Uint8Array((kind.length >> 3) + 1).fill(0xff);
  const U = p.lists.length;
  const words = p.words!;
  const m = words.length;
  let M = 0;
  // At most the rarest word's postings are candidates: sized once (growing them cost more than the rest).
  let most0 = Infinity;
  for (const l of p.lists) most0 = Math.min(most0, l.ns.reduce((x, y) => x + y, 0));
  const cap = Math.max(1, most0);
  // Per candidate, packed (S ints): id, window, then per word its posting's index in its block (its
  // positions' offset is looked up when checked), its title count and its count. The checks read candidates
  // in bound order, at random: one cache line per candidate rather than a miss in each word's counts arrays.
  const S = 2 + 3 * U;
  const cand = arena.int(cap * S);
  const cb = arena.float(cap);
  let most = 0;
  let xs: Int32Array[] = p.lists.map(() => new Int32Array(64));
  let matched = 0;
  let pruned = false;
  /** Reads candidate i's positions (packed at i · S) and offers it when the phrase is there. */
  const check = (i: number): void => {
    const at = i * S;
    const id = cand[at]!;
    const j = cand[at + 1]!;
    for (let u = 0; u < U; u++) {
      const w = at + 2 + 3 * u;
      const b = blockOf[u]![j]!;
      const d = blocks.get(u, b);
      // Positions' offsets for a block the first time one of its candidates is checked: with the pair
      // filter most blocks of a common word never are.
      if (!d.hasPos) offsets(d, p.lists[u]!.pos(b));
      xs[u] = positionsAt(d.pos, d.off[cand[w]!]!, cand[w + 1]!, cand[w + 2]!, xs[u]!);
    }
    // An instance starts at s when word i is at s + i, all in the same column (titles first). Each
    // instance has one position of the phrase's word with the fewest positions here: walked from those.
    let ai = 0;
    for (let wi = 1; wi < m; wi++) if (cand[at + 4 + 3 * words[wi]!]! < cand[at + 4 + 3 * words[ai]!]!) ai = wi;
    const w0 = at + 2 + 3 * words[ai]!;
    const nt0 = cand[w0 + 1]!;
    const n0 = cand[w0 + 2]!;
    const x0 = xs[words[ai]!]!;
    let f = 0;
    for (let y = 0; y < n0; y++) {
      const title = y < nt0;
      const s0 = x0[y]! - ai;
      let ok = s0 >= 0;
      for (let wi = 0; wi < m && ok; wi++) {
        if (wi === ai) continue;
        const u = words[wi]!;
        const nt = cand[at + 3 + 3 * u]!;
        ok = title ? sortedHas(xs[u]!, 0, nt, s0 + wi) : sortedHas(xs[u]!, nt, cand[at + 4 + 3 * u]!, s0 + wi);
      }
      if (ok) f += title ? TITLE_WEIGHT : BODY_WEIGHT;
    }
    if (f === 0) return;
    matched++;
    top.offer(id, ((p.idf * (f * (K1 + 1))) / (f + norm[id]!)) * weights[kind[id]!]!);
  };
  const from = new Int32Array(U);
  const to = new Int32Array(U);
  const cur = new Int32Array(U);
  const ds: Decoded[] = [];
  for (let j = 0; j < W; j++) {
    if (upper[j] === -Infinity) continue;
    const lo = j === 0 ? 0 : bounds[j - 1]!;
    const hi = bounds[j]!;
    ds.length = 0;
    for (let u = 0; u < U; u++) {
      const d = blocks.get(u, blockOf[u]![j]!);
      ds.push(d);
      from[u] = after(d.ids, d.n, lo);
      to[u] = after(d.ids, d.n, hi);
      cur[u] = from[u]!;
    }
    let lead = 0;
    for (let u = 1; u < U; u++) if (to[u]! - from[u]! < to[lead]! - from[lead]!) lead = u;
    if (U === 2) {
      // Two distinct words (most phrases): one merge, ending when either list does.
      const o = 1 - lead;
      const dl = ds[lead]!;
      const dO = ds[o]!;
      const oIds = dO.ids;
      const lIds = dl.ids;
      const tO = to[o]!;
      const sl = 2 + 3 * lead;
      const so = 2 + 3 * o;
      let c = from[o]!;
      for (let r = from[lead]!; r < to[lead]!; r++) {
        const id = lIds[r]!;
        // Most documents with the lead word lack the phrase: their pair bits say so before the other word
        // is even sought (the survivors, ~15 % for common words, by galloping).
        if ((filter[id >>> 3]! & (1 << (id & 7))) === 0) continue;
        c = seek(oIds, c, tO, id);
        if (c >= tO) break;
        if (oIds[c] !== id) continue;
        const kc = kind[id]!;
        if (allowed && !allowed(id, kc)) continue;
        const la = dl.a[r]!;
        const oa = dO.a[c]!;
        const lb = dl.b[r]!;
        const ob = dO.b[c]!;
        const fb = TITLE_WEIGHT * (la < oa ? la : oa) + BODY_WEIGHT * (lb < ob ? lb : ob);
        const ub = weights[kc]! * ((p.idf * (fb * (K1 + 1))) / (fb + norm[id]!));
        const at = M * S;
        cand[at] = id;
        cand[at + 1] = j;
        cand[at + sl] = r;
        cand[at + sl + 1] = la;
        cand[at + sl + 2] = la + lb;
        cand[at + so] = c;
        cand[at + so + 1] = oa;
        cand[at + so + 2] = oa + ob;
        cb[M] = ub;
        // Both words in the title: a title instance is worth 8 body ones, so these lead the bound order
        // anyway. Checked at once, in id order, they raise the score to beat while the merge runs, and the
        // candidates after them that cannot beat it are dropped rather than kept, sorted and skipped.
        if (la > 0 && oa > 0) {
          check(M);
          continue;
        }
        if (ub * SLACK < top.theta()) {
          pruned = true;
          continue;
        }
        if (ub > most) most = ub;
        M++;
      }
      continue;
    }
    for (let r = from[lead]!; r < to[lead]!; r++) {
      const id = ds[lead]!.ids[r]!;
      let all = true;
      let minA = Infinity;
      let minB = Infinity;
      for (let u = 0; u < U; u++) {
        const d = ds[u]!;
        let c = cur[u]!;
        while (c < to[u]! && d.ids[c]! < id) c++;
        cur[u] = c;
        if (c >= to[u]! || d.ids[c] !== id) {
          all = false;
          break;
        }
        minA = Math.min(minA, d.a[c]!);
        minB = Math.min(minB, d.b[c]!);
      }
      if (!all) continue;
      if ((filter[id >>> 3]! & (1 << (id & 7))) === 0) continue;
      const kc = kind[id]!;
      if (allowed && !allowed(id, kc)) continue;
      const ub = weights[kc]! * (p.idf * tfPart(TITLE_WEIGHT * minA + BODY_WEIGHT * minB, len[id]!, avgdl));
      const at = M * S;
      cand[at] = id;
      cand[at + 1] = j;
      for (let u = 0; u < U; u++) {
        const d = ds[u]!;
        const c = cur[u]!;
        cand[at + 2 + 3 * u] = c;
        cand[at + 3 + 3 * u] = d.a[c]!;
        cand[at + 4 + 3 * u] = d.a[c]! + d.b[c]!;
      }
      cb[M] = ub;
      if (ub > most) most = ub;
      M++;
    }
  }
  // Bucket the candidates by bound: a counting sort, best bucket first.
  const NB = 64;
  const scale = most > 0 ? NB / most : 0;
  // Each candidate's slot (best bucket first), computed once.
  const slot = new Uint8Array(M);
  const start = new Int32Array(NB + 1);
  for (let i = 0; i < M; i++) {
    const b = Math.floor(cb[i]! * scale);
    const x = b >= NB ? 0 : NB - 1 - b;
    slot[i] = x;
    start[x + 1]!++;
  }
  for (let x = 0; x < NB; x++) start[x + 1]! += start[x]!;
  const fill = start.slice(0, NB);
  const byBound = arena.int(M);
  for (let i = 0; i < M; i++) byBound[fill[slot[i]!]!++] = i;
  for (let x = 0; x < NB; x++) {
    if (start[x]! === start[x + 1]!) continue;
    // Bucket NB-1-x holds bounds below (NB - x) / scale: when the k-th beats that, nothing left can enter.
    if (((NB - x) / scale) * (1 + 1e-6) < top.theta()) {
      pruned = true;
      break;
    }
    for (let q = start[x]!; q < start[x + 1]!; q++) {
      const i = byBound[q]!;
      if (cb[i]! * SLACK < top.theta()) {
        pruned = true;
        continue;
      }
      check(i);
    }
  }
  xs = [];
  return { ids: top.ids, total: matched, lowerBound: pruned };
}

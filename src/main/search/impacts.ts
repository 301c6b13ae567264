/**
 * Per-block score upper bounds ("impacts", as Lucene stores them) for ranked search's postings: what lets
 * the top-k skip blocks that cannot reach it (block-max pruning, postings.ts) and stay exact.
 *
 * bm25 of one phrase in a document grows with its weighted frequency f (title 8, body 1) and shrinks with
 * the document's length D, and the kind weight multiplies the sum. So a block's postings are summarized by
 * the Pareto frontier of their (D, f) pairs — every posting has a frontier point with D' ≤ D and f' ≥ f —
 * and the smallest kind code in it (kind weights fall with the code). Whatever avgdl and the IDF are at
 * query time, max over the frontier of kindWeight × idf × tf(f', D') bounds every posting of the block.
 *
 * Stored at the head of a term block's `data` (never the documents list's): a 0 byte — an old-format block
 * starts with its first id delta, never 0 — the header's byte length, then `kind + 1` (0: unbounded, a
 * block whose postings are not all covered) and the points as deltas, D and f ascending. A block without
 * a header (written before the format had one) is unbounded: read, never skipped.
 */

/** At most this many points per block: merging two neighbours keeps a bound (their D min, their f max). */
export const MAX_POINTS = 16;

export interface Impacts {
  /** Nothing known: any score is possible (an old-format block, or one merged with such a block). */
  unbounded: boolean;
  /** The smallest kind code of the block's documents (the highest kind weight). */
  kind: number;
  /** Frontier points, D strictly ascending, f strictly ascending. */
  d: number[];
  f: number[];
}

export const UNBOUNDED: Impacts = { unbounded: true, kind: 0, d: [], f: [] };

/** The Pareto frontier of points (D, f, kind): the fewest points dominating every given one. */
export function frontier(ds: readonly number[], fs: readonly number[], kinds: readonly number[], prior: Impacts | null): Impacts {
  if (prior?.unbounded) return UNBOUNDED;
  let kind = prior ? prior.kind : Number.MAX_SAFE_INTEGER;
  const order: number[] = [];
  const d: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < ds.length; i++) {
    d.push(ds[i]!);
    f.push(fs[i]!);
    if (kinds[i]! < kind) kind = kinds[i]!;
  }
  if (prior) {
    d.push(...prior.d);
    f.push(...prior.f);
  }
  const od: number[] = [];
  const of: number[] = [];
  let top = -1;
  // D ascending, f descending within a D: then a point is on the frontier when its f beats every earlier one.
  // Sorted as packed numbers (a block write sorts up to 1,024 points: a comparator costs ~5x more).
  const F = 0x200000;
  if (f.every((x) => x < F) && d.every((x) => x < 0x40000000)) {
    const keys = new Float64Array(d.length);
    for (let i = 0; i < d.length; i++) keys[i] = d[i]! * F + (F - 1 - f[i]!);
    keys.sort();
    for (const key of keys) {
      const fi = F - 1 - (key % F);
      if (fi <= top) continue;
      top = fi;
      od.push(Math.floor(key / F));
      of.push(fi);
    }
  } else {
    for (let i = 0; i < d.length; i++) order.push(i);
    order.sort((x, y) => d[x]! - d[y]! || f[y]! - f[x]!);
    for (const i of order) {
      if (f[i]! <= top) continue;
      top = f[i]!;
      od.push(d[i]!);
      of.push(f[i]!);
    }
  }
  // Too many points: merge the neighbours closest in D (relative), which loosens the bound the least.
  while (od.length > MAX_POINTS) {
    let at = 0;
    let best = Infinity;
    for (let i = 0; i + 1 < od.length; i++) {
      const gap = od[i + 1]! / od[i]!;
      if (gap < best) {
        best = gap;
        at = i;
      }
    }
    // (D_i, f_{i+1}) dominates both points.
    od.splice(at + 1, 1);
    of.splice(at, 1);
  }
  return { unbounded: false, kind: kind === Number.MAX_SAFE_INTEGER ? 0 : kind, d: od, f: of };
}

const varintSize = (v: number): number => (v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5);

/** The header's varints (after the 0 byte and the length). */
function headerValues(im: Impacts): number[] {
  if (im.unbounded) return [0];
  const out = [im.kind + 1, im.d.length];
  let pd = 0;
  let pf = 0;
  for (let i = 0; i < im.d.length; i++) {
    out.push(im.d[i]! - pd, im.f[i]! - pf);
    pd = im.d[i]!;
    pf = im.f[i]!;
  }
  return out;
}

/** Writes the header through `varint` (the block writer's own). */
export function writeImpacts(im: Impacts, varint: (v: number) => void): void {
  const vs = headerValues(im);
  varint(0);
  varint(vs.reduce((a, v) => a + varintSize(v), 0));
  for (const v of vs) varint(v);
}

/** Where a term block's postings start: after the header, or 0 for an old-format block. */
export function postingsStart(data: Uint8Array): number {
  if (data.length === 0 || data[0] !== 0) return 0;
  let at = 1;
  let x = data[at++]!;
  let len = x & 0x7f;
  for (let mul = 128; x >= 0x80; mul *= 128) {
    x = data[at++]!;
    len += (x & 0x7f) * mul;
  }
  return at + len;
}

/** A term block's impacts (unbounded for an old-format block). */
export function readImpacts(data: Uint8Array): Impacts {
  if (data.length === 0 || data[0] !== 0) return UNBOUNDED;
  let at = 1;
  const next = (): number => {
    let x = data[at++]!;
    let v = x & 0x7f;
    for (let mul = 128; x >= 0x80; mul *= 128) {
      x = data[at++]!;
      v += (x & 0x7f) * mul;
    }
    return v;
  };
  next(); // byte length
  const k = next();
  if (k === 0) return UNBOUNDED;
  const m = next();
  const d: number[] = [];
  const f: number[] = [];
  let pd = 0;
  let pf = 0;
  for (let i = 0; i < m; i++) {
    d.push((pd += next()));
    f.push((pf += next()));
  }
  return { unbounded: false, kind: k - 1, d, f };
}

/** Scratch keys for blockFrontier (a block has at most a few thousand points). */
let scratch = new Float64Array(2048);

/**
 * frontier() of the first `n` points of typed columns, without copying them into arrays: what a block
 * writer calls once per block (an import writes ~100k blocks, most of one or two postings). Same result.
 */
export function blockFrontier(ds: Float64Array, fs: Float64Array, kinds: Float64Array, n: number, prior: Impacts | null): Impacts {
  if (prior?.unbounded) return UNBOUNDED;
  const F = 0x200000;
  const m = n + (prior ? prior.d.length : 0);
  let kind = prior ? prior.kind : Number.MAX_SAFE_INTEGER;
  for (let i = 0; i < n; i++) {
    // The packed sort needs small values; anything else takes frontier()'s general path.
    if (fs[i]! >= F || fs[i]! < 0 || ds[i]! >= 0x40000000 || ds[i]! < 0)
      return frontier(Array.from(ds.subarray(0, n)), Array.from(fs.subarray(0, n)), Array.from(kinds.subarray(0, n)), prior);
    if (kinds[i]! < kind) kind = kinds[i]!;
  }
  if (prior && (prior.f.some((x) => x >= F || x < 0) || prior.d.some((x) => x >= 0x40000000 || x < 0)))
    return frontier(Array.from(ds.subarray(0, n)), Array.from(fs.subarray(0, n)), Array.from(kinds.subarray(0, n)), prior);
  if (scratch.length < m) scratch = new Float64Array(Math.max(m, scratch.length * 2));
  // Only points the scan below can keep are sorted. It keeps first the point of least D (of most f there),
  // (d0, f0), then never a point of f ≤ f0; nor one of D above dStar, the least D of the greatest f (that
  // point comes earlier and sets the bar at the greatest f). Dropping points it would skip changes nothing.
  let d0 = Infinity;
  let f0 = -1;
  let fMax = -1;
  let dStar = Infinity;
  const see = (d: number, f: number): void => {
    if (d < d0 || (d === d0 && f > f0)) {
      d0 = d;
      f0 = f;
    }
    if (f > fMax || (f === fMax && d < dStar)) {
      fMax = f;
      dStar = d;
    }
  };
  for (let i = 0; i < n; i++) see(ds[i]!, fs[i]!);
  if (prior) for (let i = 0; i < prior.d.length; i++) see(prior.d[i]!, prior.f[i]!);
  let k = 0;
  if (m > 0) scratch[k++] = d0 * F + (F - 1 - f0);
  for (let i = 0; i < n; i++) if (fs[i]! > f0 && ds[i]! <= dStar) scratch[k++] = ds[i]! * F + (F - 1 - fs[i]!);
  if (prior)
    for (let i = 0; i < prior.d.length; i++)
      if (prior.f[i]! > f0 && prior.d[i]! <= dStar) scratch[k++] = prior.d[i]! * F + (F - 1 - prior.f[i]!);
  const keys = scratch.subarray(0, k);
  keys.sort();
  const od: number[] = [];
  const of: number[] = [];
  let top = -1;
  for (let i = 0; i < k; i++) {
    const key = keys[i]!;
    const fi = F - 1 - (key % F);
    if (fi <= top) continue;
    top = fi;
    od.push(Math.floor(key / F));
    of.push(fi);
  }
  while (od.length > MAX_POINTS) {
    let at = 0;
    let best = Infinity;
    for (let i = 0; i + 1 < od.length; i++) {
      const gap = od[i + 1]! / od[i]!;
      if (gap < best) {
        best = gap;
        at = i;
      }
    }
    od.splice(at + 1, 1);
    of.splice(at, 1);
  }
  return { unbounded: false, kind: kind === Number.MAX_SAFE_INTEGER ? 0 : kind, d: od, f: of };
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/main/db/open';
import { importFiles, deleteNoteFile, type ImportFile } from '../../../src/main/notes/importer';
import { loadFactRules } from '../../../src/main/notes/rules';
import { deleteSearchDocs, syncSearchIndex, upsertSearchDocs, withDeferredIndexing } from '../../../src/main/search';
import { postingsStart, readImpacts } from '../../../src/main/search/impacts';
import { pairBit, PAIR_BYTES, termHash } from '../../../src/main/search/pairBits';
import { BODY_WEIGHT, TITLE_WEIGHT } from '../../../src/main/search/postings';
import { forEachToken } from '../../../src/main/search/tokenize';
import { tempUserDb } from '../../helpers/db';

/**
 * The postings an import leaves (written incrementally: new documents appended to each term's list, the
 * final block extended) must be what a full rebuild derives from the documents: per term the same ids,
 * title and body counts and positions, and — while only appends happened — the same bytes after each block's
 * impacts header (a valid bound on every posting in the block, checked here).
 */

/** Every term's postings decoded: an independent reader of the block format (postings.ts `encode`). */
function decodeAll(db: Db): Map<string, string> {
  const rows = db.prepare('SELECT term, last, n, data, pos FROM search_postings ORDER BY term, last').all() as {
    term: string;
    last: number;
    n: number;
    data: Buffer;
    pos: Buffer;
  }[];
  const out = new Map<string, string[]>();
  // Documents' kind and length (the documents list is term ' ', first in this order), for the impacts check.
  const docLen = new Map<number, { kind: number; len: number }>();
  for (const r of rows) {
    let at = r.term === ' ' ? 0 : postingsStart(r.data);
    let buf: Buffer = r.data;
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
    const docs = r.term === ' ';
    const list: { id: number; a: number; b: number; c: number }[] = [];
    let id = 0;
    while (at < r.data.length) {
      id += next();
      if (docs) list.push({ id, a: next(), b: next(), c: next() });
      else {
        const v = next();
        list.push({ id, a: v & 1 ? next() : 0, b: Math.floor(v / 2), c: 0 });
      }
    }
    expect(list.length).toBe(r.n);
    expect(list.at(-1)!.id).toBe(r.last);
    if (docs) for (const p of list) docLen.set(p.id, { kind: p.a, len: p.b + p.c });
    else {
      // The block's impacts header bounds every posting in it: some point has D' <= D and f' >= f, and the
      // smallest kind code is at most each document's (impacts.ts).
      const im = readImpacts(r.data);
      if (!im.unbounded)
        for (const p of list) {
          const doc = docLen.get(p.id)!;
          const f = TITLE_WEIGHT * p.a + BODY_WEIGHT * p.b;
          expect(im.d.some((d, k) => d <= doc.len && im.f[k]! >= f), `${r.term} ${p.id}`).toBe(true);
          expect(im.kind).toBeLessThanOrEqual(doc.kind);
        }
    }
    buf = r.pos;
    at = 0;
    const lines = out.get(r.term) ?? [];
    for (const p of list) {
      let positions = '';
      if (!docs) {
        const bytes = next();
        const end = at + bytes;
        const xs: number[] = [];
        while (at < end) xs.push(next());
        positions = xs.join(',');
      }
      lines.push(`${p.id}:${p.a}:${p.b}:${p.c}:${positions}`);
    }
    if (!docs) expect(at).toBe(r.pos.length);
    out.set(r.term, lines);
  }
  const decoded = new Map([...out].map(([t, l]) => [t, l.join(' ')]));
  decoded.set('#pairs', pairBitsChecked(db));
  return decoded;
}

/**
 * The word-pair bits (pairBits.ts, migration 0140), checked against the documents' text as it is now: bit
 * b of document id (row id >> 10, bit-major) is set exactly when some pair of adjacent tokens in one of its
 * columns maps to b; deleted documents have none. Returned as text, so that a rebuild must give the same.
 */
function pairBitsChecked(db: Db): string {
  const rows = db.prepare('SELECT blk, bits FROM search_pair_bits ORDER BY blk').all() as { blk: number; bits: Buffer }[];
  const stored = new Map(rows.map((r) => [r.blk, r.bits]));
  const docs = db.prepare('SELECT id, title, body FROM search_docs').all() as { id: number; title: string; body: string }[];
  const want = new Map<number, Uint8Array>();
  for (const blk of stored.keys()) want.set(blk, new Uint8Array(PAIR_BYTES * 8 * 128));
  for (const d of docs) {
    const blk = d.id >> 10;
    expect(stored.has(blk), `pair bits of document ${d.id}`).toBe(true);
    const row = want.get(blk)!;
    for (const text of [d.title, d.body]) {
      const hs: number[] = [];
      forEachToken(db, text, (t) => hs.push(termHash(t)));
      for (let i = 1; i < hs.length; i++) {
        const b = pairBit(hs[i - 1]!, hs[i]!);
        const s = d.id & 1023;
        row[b * 128 + (s >> 3)]! |= 1 << (s & 7);
      }
    }
  }
  for (const [blk, bits] of stored) expect(Buffer.from(want.get(blk)!).equals(bits), `pair bits row ${blk}`).toBe(true);
  // Rows are per id range: a rebuild re-creates only those of documents that exist.
  return rows
    .filter((r) => r.bits.some((x) => x !== 0))
    .map((r) => `${r.blk}:${r.bits.toString('hex')}`)
    .join(' ');
}

/** Every block's bytes after its impacts header (a bound, merged with the block's earlier one when extended). */
function rawBlocks(db: Db): string[] {
  const rows = db.prepare('SELECT term, last, n, data, pos FROM search_postings ORDER BY term, last').all() as {
    term: string;
    last: number;
    n: number;
    data: Buffer;
    pos: Buffer;
  }[];
  return rows.map((r) =>
    JSON.stringify({
      term: r.term,
      last: r.last,
      n: r.n,
      d: r.data.subarray(r.term === ' ' ? 0 : postingsStart(r.data)).toString('hex'),
      p: r.pos.toString('hex'),
    }),
  );
}

function rebuilt(db: Db): { decoded: Map<string, string>; raw: string[] } {
  db.transaction(() => syncSearchIndex(db, { rebuild: true }))();
  return { decoded: decodeAll(db), raw: rawBlocks(db) };
}

const WORDS = ['the', 'data', 'lambda', 'shard', 'stream', 'kinesis', 'quota', 'lake', 'x1', 'café', 'naïve', 'straße'];
/** A note file of `n` sections; common words reach past a block (1,024 documents) over a few files. */
function file(i: number, n: number, salt = ''): ImportFile {
  let s = 0x9e3779b9 ^ (i * 7919);
  const rnd = (m: number): number => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s % m;
  };
  const parts: string[] = [];
  for (let k = 0; k < n; k++) {
    const words = Array.from({ length: 3 + rnd(30) }, () => (rnd(3) === 0 ? 'the' : WORDS[rnd(WORDS.length)]!));
    parts.push(`## ${WORDS[rnd(WORDS.length)]} ${k}${salt}\n\n${words.join(' ')} rare${i}x${k}\n`);
  }
  return { name: `f${i}.md`, fileKey: `/notes/f${i}.md`, bytes: new TextEncoder().encode(parts.join('\n')) };
}

let db: Db;
let dispose: () => void;
beforeEach(() => ({ db, dispose } = tempUserDb('sd-postings-sync-')));
afterEach(() => dispose());

describe('postings written by imports', () => {
  const rules = loadFactRules();
  it('equal a full rebuild, byte for byte, after imports that only add documents', () => {
    importFiles(db, [0, 1, 2, 3].map((i) => file(i, 300)), { rules, workers: 0 });
    // A second import extends every term's final block, and fills past it.
    importFiles(db, [4, 5, 6, 7, 8].map((i) => file(i, 250)), { rules, workers: 0 });
    expect((db.prepare("SELECT max(n) FROM search_postings WHERE term = 'the'").pluck().get() as number)).toBe(1024);
    const decoded = decodeAll(db);
    const raw = rawBlocks(db);
    const r = rebuilt(db);
    expect(decoded).toEqual(r.decoded);
    expect(raw).toEqual(r.raw);
  });

  it('equal a full rebuild after re-imports that change, drop and add sections, and a deleted file', () => {
    importFiles(db, [0, 1, 2, 3, 4].map((i) => file(i, 260)), { rules, workers: 0 });
    // Changed files (updates and deletes of documents) together with new ones (appends) in one import.
    const second = importFiles(db, [file(1, 200, 'b'), file(3, 300, 'c'), file(5, 280), file(6, 10)], { rules, workers: 0 });
    expect(second.totals.updated).toBe(2);
    const gone = db.prepare("SELECT id FROM note_files WHERE name = 'f2.md'").pluck().get() as number;
    deleteNoteFile(db, gone);
    importFiles(db, [file(7, 100), file(0, 120, 'd')], { rules, workers: 0 });
    const decoded = decodeAll(db);
    expect(decoded.get('cafe')).toBeDefined(); // remove_diacritics folds it
    expect(decoded).toEqual(rebuilt(db).decoded);
  });

  it('equal a full rebuild when a long import brings them up to date part-way (indexBatch with postings), and roll back with it', () => {
    const docs = (from: number, n: number): Parameters<typeof upsertSearchDocs>[1] =>
      Array.from({ length: n }, (_, k) => {
        const f = file(from + k, 1);
        return { kind: 'note' as const, ref: `d${from + k}`, title: `t${(from + k) % 5}`, body: new TextDecoder().decode(f.bytes), service: null };
      });
    withDeferredIndexing(db, (indexBatch) => {
      for (let part = 0; part < 5; part++) {
        upsertSearchDocs(db, docs(part * 300, 300));
        indexBatch({ postings: part % 2 === 0 });
      }
    });
    // 'the' is in most documents: past a block (1,024); the catch-ups extended its final block.
    expect(db.prepare("SELECT count(*) FROM search_postings WHERE term = 'the'").pluck().get()).toBeGreaterThan(1);
    expect(db.prepare('SELECT count(*) FROM search_postings_queue').pluck().get()).toBe(0);
    const decoded = decodeAll(db);
    const raw = rawBlocks(db);
    // A failure after a part-way catch-up takes the caught-up postings back with everything else.
    expect(() =>
      withDeferredIndexing(db, (indexBatch) => {
        upsertSearchDocs(db, docs(5000, 100));
        indexBatch({ postings: true });
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    expect(decodeAll(db)).toEqual(decoded);
    const r = rebuilt(db);
    expect(decoded).toEqual(r.decoded);
    expect(raw).toEqual(r.raw);
  });

  it('equal a full rebuild when a held final block a catch-up did not extend is written then, and a later one extends it', () => {
    // 'zyx' is in the first and third batches only: the second catch-up writes its block (cold), the third
    // reads it back and extends it; 'wvu' only in the first (written by the second catch-up, never again).
    const doc = (k: number, extra: string): Parameters<typeof upsertSearchDocs>[1][number] => ({
      kind: 'note' as const,
      ref: `c${k}`,
      title: `cold ${k % 3}`,
      body: `common words here ${extra} and more ${k}`,
      service: null,
    });
    withDeferredIndexing(db, (indexBatch) => {
      upsertSearchDocs(db, Array.from({ length: 30 }, (_, k) => doc(k, k % 2 ? 'zyx wvu' : 'plain')));
      indexBatch({ postings: true });
      upsertSearchDocs(db, Array.from({ length: 30 }, (_, k) => doc(30 + k, 'plain')));
      indexBatch({ postings: true });
      expect(db.prepare("SELECT count(*) FROM search_postings WHERE term IN ('zyx', 'wvu')").pluck().get()).toBe(2);
      upsertSearchDocs(db, Array.from({ length: 30 }, (_, k) => doc(60 + k, 'zyx')));
      indexBatch({ postings: true });
    });
    const decoded = decodeAll(db);
    const raw = rawBlocks(db);
    const r = rebuilt(db);
    expect(decoded).toEqual(r.decoded);
    expect(raw).toEqual(r.raw);
  });

  it('equal a full rebuild when a long import holds final blocks between catch-ups, then changes and deletes documents, or rolls back', () => {
    const docs = (from: number, n: number, salt = ''): Parameters<typeof upsertSearchDocs>[1] =>
      Array.from({ length: n }, (_, k) => {
        const f = file(from + k, 1, salt);
        return { kind: 'note' as const, ref: `d${from + k}`, title: `t${(from + k) % 5}${salt}`, body: new TextDecoder().decode(f.bytes), service: null };
      });
    withDeferredIndexing(db, (indexBatch) => {
      upsertSearchDocs(db, docs(0, 700));
      indexBatch({ postings: true }); // appends: unfilled final blocks held in memory
      upsertSearchDocs(db, docs(700, 500));
      indexBatch({ postings: true }); // extends the held blocks ('the' fills one past 1,024)
      // Changed and deleted documents: merged into blocks, so the held ones are written first.
      upsertSearchDocs(db, docs(100, 50, 'x'));
      deleteSearchDocs(db, 'note', Array.from({ length: 40 }, (_, k) => `d${900 + k}`));
      upsertSearchDocs(db, docs(1200, 300));
      indexBatch({ postings: true });
      upsertSearchDocs(db, docs(1500, 200));
      indexBatch({ postings: true });
      upsertSearchDocs(db, docs(1700, 100));
    });
    expect(db.prepare('SELECT count(*) FROM search_postings_queue').pluck().get()).toBe(0);
    expect(db.prepare("SELECT count(*) FROM search_postings WHERE term = 'the'").pluck().get()).toBeGreaterThan(1);
    const decoded = decodeAll(db);
    // Held blocks of an import that failed are never written, by it or by a later sync on the connection.
    expect(() =>
      withDeferredIndexing(db, (indexBatch) => {
        upsertSearchDocs(db, docs(5000, 300));
        indexBatch({ postings: true });
        throw new Error('disk full');
      }),
    ).toThrow('disk full');
    db.transaction(() => {
      upsertSearchDocs(db, docs(6000, 3));
      syncSearchIndex(db);
    })();
    const after = decodeAll(db);
    expect(after.size).toBeGreaterThanOrEqual(decoded.size);
    expect(after).toEqual(rebuilt(db).decoded);
  });
});

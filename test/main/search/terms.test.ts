import fc from 'fast-check';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db } from '../../../src/main/db/open';
import { deleteNoteFile, importFiles } from '../../../src/main/notes/importer';
import {
  refreshSearchTerms,
  searchTermsDocCount,
  syncSearchIndex,
  syncKbIntoIndex,
  upsertSearchDocs,
  withDeferredIndexing,
} from '../../../src/main/search';
import {
  expandPrefix,
  indexedPrefixLengths,
  MAX_PREFIX_EXPANSION,
  onlyCommonWords,
  RANK_CANDIDATES,
  search,
  TYPEAHEAD_COUNT_CAP,
} from '../../../src/main/search/query';
import { searchRequest } from '../../../src/shared/ipc/channels/search';
import { KB_PATH } from '../../helpers/app';
import { tempUserDb } from '../../helpers/db';
import { SEED_FILES, SEEDS_DIR, seedBytes } from '../../unit/notes/seeds';
import { openKbDb } from '../../../src/main/db/open';
import { synonymsFor } from '../../../src/main/search/synonyms';

/**
 * `search_terms` is a materialised copy of the index's vocabulary (term → documents) that prefix
 * expansion and the spelling fallback read instead of walking doclists. These tests hold it to the
 * fts5vocab view it copies after every kind of write, and hold expanded prefix queries to FTS5's own
 * prefix queries.
 */
let db: Db;
let dispose: () => void;
beforeAll(() => ({ db, dispose } = tempUserDb('sd-terms-')));
afterAll(() => dispose());

function vocab(): Map<string, number> {
  return new Map(
    (db.prepare('SELECT term, doc FROM search_vocab').all() as { term: string; doc: number }[]).map((r) => [
      r.term,
      r.doc,
    ]),
  );
}
function terms(): Map<string, number> {
  return new Map(
    (
      db.prepare("SELECT term, docs FROM search_terms WHERE term <> ''").all() as {
        term: string;
        docs: number;
      }[]
    ).map((r) => [r.term, r.docs]),
  );
}
function expectInSync(): void {
  expect(searchTermsDocCount(db)).toBe(db.prepare('SELECT count(*) FROM search_docs').pluck().get());
  expect(terms()).toEqual(vocab());
}
const files = (names: string[]) =>
  names.map((name) => ({ name, fileKey: join(SEEDS_DIR, name), bytes: seedBytes(name) }));

describe('search_terms, the materialised vocabulary', () => {
  it('starts current on a new database (empty) and after the KB is copied in', () => {
    expectInSync();
    const kb = openKbDb(KB_PATH);
    try {
      expect(syncKbIntoIndex(db, kb)).toBe(true);
    } finally {
      kb.close();
    }
    expectInSync();
    expect(terms().get('dynamodb')).toBeGreaterThan(20);
  });

  it('stays current through an import, a re-import of a changed file, and a delete', () => {
    importFiles(db, files(Object.values(SEED_FILES)));
    expectInSync();
    const before = terms().get('kinesis')!;
    const [first] = files([SEED_FILES.topics]);
    // Same file key, new content: the file's sections are replaced in place.
    importFiles(db, [
      { ...first!, bytes: new TextEncoder().encode('# Only one heading\nzqxjunique words here') },
    ]);
    expectInSync();
    expect(terms().get('zqxjunique')).toBe(1);
    expect(terms().get('kinesis')!).toBeLessThanOrEqual(before);
    const id = db
      .prepare('SELECT id FROM note_files WHERE file_key = ?')
      .pluck()
      .get(first!.fileKey) as number;
    deleteNoteFile(db, id);
    expectInSync();
    expect(terms().has('zqxjunique')).toBe(false);
  });

  it('is marked stale by any other write to search_docs, and search stays exact meanwhile', () => {
    const q = (text: string) => search(db, searchRequest.parse({ q: text, mode: 'typeahead', limit: 50 }));
    const withList = q('organizat').total;
    upsertSearchDocs(db, [
      {
        kind: 'note',
        ref: 'stale-1',
        title: 'Stale',
        body: 'organizational units group accounts',
        service: null,
      },
    ]);
    expect(searchTermsDocCount(db)).toBeNull();
    // No expansion from a stale list: FTS5's own prefix query still finds the new document.
    expect(expandPrefix(db, 'organizat')).toBeNull();
    // Typeahead counts stop at TYPEAHEAD_COUNT_CAP; a growing KB may already fill it for this prefix.
    expect(q('organizat').total).toBe(Math.min(withList + 1, TYPEAHEAD_COUNT_CAP));
    expect(q('organizatonal ').correctedQuery).toBe('organizational');
    refreshSearchTerms(db);
    expectInSync();
    expect(expandPrefix(db, 'organizat')).toEqual(
      expect.arrayContaining(['organizational', 'organizations']),
    );
    expect(q('organizat').total).toBe(Math.min(withList + 1, TYPEAHEAD_COUNT_CAP));
  });

  it('expands a prefix to its indexed terms (no FTS5 prefix index since 0160), not a prefix with very many terms', () => {
    expect(indexedPrefixLengths(db)).toEqual([]);
    // Every indexed term with the prefix, whatever the KB holds today (e.g. "dynamodbcrudpolicy" from SAM).
    expect(expandPrefix(db, 'dyna')).toEqual([...terms().keys()].filter((t) => t.startsWith('dyna')).sort());
    expect(expandPrefix(db, 'qqqqzz')).toEqual([]);
    upsertSearchDocs(db, [
      {
        kind: 'note',
        ref: 'many',
        title: 'Many',
        body: Array.from({ length: MAX_PREFIX_EXPANSION + 5 }, (_, i) => `manyterm${i}`).join(' '),
        service: null,
      },
    ]);
    refreshSearchTerms(db);
    expect(expandPrefix(db, 'manyterm')).toBeNull();
    expect(search(db, searchRequest.parse({ q: 'manyterm', mode: 'typeahead' })).total).toBe(1);
  });

  it('short prefixes (1–3 letters) expand to their terms when they have few, else stay one FTS5 prefix query', () => {
    const all = [...terms().keys()];
    for (const p of ['dyn', 'dy', 'th', 'la', 's', 'zq']) {
      const got = expandPrefix(db, p);
      const want = all.filter((t) => t.startsWith(p)).sort();
      if (want.length > MAX_PREFIX_EXPANSION) expect(got).toBeNull();
      else expect(got).toEqual(want);
    }
    expect(search(db, searchRequest.parse({ q: 'dy', mode: 'ranked' })).total).toBeGreaterThan(0);
  });

  it('type-ahead on a 2-letter prefix pages exactly as FTS5 own prefix query does (property)', () => {
    // An abbreviation the KB spells out ("ri" for "Reserved Instances") also finds its full name, which FTS5's
    // prefix query does not: not what this compares.
    const synonyms = synonymsFor(db);
    const twos = [
      ...new Set([...terms().keys()].filter((t) => /^[a-z0-9]{2}/.test(t)).map((t) => t.slice(0, 2))),
    ].filter((p) => !synonyms.get(p)?.length);
    const words = [...terms().keys()].filter((t) => t.length >= 4 && !synonyms.get(t)?.length);
    const native = db
      .prepare(`SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT ${TYPEAHEAD_COUNT_CAP + 1}`)
      .pluck();
    const refs = db.prepare('SELECT ref FROM search_docs WHERE id = ?').pluck();
    fc.assert(
      fc.property(
        fc.constantFrom(...twos),
        fc.option(fc.constantFrom(...words), { nil: undefined }),
        (p, w) => {
          const q = w ? `${w} ${p}` : p;
          const ids = native.all(w ? `"${w}" AND "${p}"*` : `"${p}"*`) as number[];
          // No match: the spelling and any-word fallbacks answer instead (not what this compares).
          if (ids.length === 0) return;
          const got = search(db, searchRequest.parse({ q, mode: 'typeahead', limit: 20 }));
          expect(got.total).toBe(Math.min(ids.length, TYPEAHEAD_COUNT_CAP));
          expect(got.hits.map((h) => h.ref)).toEqual(ids.slice(0, 20).map((id) => refs.get(id)));
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });

  it('an expanded prefix query matches exactly what FTS5 prefix query matches (property)', () => {
    const vocabTerms = [...terms().keys()].filter((t) => t.length >= 5);
    const native = db.prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?').pluck();
    fc.assert(
      fc.property(fc.constantFrom(...vocabTerms), fc.integer({ min: 4, max: 9 }), (term, cut) => {
        const p = term.slice(0, Math.min(cut, term.length));
        const expected = native.get(`"${p}"*`) as number;
        const got = search(db, searchRequest.parse({ q: p, mode: 'typeahead', limit: 1 }));
        expect(got.totalIsLowerBound ? got.total <= expected : got.total === expected).toBe(true);
        expect(expected).toBeGreaterThan(0);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

describe('deferred indexing during imports', () => {
  const ftsIntact = (): void => {
    // FTS5's own check: the index matches the content table exactly (rank 1 = compare with content).
    db.exec("INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)");
    db.exec("INSERT INTO search_title_fts(search_title_fts, rank) VALUES ('integrity-check', 1)");
    expect(db.prepare('SELECT count(*) FROM search_pending').pluck().get()).toBe(0);
  };

  it('indexes every imported section by the end of the transaction, even a file imported twice in one batch', () => {
    const name = 'twice.md';
    const v1 = {
      name,
      fileKey: '/notes/twice.md',
      bytes: new TextEncoder().encode('# A\nfirstversionword alpha\n# B\nbeta'),
    };
    const v2 = { ...v1, bytes: new TextEncoder().encode('# A\nsecondversionword alpha\n# C\ngamma') };
    importFiles(db, [v1, v2]);
    ftsIntact();
    expectInSync();
    const hits = (w: string): number =>
      search(db, searchRequest.parse({ q: `${w} `, kinds: ['note'] })).total;
    expect(hits('firstversionword')).toBe(0);
    expect(hits('secondversionword')).toBe(1);
    expect(hits('gamma')).toBe(1);
  });

  it('rolls the queue back with the import when the import fails', () => {
    const before = db.prepare('SELECT count(*) FROM search_docs').pluck().get();
    const bad = {
      name: 'x.md',
      fileKey: '/notes/x.md',
      bytes: new TextEncoder().encode('# X\nrollbackword'),
    };
    const after = { ...bad, name: 'y.md', fileKey: '/notes/y.md' };
    expect(() =>
      importFiles(db, [bad, after], {
        onProgress: (p) => {
          if (p.done === 1) throw new Error('disk full');
        },
      }),
    ).toThrow('disk full');
    expect(db.prepare('SELECT count(*) FROM search_docs').pluck().get()).toBe(before);
    ftsIntact();
    expectInSync();
  });
});

describe('queries made only of common words', () => {
  let big: Db;
  let done: () => void;
  beforeAll(() => {
    ({ db: big, dispose: done } = tempUserDb('sd-common-'));
    // 1,200 notes that all say "common words"; a few also mention "zephyr"; note 7 has it in its title.
    const docs = Array.from({ length: 1200 }, (_, i) => ({
      kind: 'note' as const,
      ref: `c${i}`,
      title: i === 7 ? 'Common words in the title' : `Note ${i}`,
      body: `common words everywhere ${i % 400 === 0 ? 'zephyr zephyr' : ''} filler ${'text '.repeat(i % 13)}`,
      service: null,
    }));
    withDeferredIndexing(big, () => upsertSearchDocs(big, docs));
  });
  afterAll(() => done());
  const ranked = (text: string) => search(big, searchRequest.parse({ q: text, mode: 'ranked', limit: 5 }));

  it('detects them from document frequencies (more than half of all documents)', () => {
    expect(onlyCommonWords(big, 'common words', false)).toBe(true);
    expect(onlyCommonWords(big, 'comm', true)).toBe(true); // a prefix of a common word
    expect(onlyCommonWords(big, '"common words"', false)).toBe(true); // typed phrase syntax
    expect(onlyCommonWords(big, 'common zephyr', false)).toBe(false);
    expect(onlyCommonWords(big, 'common NOT zephyr', false)).toBe(false);
    // Small indexes always use bm25.
    expect(onlyCommonWords(db, 'the', false)).toBe(false);
  });

  it('ranks them by full bm25 over every match (our postings), with the exact count', () => {
    const r = ranked('common words ');
    expect(r.commonWordsOnly).toBeUndefined();
    expect(r.total).toBe(1200);
    expect(r.totalIsLowerBound).toBeUndefined();
    expect(r.rankedCandidates).toBeUndefined();
    const full = big
      .prepare(
        `SELECT d.ref FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH '"common" AND "words"'
          ORDER BY bm25(search_fts, 8.0, 1.0), d.id DESC LIMIT 5`,
      )
      .pluck()
      .all();
    expect(r.hits.map((h) => h.ref)).toEqual(full);
    expect(r.hits[0]!.ref).toBe('c7'); // the title match
  });

  it('while the postings are out of date: title matches first, then the newest, and says so', () => {
    // A change queued for the postings and not yet synced (the term list stays current).
    big.prepare("INSERT INTO search_postings_queue(id) SELECT id FROM search_docs WHERE ref = 'c0'").run();
    try {
      const r = ranked('common words ');
      expect(r.commonWordsOnly).toBe(true);
      expect(r.total).toBe(Math.min(1200, RANK_CANDIDATES));
      expect(r.totalIsLowerBound).toBe(1200 > RANK_CANDIDATES ? true : undefined);
      expect(r.hits[0]!.ref).toBe('c7');
      expect(r.hits.slice(1).map((h) => h.ref)).toEqual(['c1199', 'c1198', 'c1197', 'c1196']);
    } finally {
      big.transaction(() => syncSearchIndex(big))();
    }
  });

  it('keeps bm25 (and full document counts) when any word discriminates', () => {
    const r = ranked('common zephyr ');
    expect(r.commonWordsOnly).toBeUndefined();
    expect(r.total).toBe(3);
    expect(r.rankedCandidates).toBeUndefined(); // ranked exactly
    // Same zephyr count, so bm25 puts the shortest first (0, 7 and 10 filler words), not the newest.
    expect(r.hits.map((h) => h.ref)).toEqual(['c0', 'c800', 'c400']);
  });
});

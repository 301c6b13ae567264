import type { SearchHit, SearchRequest, SearchResponse } from '../../shared/ipc/channels/search';
import type { z } from 'zod';
import type { searchRequest } from '../../shared/ipc/channels/search';
import { highlightTerms, looksHashed, makeSnippet, noteTitle, readableText, type SnippetTerm } from '../../shared/search/snippet';
import {
  allowedEdits,
  editDistance,
  indexForm,
  literalQuery,
  looksLikeFtsSyntax,
  queryTokens,
} from '../../shared/search/queryText';
import type { Db } from '../db/open';
import { preparedOnce } from '../db/statements';
import { phraseQuery } from '../../shared/search/synonyms';
import { searchTermsDocCount } from './index';
import { mayMatchPhrase, rankTopK, type QueryPhrase } from './postings';
import { synonymsFor } from './synonyms';
import { phraseTerms, wordTerms } from './tokenize';

type ParsedSearch = z.output<typeof searchRequest>;
export type { SearchRequest };

interface Row {
  kind: SearchHit['kind'];
  ref: string;
  title: string;
  snippet: string;
  service: string | null;
}

function filters(req: ParsedSearch): { sql: string; params: unknown[] } {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (req.kinds?.length) {
    parts.push(`d.kind IN (${req.kinds.map(() => '?').join(',')})`);
    params.push(...req.kinds);
  }
  if (req.service) {
    parts.push('d.service = ? COLLATE NOCASE');
    params.push(req.service);
  }
  return { sql: parts.length ? ` AND ${parts.join(' AND ')}` : '', params };
}

/**
 * Type-ahead counts stop here: "50+ matches" is all a suggestion list needs while the user types, and
 * counting further is what makes rare phrases of common words slow (every match must be position-checked).
 * Ranked search (what the Search screen shows) counts up to RANK_CANDIDATES.
 */
export const TYPEAHEAD_COUNT_CAP = 50;
/**
 * The FTS5 fallback only (a query with an abbreviation whose full name matches, or any query while the
 * postings catch up after a write): it scores at most this many candidates with bm25. Plain words,
 * prefixes and phrases are ranked exactly over every match by postings.ts, other typed syntax by FTS5's
 * bm25 over every match. On the fallback, queries matching fewer documents (most
 * queries with a distinctive word) are ranked exactly. Beyond it the candidates are the documents whose
 * title matches plus the newest matches: bm25 (≈1 µs per match, after an IDF pass over each word's
 * whole doclist) over 50k matches is what makes a straightforward FTS5 query slow. 1,000 rather than
 * 2,000 keeps ranked p95 under 10 ms on the 100k-note bench; the bench reports the overlap with full
 * bm25 for both kinds of query.
 */
export const RANK_CANDIDATES = 1000;

const SCORE = 'bm25(search_fts, 8.0, 1.0)';
/**
 * Curated entries outrank the short facts, rows and question stems that mention the same words (bm25
 * favours short documents). bm25 is negative (lower = better), so a weight > 1 lifts a kind.
 */
const KIND_WEIGHT = `CASE d.kind WHEN 'entry' THEN 2.5 WHEN 'comparison' THEN 2.0 WHEN 'note' THEN 1.5
  WHEN 'dataset-row' THEN 1.2 WHEN 'fact' THEN 1.0 ELSE 0.6 END`;

/**
 * Runs one FTS expression; throws SQLite's error for invalid syntax (the caller falls back).
 * Each MATCH is evaluated as few times as possible: one pass gives the count (capped) and, for
 * type-ahead, the page; ranked search scores a bounded candidate set; rows and snippets are then read by
 * id for the page alone (snippets in JS: FTS5's snippet() would re-run the MATCH per row).
 */
function run(
  db: Db,
  match: string,
  req: ParsedSearch,
  terms: SnippetTerm[],
  rank: { commonOnly?: boolean; scoreMatch?: string | null; pinned?: number | null; full?: boolean } = {},
): RunResult {
  const commonOnly = rank.commonOnly ?? false;
  const pinned = rank.pinned != null && matchesDoc(db, match, rank.pinned) ? [rank.pinned] : [];
  const f = filters(req);
  const from = f.sql
    ? `FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?${f.sql}`
    : 'FROM search_fts WHERE search_fts MATCH ?';
  const pluck = (sql: string, ...args: unknown[]): number[] =>
    db
      .prepare(sql)
      .pluck()
      .all(...args) as number[];
  let ids: number[];
  let n: number;
  let cap: number;
  let exact = true;
  if (req.mode === 'typeahead') {
    // One pass: the page and the (capped) count.
    cap = TYPEAHEAD_COUNT_CAP;
    // Prepared once: it runs on every keystroke.
    const first = preparedOnce(db, `SELECT search_fts.rowid ${from} LIMIT ${cap + 1}`, { pluck: true }).all(match, ...f.params) as number[];
    n = first.length;
    ids = first.slice(req.offset, req.offset + req.limit);
  } else if (rank.full) {
    // Typed syntax our postings cannot score (phrases, OR, NOT, NEAR, columns): FTS5's bm25 over every
    // match, so the order is exact; costs what a straightforward FTS5 query costs.
    cap = Number.MAX_SAFE_INTEGER;
    const fromDocs = f.sql
      ? from
      : `FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?`;
    // (bm25() cannot run under a window function, so the count is its own pass.)
    const top = pluck(
      `SELECT search_fts.rowid ${fromDocs} ORDER BY ${SCORE} * ${KIND_WEIGHT}, search_fts.rowid DESC LIMIT ?`,
      match,
      ...f.params,
      req.offset + req.limit,
    );
    n = top.length < req.offset + req.limit ? top.length : (db.prepare(`SELECT count(*) ${from}`).pluck().get(match, ...f.params) as number);
    ids = [...new Set([...pinned, ...top])].slice(req.offset, req.offset + req.limit);
  } else if (commonOnly) {
    // Every word is in most documents: bm25 cannot rank them (IDF ~0) and its IDF pass alone would walk
    // every doclist. Title matches first, then the newest matches.
    cap = RANK_CANDIDATES;
    const newest = pluck(
      `SELECT search_fts.rowid ${from} ORDER BY search_fts.rowid DESC LIMIT ${cap + 1}`,
      match,
      ...f.params,
    );
    n = newest.length;
    exact = n <= 1;
    const want = req.offset + req.limit;
    ids = [...new Set([...pinned, ...titleMatches(db, match, f, want), ...newest.slice(0, cap)])].slice(
      req.offset,
      want,
    );
  } else {
    // One pass scores up to RANK_CANDIDATES + 1 of the newest matches; if that is all of them the
    // ranking is exact, otherwise title matches (scored in a second bounded pass) come first.
    cap = RANK_CANDIDATES;
    const fromDocs = f.sql
      ? from
      : `FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?`;
    let scored: { id: number; score: number }[];
    if (rank.scoreMatch) {
      // Some words are in most documents: they only filter. The candidates come from the whole query
      // (a cheap walk led by the rarer words); bm25 scores them over the other words alone, which skips
      // the common words' IDF passes and orders exactly as full bm25 does (their weight is ~1e-6).
      const cand = pluck(
        `SELECT search_fts.rowid ${from} ORDER BY search_fts.rowid DESC LIMIT ${cap + 1}`,
        match,
        ...f.params,
      );
      n = cand.length;
      const kept = cand.slice(0, cap);
      scored = kept.length
        ? (db
            .prepare(
              `SELECT search_fts.rowid AS id, ${SCORE} * ${KIND_WEIGHT} AS score
                 FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid
                WHERE search_fts MATCH ? AND search_fts.rowid >= ? AND +search_fts.rowid IN (SELECT value FROM json_each(?))`,
            )
            .all(rank.scoreMatch, kept.at(-1), JSON.stringify(kept)) as { id: number; score: number }[])
        : [];
    } else {
      scored = db
        .prepare(
          `SELECT search_fts.rowid AS id, ${SCORE} * ${KIND_WEIGHT} AS score ${fromDocs}
            ORDER BY search_fts.rowid DESC LIMIT ${cap + 1}`,
        )
        .all(match, ...f.params) as { id: number; score: number }[];
      n = scored.length;
    }
    const best = scored
      .slice(0, cap)
      .sort((a, b) => a.score - b.score || b.id - a.id)
      .map((r) => r.id);
    const want = req.offset + req.limit;
    if (n <= cap) ids = [...new Set([...pinned, ...best])].slice(req.offset, want);
    else {
      exact = false;
      ids = [...new Set([...pinned, ...titleMatches(db, match, f, want), ...best])].slice(req.offset, want);
    }
  }
  const rows = rowsFor(db, ids, terms);
  return { rows, total: Math.min(n, cap), capped: n > cap, exact };
}

/** The page's rows, in `ids` order, with snippets made in JS (FTS5's snippet() would re-run the MATCH per row). */
function rowsFor(db: Db, ids: number[], terms: SnippetTerm[]): Row[] {
  const byId = new Map(
    (ids.length
      ? (preparedOnce(
          db,
          `SELECT d.id, d.kind, d.ref, d.title, d.service, d.body
             FROM json_each(?) AS j JOIN search_docs d ON d.id = j.value`,
        ).all(JSON.stringify(ids)) as (Omit<Row, 'snippet'> & { id: number; body: string })[])
      : []
    ).map((r) => [r.id, r]),
  );
  return ids.flatMap((id) => {
    const r = byId.get(id);
    return r
      ? [
          {
            kind: r.kind,
            ref: r.ref,
            title: r.kind === 'note' ? readableNoteTitle(db, r.ref, r.title) : r.title,
            service: r.service,
            snippet: makeSnippet(readableText(r.body), terms),
          },
        ]
      : [];
  });
}

/**
 * Ranked search over our own postings (postings.ts): the exact top of full title-weighted bm25 × kind
 * weight over EVERY match, in a few ms however common the words. For plain words (the last one a prefix
 * while typing); null when it does not apply (typed syntax, synonyms, a word the tokenizer splits) or the
 * postings are being brought up to date, and the caller takes the FTS5 path.
 */
function runExact(
  db: Db,
  phrases: QueryPhrase[] | null,
  pinnedMatch: string | null,
  req: ParsedSearch,
  terms: SnippetTerm[],
  pinnedId: number | null,
): RunResult | null {
  if (!phrases) return null;
  let allowed: ((id: number, kind: SearchHit['kind']) => boolean) | undefined;
  if (req.kinds?.length || req.service) {
    const kinds = req.kinds?.length ? new Set(req.kinds) : null;
    const ids = req.service
      ? new Set(
          db.prepare('SELECT id FROM search_docs WHERE service = ? COLLATE NOCASE').pluck().all(req.service) as number[],
        )
      : null;
    allowed = (id, kind) => (!kinds || kinds.has(kind)) && (!ids || ids.has(id));
  }
  const want = req.offset + req.limit;
  const top = rankTopK(db, phrases, want + 1, allowed);
  if (!top) return null;
  const pinned = pinnedId != null && pinnedMatch && top.total > 0 && matchesDoc(db, pinnedMatch, pinnedId) ? [pinnedId] : [];
  const ids = [...new Set([...pinned, ...top.ids])].slice(req.offset, want);
  return { rows: rowsFor(db, ids, terms), total: top.total, capped: top.totalIsLowerBound ?? false, exact: true };
}

/** Plain words as phrases for our postings (a word the tokenizer splits is a phrase of its parts, as in FTS5). */
function wordPhrases(db: Db, tokens: readonly string[], prefixLast: boolean): QueryPhrase[] | null {
  const out: QueryPhrase[] = [];
  for (const [i, t] of tokens.entries()) {
    const terms = wordTerms(db, t);
    const prefix = prefixLast && i === tokens.length - 1;
    if (terms.length === 0 || (prefix && terms.length > 1)) return null;
    out.push({ terms, prefix });
  }
  return out;
}

/**
 * Typed syntax made only of AND-ed words and quoted phrases (`"read capacity" dynamo*`, `lambda AND timeout`)
 * as phrases for our postings; null for anything else (OR, NOT, NEAR, parentheses, column filters, a prefix
 * on a phrase), which FTS5 ranks.
 */
export function syntaxPhrases(db: Db, q: string): QueryPhrase[] | null {
  const out: QueryPhrase[] = [];
  const item = /\s*(?:"((?:[^"]|"")*)"(\*?)|([^\s"]+))/y;
  let at = 0;
  const text = q.trimEnd();
  let andPending = false;
  while (at < text.length) {
    item.lastIndex = at;
    const m = item.exec(text);
    if (!m) return null;
    at = item.lastIndex;
    // AND only between two items, as FTS5 requires (`lambda AND` is a syntax error: the literal fallback).
    if (m[3] === 'AND') {
      if (out.length === 0 || andPending) return null;
      andPending = true;
      continue;
    }
    andPending = false;
    if (m[3] !== undefined) {
      const w = /^([\p{L}\p{N}_]+)(\*?)$/u.exec(m[3]);
      if (!w || /^(OR|NOT|NEAR)$/.test(w[1]!)) return null;
      const terms = phraseTerms(db, w[1]!);
      if (terms.length === 0 || (w[2] && terms.length > 1)) return null;
      out.push({ terms, prefix: w[2] === '*' });
    } else {
      const terms = phraseTerms(db, m[1]!.replaceAll('""', '"'));
      if (terms.length === 0 || (m[2] && terms.length > 1)) return null;
      out.push({ terms, prefix: m[2] === '*' });
    }
  }
  return out.length && !andPending ? out : null;
}

/**
 * Note hits are titled "file › headings"; a hashed file name (note-app exports) gives way to the file's
 * first heading. Read from the notes tables for the page's hits only.
 */
function readableNoteTitle(db: Db, sectionRef: string, title: string): string {
  const [file = '', ...path] = title.split(' › ');
  if (!looksHashed(file)) return title;
  try {
    const first = db
      .prepare(
        `SELECT json_extract(s2.heading_path, '$[0]') FROM note_sections s
           JOIN note_sections s2 ON s2.file_id = s.file_id
          WHERE s.id = ? AND json_array_length(s2.heading_path) > 0 ORDER BY s2.ord LIMIT 1`,
      )
      .pluck()
      .get(sectionRef) as string | undefined;
    return noteTitle(file, path, first ?? null);
  } catch {
    // The notes tables are not there (or changed shape): the stored title is still right, only less readable.
    return title;
  }
}

/** Whether document `id` matches the FTS expression (a rowid lookup, not a scan). */
function matchesDoc(db: Db, match: string, id: number): boolean {
  return (
    preparedOnce(db, 'SELECT 1 FROM search_fts WHERE search_fts MATCH ? AND rowid = ?').get(match, id) !== undefined
  );
}

/**
 * The knowledge-base entry a query names outright ("s3", "Amazon S3", "api gateway", "AWS Lambda"), which
 * then leads the ranked results the way a docs browser puts the exact name first; bm25 alone can prefer
 * a neighbour that repeats the word more (S3 Glacier over S3). Only for plain words and when the
 * filters would show that entry.
 */
export function namedEntry(db: Db, q: string, req: Pick<ParsedSearch, 'kinds' | 'service'>): number | null {
  if (req.kinds?.length && !req.kinds.includes('entry')) return null;
  const slug = q
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .replace(/^(amazon|aws)\s+/, '')
    .replace(/[\s_]+/g, '-');
  if (!/^[a-z0-9][a-z0-9-]{0,40}$/.test(slug)) return null;
  const row = preparedOnce(db, `SELECT id, service FROM search_docs WHERE kind = 'entry' AND ref = ?`).get(slug) as
    { id: number; service: string | null } | undefined;
  if (!row || (req.service && row.service?.toLowerCase() !== req.service.toLowerCase())) return null;
  return row.id;
}

/** The best `want` title matches among the newest RANK_CANDIDATES (bm25 on the small titles index). */
function titleMatches(db: Db, match: string, f: { sql: string; params: unknown[] }, want: number): number[] {
  const titleFrom = f.sql
    ? `FROM search_title_fts t JOIN search_docs d ON d.id = t.rowid WHERE search_title_fts MATCH ?${f.sql}`
    : 'FROM search_title_fts t WHERE search_title_fts MATCH ?';
  try {
    return db
      .prepare(
        `SELECT id FROM (SELECT t.rowid AS id, bm25(search_title_fts) AS score ${titleFrom}
                          ORDER BY t.rowid DESC LIMIT ${RANK_CANDIDATES}) ORDER BY score LIMIT ?`,
      )
      .pluck()
      .all(match, ...f.params, want) as number[];
  } catch {
    // Column filters (`body:`) have no meaning on the title index: no title pass.
    return [];
  }
}

/** Below this many documents every query is ranked with bm25 (cheap there). */
export const COMMON_WORDS_MIN_DOCS = 1000;

/**
 * True when every word of the query is in more than half of all documents. FTS5's bm25 clamps such a
 * word's IDF to ~0, so it cannot order results by it, yet it still walks the word's whole doclist to
 * compute that IDF. Needs a current term list; without one, false (bm25 as usual).
 */
export function onlyCommonWords(db: Db, q: string, prefixLast: boolean): boolean {
  const c = commonWords(db, q, prefixLast);
  return c !== null && c.length > 0 && c.every(Boolean);
}

/**
 * For each word of the query, whether it is in more than half of all documents; null when the index is
 * small (bm25 is cheap there) or the term list is stale.
 */
export function commonWords(db: Db, q: string, prefixLast: boolean): boolean[] | null {
  const n = searchTermsDocCount(db);
  if (n === null || n < COMMON_WORDS_MIN_DOCS) return null;
  // Words as FTS5 sees them: operators of typed syntax are not words; a trailing `*` marks a prefix.
  const words = [...q.normalize('NFKC').matchAll(/([\p{L}\p{N}]+)(\*?)/gu)].filter(
    (m) => !/^(AND|OR|NOT|NEAR)$/.test(m[1]!),
  );
  const df = preparedOnce(db, 'SELECT docs FROM search_terms WHERE term = ?', { pluck: true });
  const maxDf = preparedOnce(db, 'SELECT max(docs) FROM search_terms WHERE term >= ? AND term < ?', { pluck: true });
  return words.map((m, i) => {
    const w = indexForm(m[1]!);
    // A prefix matches at least as many documents as its most frequent term.
    const prefix = m[2] === '*' || (prefixLast && i === words.length - 1);
    const docs = (prefix ? maxDf.get(w, prefixUpperBound(w)) : df.get(w)) as number | null | undefined;
    return (docs ?? 0) > n / 2;
  });
}

interface RunResult {
  rows: Row[];
  total: number;
  capped: boolean;
  exact: boolean;
}

/** The exclusive upper bound of the terms starting with `p` (for a B-tree range scan). */
function prefixUpperBound(p: string): string {
  const cps = [...p];
  const last = cps.pop()!;
  return cps.join('') + String.fromCodePoint(last.codePointAt(0)! + 1);
}

/**
 * The prefix lengths (in characters) FTS5 indexes for `search_fts` (its `prefix=` option), per connection: none
 * since migration 0160; read, not assumed, so a prefix FTS5 does index is left to it.
 */
const prefixLengths = new WeakMap<Db, readonly number[]>();
export function indexedPrefixLengths(db: Db): readonly number[] {
  let got = prefixLengths.get(db);
  if (!got) {
    const sql = (db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").pluck().get() as string | undefined) ?? '';
    const opt = /prefix\s*=\s*['"]?([\d\s,]+)/i.exec(sql)?.[1] ?? '';
    got = [...opt.matchAll(/\d+/g)].map((m) => Number(m[0])).sort((a, b) => a - b);
    prefixLengths.set(db, got);
  }
  return got;
}
/** Prefixes with at most this many indexed terms are expanded to an OR of those terms. */
export const MAX_PREFIX_EXPANSION = 48;

/**
 * What to query instead of FTS5's `"prefix"*`: every indexed term starting with the prefix (FTS5 then walks
 * each doclist lazily instead of merging them all in memory first), or null to leave the prefix to FTS5 (a
 * length FTS5 has a prefix index for; prefixes with very many terms, like `x1`, are cheaper as one prefix
 * query). The full-text indexes have no prefix index since migration 0160 (it cost half of FTS5's insert
 * work during an import; type-ahead pages measured the same without it, see the migration).
 * Null while the term list is stale: FTS5's own prefix query is always exact.
 */
export function expandPrefix(db: Db, prefix: string): string[] | null {
  const p = indexForm(prefix);
  if (indexedPrefixLengths(db).includes([...p].length) || searchTermsDocCount(db) === null) return null;
  const terms = preparedOnce(db, 'SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT ?', { pluck: true }).all(
    p,
    prefixUpperBound(p),
    MAX_PREFIX_EXPANSION + 1,
  ) as string[];
  return terms.length > MAX_PREFIX_EXPANSION ? null : terms;
}

/** Closest indexed term for a word that is not in the index (spelling fallback). */
function correctWord(db: Db, word: string): string | null {
  const k = allowedEdits(word);
  if (k === 0) return null;
  // The term list when it is current; the (slower, always exact) fts5vocab view while it is stale.
  const [terms, docs] = searchTermsDocCount(db) === null ? ['search_vocab', 'doc'] : ['search_terms', 'docs'];
  const exists = db.prepare(`SELECT 1 FROM ${terms} WHERE term = ?`).get(word);
  if (exists) return word;
  // Candidates share the first letter (typos rarely hit it) and are within k letters in length.
  const first = [...word][0]!;
  const cands = db
    .prepare(`SELECT term, ${docs} AS doc FROM ${terms} WHERE term >= ? AND term < ?`)
    .all(first, prefixUpperBound(first)) as { term: string; doc: number }[];
  let best: { term: string; d: number; doc: number } | null = null;
  for (const c of cands) {
    if (Math.abs(c.term.length - word.length) > k) continue;
    const d = editDistance(word, c.term, k);
    if (d > k) continue;
    if (!best || d < best.d || (d === best.d && c.doc > best.doc)) best = { term: c.term, d, doc: c.doc };
  }
  return best?.term ?? null;
}

/**
 * Full-text search over KB content and notes. Never throws on user syntax: invalid FTS5 falls back to a
 * literal search; no results fall back to spelling correction.
 */
export function search(db: Db, req: ParsedSearch): SearchResponse {
  const t0 = performance.now();
  const tokens = queryTokens(req.q);
  const empty = (literal: boolean): SearchResponse => ({
    hits: [],
    total: 0,
    correctedQuery: null,
    literal,
    tookMs: performance.now() - t0,
  });
  if (tokens.length === 0) return empty(req.q.trim().length > 0);
  // Prefix on the last word when the user is (probably) still typing it.
  const prefixLast = !/\s$/.test(req.q);
  let literal = false;
  let result: RunResult | null = null;
  const terms = highlightTerms(req.q, prefixLast);
  const syntax = looksLikeFtsSyntax(req.q);
  const common =
    req.mode === 'ranked' ? commonWords(db, syntax ? req.q : tokens.join(' '), !syntax && prefixLast) : null;
  const commonOnly = common !== null && common.length > 0 && common.every(Boolean);
  // Looked up only when a literal query is built: typed syntax that runs as typed (a quoted phrase while
  // typing) never needs it.
  let expanded: string[] | null | undefined;
  const expansion = (): string[] | null => {
    if (expanded === undefined) {
      expanded = prefixLast ? expandPrefix(db, tokens.at(-1)!) : null;
    }
    return expanded;
  };
  // Abbreviations reach their full names ("gsi" also finds "global secondary indexes"); typed syntax is
  // taken as typed.
  const alternatives = new Map<number, string[]>();
  if (!syntax) {
    const synonyms = synonymsFor(db);
    tokens.forEach((t, i) => {
      // Ranked search drops full names that provably match nothing (a word of theirs is in no document):
      // bm25 of an OR with a phrase that matches nothing is the bm25 of the rest, and the query can then
      // take the exact postings path.
      const fulls = synonyms
        .get(t)
        ?.filter((f) => req.mode !== 'ranked' || mayMatchPhrase(db, f, f.at(-1)!.length >= 4));
      if (!fulls?.length) return;
      alternatives.set(i, fulls.map(phraseQuery));
      const term = terms.find((x) => x.word === t);
      if (term) term.phrases = fulls.map((f) => f.map((word, j) => ({ word, prefix: j === f.length - 1 && word.length >= 4 })));
    });
  }
  // Plain words, some common: bm25 scores the others (typed syntax is scored as typed).
  const informative = tokens.filter((_, i) => common?.[i] === false);
  const scoreMatch =
    alternatives.size === 0 && !commonOnly && common && common.length === tokens.length && informative.length < tokens.length
      ? literalQuery(informative, prefixLast && common.at(-1) === false, expansion())
      : null;
  let exactPath = false;
  if (syntax && req.mode === 'ranked') {
    result = runExact(db, syntaxPhrases(db, req.q), null, req, terms, null);
    exactPath = result !== null;
  }
  if (syntax && !result) {
    try {
      result = run(db, req.q, req, terms, { commonOnly, full: req.mode === 'ranked' });
    } catch {
      literal = true;
    }
  }
  const pinned = syntax || req.mode !== 'ranked' ? null : namedEntry(db, req.q, req);
  const exactRun =
    !syntax && req.mode === 'ranked' && alternatives.size === 0
      ? runExact(db, wordPhrases(db, tokens, prefixLast), literalQuery(tokens, prefixLast), req, terms, pinned)
      : null;
  if (exactRun) exactPath = true;
  result ??= exactRun;
  result ??= run(db, literalQuery(tokens, prefixLast, expansion(), alternatives), req, terms, {
    commonOnly,
    scoreMatch,
    pinned,
  });
  const first = result;
  let correctedQuery: string | null = null;
  let matchedAny = false;
  if (result.total === 0) {
    const fixed = tokens.map((t, i) =>
      prefixLast && i === tokens.length - 1 && t.length < 4 ? t : (correctWord(db, t) ?? t),
    );
    if (fixed.some((t, i) => t !== tokens[i])) {
      const retry = run(
        db,
        literalQuery(fixed, false),
        req,
        fixed.map((word) => ({ word, prefix: false })),
      );
      if (retry.total > 0) {
        result = retry;
        correctedQuery = fixed.join(' ');
      }
    }
    if (result.total === 0 && fixed.length > 1) {
      // No document has every word ("sqs vs sns"): show documents with any of them, best first.
      const any = fixed.map((t) => `"${t}"`).join(' OR ');
      const retry = run(
        db,
        any,
        { ...req, mode: 'ranked' },
        fixed.map((word) => ({ word, prefix: false })),
      );
      if (retry.total > 0) {
        result = retry;
        matchedAny = true;
        if (fixed.some((t, i) => t !== tokens[i])) correctedQuery = fixed.join(' ');
      }
    }
  }
  return {
    hits: result.rows.map((r) => ({ ...r, snippet: r.snippet || r.title })),
    total: result.total,
    ...(result.capped ? { totalIsLowerBound: true } : {}),
    ...(result.exact ? {} : { rankedCandidates: RANK_CANDIDATES }),
    ...(commonOnly && result === first && !exactPath ? { commonWordsOnly: true } : {}),
    correctedQuery,
    ...(matchedAny ? { matchedAny: true } : {}),
    literal,
    tookMs: performance.now() - t0,
  };
}

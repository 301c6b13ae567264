import type { SearchHit, SearchRequest, SearchResponse } from '../../shared/ipc/channels/search';
import type { z } from 'zod';
import type { searchRequest } from '../../shared/ipc/channels/search';
import { allowedEdits, editDistance, literalQuery, looksLikeFtsSyntax, queryTokens } from '../../shared/search/queryText';
import type { Db } from '../db/open';

type ParsedSearch = z.output<typeof searchRequest>;
export type { SearchRequest };

const MARK_OPEN = '\u0002';
const MARK_CLOSE = '\u0003';

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

/** Type-ahead counts stop here: "1,000+ matches" is all a user needs while typing, and it stays O(1). */
export const TYPEAHEAD_COUNT_CAP = 1000;
/** Ranked counts stop here ("10,000+ results"). */
export const RANKED_COUNT_CAP = 10_000;
/**
 * Ranked search scores at most this many candidates with bm25. Queries matching fewer documents (every
 * query with a distinctive word) are ranked exactly. Beyond it the candidates are the documents whose
 * title matches plus the newest matches; bm25 (≈1 µs per match) over 100k matches of common words is
 * what makes a straightforward FTS5 query slow, and for such words the IDF is near zero anyway.
 */
export const RANK_CANDIDATES = 2000;

const SCORE = 'bm25(search_fts, 8.0, 1.0)';

/**
 * Runs one FTS expression; throws SQLite's error for invalid syntax (the caller falls back).
 * Shape: pick and sort rowids first (no row reads, no snippets), keep the page, then read rows and build
 * snippets for those rows alone (CROSS JOIN pins that order).
 */
function run(db: Db, match: string, req: ParsedSearch): { rows: Row[]; total: number; capped: boolean; exact: boolean } {
  const f = filters(req);
  const from = f.sql
    ? `FROM search_fts JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH ?${f.sql}`
    : 'FROM search_fts WHERE search_fts MATCH ?';
  const cap = req.mode === 'typeahead' ? TYPEAHEAD_COUNT_CAP : RANKED_COUNT_CAP;
  const n = (
    db.prepare(`SELECT count(*) AS n FROM (SELECT search_fts.rowid ${from} LIMIT ${cap + 1})`).get(match, ...f.params) as {
      n: number;
    }
  ).n;
  let ids: number[];
  let exact = true;
  const pageSql = (order: string): string =>
    `SELECT search_fts.rowid AS id, ${order === 'rowid' ? 'search_fts.rowid' : SCORE} AS score ${from}`;
  const pluck = (sql: string, ...args: unknown[]): number[] =>
    (db.prepare(sql).all(...args) as { id: number }[]).map((r) => r.id);
  if (req.mode === 'typeahead') {
    ids = pluck(`${pageSql('rowid')} LIMIT ? OFFSET ?`, match, ...f.params, req.limit, req.offset);
  } else if (n <= RANK_CANDIDATES) {
    ids = pluck(`${pageSql('bm25')} ORDER BY score LIMIT ? OFFSET ?`, match, ...f.params, req.limit, req.offset);
  } else {
    // Too many matches to score all: title matches first (the title weight dominates bm25 anyway), then
    // the best of the newest matches; each list scored by bm25 over a bounded candidate set.
    exact = false;
    const want = req.offset + req.limit;
    const bounded = (m: string): number[] =>
      pluck(
        `SELECT id FROM (${pageSql('bm25')} ORDER BY search_fts.rowid DESC LIMIT ${RANK_CANDIDATES}) ORDER BY score LIMIT ?`,
        m,
        ...f.params,
        want,
      );
    ids = [...new Set([...bounded(`{title} : (${match})`), ...bounded(match)])].slice(req.offset, want);
  }
  const rows = ids.length
    ? (db
        .prepare(
          `SELECT d.kind, d.ref, d.title, d.service,
                  snippet(search_fts, 1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 14) AS snippet
             FROM (SELECT CAST(value AS INTEGER) AS id, key AS ord FROM json_each(?)) AS top
             CROSS JOIN search_fts ON search_fts.rowid = top.id AND search_fts MATCH ?
             CROSS JOIN search_docs d ON d.id = top.id
            ORDER BY top.ord`,
        )
        .all(JSON.stringify(ids), match) as Row[])
    : [];
  return { rows, total: Math.min(n, cap), capped: n > cap, exact };
}

/** Closest indexed term for a word that is not in the index (spelling fallback). */
function correctWord(db: Db, word: string): string | null {
  const k = allowedEdits(word);
  if (k === 0) return null;
  const exists = db.prepare('SELECT 1 FROM search_vocab WHERE term = ?').get(word);
  if (exists) return word;
  // Candidates share the first letter (typos rarely hit it) and are within k letters in length.
  const first = word[0]!;
  const next = String.fromCodePoint(first.codePointAt(0)! + 1);
  const cands = db
    .prepare('SELECT term, doc FROM search_vocab WHERE term >= ? AND term < ?')
    .all(first, next) as { term: string; doc: number }[];
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
  let result: ReturnType<typeof run> | null = null;
  if (looksLikeFtsSyntax(req.q)) {
    try {
      result = run(db, req.q, req);
    } catch {
      literal = true;
    }
  }
  result ??= run(db, literalQuery(tokens, prefixLast), req);
  let correctedQuery: string | null = null;
  if (result.total === 0) {
    const fixed = tokens.map((t, i) => (prefixLast && i === tokens.length - 1 && t.length < 4 ? t : (correctWord(db, t) ?? t)));
    if (fixed.some((t, i) => t !== tokens[i])) {
      const retry = run(db, literalQuery(fixed, false), req);
      if (retry.total > 0) {
        result = retry;
        correctedQuery = fixed.join(' ');
      }
    }
  }
  return {
    hits: result.rows.map((r) => ({ ...r, snippet: r.snippet || r.title })),
    total: result.total,
    ...(result.capped ? { totalIsLowerBound: true } : {}),
    ...(result.exact ? {} : { rankedCandidates: RANK_CANDIDATES }),
    correctedQuery,
    literal,
    tookMs: performance.now() - t0,
  };
}

import { z } from 'zod';
import { channel } from '../define';

import { SEARCH_KINDS, type SearchKind } from '../../search/kinds';

export { SEARCH_KINDS, type SearchKind };

export interface SearchHit {
  kind: SearchKind;
  /** Stable reference to open the hit: an entry id, `dataset:<id>:<rowKey>`, a note section id… */
  ref: string;
  title: string;
  /** Snippet with matches wrapped in \u0002…\u0003 markers (the renderer turns them into <mark>). */
  snippet: string;
  service: string | null;
}

export interface SearchResponse {
  hits: SearchHit[];
  total: number;
  /**
   * Counting stopped at a cap (type-ahead 50, ranked 1,000 on the FTS5 fallback), or ranked search's pruning
   * skipped documents that could not reach the page (AND-ed words, prefixes): then `total` means "at least".
   */
  totalIsLowerBound?: boolean;
  /** Set when so many documents matched that only this many candidates (title matches + newest) were ranked. */
  rankedCandidates?: number;
  /**
   * Set when every word of the query is in more than half of all documents (bm25 gives such words an IDF
   * of ~0, so it cannot tell results apart): title matches come first, then the newest matches.
   */
  commonWordsOnly?: boolean;
  /** Set when the query matched nothing as typed and a spelling-corrected query was used instead. */
  correctedQuery: string | null;
  /** Set when no document had every word, so documents with any of them are shown. */
  matchedAny?: boolean;
  /** Set when the user's text was not valid FTS syntax and was searched literally. */
  literal: boolean;
  tookMs: number;
}

export const searchRequest = z.strictObject({
  q: z.string().max(500, 'a search is at most 500 characters'),
  kinds: z.array(z.enum(SEARCH_KINDS)).max(SEARCH_KINDS.length).optional(),
  service: z.string().max(100).optional(),
  limit: z.number().int().min(1).max(100).default(20),
  offset: z.number().int().min(0).max(10_000).default(0),
  /** 'ranked' orders by bm25 (title weighted); 'typeahead' returns the first page fast. */
  mode: z.enum(['ranked', 'typeahead']).default('ranked'),
});
export type SearchRequest = z.input<typeof searchRequest>;

export const searchChannels = {
  'search.query': channel<SearchResponse>()(searchRequest),
};

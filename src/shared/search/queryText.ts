/**
 * Turning what a user types into a safe FTS5 query. Pure: shared by the search handler and the bench.
 */

/** Words as the unicode61 tokenizer sees them (letters and digits; everything else separates). */
export function queryTokens(q: string): string[] {
  return (
    q
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, 32);
}

/** True when the text uses FTS5 syntax worth trying as typed (phrases, prefixes, boolean operators). */
export function looksLikeFtsSyntax(q: string): boolean {
  return /["*()^:]|\b(AND|OR|NOT|NEAR)\b/.test(q);
}

/**
 * The literal form: every token quoted (so nothing is an operator), implicitly AND-ed, the last one a
 * prefix when `prefixLast` (search-as-you-type: "dyna" finds "dynamodb") — written as the OR of
 * `expansion` (the indexed terms with that prefix, and indexed prefixes marked with a final `*`) when the
 * caller has it.
 */
export function literalQuery(
  tokens: readonly string[],
  prefixLast: boolean,
  expansion?: readonly string[] | null,
  alternatives?: ReadonlyMap<number, readonly string[]>,
): string {
  return tokens
    .map((t, i) => {
      const word = ((): string => {
        if (!prefixLast || i < tokens.length - 1) return `"${t}"`;
        // The index's own terms for the prefix, OR-ed: FTS5 then walks each doclist lazily instead of
        // merging every matching term's doclist in memory first (what `"instan"*` does without a prefix index).
        // An entry ending in `*` is an indexed prefix (an index term never holds a `*`).
        if (expansion?.length)
          return `(${expansion.map((x) => (x.endsWith('*') ? `"${x.slice(0, -1).replaceAll('"', '""')}"*` : `"${x.replaceAll('"', '""')}"`)).join(' OR ')})`;
        return `"${t}"*`;
      })();
      // Other ways to say the word (an abbreviation's full names), as ready FTS5 phrases.
      const alt = alternatives?.get(i);
      return alt?.length ? `(${[word, ...alt].join(' OR ')})` : word;
    })
    .join(' AND ');
}

/** A word as the index stores it (unicode61 remove_diacritics 2): lower case, accents stripped. */
export function indexForm(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), capped. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  const m = a.length;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = new Array<number>(n + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[n]!;
}

/** Edits allowed for a word of this length: none for short words, 1 for 4–5 letters, 2 beyond. */
export function allowedEdits(word: string): number {
  if (word.length < 4) return 0;
  return word.length <= 5 ? 1 : 2;
}

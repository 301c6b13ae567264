/**
 * Fuzzy matching for the command palette: every query character must appear in order in the text
 * (case-insensitive); runs of consecutive characters and matches at word starts score higher, so
 * "dyncap" finds "DynamoDB capacity" and "gsi" ranks "GSIs per table" above "logistics".
 */

/**
 * A score (higher is better), or null when `query` does not match `text`: each word of the query must
 * be a subsequence of the text, in any order ("capacity dynamodb" finds "DynamoDB capacity"). Empty = 0.
 */
export function fuzzyScore(query: string, text: string): number | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return 0;
  let total = 0;
  for (const w of words) {
    const s = wordScore(w, text);
    if (s === null) return null;
    total += s;
  }
  return total;
}

function wordScore(q: string, text: string): number | null {
  const t = text.toLowerCase();
  let score = 0;
  let ti = 0;
  let prev = -2;
  for (const ch of q) {
    const at = t.indexOf(ch, ti);
    if (at < 0) return null;
    const wordStart = at === 0 || /[^\p{L}\p{N}]/u.test(t[at - 1]!);
    score += 1 + (at === prev + 1 ? 3 : 0) + (wordStart ? 4 : 0);
    prev = at;
    ti = at + 1;
  }
  // Among equal matches, shorter texts and earlier first matches are closer to what was typed.
  return score - t.length / 100 - t.indexOf(q[0]!) / 50;
}

/** `items` that match, best first (stable for equal scores), at most `limit`. */
export function fuzzyFilter<T>(query: string, items: readonly T[], text: (item: T) => string, limit = 50): T[] {
  const scored: { item: T; score: number; i: number }[] = [];
  items.forEach((item, i) => {
    const s = fuzzyScore(query, text(item));
    if (s !== null) scored.push({ item, score: s, i });
  });
  if (query.trim()) scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.slice(0, limit).map((x) => x.item);
}

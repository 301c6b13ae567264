/**
 * Highlighted snippets computed from the row text in JS. FTS5's snippet() re-runs the MATCH for every row
 * it decorates, which for prefix queries means rebuilding a merged doclist per row; doing it here costs
 * microseconds and highlights exactly the words the user typed.
 */

export interface SnippetTerm {
  word: string;
  /** Match words starting with `word` (search-as-you-type, `dyn*`). */
  prefix: boolean;
  /** Other ways to write the same term, highlighted only where the whole phrase appears (an abbreviation's full names). */
  phrases?: { word: string; prefix: boolean }[][];
}

const MARK_OPEN = '\u0002';
const MARK_CLOSE = '\u0003';
const FTS_OPERATORS = new Set(['and', 'or', 'not', 'near']);

/** The words of a query to highlight: bare words, `*` makes the word a prefix; operators are skipped. */
export function highlightTerms(q: string, prefixLast: boolean): SnippetTerm[] {
  const out: SnippetTerm[] = [];
  const re = /([\p{L}\p{N}]+)(\*?)/gu;
  let m: RegExpExecArray | null;
  const raw = q.normalize('NFKC');
  while ((m = re.exec(raw))) {
    const w = m[1]!;
    if (FTS_OPERATORS.has(w.toLowerCase()) && w === w.toUpperCase()) continue;
    out.push({ word: w.toLowerCase(), prefix: m[2] === '*' });
  }
  if (prefixLast && out.length) out[out.length - 1]!.prefix = true;
  return out;
}

function matches(token: string, terms: readonly SnippetTerm[]): number {
  const t = token.toLowerCase();
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    if (term.prefix ? t.startsWith(term.word) : t === term.word) return i;
  }
  return -1;
}

/**
 * The text between two words, without the Markdown that would otherwise show as-is in a one-line
 * snippet: emphasis and code markers, and the heading hashes and quote markers that start a line; a
 * line that starts a list item becomes " · ". A `>` or `#` inside a line (`>= 3`, `C#`) stays. Words
 * themselves are never touched, so highlighting and search stay aligned.
 */
export function plainGap(gap: string): string {
  if (!/[*_`#>\n]/.test(gap)) return gap;
  return gap
    .replace(/\n[ \t]*[-*+•][ \t]+/g, ' · ')
    .replace(/(?<!\s)\*{1,3}|\*{1,3}(?!\s)|_{2,3}|`+/g, '')
    .replace(/\n[ \t]*(?:#{1,6}|>)[ \t]+/g, '\n');
}

/**
 * Markdown and HTML media and links as the words a reader sees: `![alt](url)` → alt (or nothing),
 * `[text](url)` → text, `<img alt="x">` → x, bare `<https://…>` dropped. Applied to a document's text
 * before a snippet is cut from it, so URLs and image syntax never show (or match highlights).
 */
export function readableText(text: string): string {
  if (!/[[<]/.test(text)) return text;
  return text
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, (_, alt: string) => (alt.trim() ? ` ${alt.trim()} ` : ' '))
    .replace(/\[([^\]\n]+)\]\([^)\n]*\)/g, '$1')
    .replace(/<img\b[^>]*>/gi, (tag) => {
      const alt = /\balt\s*=\s*"([^"]*)"/i.exec(tag)?.[1]?.trim();
      return alt ? ` ${alt} ` : ' ';
    })
    .replace(/<https?:\/\/[^>\s]+>/g, ' ');
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Whether a code point is a letter or a digit (a word character of `[\p{L}\p{N}]+`), ASCII without a regex. */
function isWordChar(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** The first index from `i` where a word starts, or the text's length: ASCII decided inline, the regex only past it. */
function wordStart(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) return i;
      i++;
    } else {
      const cp = text.codePointAt(i)!;
      if (isWordChar(cp)) return i;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return n;
}
/** Whether the word the last wordEnd call read is all ASCII (then it is matched in place). */
let endAscii = true;
/** The index where the word starting at `i` ends (the text's length at most); sets endAscii. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  endAscii = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122))) return i;
      i++;
    } else {
      const cp = text.codePointAt(i)!;
      if (!isWordChar(cp)) return i;
      endAscii = false;
      i += cp > 0xffff ? 2 : 1;
    }
  }
  return n;
}

/**
 * `matches` for a word of ASCII letters and digits at text[start, end), compared in place: no substring,
 * no lower-cased copy (type-ahead cuts 20 snippets per keystroke and this ran for every word read).
 * ASCII lower-casing maps A–Z only, so this is exactly `matches(text.slice(start, end), terms)`; a term
 * with a non-ASCII character can match no ASCII word either way.
 */
function matchesAscii(text: string, start: number, end: number, terms: readonly SnippetTerm[]): number {
  const len = end - start;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const w = term.word;
    if (term.prefix ? w.length > len : w.length !== len) continue;
    let j = 0;
    for (; j < w.length; j++) {
      const c = text.charCodeAt(start + j);
      if ((c >= 65 && c <= 90 ? c + 32 : c) !== w.charCodeAt(j)) break;
    }
    if (j === w.length) return i;
  }
  return -1;
}

/** `gap.replace(/\s+/g, ' ')`, without the regex when the gap is ASCII with no run of spaces (most gaps: ", "). */
function collapseSpaces(gap: string): string {
  let prevSpace = false;
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13);
    if (c >= 128 || (space && (c !== 32 || prevSpace))) return gap.replace(/\s+/g, ' ');
    prevSpace = space;
  }
  return gap;
}

/** A window of about `maxWords` words with the most distinct query words, matches wrapped in \u0002…\u0003. */
export function makeSnippet(text: string, terms: readonly SnippetTerm[], maxWords = 28): string {
  // Words are read from the text only as far as the window search needs them: it usually stops at the
  // first window holding every query word, near the start of a long note (type-ahead cuts 20 of these
  // per keystroke). Phrases can relabel any word, so with phrases the whole text is read first.
  const starts: number[] = [];
  const ends: number[] = [];
  const term: number[] = [];
  const n = text.length;
  let scan = 0;
  /**
   * Reads words until word `k` (0-based) is read or the text ends; whether the text has a word `k`. The
   * words are `/[\p{L}\p{N}]+/gu`'s; a word of ASCII characters is matched in place.
   */
  const has = (k: number): boolean => {
    while (starts.length <= k && scan < n) {
      const start = wordStart(text, scan);
      if (start >= n) {
        scan = n;
        break;
      }
      const end = wordEnd(text, start);
      scan = end;
      starts.push(start);
      ends.push(end);
      term.push(endAscii ? matchesAscii(text, start, end, terms) : matches(text.slice(start, end), terms));
    }
    return starts.length > k;
  };
  if (!has(0)) return text.slice(0, 200);
  if (terms.some((t) => t.phrases?.length)) {
    has(Infinity);
    terms.forEach((t, ti) => {
      for (const phrase of t.phrases ?? [])
        for (let k = 0; k + phrase.length <= starts.length; k++) {
          const hit = phrase.every((w, j) => {
            const word = text.slice(starts[k + j]!, ends[k + j]!).toLowerCase();
            return w.prefix ? word.startsWith(w.word) : word === w.word;
          });
          if (hit) for (let j = 0; j < phrase.length; j++) term[k + j] = ti;
        }
    });
  }
  // Sliding window maximising distinct matched terms, then total matches. The window [i, i + maxWords)
  // only moves forward, so its counts are kept up to date instead of recounted at each start.
  const count = new Int32Array(terms.length);
  let distinct = 0;
  let hits = 0;
  let lo = 0;
  let hi = 0;
  let best = 0;
  let bestScore = -1;
  for (let i = 0; has(i); i++) {
    if (term[i]! < 0 && i !== 0) continue;
    for (; lo < i && lo < hi; lo++) {
      const t = term[lo]!;
      if (t >= 0) {
        hits--;
        if (--count[t]! === 0) distinct--;
      }
    }
    // The last window ended before this start: nothing of it is left to count.
    if (hi < i) lo = hi = i;
    has(i + maxWords - 1);
    for (const end = Math.min(starts.length, i + maxWords); hi < end; hi++) {
      const t = term[hi]!;
      if (t >= 0) {
        hits++;
        if (count[t]!++ === 0) distinct++;
      }
    }
    const score = distinct * 1000 + hits;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
    if (distinct === terms.length && i > 0) break;
  }
  // Start a few words before the first match for context.
  const from = Math.max(0, best - 3);
  has(from + maxWords);
  const to = Math.min(starts.length, from + maxWords);
  let out = from > 0 ? '…' : '';
  let pos = starts[from]!;
  // Runs of whitespace become one space. Words hold none, so a run lies within one gap: each gap is
  // collapsed on its own (the same text as collapsing the whole snippet, without re-reading it).
  for (let k = from; k < to; k++) {
    const gap = plainGap(text.slice(pos, starts[k]));
    out += collapseSpaces(gap);
    const word = text.slice(starts[k], ends[k]);
    out += term[k]! >= 0 ? `${MARK_OPEN}${word}${MARK_CLOSE}` : word;
    pos = ends[k]!;
  }
  if (to < starts.length) out += '…';
  return out;
}

const HEX_RUN = /[0-9a-f]{8}/i;

/** A file name that is (or ends in) a generated hash or UUID, as note-app exports write them. */
export function looksHashed(fileName: string): boolean {
  // Every pattern below holds a run of 8+ hex digits: without one, none can match (ranked search asks this
  // for each of its 20 hits, and the lookahead pattern is tried at every position of the name).
  if (!HEX_RUN.test(fileName)) return false;
  const stem = fileName.replace(/\.[a-z0-9]{1,5}$/i, '');
  return (
    /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i.test(stem) ||
    /(?:^|[\s_-])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{12,}$/i.test(stem) ||
    /^[0-9a-f]{8,}$/i.test(stem)
  );
}

/**
 * A note section's search title: "file › heading path", with the file's first heading instead of a hashed
 * file name (and not repeated when the section sits under that heading).
 */
export function noteTitle(fileName: string, path: readonly string[], firstHeading: string | null): string {
  if (!looksHashed(fileName) || !firstHeading) return [fileName, ...path].join(' › ');
  const rest = path[0] === firstHeading ? path.slice(1) : path;
  return [firstHeading, ...rest].join(' › ');
}

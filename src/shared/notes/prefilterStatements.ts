/**
 * More of checkStatement's cheap test (session 15, issue 19): statementWordsOf requires every literal word
 * outside a statement expression's groups; most statements also have groups of alternatives
 * ("\b(?:alb|application load balancer)s?\b …") whose words that test could not require. Each mandatory
 * group of plain alternatives gives one more requirement: the lower-cased line must contain one of its
 * alternatives' literal pieces. They are derived from the expressions' own sources when the index is built,
 * so statements added to the KB are covered with no list to keep.
 *
 * Why it never skips a line the expression matches (the argument the unit test checks by fuzzing):
 * - only a group outside every other group, in a source with no top-level "|", that no quantifier makes
 *   optional (?, *, {0…}), and that is no lookaround, is read: every match of the expression holds a match
 *   of that group;
 * - a match of the group is a match of one of its branches; of each branch the piece kept is a run of ASCII
 *   letters and digits, each one neither quantified nor escaped, with nothing between them: every match of
 *   the branch contains that run verbatim (up to case); a branch without such a run (a class, an escape, a
 *   nested group only) voids the whole group's requirement;
 * - expressions are case-insensitive without the u flag, so an ASCII letter matches only itself in either
 *   case, and toLowerCase() of the line turns either case into the lower case piece (it may turn other
 *   characters into ASCII letters too, "K" → "k": that only lets more lines through).
 */
const PLAIN = /[A-Za-z0-9]/;

/** Index just past the group or class opening at `i` (escapes and classes skipped); -1 if unclosed. */
function closeOf(src: string, i: number): number {
  if (src[i] === '[') {
    for (let j = i + 1; j < src.length; j++) {
      if (src[j] === '\\') j++;
      else if (src[j] === ']') return j + 1;
    }
    return -1;
  }
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') {
      const k = closeOf(src, j);
      if (k < 0) return -1;
      j = k - 1;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j + 1;
  }
  return -1;
}

/** Whether a quantifier at `i` lets what precedes it match zero times (or makes the test unsure). */
function quantifierAt(src: string, i: number): 'none' | 'optional' | 'repeat' {
  const c = src[i];
  if (c === '?' || c === '*') return 'optional';
  if (c === '+') return 'repeat';
  if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
    if (!m) return 'none';
    return Number(m[1]) === 0 ? 'optional' : 'repeat';
  }
  return 'none';
}

/** Splits at the `|`s that are not inside a group or class; null if a group or class is unclosed. */
function branches(src: string): string[] | null {
  const out: string[] = [];
  let from = 0;
  for (let j = 0; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[' || c === '(') {
      const k = closeOf(src, j);
      if (k < 0) return null;
      j = k - 1;
    } else if (c === '|') {
      out.push(src.slice(from, j));
      from = j + 1;
    }
  }
  out.push(src.slice(from));
  return out;
}

/** The longest run of unquantified plain characters in a branch: text every match of it contains; '' if none. */
function pieceOf(branch: string): string {
  let best = '';
  let run = '';
  const end = (): void => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let j = 0; j < branch.length; j++) {
    const c = branch[j] as string;
    if (c === '\\') {
      end();
      j++;
      continue;
    }
    if (c === '[' || c === '(') {
      end();
      const k = closeOf(branch, j);
      if (k < 0) return '';
      j = k - 1;
      continue;
    }
    // A counted quantifier's digits ("{0,50}") are no text of the match.
    const counted = c === '{' ? /^\{\d+(?:,\d*)?\}/.exec(branch.slice(j)) : null;
    if (counted) {
      end();
      j += counted[0].length - 1;
      continue;
    }
    if (PLAIN.test(c) && quantifierAt(branch, j + 1) === 'none') run += c;
    else end();
  }
  end();
  return best.toLowerCase();
}

/** For an expression's source: groups of pieces, one piece of each of which every match contains. */
export function requiredAlternatives(src: string): string[][] {
  const top = branches(src);
  if (!top || top.length !== 1) return [];
  // The expression's own plain text outside its groups ("16" of "… 16\s*KB …"): the longest such run is
  // one more piece every match contains.
  const outer = pieceOf(src);
  const out: string[][] = outer ? [[outer]] : [];
  for (let j = 0; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '[') {
      const k = closeOf(src, j);
      if (k < 0) return out;
      j = k - 1;
      continue;
    }
    if (c !== '(') continue;
    const k = closeOf(src, j);
    if (k < 0) return out;
    let body = src.slice(j + 1, k - 1);
    j = k - 1;
    if (quantifierAt(src, k) === 'optional') continue;
    if (body.startsWith('?:')) body = body.slice(2);
    else if (body.startsWith('?<') && !/^\?<[=!]/.test(body)) body = body.slice(body.indexOf('>') + 1);
    else if (body.startsWith('?')) continue; // a lookaround (?=, ?!, ?<=, ?<!) holds no text of the match
    const alts = branches(body);
    if (!alts) continue;
    const pieces = alts.map(pieceOf);
    if (pieces.every((p) => p.length > 0)) out.push([...new Set(pieces)]);
  }
  return out;
}

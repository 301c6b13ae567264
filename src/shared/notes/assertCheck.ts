/**
 * Sentences without a figure checked against the knowledge base's yes/no facts (a fact's `assert`: "st1
 * can be a boot volume", "BatchWriteItem is atomic as a whole", "MessageGroupId is optional"). A sentence
 * is flagged only when it clearly names the fact's subject and says its property with a clear polarity
 * that is the opposite of the official one; anything unsure (a question, a condition, a myth being quoted,
 * history, two subjects contrasted, a double negation) is left alone. Pure; flags have the figure
 * checks' shape.
 */
import type { FactAssert, KbEntry } from '../kb/schemas';
import type { ClaimFlag, FactIndex } from './claimCheck';

interface AssertItem {
  entryId: string;
  entryTitle: string;
  factId: string;
  label: string;
  value: string;
  source: string;
  asOf: string;
  a: FactAssert;
  about: RegExp;
  context: RegExp | null;
  exclude: RegExp | null;
  says: RegExp;
  opposite: RegExp | null;
  /**
   * Words a line must hold for the item to be flagged there (see phraseNeeds): per property phrase (says or
   * opposite), and per subject name (in the line or the nearest heading); null when a phrase cannot be read so.
   */
  needSays: Need[] | null;
  needAbout: Need[] | null;
  /** Its position in AssertIndex.items. */
  pos: number;
  /** The byWord keys it is listed under, each with its position in that key's list. */
  keys: [string, number][];
  /** Its subject names, lower-cased (sameNames). */
  aboutLower: Set<string>;
  /** Its own phrases as one pattern (namesSomethingElse), built the first time it is needed. */
  own?: RegExp;
}

/** A phrase's words as a line's words() holds them: every word, and one of `last`'s forms (a plural ending). */
interface Need {
  all: string[];
  last: string[] | null;
}

export interface AssertIndex {
  items: AssertItem[];
  /**
   * The longest word of every property phrase → the items it belongs to: a line is tokenised once and only
   * the items one of whose words it holds are tried (most lines of a note hold none).
   */
  byWord: Map<string, AssertItem[]>;
  /**
   * Every word of a line whose words() form is a key of `byWord` (the key, or the key with a plural "s"), as
   * whole runs of [a-z0-9] in the lower-cased line, and its key: one match pass instead of all the line's words.
   */
  keyWord: RegExp | null;
  keyOf: Map<string, string>;
  /** Every item's subject names: another one in a sentence makes a heading-only subject unsure. */
  anyAbout: RegExp | null;
  /**
   * The candidate filter's first step, as bit sets over `items` (32 per word): per key word (byWord) its items;
   * per anchor word the items one of whose subject names needs that word (one word per name, the longest of those
   * it needs); the unanchored items, whose subject needs nothing checkable. An item whose subject a line (or its
   * heading) can hold is among the anchor words' items, or unanchored. Plus two scratch sets for candidatesOf.
   * A word's set is kept sparse, as (index of a 32-bit word, its bits) pairs of its non-zero words: a word has a
   * few items, and a line ORs in the sets of all its words.
   */
  keyBits: Map<string, Int32Array>;
  anchorBits: Map<string, Int32Array>;
  unanchoredBits: Uint32Array;
  scratchK: Uint32Array;
  scratchA: Uint32Array;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: any run of spaces or hyphens between its words, `*` up to four words, whole words only. */
function phraseBody(p: string): string {
  const SEP = '[\\s-]+';
  // "a * b": a, then up to four words each followed by a separator, then b.
  // An "=" or ":" standing for "is" counts as one of those words ("default = STANDARD", "mode: BUFFERED").
  const GAP = "(?:(?:[\\w'’/.]+|[=:])[\\s,-]+){0,4}?";
  let out = '';
  p.trim()
    .split(/[\s-]+/)
    .forEach((w, i, all) => {
      if (w === '*') {
        out += GAP;
        return;
      }
      // "<X> by default" may name what X is said of before "by default": "immutable deployments by default",
      // "all methods cached by default" (up to two words, no mark and no preposition: "across Regions by default"
      // scopes the default; no copula or state: "TLS is disabled by default" is not "TLS by default").
      if (
        i > 0 &&
        i === all.length - 2 &&
        /^by$/i.test(w) &&
        /^default$/i.test(all[i + 1] as string) &&
        all[i - 1] !== '*'
      )
        out += DEFAULT_GAP;
      // A phrase's copula may be written as a label and its value: "default is STANDARD" as "default = STANDARD"
      // or "default: STANDARD", "default InvocationType is Event" as "default InvocationType=Event", "is the name
      // of" as "= the name of" (the word itself, not the other copula: "replicas are deleted" is no "replica is
      // deleted").
      if (COPULA.test(w) && i < all.length - 1) {
        out =
          i > 0 && all[i - 1] !== '*'
            ? `${out.slice(0, -SEP.length)}(?:${SEP}${escapeRe(w)}${SEP}|\\s*[=:]\\s*)`
            : `${out}(?:${escapeRe(w)}${SEP}|[=:]\\s*)`;
        return;
      }
      out += manyWord(w) ?? escapeRe(w);
      if (i < all.length - 1) out += SEP;
    });
  return out;
}

/** A copula inside a phrase, which a note may write as "=" or ":" (phraseBody). */
export const COPULA = /^(?:is|are)$/i;

/** What may stand between a phrase's words and its closing "by default" (phraseBody). */
const DEFAULT_GAP =
  "(?:(?!(?:across|in|on|off|for|at|to|from|with|within|per|of|by|when|if|unless|only|not|no|never|is|are|was|were|be|been|enabled|disabled|turned|switched)\\b)[\\w'’/.]+\\s+){0,2}?";

function phrases(list: readonly string[], plural: boolean, prefix = false): RegExp {
  const body = [...new Set(list)]
    .sort((x, y) => y.length - x.length)
    .map(phraseBody)
    .join('|');
  const end = prefix ? '' : '(?![A-Za-z0-9])';
  return new RegExp(`(?<![A-Za-z0-9])(?:${body})${plural ? "(?:s|es|'s)?" : ''}${end}`, 'gi');
}

/** Lower-case words of a text, a plural "s" dropped ("volumes" → "volume"), as phrases and lines are compared. */
export function words(text: string): string[] {
  // The runs of [a-z0-9] longer than one character: what split(/[^a-z0-9]+/) keeps of them, without the array of short ones.
  const out = text.toLowerCase().match(/[a-z0-9]{2,}/g) ?? [];
  for (let i = 0; i < out.length; i++) out[i] = norm(out[i] as string);
  return out;
}

function norm(w: string): string {
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/**
 * What a match of phrases([p], true) leaves in words(line), or null when that cannot be said simply. A
 * phrase of printable ASCII that begins and ends with a letter or digit matches only where the line holds
 * each of its words (runs of [a-z0-9] once lower-cased, the ones words() keeps) whole: the pattern's
 * boundaries ((?<![A-Za-z0-9]), separators, (?![A-Za-z0-9])) are characters words() splits on, and the
 * case-insensitive non-unicode match pairs ASCII letters only with ASCII letters. The last word may carry a
 * plural ending (s, es, 's). Lines holding a character whose lower case is an ASCII letter (U+0130, U+212A)
 * are not pre-filtered (FOLDS_TO_ASCII).
 */
function phraseNeeds(p: string): Need | null {
  const t = p.trim();
  if (!/^[A-Za-z0-9](?:[\x20-\x7e]*[A-Za-z0-9])?$/.test(t)) return null;
  const raw = t.toLowerCase().split(/[^a-z0-9]+/);
  const lastRaw = raw[raw.length - 1] as string;
  // "multiple" and "several" may be written as a count ("2 Regions"): not words the line must hold.
  const all = raw
    .slice(0, -1)
    .filter((w) => w.length > 1 && !MANY.test(w) && !COPULA.test(w))
    .map(norm);
  const last =
    lastRaw.length > 1 && !MANY.test(lastRaw)
      ? [...new Set([lastRaw, `${lastRaw}s`, `${lastRaw}es`].map(norm))]
      : null;
  return { all, last };
}

function needsOf(list: readonly string[]): Need[] | null {
  const out: Need[] = [];
  for (const p of list) {
    const n = phraseNeeds(p);
    if (!n) return null;
    out.push(n);
  }
  return out;
}

/** Whether some phrase's words are all in `a` (or `b`). */
function someNeedMet(needs: readonly Need[], a: Set<string>, b: Set<string> | null): boolean {
  // Plain loops: this runs for every candidate item of every sentence (no closure per call).
  next: for (const n of needs) {
    for (const w of n.all) if (!a.has(w) && (b === null || !b.has(w))) continue next;
    if (n.last === null) return true;
    for (const w of n.last) if (a.has(w) || (b !== null && b.has(w))) return true;
  }
  return false;
}

/**
 * The items a line may flag, in the order of its words (each key word's items, byWord), then, for a count
 * ("2 Regions"), those of "multiple"/"several"; each once. Only items whose property phrase and subject name
 * the line (or the nearest heading) holds in words can be flagged: the others are dropped before their
 * patterns run (same flags, same order). words(line) holds exactly the runs of the lower-cased line the key
 * words match (keyOf), as keys. Where words() can say (no character folding to ASCII), the items are found from
 * their subjects' anchor words (few) rather than from the property words' lists (long for "default", "Region"),
 * each placed where the key-word order would first reach it.
 */
function candidatesOf(
  line: string,
  nearest: string,
  counted: boolean,
  index: AssertIndex,
  headingWordsOf: () => Set<string>,
): AssertItem[] {
  const ws = words(line);
  if (FOLDS_TO_ASCII.test(line) || FOLDS_TO_ASCII.test(nearest)) {
    const found = new Set<AssertItem>();
    for (const w of ws) for (const it of index.byWord.get(w) ?? []) found.add(it);
    if (counted)
      for (const w of ['multiple', 'several']) for (const it of index.byWord.get(w) ?? []) found.add(it);
    return [...found];
  }
  const have = new Set(ws);
  const headingWords = headingWordsOf();
  // Bit sets over the items: those of the line's key words (K), those one of whose subject names the line or
  // heading holds an anchor word of (A, plus the unanchored); only K ∩ A can pass the needs below.
  const n = index.unanchoredBits.length;
  const K = index.scratchK.fill(0);
  const A = index.scratchA;
  A.set(index.unanchoredBits);
  for (const w of have) {
    const kb = index.keyBits.get(w);
    if (kb) for (let q = 0; q < kb.length; q += 2) K[kb[q]!]! |= kb[q + 1]!;
  }
  if (counted)
    for (const w of COUNTED_KEYS) {
      const kb = index.keyBits.get(w);
      if (kb) for (let q = 0; q < kb.length; q += 2) K[kb[q]!]! |= kb[q + 1]!;
    }
  for (const set of [have, headingWords])
    for (const w of set) {
      const ab = index.anchorBits.get(w);
      if (ab) for (let q = 0; q < ab.length; q += 2) A[ab[q]!]! |= ab[q + 1]!;
    }
  let first: Map<string, number> | null = null;
  const placed: { w: number; p: number; it: AssertItem }[] = [];
  for (let j = 0; j < n; j++) {
    let bits = K[j]! & A[j]!;
    while (bits !== 0) {
      const b = 31 - Math.clz32(bits & -bits);
      bits &= bits - 1;
      const it = index.items[j * 32 + b] as AssertItem;
      if (
        !(it.needAbout === null || someNeedMet(it.needAbout, have, headingWords)) ||
        !(it.needSays === null || someNeedMet(it.needSays, have, null))
      )
        continue;
      if (!first) {
        first = new Map<string, number>();
        for (let i = 0; i < ws.length; i++) if (!first.has(ws[i]!)) first.set(ws[i]!, i);
      }
      // Where the key-word order reaches it first: (the word's first place in the line, its place in the word's
      // list), a count's key words after the line's own.
      let bw = Infinity;
      let bp = Infinity;
      for (const [k, pos] of it.keys) {
        const f = first.get(k);
        if (f !== undefined && (f < bw || (f === bw && pos < bp))) [bw, bp] = [f, pos];
        const c = counted ? COUNTED_KEYS.indexOf(k) : -1;
        if (c >= 0 && (ws.length + c < bw || (ws.length + c === bw && pos < bp)))
          [bw, bp] = [ws.length + c, pos];
      }
      placed.push({ w: bw, p: bp, it });
    }
  }
  placed.sort((a, b) => a.w - b.w || a.p - b.p);
  return placed.map((x) => x.it);
}

/** Each bit set as the (index, bits) pairs of its non-zero 32-bit words. */
function sparse(sets: Map<string, Uint32Array>): Map<string, Int32Array> {
  const out = new Map<string, Int32Array>();
  for (const [k, bits] of sets) {
    const pairs: number[] = [];
    bits.forEach((b, j) => {
      if (b !== 0) pairs.push(j, b | 0);
    });
    out.set(k, Int32Array.from(pairs));
  }
  return out;
}

/** Per key, the items (positions) as a bit set of `size` bits. */
function bitsOf(lists: Map<string, number[]>, size: number): Map<string, Uint32Array> {
  const out = new Map<string, Uint32Array>();
  for (const [k, list] of lists) {
    const bits = new Uint32Array(Math.ceil(size / 32));
    for (const i of list) bits[i >>> 5]! |= 1 << (i & 31);
    out.set(k, bits);
  }
  return out;
}

/** A sentence longer than this (characters) with unsure wording is skipped, as before conditions were read. */
const LONG_SENTENCE = 300;

/** The key words whose items a count ("2 Regions") brings in, in that order, after the line's own words. */
const COUNTED_KEYS = ['multiple', 'several'];

/** Characters not [A-Za-z0-9] whose lower case holds one (checked over all of Unicode by the unit test). */
export const FOLDS_TO_ASCII = /[\u0130\u212A]/;

/** The yes/no facts of `entries`, indexed for the check. */
export function buildAssertIndex(
  entries: readonly KbEntry[],
  /** The lexicon's aliases (entry id → names): a service's abbreviation may stand for its name. */
  aliases: Readonly<Record<string, readonly string[]>> = {},
): AssertIndex {
  const items: AssertItem[] = [];
  const abbreviations = soleAbbreviations(aliases);
  const vocabulary = kbVocabulary(entries);
  for (const e of entries)
    for (const f of e.facts) {
      const a = f.assert
        ? withActiveVoice(withAbbreviations(f.assert, abbreviations.get(e.id) ?? []), vocabulary)
        : undefined;
      if (!a) continue;
      items.push({
        entryId: e.id,
        entryTitle: e.title,
        factId: f.id,
        label: f.label,
        value: f.value,
        source: f.source,
        asOf: f.asOf,
        a,
        about: phrases(a.about, true),
        // A context word may begin a longer name ("Transact" in "TransactWriteItems").
        context: a.context ? phrases(a.context, true, true) : null,
        exclude: a.exclude ? phrases(a.exclude, true) : null,
        says: phrases(a.says, true),
        opposite: a.opposite ? phrases(a.opposite, true) : null,
        needSays: needsOf([...a.says, ...(a.opposite ?? [])]),
        needAbout: needsOf(a.about),
        aboutLower: new Set(a.about.map((x) => x.toLowerCase())),
        pos: items.length,
        keys: [],
      });
    }
  const all = items.flatMap((i) => i.a.about);
  const byWord = new Map<string, AssertItem[]>();
  for (const it of items)
    for (const p of [...it.a.says, ...(it.a.opposite ?? [])]) {
      const word = words(p).sort((x, y) => y.length - x.length)[0];
      if (!word) continue;
      const list = byWord.get(word) ?? [];
      if (!list.includes(it)) it.keys.push([word, list.push(it) - 1]);
      byWord.set(word, list);
    }
  const keyOf = new Map<string, string>();
  for (const k of byWord.keys()) for (const x of [k, `${k}s`]) if (norm(x) === k) keyOf.set(x, k);
  const keyWord = keyOf.size
    ? new RegExp(
        `(?<![a-z0-9])(?:${[...keyOf.keys()].sort((x, y) => y.length - x.length || (x < y ? -1 : 1)).join('|')})(?![a-z0-9])`,
        'g',
      )
    : null;
  const aboutAnchors = new Map<string, number[]>();
  const unanchored: number[] = [];
  items.forEach((it, i) => {
    const needs = it.needAbout;
    const anchors: string[] = [];
    for (const n of needs ?? []) {
      if (n.all.length) anchors.push(n.all.reduce((x, y) => (y.length > x.length ? y : x)));
      else if (n.last) anchors.push(...n.last);
      else return void unanchored.push(i); // a name that needs no word
    }
    if (needs === null || !anchors.length) return void unanchored.push(i);
    for (const w of new Set(anchors)) {
      const list = aboutAnchors.get(w) ?? [];
      list.push(i);
      aboutAnchors.set(w, list);
    }
  });
  return {
    items,
    anyAbout: all.length ? phrases(all, true) : null,
    byWord,
    keyWord,
    keyOf,
    keyBits: sparse(
      bitsOf(new Map([...byWord].map(([w, list]) => [w, list.map((it) => it.pos)])), items.length),
    ),
    anchorBits: sparse(bitsOf(aboutAnchors, items.length)),
    unanchoredBits: bitsOf(new Map([['', unanchored]]), items.length).get('') as Uint32Array,
    scratchK: new Uint32Array(Math.ceil(items.length / 32)),
    scratchA: new Uint32Array(Math.ceil(items.length / 32)),
  };
}

/** A manner or extent word right after a property phrase ("directly with", "only"): a negation before the phrase may
 * be about it. Not a bare "directly" ending the clause ("cannot write to the table directly"): that is the property. */
const MANNER_AFTER =
  /^\s*(?:directly\s+(?:with|by|using|via|through)|only|solely|exclusively|merely|just)\b/i;
/** A property's name, not a negation. */
const ALL_OR_NOTHING = /\ball[\s-]+or[\s-]+nothing\b/gi;
/** "You can add an LSI …": a generic "you" before the property, the subject after it. */
const GENERIC_SUBJECT = /^\W*(?:you|we|one)\s+(?:can(?:not)?|can['’]t|could|may|are able to|cannot)?\s*$/i;
const NEGATOR =
  /\b(?:not|never|no|none|nothing|cannot|without|neither|nor|(?:can|don|doesn|isn|aren|won|wasn|weren|didn|hasn|haven|shouldn|couldn|wouldn|mustn)t)\b|n['’]t\b/gi;
/**
 * A negation after the phrase that plainly negates it ("as a boot volume is not supported"): a negated copula
 * ending the clause or followed by a word of support or possibility. Any other predicate ("a secret replicated
 * to another Region is not free") is a second property of a subject the phrase only qualifies.
 */
const TRAILING_NEGATION =
  /^\W{0,3}(?:(?:is|are)\s+(?:not|never)|(?:isn|aren)['’]t)(?:\W*$|\s+(?:(?:currently|yet|really|generally|always)\s+)?(?:supported|available|allowed|possible|permitted|offered|enabled|an option)\b)/i;
/**
 * The same denial in note shorthand, ending its clause: the copula dropped right after the phrase ("container
 * images not supported", "iSCSI unsupported"), a generic resource noun the phrase qualifies between them ("Python
 * functions not supported", "IPv6 traffic not supported": the phrase's kind of thing, not a version or a part), or a negative adjective with no negator word ("rotated documents are
 * unsupported").
 */
const TRAILING_NEGATION_SHORT =
  /^(?:(?:(?:\s+(?!(?:is|are|was|were|be|been|can|does|do|did|has|have|had|will|would|may|must|should|could|and|or|but|nor|so|yet|then|also|still|only|just|even|older|earlier|previous|legacy|old|some|certain|most|many|few|other|more|less|versions?|releases?)\b)[a-z][a-z-]*[a-z])?\s+(?:functions?|apps?|applications?|workloads?|instances?|clients?|users?|accounts?|buckets?|tables?|clusters?|volumes?|queues?|topics?|traffic|code|jobs?|tasks?|endpoints?|connections?|requests?|databases?|deployments?|environments?|containers?|pods?|nodes?|projects?|files?|objects?|messages?|events?|keys?|domains?|sources?|targets?|destinations?|resources?))?\s+(?:not|never)\s+(?:supported|available|allowed|permitted|possible|offered)|\s+(?:unsupported|unavailable)|\W{0,3}(?:is|are)\s+(?:(?:currently|still)\s+)?(?:unsupported|unavailable|impossible))(?=\s*(?:$|[.;,:!)]|\s[—–-]))/i;
/** TRAILING_NEGATION_SHORT, with no other negation after it (that would make it a double one, or another's). */
function shortDenial(after: string): boolean {
  const m = TRAILING_NEGATION_SHORT.exec(after);
  return m !== null && !count(NEGATOR, after.slice(m[0].length));
}
/**
 * "deny rules: yes" / "atomic — no": a label answered. The answer ends its clause: "- no Gremlin" is an aside
 * naming what is left out (negatesAnother).
 */
const ANSWER = /^\s*(?:\)\s*)?[:=—–-]+\s*(yes|no|true|false)\b(?!\s*[\w'’(])/i;
/**
 * Wording that makes a sentence unsure: questions, conditions, hedges. "provided" is the condition ("provided
 * that …", "provided you …"), not the passive verb ("are provided by the replicas", "provided via an endpoint").
 */
const UNSURE =
  /\b(?:if|unless|when|whenever|provided(?<!\b(?:is|are|be|been|being|was|were|gets?|got|also|not|then)\s+provided)(?!\s+(?:by|in|for|via|through|with|to|as|at|on|per|out|free|automatically)\b)|assuming|suppose|might|could|possibly|perhaps|maybe|sometimes|depends|depending|in some cases|not always|not only|not just|partially|partly|e\.g|for example(?!\.\w)|such as)\b/i;
/** Quoted myths, corrections and the like: the sentence reports a claim rather than making it. */
const REPORTED_WORDS = String.raw`myths?|misconceptions?|not true|untrue|false|wrong|incorrect|mistakes?|mistaken|traps?|contrary|some (?:people|notes|say)|claims? that|people think|often said|it is said|trick`;
const REPORTED = new RegExp(String.raw`\b(?:${REPORTED_WORDS})\b|[✗✘❌]`, 'i');
// "used to" of a habit gone, not the passive "is/can be/are used to <do>" (a purpose: "can be used to run tasks").
const HISTORICAL_WORDS = String.raw`(?<!\b(?:be|is|are|was|were|been|being|get|gets|got)\s)used to|previously|formerly|originally|in the past|no longer|historically|legacy|old(?:er)? (?:behaviou?r|version)|(?:before|until|prior to|since|as of|in)\s+(?:(?:early|late|mid)[\s-])?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d`;
/**
 * REPORTED or history (the sentence may describe how things were) in one pass over the line (each pass over a
 * long line costs as much as the other), their words behind one `\b` (~15 % cheaper than two alternations).
 */
const REPORTED_OR_HISTORICAL = new RegExp(
  String.raw`\b(?:${REPORTED_WORDS}|${HISTORICAL_WORDS})\b|[✗✘❌]`,
  'i',
);
/** Two subjects set against each other. */
const CONTRAST =
  /\b(?:unlike|whereas|versus|vs|compared (?:to|with)|in contrast|instead of|rather than|as opposed to|while|both|either|differs?|(?<!\b(?:pay|pays|paid|paying|refunds?|refunded|refunding|credits?|credited|charges?|charged|bills?|billed|covers?|covered|owes?|owed)\s+the\s+(?:price\s+|cost\s+)?)difference)\b/i;
/**
 * "X rather than Y", "X instead of Y" inside a sentence: X is said, Y denied, as in "X, not Y". Not at the
 * sentence's opening ("Instead of X, Y" puts the denied one first), nor after a comma already (", rather than").
 */
const RATHER_THAN = /(?<=[\w)'’])\s+(?:rather\s+than|instead\s+of)\s+(?=[\w(])/gi;

/** The sentence with its mid-sentence "rather than" / "instead of" read as ", not" (offsets kept). */
export function ratherAsDenial(sentence: string): string {
  if (!/\b(?:rather|instead)\b/i.test(sentence)) return sentence;
  return sentence.replace(RATHER_THAN, (m: string) => ', not '.padEnd(m.length, ' '));
}
/** Clause boundaries inside a sentence. */
const CLAUSE_BREAK = /\s*(?:,\s*)?\b(?:but|although|though|however|yet|so|because|since|whereas)\b/gi;
/**
 * A comma before a negated auxiliary starts a second predicate of the same subject ("… are hard limits, can't
 * be raised"): its negation is about that predicate, not the phrase before the comma.
 */
const NEGATED_PREDICATE =
  /\s*,\s*(?:and\s+)?(?=(?:can['’]t|cannot|isn['’]t|aren['’]t|won['’]t|doesn['’]t|don['’]t|(?:is|are|can|does|do|will)\s+not)\b)/gi;
/** A clause NEGATED_PREDICATE split off: it begins with the negated auxiliary. */
const SECOND_PREDICATE =
  /^(?:can['’]t|cannot|isn['’]t|aren['’]t|won['’]t|doesn['’]t|don['’]t|(?:is|are|can|does|do|will)\s+not)\b/i;

/** Whether a clause (at `clauseStart` of its sentence) is a second, negated predicate NEGATED_PREDICATE split off. */
export function secondPredicate(clause: string, clauseStart: number): boolean {
  return clauseStart > 0 && SECOND_PREDICATE.test(clause);
}
/** "… billed month-to-month with no commitment": a "with no"/"without" phrase after the property is an added detail. */
const WITH_NO = /\b(?:with\s+no|without)\b[\s\S]*$/i;
/**
 * The property first and the subject after it, linked so that the subject is plainly what it is said of:
 * "<property> is supported on <subject>", "<property> (also) works for <subject>", "no <property> support in
 * <subject>", "<property>: also available for <subject>" (the property's noun phrase may run on a few words first).
 */
const INVERTED_LINK =
  /^(?:\s*[\w'’/.+&-]+){0,4}?\s*(?:[:—–]\s*)?(?:also\s+)?(?:(?:(?:is|are)\s+)?(?:(?:not|also)\s+)?(?:supported|available|allowed|possible|offered|permitted)|(?:isn['’]t|aren['’]t)\s+(?:supported|available|allowed|possible|offered|permitted)|works?|support|appl(?:y|ies)|(?:do|does)(?:n['’]t|\s+not)\s+(?:work|apply))\s+(?:on|for|with|in|to|by)\s+(?:(?:the|a|an|all|any|every|each)\s+)?(?:[\w-]+(?:\s*[,&]\s*|\s+(?:and|or)\s+|\s+)){0,5}$/i;
/**
 * "official name: Amazon Kinesis Data Firehose", "default = <subject>": the property as a label and the subject as
 * its value, a colon or an equals sign between them.
 */
const LABEL_VALUE = /^\s*[:=]\s*(?:(?:the|a|an|Amazon|AWS)\s+)?$/i;
/** "AWS recommends the global … endpoint": a property ending in a verb whose object is the subject. */
const VERB_END = /\b(?:recommends?|recommended|supports?|requires?|prefers?)$/i;
const OBJECT_GAP = /^\s+(?:(?:the|a|an|using)\s+)?(?:[\w-]+\s+)?$/i;
/** A negated aside opening right after a phrase: ", not ", " (no ", " - not ", ", but not ". */
const ONLY_EXCLUDED =
  /^\s*(?:[,(]|\s-{1,2}|--|[—–])\s*(?:but\s+)?(?:not|no)\s+(?:(?:the|a|an|for|with|on|in|to|from|by)\s+)?$/i;
/** "You can do X … on the same item in one transaction": a generic actor, the property and subject its complements. */
const GENERIC_ACTOR = /^\W*(?:you|we|one)\s+(?:can|cannot|can['’]t|are able to|are allowed to)\b/i;
/**
 * A scene-setting phrase before the generic actor, with no comma: "In a cluster deployment you can …", "While a job
 * runs you can …", "With versioning on you can …" (a topic label allowed first). It says where or when, the actor
 * and what follows are the claim, as after a comma (LEAD_LABEL). Conditions ("if", "when") are not among them.
 */
const LEAD_ADVERBIAL =
  /^\W*(?:[\w/&+.'’-]+(?:\s+[\w/&+.'’-]+){0,3}\s*:\s*)?(?:in|on|with|within|inside|for|during|while|after|from)\s+(?:[\w/&+.'’-]+\s+){1,6}?(?=(?:you|we)\s)/i;

/**
 * An instruction ("Attach a security group to the NAT gateway", "KMS keys: enable rotation on each replica"),
 * a topic label allowed first: the reader is the actor, as with "you can", and the property and subject its
 * complements. The verbs are those notes give instructions with.
 */
const IMPERATIVE =
  /^\W*(?:[\w/&+.'’-]+(?:\s+[\w/&+.'’-]+){0,3}\s*(?::|\s[—–-])\s*)?(?:attach|point|enable|turn\s+on|send|copy|put|add|create|configure|associate|assign|mount|route|deploy|launch|store|grant)\s/i;

/**
 * Participles whose "by"/"with" does not name the one the property is said of: what replaces, blocks, limits or
 * is set beside the property ("replaced by", "compared with", "shared with"), not an agent doing it.
 */
const NOT_AGENT =
  'replaced|superseded|succeeded|deprecated|blocked|denied|rejected|prevented|removed|dropped|deleted|excluded|ignored|limited|restricted|overridden|preceded|followed|compared|confused|contrasted|shared|preferred|outperformed|disabled|stopped|affected|impacted|covered';
/** An adverb between a passive's words ("is automatically scanned by", "handed out directly by"). */
const PASSIVE_ADVERB = '(?:[a-z]+ly|also|still|always|then|now|even|all)';
/** A past participle: a regular one, or an irregular one notes use for what a service does. */
const AGENT_PARTICIPLE = `(?!(?:${NOT_AGENT})\\b)(?:[a-z]{3,}ed|used|kept|held|sent|written|built|run|done|made|given|shown|seen|known|found|taken|chosen|hidden|thrown|frozen)`;
/** What may stand between "by"/"with" and the subject's name: an article, or the vendor's name. */
const AGENT_DETERMINER = '(?:(?:the|a|an|any|every|each|Amazon|AWS)\\s+)?';
/**
 * The property first, then a passive verb whose agent (or means) is the subject: "strongly consistent reads are
 * provided by <subject>", "PII in S3 buckets -> detected by <subject>", "SCPs are used for <subject>", "handed out
 * directly by <subject>". The text from the phrase to the subject; "by" after a bare participle (note shorthand),
 * another preposition only after a copula or "get" ("are used for", "can be enabled on"), so that an adjective
 * ("encrypted data in <subject>") is not read as a passive.
 */
const PASSIVE_TO_SUBJECT = new RegExp(
  String.raw`^(?:\s*[^\s,;:()]+){0,8}?(?:\s*:\s*|\s+)(?:(?:(is|are|be|been|being|was|were|gets?|got)\s+)(?:${PASSIVE_ADVERB}\s+)*)?${AGENT_PARTICIPLE}(?:\s+(?:out|up|off|over|back|down))?(?:\s+${PASSIVE_ADVERB})?\s+(?:(by)|for|with|in|on|via|using|through)\s+${AGENT_DETERMINER}((?:[\w-]+\s+){0,2})$`,
  'i',
);
/** Words before the subject's name that name its service ("with EBS CopyVolumes", "for Control Tower …"): capitalised. */
const NAME_WORDS = /^(?:[A-Z][\w-]*\s+)*$/;
/** A passive verb before the property ("a volume can be copied into a different Region with <subject>"). */
const PASSIVE_BEFORE = new RegExp(
  String.raw`\b(?:is|are|be|been|being|was|were|gets?|got)\s+(?:${PASSIVE_ADVERB}\s+)*${AGENT_PARTICIPLE}\b`,
  'i',
);
/** The subject as the agent or means right after the property, the passive verb before it (PASSIVE_BEFORE). */
const AGENT_AFTER = new RegExp(
  String.raw`^\s+(?:by|with|via|using|through)\s+${AGENT_DETERMINER}((?:[\w-]+\s+){0,2})$`,
  'i',
);

/**
 * Whether the words from a property phrase to the subject after it say the property in the passive voice, the
 * subject its agent or means (PASSIVE_TO_SUBJECT, PASSIVE_BEFORE): "<property> is done by <subject>" is
 * "<subject> does <property>". A negation there is left unsure (which word it denies cannot be said).
 */
export function passiveReads(clause: string, phrase: RegExpExecArray, subjectAt: number): boolean {
  const gap = clause.slice(phrase.index + phrase[0].length, subjectAt).replace(/\([^()]*\)/g, ' ');
  if (count(NEGATOR, gap) || count(NEGATOR, phrase[0])) return false;
  const m = PASSIVE_TO_SUBJECT.exec(phrase[0] + gap);
  if (m && (m[2] !== undefined || m[1] !== undefined) && NAME_WORDS.test(m[3] ?? '')) return true;
  const after = AGENT_AFTER.exec(gap);
  return (
    after !== null && NAME_WORDS.test(after[1] ?? '') && PASSIVE_BEFORE.test(clause.slice(0, phrase.index))
  );
}

/**
 * The one negation a passive link may hold between the property and its agent: a negated copula ("are not",
 * "isn't", "can't be", "cannot be", "won't be", "is never").
 */
const NEGATED_COPULA =
  /(?<=\b(?:is|are|was|were|be)\s+)(?:not|never)\b|(?<=\b(?:is|are|was|were))n['’]t\b|(?<=\bca)n['’]t(?=\s+be\b)|(?<=\bcan)not(?=\s+be\b)|(?<=\b(?:can|will)\s+)not(?=\s+be\b)/i;

/**
 * A passive said in the negative with the subject as its agent ("feature flags are not managed by <subject>",
 * "backups aren't encrypted by <subject>"): the clause with its one negation taken out (offsets kept) when that
 * positive clause reads as the passive (passiveReads), else null. Its polarity is then the opposite one.
 */
export function negatedPassive(clause: string, phrase: RegExpExecArray, subjectAt: number): string | null {
  const from = phrase.index + phrase[0].length;
  const gap = clause.slice(from, subjectAt);
  if (count(NEGATOR, gap) !== 1 || count(NEGATOR, phrase[0])) return null;
  const m = NEGATED_COPULA.exec(gap);
  if (!m) return null;
  // "not automatically created by …", "not encrypted by KMS alone": the negation may deny the manner or extent.
  if (
    /\b(?:[a-z]+ly|always|all|even|just|only|solely)\b/i.test(gap.slice(m.index)) ||
    /^[\w-]*\s*(?:[\w-]+\s+)?(?:alone|only|directly|itself|solely|automatically|by\s+default)\b/i.test(
      clause.slice(subjectAt),
    )
  )
    return null;
  // "isn't" → "is   ", "can't be" → "can   be", "cannot be" → "can    be".
  const at = from + m.index;
  const positive = clause.slice(0, at) + ' '.repeat(m[0].length) + clause.slice(at + m[0].length);
  return passiveReads(positive, phrase, subjectAt) ? positive : null;
}

/**
 * Whether a clause whose subject name follows the property phrase still says the property of that subject:
 * a generic actor, a linking "is supported on / works for", the subject as the agent of a passive verb
 * (passiveReads), or the subject as the object of a verb phrase.
 */
export function invertedReads(clause: string, phrase: RegExpExecArray, subjectAt: number): boolean {
  // A bracketed gloss of the property ("parameter policies (e.g. expiration) work on …") is no part of the link.
  const gap = clause.slice(phrase.index + phrase[0].length, subjectAt).replace(/\([^()]*\)/g, ' ');
  // "You can send reads to the replicas, not the standby": a negation between the property and the subject sets
  // the subject apart from what the actor does (only a negated link or an "only" aside, below, says it of it).
  if (
    !count(NEGATOR, gap) &&
    (GENERIC_ACTOR.test(withoutLeadLabel(clause)) ||
      IMPERATIVE.test(clause) ||
      GENERIC_ACTOR.test(clause.replace(LEAD_ADVERBIAL, '')))
  )
    return true;
  if (INVERTED_LINK.test(gap) || LABEL_VALUE.test(gap)) return true;
  if (passiveReads(clause, phrase, subjectAt)) return true;
  // The property as the subject's modifier, one space between them: "don't support cross-Region read replicas",
  // "automatically renews imported certificates", "enforces a max job timeout": what is said is said of the noun
  // it qualifies (a word, a bracket or a mark between them is another construction).
  if (gap === ' ') return true;
  // "works only with standard queues, not FIFO", "Linux clients only (no Windows)": the subject named in the
  // negated aside right after an exclusive "only" phrase is what the "only" leaves out, the phrase said of it.
  if (
    ONLY_EXCLUDED.test(gap) &&
    /\bonly\b/i.test(clause.slice(Math.max(0, phrase.index - 12), phrase.index) + phrase[0])
  )
    return true;
  return VERB_END.test(phrase[0]) && OBJECT_GAP.test(gap);
}

/**
 * Whether a line reports a claim (a myth, a correction) or supposes it (a condition) rather than making it:
 * no non-numeric statement in it can be held against the note.
 */
export function reportsOrSupposes(line: string, claimAt = line.length): boolean {
  // A condition after the claim restricts it ("… stays in one AZ unless you add a replica"); before it, the
  // claim is what is supposed ("If security groups could deny traffic, …").
  const condition = /\b(?:if|unless|suppose|supposing|assuming)\b/i.exec(line);
  return REPORTED.test(line) || (condition !== null && condition.index <= claimAt);
}

/** What "e.g." and "i.e." leave before their last full stop (a word boundary before them). */
const E_G_I_E = /(?:^|[^\w])(?:e\.g|i\.e)$/;
/** Sentences of a line: [start, end) offsets. Abbreviations with a dot rarely end one in notes. */
export function sentences(line: string): [number, number][] {
  const out: [number, number][] = [];
  // "e.g." and "i.e." end no sentence: "(e.g. expiration) work on …" is one.
  // (The test for "e.g" / "i.e" before the mark runs only at a mark: as a lookbehind it ran at every character.)
  const re = /[.!?;](?=\s|$)/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    if (E_G_I_E.test(line.slice(Math.max(0, m.index - 4), m.index))) continue;
    out.push([from, m.index + 1]);
    from = m.index + 1;
  }
  if (from < line.length) out.push([from, line.length]);
  return out;
}

/**
 * The comma that ends a purpose clause opening the sentence ("To use another KMS key, restore a snapshot into a new
 * cluster"): what the purpose names is not what the main clause says a property of.
 */
const PURPOSE_END = /(?<=^\s*(?:[-*•]\s*)?(?:in\s+order\s+)?to\s+[a-z]+\b[^,;:()]{0,80}),\s*/gi;

/**
 * A comma splice: after a clause with a verb of its own, a comma and a new subject (one to three lower-case words)
 * with its verb ("Event history is free, data events cost extra"): what the second clause's subject is said to do
 * is not said of the first one's.
 */
const COMMA_SPLICE =
  /(?<=\b(?:is|are|was|were|has|have|can|does|do|will|costs?|needs?|requires?|supports?|keeps?|stores?|uses?)\b[^,;:()]{0,80}),\s*(?=(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+(?:cost|costs|are|is|need|needs|require|requires|must|incur|incurs|have|has|go|goes|get|gets)\b)/g;

export function clauses(s: string): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  const breaks: [number, number][] = [];
  for (const re of [CLAUSE_BREAK, NEGATED_PREDICATE, PURPOSE_END, COMMA_SPLICE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s))) {
      breaks.push([m.index, m.index + m[0].length]);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  breaks.sort((a, b) => a[0] - b[0]);
  for (const [b0, b1] of breaks) {
    if (b0 < from) continue;
    out.push([from, b0]);
    from = b1;
  }
  out.push([from, s.length]);
  return out;
}

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  return (s.match(re) ?? []).length;
}

function firstMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

/** Acronyms that name no AWS service or feature: they do not make a second subject. */
const GENERIC_ACRONYM =
  /^(?:IPs?|IPv[46]|AZs?|APIs?|URLs?|TLS|SSL|HTTPS?|TCP|UDP|DNS|IDs?|CIDRs?|ARNs?|JSON|SDKs?|CLI|MFA|RAM|CPUs?|[KMGT]i?B|OS|TTL)$/;

/** Acronyms and capitalised names other than the subject's: a heading-only subject is then unsure. */
function namesSomethingElse(s: string, item: AssertItem, index: AssertIndex, kb: FactIndex | null): boolean {
  const own = (item.own ??= new RegExp(
    [item.about.source, item.context?.source, item.says.source, item.opposite?.source]
      .filter(Boolean)
      .join('|'),
    'gi',
  ));
  const rest = s.replace(own, ' ');
  if (index.anyAbout && anyAboutIn(rest, index)) return true;
  if (kb && kb.subjects.find(rest).some((x) => !x.value.includes(item.entryId))) return true;
  return (rest.match(/\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b/g) ?? []).some((w) => !GENERIC_ACRONYM.test(w));
}

/**
 * Whether some item's subject name matches `s` (index.anyAbout, the union of every item's `about`): each
 * item's own pattern, tried only when `s` holds the words its names need (phraseNeeds); the one large
 * alternation when a character folds to ASCII (where words() cannot say).
 */
function anyAboutIn(s: string, index: AssertIndex): boolean {
  if (FOLDS_TO_ASCII.test(s)) return firstMatch(index.anyAbout as RegExp, s) !== null;
  const has = new Set(words(s));
  for (const it of index.items)
    if ((it.needAbout === null || someNeedMet(it.needAbout, has, null)) && firstMatch(it.about, s))
      return true;
  return false;
}

/** Two facts named alike ("Object Lock" for two properties of it) are one subject, not two. */
function sameNames(a: AssertItem, b: AssertItem): boolean {
  for (const x of a.aboutLower) if (b.aboutLower.has(x)) return true;
  return false;
}

/**
 * Whether `other` names something in `s` away from every name `own` matches there: "Express workflows" over
 * "Sync Express" is the same mention, not a second subject.
 */
export function namedOutside(other: RegExp, own: RegExp, s: string): boolean {
  const spans: [number, number][] = [];
  own.lastIndex = 0;
  for (let m = own.exec(s); m; m = own.exec(s)) {
    spans.push([m.index, m.index + m[0].length]);
    if (m[0].length === 0) own.lastIndex++;
  }
  other.lastIndex = 0;
  for (let m = other.exec(s); m; m = other.exec(s)) {
    const [a, b] = [m.index, m.index + m[0].length];
    if (!spans.some(([x, y]) => a < y && x < b)) return true;
    if (m[0].length === 0) other.lastIndex++;
  }
  return false;
}

/** Whether `re` matches `s` somewhere overlapping [from, to). */
function overlaps(re: RegExp, s: string, from: number, to: number): boolean {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    if (m.index < to && m.index + m[0].length > from) return true;
    if (m[0].length === 0) re.lastIndex++;
  }
  return false;
}

/**
 * Text between two phrases that opens an aside denying the second: ", not ", " (no ", ", there's no ", or a
 * negated second predicate of the same subject (" - can't ", ", you can't ", ", they can't "): "a hard limit -
 * can't be raised" says the first phrase again. The denied thing may be one of a short list ("(no Linux/macOS)",
 * ", not Go or Rust").
 */
/** An aside mark between two phrases, the later one's noun phrase after it: " pages - ", ", ", " (". */
const LATER_ASIDE = /(?:\s*[,(—–]|\s-{1,2}|--)\s*(?:(?:the|a|an|any|all)\s+)?$/i;
const DENIED_ASIDE =
  /(?:\s*[,(—–]|\s-{1,2}|--)\s*(?:and\s+|but\s+)?(?:(?:there(?:['’]s|\s+is|\s+are)\s+)?(?:not|no)|(?:(?:you|they|it|we)\s+)?(?:can['’]t|cannot|won['’]t|(?:can|will)\s+not|(?:can\s+|will\s+)?never)(?:\s+be)?)\s+(?:[\w.+#-]+\s*(?:\/|,|&|\bor\b|\band\b|\bnor\b)\s*){0,3}$/i;

/** The words a sentence after a semicolon may hold besides the item's phrases to be a bare predicate (onlyPredicate). */
const PREDICATE_WORD =
  /^(?:is|are|be|been|can|cannot|can't|can’t|isn't|isn’t|aren't|aren’t|does|doesn't|doesn’t|do|don't|don’t|will|won't|won’t|not|no|never|only|also|still|always|and|but|it|they|its|their|the|a|an|any|all|supported|unsupported|support|available|unavailable|allowed|possible|permitted|offered|enabled|disabled|on|off|by|default|at|either|way|option|there|there's|there’s)$/i;

/**
 * Whether a sentence holds nothing but the item's phrases and predicate words ("container images not supported",
 * "no WebSocket support", "off by default"): it names no subject of its own, so the sentence before its semicolon
 * may name it ("deleting a replica is immediate" names a replica).
 */
export function onlyPredicate(
  sentence: string,
  item: Pick<AssertItem, 'says' | 'opposite' | 'context'>,
): boolean {
  let rest = sentence.replace(item.says, ' ');
  if (item.opposite) rest = rest.replace(item.opposite, ' ');
  if (item.context) rest = rest.replace(item.context, ' ');
  const left = rest.match(/[\w'’]+/g) ?? [];
  return left.length < 6 && left.every((w) => PREDICATE_WORD.test(w));
}

/** An aside's opening denial before a phrase of the same side: " (no ", ", not ", " - there's no any ". */
const RESTATED_DENIAL_LEAD =
  /^\s*(?:[,(—–]|\s-{1,2})\s*(?:there(?:['’]s|\s+is|\s+are)\s+)?(?:no|not|never)\s+(?:[\w'’/-]+\s+){0,2}?$/i;

/**
 * The length of an aside opening `after` (what follows a denied property phrase) that denies a phrase of the same
 * side again ("… can't be snapshotted (no backups at all)", "… isn't encrypted, no encryption at rest"), up to its
 * closing bracket or the clause's end; 0 when there is none, or when it holds another negation.
 */
function restatedDenial(after: string, side: RegExp): number {
  const p = firstMatch(side, after);
  if (!p || !RESTATED_DENIAL_LEAD.test(after.slice(0, p.index))) return 0;
  const bracket = /^\s*\(/.test(after);
  const end = bracket ? after.indexOf(')', p.index + p[0].length) : after.length;
  if (end < 0 || count(NEGATOR, after.slice(p.index + p[0].length, end))) return 0;
  return bracket ? end + 1 : end;
}

export interface Polarity {
  asserted: boolean;
  at: number;
  end: number;
}

/** Whether `clause` asserts (true) or denies (false) the item's property, or null when unsure. */
export function polarity(clause: string, item: Pick<AssertItem, 'says' | 'opposite'>): Polarity | null {
  let says = firstMatch(item.says, clause);
  let opp = item.opposite ? firstMatch(item.opposite, clause) : null;
  if (says && opp && item.opposite) {
    // A phrase inside a longer phrase of the other side ("default" in "disabled by default") is a word of that
    // phrase, not the property said again.
    // (matchAll starts where the last exec left the pattern.)
    item.says.lastIndex = 0;
    item.opposite.lastIndex = 0;
    const sAll = [...clause.matchAll(item.says)];
    const oAll = [...clause.matchAll(item.opposite)];
    const within = (a: RegExpMatchArray, b: RegExpMatchArray): boolean =>
      (b.index ?? 0) <= (a.index ?? 0) &&
      (a.index ?? 0) + a[0].length <= (b.index ?? 0) + b[0].length &&
      b[0].length > a[0].length;
    const sOwn = sAll.filter((x) => !oAll.some((o) => within(x, o)));
    const oOwn = oAll.filter((x) => !sAll.some((o) => within(x, o)));
    says = (sOwn[0] as RegExpExecArray | undefined) ?? null;
    opp = (oOwn[0] as RegExpExecArray | undefined) ?? null;
  }
  if (says && opp) {
    // "per account, not per Region", "single-AZ only, there's no Multi-AZ option": the later side denied in an
    // aside of its own says what the earlier one does; the earlier one alone is read.
    const [first, later] = says.index < opp.index ? [says, opp] : [opp, says];
    const between = clause.slice(first.index + first[0].length, later.index);
    const aside = DENIED_ASIDE.exec(between);
    if (aside && !count(NEGATOR, clause.slice(later.index + later[0].length)))
      return polarity(clause.slice(0, first.index + first[0].length + aside.index), item);
    // "needs upright pages - rotated documents are unsupported": an aside whose phrase is denied right after it
    // (TRAILING_NEGATION, or its shorthand) restates the earlier one, said without a negation.
    const mark = LATER_ASIDE.exec(between);
    const rest = clause.slice(later.index + later[0].length);
    if (
      mark &&
      !count(NEGATOR, clause.slice(0, first.index + first[0].length + mark.index)) &&
      ((count(NEGATOR, rest) === 1 && TRAILING_NEGATION.test(rest)) || shortDenial(rest))
    )
      return polarity(clause.slice(0, first.index + first[0].length + mark.index), item);
    // Any other sentence with both a word and its antonym is weighing them.
    return null;
  }
  const m = says ?? opp;
  if (!m) return null;
  // The property's own words may hold a negator ("all or nothing"): they are not a negation of it.
  const own = (x: string): string => {
    let out = x.replace(item.says, ' ');
    if (item.opposite) out = out.replace(item.opposite, ' ');
    return out.replace(NEGATOR_IN_NAME, ' ');
  };
  const before = own(leadOfPhrase(clause.slice(0, m.index)));
  const rawAfter = clause.slice(m.index + m[0].length);
  // "can't be snapshotted (no backups at all)": an aside denying the same side's phrase again after a denied phrase
  // restates the denial; the rest of the clause is read as if the aside were not there.
  const restated =
    count(NEGATOR, before) === 1 ? restatedDenial(rawAfter, says ? item.says : (item.opposite as RegExp)) : 0;
  const afterAll = own(rawAfter.slice(restated));
  const after = afterAll.replace(WITH_NO, ' ');
  // "cannot … without a resource policy", "not available without trusted access": a negation with a "without"
  // after the phrase states a requirement, not that the property fails to hold.
  const withNo = WITH_NO.test(afterAll);
  // A negation inside a phrase with a gap counts too ("cross-zone is not on by default").
  let neg = count(NEGATOR, before) + count(NEGATOR, m[0].replace(ALL_OR_NOTHING, ' '));
  // "non-overlapping", "non-transitive": the prefix negates the phrase it is joined to.
  if (/\bnon-?$/i.test(clause.slice(0, m.index))) neg += 1;
  // "secrets are not encrypted directly with the key", "not encrypted only at rest": a negation before the phrase
  // with a manner or extent word right after it denies that qualifier ("directly", "only"), not the property.
  if (neg === 1 && MANNER_AFTER.test(after)) return null;
  const answer = ANSWER.exec(after);
  if (answer) {
    if (neg) return null;
    neg = /^(?:no|false)$/i.test(answer[1] ?? '') ? 1 : 0;
  } else {
    const trailing = count(NEGATOR, after);
    if ((trailing === 1 && TRAILING_NEGATION.test(after)) || (trailing <= 1 && shortDenial(after))) neg += 1;
    // "Linux only, no Windows", "only via metadata, not EventBridge": a negation past a comma, bracket or dash
    // that names what is left out is about that, not the phrase. Any other negation after the phrase may be
    // about it ("can deny traffic, not just allow it"): unsure.
    else if (
      trailing &&
      !negatesAnother(after, clause.slice(Math.max(0, m.index - 12), m.index) + m[0]) &&
      !negatesOtherPredicate(after)
    )
      return null;
  }
  // A double negation is too easily misread.
  if (neg > 1 || (neg > 0 && withNo)) return null;
  const positive = neg === 0;
  return { asserted: opp ? !positive : positive, at: m.index, end: m.index + m[0].length };
}

/**
 * The words before a negation after the phrase that make it another predicate's: a clause with a subject of its own
 * after a colon, semicolon, "and" or "so" ("…: the data is never …", "…, and each copy can't …"), or a second verb of
 * the same subject after "and" ("… over SMB and needs no …", "… and does not …").
 */
const OTHER_PREDICATE_LEAD =
  /(?:[:;]|\band\b|\bso\b)\s+(?:the|a|an|each|every|its|their|your|this|that|any)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:(?:is|are|was|were|can|does|do|will|gets?)\s+)?$|^(?:\s+[\w./-]+){0,3}\s*,?\s+and\s+(?:also\s+)?[a-z]{2,}s\s+$/i;

/**
 * Whether the one negation after a property phrase belongs to another predicate (OTHER_PREDICATE_LEAD): a
 * statement added after the property, not a denial of it ("X is accessed over NFS and needs no directory": NFS is
 * still claimed).
 */
export function negatesOtherPredicate(after: string): boolean {
  if (count(NEGATOR, after) !== 1) return false;
  NEGATOR.lastIndex = 0;
  const first = NEGATOR.exec(after);
  return first !== null && OTHER_PREDICATE_LEAD.test(after.slice(0, first.index));
}

/**
 * A "no"/"not" inside a hyphenated name negates nothing in the sentence: a CLI option ("--no-data-tiering",
 * "--no-verify"), a compound ("opt-in-not-required") or a setting's value that opens with it and runs on over two
 * more hyphenated words ("--opt-in-status not-opted-in", "a no-public-ip subnet"), whose negation is the name's own.
 */
const NEGATOR_IN_NAME = /--no(?=-\w)|(?<=\w-)(?:not|no)(?=-\w)|(?<![\w-])(?:not|no)(?=-[a-z]+-[a-z])/gi;

/** An aside that is only another name and a negated auxiliary: "…, OAC doesn't", "… - NLB can't." */
const OTHER_DOESNT =
  /(?:[,;—–]|\s-{1,2})\s*([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:doesn['’]t|isn['’]t|aren['’]t|don['’]t|can['’]t|cannot|won['’]t|(?:does|is|are|do|can)\s+not)\s*[.;)]?\s*$/;
/** A comma, bracket or dash that sets what follows apart from the phrase before it. */
const ASIDE = /[,(—–]|\s-{1,2}\s|--/;
/**
 * Words after "not"/"no" that make it a negation of the statement before, not the naming of another thing:
 * a degree ("not really", "not always"), a predicate ("not supported", "no longer"), a quantifier.
 */
const NOT_A_NAME =
  /^(?:(?:per|in|on|via|with|for|through|from|to|across|at|by|the|a|an)\s+)?(?:just|only|always|necessarily|really|quite|exactly|entirely|fully|yet|anymore|so|true|the\s+case|possible|supported|available|allowed|permitted|enabled|offered|recommended|needed|required|necessary|guaranteed|automatic|automatically|default|even|ever|all|every|any|each|both|longer|more|support|option|options|way|such|sure|correct|right|accurate|applicable|anything|nothing|one|it|them|this|that|these|those)\b/i;

/**
 * Whether the negation after a property phrase names another thing the statement leaves out rather than negating
 * the phrase: "…, not EventBridge", "… (no ICMP)", "…, there is no retention period". The text between the phrase
 * and the negation holds an aside mark and no negation, and the negator is followed by a name, not a degree or a
 * predicate (NOT_A_NAME). After a restrictive "only" in or just before the phrase ("ECS tasks only -- EKS pods
 * aren't included"), any negation in the first aside restates what the "only" leaves out.
 */
export function negatesAnother(after: string, phraseWithLead: string): boolean {
  NEGATOR.lastIndex = 0;
  const first = NEGATOR.exec(after);
  if (!first) return false;
  // "…, OAC doesn't": another name and a bare negated auxiliary ending the sentence contrast that name.
  const other = OTHER_DOESNT.exec(after);
  if (other && other.index <= first.index && !/^(?:it|they|this|these|that|those)$/i.test(other[1] as string))
    return true;
  // A bracketed gloss ("ICMP (ping) isn't supported") opens no aside of its own; offsets past it are not used.
  const lead = after.slice(0, first.index).replace(/\([^()]*\)/g, ' ');
  // "only looks at A, B and C - nothing else", "always bills I/O - no way around it": an aside opened by "nothing
  // else", "no other", "no way", "no exception" after an exclusive "only"/"always" restates the exclusion (the last
  // aside: commas before it may list names). Any other negated aside names its own thing ("(no passwords)").
  if (
    /\b(?:only|always)\b/i.test(phraseWithLead) &&
    /(?:[,(—–:]|\s-{1,2}|--)\s*$/.test(lead) &&
    count(NEGATOR, after) === 1 &&
    /^(?:nothing|none|no)\s+(?:else|other|others|way|exceptions?|alternatives?)\b/i.test(
      after.slice(first.index),
    )
  )
    return true;
  const aside = ASIDE.exec(lead);
  // The first aside after the phrase: a later one ("SFTP only, key auth (no passwords)") is about its own words.
  if (!aside || ASIDE.test(lead.slice(aside.index + aside[0].length))) return false;
  NEGATOR.lastIndex = 0;
  const rest = after.slice(first.index);
  if (/\b(?:only|must)\b/i.test(phraseWithLead) && !/^no[nt]?\s+(?:only|just)\b/i.test(rest)) return true;
  // The negator opens the aside ("…, not X", "… (no X)", "…, there's no X"), and names something.
  if (
    !/^\s*(?:and\s+|but\s+)?(?:there(?:['’]s|\s+is|\s+are)\s+)?$/i.test(
      lead.slice(aside.index + aside[0].length),
    )
  )
    return false;
  const m = /^(?:not|no)\s+(.*)$/is.exec(rest);
  return m !== null && count(NEGATOR, rest) === 1 && !NOT_A_NAME.test(m[1] as string);
}

/**
 * Flags the sentences of `text` (a section body) that contradict a yes/no fact. `headingPath` may name
 * the subject when the sentence does not (then the sentence must name nothing else).
 */
/** `/\|.*\|/.test(line)` without running an expression over every line: most lines hold no bar. */
function twoPipes(line: string): boolean {
  const p = line.indexOf('|');
  return p >= 0 && line.indexOf('|', p + 1) > 0 && /\|.*\|/.test(line);
}

export function checkAssertions(
  text: string,
  headingPath: readonly string[],
  index: AssertIndex,
  kb: FactIndex | null = null,
): ClaimFlag[] {
  if (!index.items.length) return [];
  const flags: ClaimFlag[] = [];
  const heading = headingPath.join(' › ');
  // The subject may come from the nearest heading only: an outer one ("Storage Gateway") spans siblings.
  const nearest = headingPath[headingPath.length - 1] ?? '';
  const lines = text.split('\n');
  let nearestWords: Set<string> | null = null;
  let offset = 0;
  lines.forEach((line, li) => {
    const lineStart = offset;
    offset += line.length + 1;
    const keyWord = index.keyWord;
    if (!keyWord) return;
    // An opt-in condition ("unless you turn on SSE") is read as "by default" (optInDefaultRead): the items whose
    // phrases say a default are tried too.
    const keyed = OPT_IN_LINE.test(line) ? `${line} by default` : line;
    const lower = keyed.toLowerCase();
    // Whether the line has a key word (then it has an item: each key's list is non-empty); the items
    // themselves are read only when a sentence passes the tests below (most lines stop there).
    keyWord.lastIndex = 0;
    // A count ("2 Regions") may stand for a phrase's "multiple": the items keyed by that word are tried too.
    const counted = COUNT_WORD.test(line);
    if (!keyWord.test(lower) && !counted) return;
    // A table row, a question or a quoted claim is not an assertion we can read reliably.
    if (twoPipes(line) || REPORTED_OR_HISTORICAL.test(line) || /\?/.test(line)) return;
    let candidates: AssertItem[] | null = null;
    let previous = '';
    for (const [s0, s1] of sentences(line)) {
      const written = line.slice(s0, s1);
      // "X rather than Y" read as "X, not Y"; a fact's exclusions are still tested on the words as written.
      const sentence = ratherAsDenial(written);
      // "Lambda: .zip archives only; container images not supported": the sentence before a semicolon is this one's
      // topic, as a heading is (its subject may be named there, when this one names nothing else); not one that is
      // itself unsure or quoted.
      const lead =
        s0 > 0 && line[s0 - 1] === ';' && !/["“”]/.test(previous) && !unsureWording(previous) ? previous : '';
      previous = sentence;
      if (/["“”]/.test(sentence)) continue;
      const unsure = unsureWording(sentence);
      // A run-on "sentence" (a paragraph without a full stop, a comma-chained dump) is not read past its unsure
      // words: which phrase a condition or hedge in it belongs to cannot be said, and reading it item by item
      // cost a 100k-note import more than all the rest of the fact-check (session 19's bench).
      if (unsure && sentence.length > LONG_SENTENCE) continue;
      candidates ??= candidatesOf(
        keyed,
        nearest,
        counted,
        index,
        () => (nearestWords ??= new Set(words(nearest))),
      );
      for (const item of candidates) {
        // The part of the sentence read for this item: all of it, or what comes before a trailing condition
        // that cannot make a never-true property true (claimedBeforeCondition).
        const situation = unsure ? situationRead(sentence, item) : null;
        // "… unencrypted unless you turn on SSE": a trailing opt-in condition says what holds by default.
        const optIn = unsure && situation === null ? optInDefaultRead(sentence, item) : null;
        const read = situation ?? optIn ?? readFor(sentence, item, unsure);
        if (read === null) continue;
        const conditioned = situation === null && optIn === null && read !== sentence;
        const inSentence = firstMatch(item.about, read);
        const inLead =
          !inSentence &&
          lead !== '' &&
          firstMatch(item.about, lead) !== null &&
          onlyPredicate(sentence, item);
        const inHeading = !inSentence && (inLead || firstMatch(item.about, nearest) !== null);
        if (!inSentence && !inHeading) continue;
        // A name only likened to ("… like EFS", "(same as ALB)") is neither the subject nor a word that excludes it.
        // Read as a default (optIn), the sentence's "by default" is its own words: a fact that excludes them does not
        // apply ("versioning is disabled unless you enable it": the default, not turning versioning off).
        const spoken = optIn ?? sentence;
        const plain = likenedBlanked(spoken);
        if (inSentence && plain !== spoken && !firstMatch(item.about, plain.slice(0, read.length))) continue;
        if (
          item.context &&
          !firstMatch(item.context, sentence) &&
          !firstMatch(item.context, heading) &&
          !(inLead && firstMatch(item.context, lead))
        )
          continue;
        if (
          item.exclude &&
          (firstMatch(item.exclude, inSentence ? beforeConsequence(plain, item, inSentence) : plain) ||
            (written !== sentence && firstMatch(item.exclude, written)) ||
            firstMatch(item.exclude, heading) ||
            (inLead && firstMatch(item.exclude, lead)))
        )
          continue;
        if (inHeading && namesSomethingElse(sentence, item, index, kb)) continue;
        // The subject and the property must sit in the same clause.
        const parts = clauses(read);
        let found: (Polarity & { clauseStart: number }) | null = null;
        let ambiguous = false;
        for (const [c0, c1] of parts) {
          const clause = read.slice(c0, c1);
          const hasPhrase =
            firstMatch(item.says, clause) ?? (item.opposite ? firstMatch(item.opposite, clause) : null);
          if (!hasPhrase) continue;
          // Subject first, then what is said of it ("st1 can be a boot volume"); the other order often
          // speaks of something else ("EBS is persistent, instance store is not").
          const subject = inSentence ? firstMatch(item.about, clause) : null;
          const generic = genericSubjectBefore(clause.slice(0, hasPhrase.index));
          // "…: fixed quota, can't be raised": a negated predicate split off after a comma (NEGATED_PREDICATE)
          // is the same subject's, named before it; it may say the property again, not otherwise.
          if (inSentence && !subject && secondPredicate(clause, c0)) {
            const about = firstMatch(item.about, read);
            const p = about && about.index < c0 ? polarity(clause, item) : null;
            if (p && (!found || found.asserted === p.asserted)) {
              found ??= { ...p, clauseStart: c0 };
              continue;
            }
            ambiguous = true;
            break;
          }
          // "Feature flags are not managed by <subject>": a negated passive whose agent is the subject is read as
          // the same passive said positively, its polarity then turned (negatedPassive).
          let turned: string | null = null;
          if (
            inSentence &&
            (!subject ||
              (subject.index > hasPhrase.index &&
                !generic &&
                !within(subject, hasPhrase) &&
                !invertedReads(clause, hasPhrase, subject.index) &&
                (turned = negatedPassive(clause, hasPhrase, subject.index)) === null))
          ) {
            ambiguous = true;
            break;
          }
          const read0 = turned ?? clause;
          const p0 = polarity(inSentence ? outsideSubject(read0, item) : read0, item);
          const p = p0 && turned !== null ? { ...p0, asserted: !p0.asserted } : p0;
          // "EMR task nodes store HDFS blocks, so losing task nodes loses HDFS data": a later clause that says the
          // property of the subject again, with the same polarity, restates the claim (the first one is reported).
          if (p && found && found.asserted === p.asserted) continue;
          if (!p || found) {
            ambiguous = true;
            break;
          }
          found = { ...p, clauseStart: c0 };
        }
        if (ambiguous || !found || found.asserted === item.a.holds) continue;
        // Before a condition only the property said to hold is read: "not … unless" may be an exception.
        if (conditioned && !found.asserted) continue;
        // Another yes/no fact's subject named in the sentence whose phrase is the same words: two subjects,
        // perhaps contrasted ("on by default for ALB and off for NLB"). A fact whose own exclusions the sentence
        // holds is not a rival: its words there name something else ("SQS FIFO queues" fed by an SNS FIFO topic).
        const span = found;
        // What the phrase the sentence says would have to be for it to hold: its fact's truth for a \`says\` phrase, the
        // opposite for an antonym.
        const saidWords = sentence.slice(span.at + span.clauseStart, span.end + span.clauseStart);
        const ownTruth = firstMatch(item.says, saidWords) ? item.a.holds : !item.a.holds;
        // A rival's subject and phrase must both match the sentence: the words they need (phraseNeeds) skip
        // most of the index before any of its patterns runs (the same test, only cheaper).
        const said = FOLDS_TO_ASCII.test(sentence) ? null : new Set(words(sentence));
        if (
          index.items.some(
            (o) =>
              o.factId !== item.factId &&
              (said === null ||
                ((o.needAbout === null || someNeedMet(o.needAbout, said, null)) &&
                  (o.needSays === null || someNeedMet(o.needSays, said, null)))) &&
              !sameNames(o, item) &&
              !(o.exclude && (firstMatch(o.exclude, sentence) || firstMatch(o.exclude, heading))) &&
              // A rival whose context words neither the sentence nor its heading holds is not named there: its
              // subject words mean something else ("quotas" of another service, "Lightsail" as the service name).
              !(o.context && !firstMatch(o.context, sentence) && !firstMatch(o.context, heading)) &&
              // A rival named only as what the sentence likens its subject to ("on by default, like ALB") is
              // said to share the property, not set against it.
              namedOutside(o.about, item.about, plain) &&
              (
                [
                  [o.says, o.a.holds],
                  [o.opposite, !o.a.holds],
                ] as const
              ).some(
                ([re, truth]) =>
                  re !== null &&
                  overlaps(re, sentence, span.at + span.clauseStart, span.end + span.clauseStart) &&
                  // A rival that would judge the words the same way (the same property, stated by two facts) is
                  // no subject set against this one: the sentence is wrong of both.
                  truth !== ownTruth,
              ),
          )
        )
          continue;
        const trimmedFrom = s0 + (sentence.length - sentence.trimStart().length);
        const claimText = line.slice(trimmedFrom, s1).trim();
        const start = lineStart + trimmedFrom;
        flags.push({
          factId: item.factId,
          verdict: 'wrong',
          excerpt: claimText,
          start,
          end: start + claimText.length,
          lineIndex: li,
          line: line.trim().slice(0, 400),
          topic: `${item.entryTitle.replace(/\s*\(.*$/, '')} · ${item.label}`,
          official: `${item.label} ${item.value}`,
          source: item.source,
          asOf: item.asOf,
          changedOn: null,
          suggestion: item.value,
          explanation: `${item.label} — ${item.value}`,
        });
        break;
      }
    }
  });
  return flags;
}

/**
 * "… uses NFS like EFS", "editable, just like a launch template version", "on by default (same as ALB)": a likening
 * word and the words after it up to the clause's end name what the subject is likened to, not the subject nor
 * another thing set against it. Not "looks like", "would like", "things like …" (examples), nor a topic's "as for";
 * not a sentence that opens with it ("Like EBS, instance store …" stays a comparison, unsure).
 */
const LIKENED =
  /(?<![\w'’-])(?<!^\W*)(?<!\b(?:would|looks?|looked|seems?|seemed|feels?|felt|sounds?|something|anything|things|ones|you|we|they|I)\s+)(?:just\s+|exactly\s+|much\s+)?(?:like|same\s+as|similar\s+to|identical\s+to|as\s+with)\s+(?!\d)[^,;:.()!?]*/gi;

/** The sentence with its likened names blanked (offsets kept), or the sentence itself when it likens nothing. */
export function likenedBlanked(sentence: string): string {
  if (!/\b(?:like|same\s+as|similar\s+to|identical\s+to|as\s+with)\b/i.test(sentence)) return sentence;
  return sentence.replace(LIKENED, (m: string) => ' '.repeat(m.length));
}

/** What introduces a consequence of a statement: an arrow, a colon, "so", "therefore", "hence", "which means". */
const CONSEQUENCE = /\s*(?:-+>|=>|→|⇒|:\s|\b(?:so|therefore|hence|which\s+means)\b)/gi;

/**
 * The sentence up to a consequence that follows both the subject's name and the property ("NLBs can't have
 * security groups -> filter at the targets", "… is a Regional service: endpoints …", "… may repeat records, so
 * consumers must …"): what follows is another statement, and its words do not exclude the fact (they exclude it
 * when they qualify the subject or the property, before or between them).
 */
export function beforeConsequence(
  sentence: string,
  item: Pick<AssertItem, 'says' | 'opposite'>,
  subject: RegExpExecArray,
): string {
  const phrase =
    firstMatch(item.says, sentence) ?? (item.opposite ? firstMatch(item.opposite, sentence) : null);
  if (!phrase) return sentence;
  const from = Math.max(subject.index + subject[0].length, phrase.index + phrase[0].length);
  CONSEQUENCE.lastIndex = from;
  for (let m = CONSEQUENCE.exec(sentence); m; m = CONSEQUENCE.exec(sentence)) {
    // A colon ends a statement only after a verb: "user data after base64: size = …" is a label and its value.
    if (m[0].trim() === ':' && !STATED.test(sentence.slice(0, m.index))) continue;
    return sentence.slice(0, m.index);
  }
  return sentence;
}

/** A finite verb: the words before a colon make a statement, not a label. */
const STATED =
  /\b(?:is|are|was|were|can|cannot|could|does|do|did|has|have|had|must|will|should|needs?|requires?|supports?|(?:is|are|do|does|ca|wo|has|have)n['’]t)\b/i;

/** Whether match `a` lies inside match `b` ("copies its user data into the AMI": the subject in a phrase's gap). */
export function within(a: RegExpExecArray, b: RegExpExecArray): boolean {
  return a.index >= b.index && a.index + a[0].length <= b.index + b[0].length;
}

/**
 * A clause read for an item's property with its subject's names blanked (offsets kept), when a property phrase
 * is still found outside them: a phrase inside the subject's own name ("FIPS cluster" in "a backup from a
 * non-FIPS cluster") is part of that name, not the property said of it. Otherwise the clause as it is.
 */
export function outsideSubject(
  clause: string,
  item: Pick<AssertItem, 'about' | 'says' | 'opposite'>,
): string {
  // Only a name that holds a whole phrase match is blanked: one that merely overlaps a phrase ("no job timeout
  // by default", the name "job timeout") shares its words with it.
  const phraseIn = (from: number, to: number): boolean =>
    [item.says, item.opposite].some((re) => {
      if (!re) return false;
      re.lastIndex = 0;
      for (let m = re.exec(clause); m; m = re.exec(clause))
        if (m.index >= from && m.index + m[0].length <= to) return true;
      return false;
    });
  const blanked = clause.replace(item.about, (m: string, at: number) =>
    phraseIn(at, at + m.length) ? ' '.repeat(m.length) : m,
  );
  if (blanked === clause) return clause;
  return firstMatch(item.says, blanked) || (item.opposite && firstMatch(item.opposite, blanked))
    ? blanked
    : clause;
}

/**
 * An arrow in a note ("history not captured -> must enable CloudWatch Logs", "X → Y") links two statements:
 * a negation before the last arrow is about the first one, not about a property phrase after it. The text
 * before a property phrase, from its last arrow on.
 */
function afterLastArrow(before: string): string {
  let cut = 0;
  for (const m of before.matchAll(/-+>|=>|→|⇒|\s(?:-{1,2}|[–—])\s/g)) cut = (m.index ?? 0) + m[0].length;
  return before.slice(cut);
}

/**
 * A denied aside closed before the property phrase ("counted by recipient, not message, and per Region"): the
 * negation names what the aside leaves out, not the phrase. Not a bracket ("scratch (temp, no replication) &
 * persistent (replicated)": the bracket's denial may be the subject's own property).
 */
const CLOSED_DENIAL = /(?:[,—–]|\s-{1,2})\s*not\s+[^,;:()!?]{1,40}?,(?=\s*\S)/gi;
/**
 * A comma and a finite verb, not negated, that open another predicate of the same subject ("can't begin with aws,
 * are unique per Region, and are case-sensitive"): a negation before it is its own predicate's.
 */
const NEXT_PREDICATE =
  /,\s*(?:and\s+)?(?:is|are|can|has|have|does|do|will|must|supports?|requires?|allows?)\b(?!\s+not\b|n['’]t)/gi;

/**
 * The words before a property phrase that may negate it: those after the last arrow (afterLastArrow) and after the
 * last predicate a comma and a new verb close (NEXT_PREDICATE), denied asides closed before it blanked (CLOSED_DENIAL).
 */
function leadOfPhrase(before: string): string {
  let lead = afterLastArrow(before);
  let cut = 0;
  for (const m of lead.matchAll(NEXT_PREDICATE)) cut = m.index ?? 0;
  lead = lead.slice(cut);
  return lead.replace(CLOSED_DENIAL, (m) => ' '.repeat(m.length));
}

/**
 * "can only be enabled when the bucket is created", "is only charged when a query runs": a "when" that
 * completes an "only …" a few words before it names the one moment the property holds; it is no condition.
 */
const ONLY_WHEN = /\bonly\b((?:\s+[\w'’-]+){0,4}?)\s+when\b/gi;

/**
 * "whenever you like", "any time you want": a free choice, no condition; "safe even if …": a concession the
 * statement holds through, no condition either; "the default … when you create a …": the moment a default
 * applies, not a condition on it.
 */
const NOT_A_CONDITION =
  // The look-behind for "default" runs only where "when" matched: at the alternation's head it scanned back
  // over the sentence at every word boundary (~13 % of a 100k-note import's CPU, session 19's profile).
  /\b(?:(?:whenever|any\s*time)\s+you\s+(?:like|want|wish|choose|please)|even\s+if|when(?<=\bdefault\b[^,;]*when)\s+you\s+(?:create|launch|make|set\s+up)\s+(?:a|an|the|your|new)\b)/gi;

/**
 * "(e.g. expiration)", "(such as AWS::Serverless)": examples of a noun in brackets are no hedge on the sentence,
 * nor a condition.
 */
const EXAMPLE_ASIDE = /\(\s*(?:e\.g\.?|i\.e\.?|for example|such as|like)[^()]*\)/gi;

/** UNSURE words that introduce examples. */
const EXAMPLE_WORDS = /^(?:e\.g|for example|such as)$/i;
/**
 * "…, e.g. module=Orders,Customers", "… such as AWS::Serverless": examples that end the sentence, of a noun before
 * them, are no hedge either (bracketed or not); examples followed by a verb ("services such as S3 are …", "e.g.
 * expiration, work on …": a lower-case word after a comma) are part of the claim and stay.
 */
const TRAILING_EXAMPLES =
  /(?:,\s*|\s+)(?:e\.g\.?|for example|such as)\s+(?![^;]*\b(?:is|are|was|were|can|cannot|will|must|do|does|has|have|may|might|could|should|would)\b|[^;]*n['’]t\b|[^;]*,\s+[a-z])[^;()]*$/;

/** The UNSURE words ONLY_WHEN and NOT_A_CONDITION can take out of a sentence. */
const ASIDE_WORDS = new Set(['if', 'when', 'whenever']);

/** A fact about a default: a condition may well make it hold ("deleted on termination if the flag is set"). */
const DEFAULT_FACT = /default/i;
/** A condition word after the claim ("… can be raised later if you run out", "… charges a fee when …"). */
const CONDITION_WORD =
  /\b(?:if|unless|when|whenever|once|provided(?<!\b(?:is|are|be|been|being|was|were|gets?|got|also|not|then)\s+provided)(?!\s+(?:by|in|for|via|through|with|to|as|at|on|per|out|free|automatically)\b)|assuming)\b/gi;
/** A condition whose subject is a pronoun for the claim's subject. */
const SUBJECT_PRONOUN = /^\s+(?:it|they|its|their|this|these|that|those)\b/i;

/**
 * Where a trailing condition begins in a sentence that says an item's property before it, or -1: the text
 * before it holds a property phrase and no unsure or contrasting word, and the condition itself no hedge
 * ("might", "e.g.") or contrast, nor speaks of the subject again (a pronoun or its name first). A property that never holds (the fact's `holds` false, not a default) is not
 * made true by a condition on it: "rule group capacity can be increased later if you run out" still claims it
 * can be increased. The caller reads only the text before the condition, and only a property said to hold.
 */
export function claimedBeforeCondition(
  sentence: string,
  item: Pick<AssertItem, 'about' | 'says' | 'opposite'>,
): number {
  // The item's own phrases blanked, offsets kept: a condition word inside a phrase is the property's.
  const blank = (x: string): string => ' '.repeat(x.length);
  let rest = sentence.replace(item.says, blank);
  if (item.opposite) rest = rest.replace(item.opposite, blank);
  CONDITION_WORD.lastIndex = 0;
  const m = CONDITION_WORD.exec(rest);
  if (!m || m.index === 0) return -1;
  const before = sentence.slice(0, m.index);
  const hasPhrase =
    firstMatch(item.says, before) ?? (item.opposite ? firstMatch(item.opposite, before) : null);
  if (!hasPhrase || unsureBeyondPhrases(before, item)) return -1;
  const condition = rest.slice(m.index + m[0].length);
  if (unsureWording(condition.replace(CONDITION_WORD, ' '))) return -1;
  // A condition on the subject itself ("… if it was created in ZooKeeper mode", "when the volume …") may name
  // the kind of it the property does hold for.
  const about = firstMatch(item.about, condition);
  if (SUBJECT_PRONOUN.test(condition) || (about && about.index < 30)) return -1;
  return m.index;
}

/**
 * A trailing condition that names an action of the reader's turning something on: "unless you enable / turn on /
 * opt in / add / configure …" (OPT_IN_CONDITION). What the sentence says before it is what holds until someone acts:
 * its default ("queues are unencrypted unless you turn on SSE" = "unencrypted by default", "stays in one AZ unless
 * you add a replica" = "in one AZ by default").
 */
const OPT_IN_CONDITION =
  /[\s,]*\bunless\s+you\s+(?:first\s+|explicitly\s+|manually\s+|also\s+)?(?:enable|(?:turn|switch)\s+(?:(?:it|them|this|that)\s+)?on|opt[\s-]*in|activate|configure|set\s+up|add|attach|create|specify|request|choose|select|purchase|buy|subscribe|deploy|provision|register)\b[^]*$/i;
/** A cheap test for OPT_IN_CONDITION's opening words. */
const OPT_IN_LINE = /\bunless\s+you\b/i;
/** A capability or a possibility said before the condition: "can't X unless you Y" states a requirement of X. */
const OPT_IN_MODAL =
  /\b(?:can|cannot|could|may|might|able|allowed|possible|must|need|needs|should|(?:ca|could|must|need)n['’]t)\b/i;
/** A fact's property that is a default or an automatic behaviour (a condition may name its own words). */
const DEFAULT_PHRASE = /\b(?:default|automatic(?:ally)?|auto)\b/i;

/**
 * The sentence read for an item as "… by default" when it ends in an opt-in condition (OPT_IN_CONDITION), the
 * condition replaced by "by default" and blanks (offsets kept): the phrases facts state defaults with then read it
 * ("unencrypted by default"), and a denial before it is read too (a plain condition lets only a property said to
 * hold be read). Null when the sentence is unsure otherwise, says no property of the item with its subject before
 * the condition, states a capability or need (OPT_IN_MODAL), names the subject again in the condition, or names the
 * property there when the property is no default ("RDS is single-AZ unless you enable Multi-AZ": Multi-AZ is
 * optional, which a fact that RDS supports Multi-AZ does not contradict).
 */
export function optInDefaultRead(
  sentence: string,
  item: Pick<AssertItem, 'a' | 'about' | 'says' | 'opposite'>,
): string | null {
  const m = OPT_IN_CONDITION.exec(sentence);
  if (!m || m.index === 0) return null;
  const before = sentence.slice(0, m.index);
  const condition = m[0];
  const byDefault = ' by default';
  if (condition.length < byDefault.length) return null;
  const read = before + byDefault;
  const phrase = firstMatch(item.says, read) ?? (item.opposite ? firstMatch(item.opposite, read) : null);
  if (!phrase || unsureBeyondPhrases(before, item) || OPT_IN_MODAL.test(before)) return null;
  const about = firstMatch(item.about, before);
  if (!about || about.index > phrase.index || firstMatch(item.about, condition)) return null;
  if (unsureWording(condition.replace(/\bunless\b/i, ' '))) return null;
  const named =
    firstMatch(item.says, condition) ?? (item.opposite ? firstMatch(item.opposite, condition) : null);
  if (!defaultAtItsWord(read, item)) return null;
  if (item.a.says.some((p) => DEFAULT_PHRASE.test(p))) {
    // A default turned on by the action is the property itself ("unless you opt in", "unless you turn on SSE" for
    // "SSE by default"); another feature turned on ("unless you enable all features") may be what the default
    // itself rests on: not read.
    if (!named && !conditionIsProperty(condition, item)) return null;
  } else if (named) return null;
  return read + ' '.repeat(condition.length - byDefault.length);
}

/**
 * Whether each phrase match that takes in the "by default" put in for the condition (at the end of `read`) has the
 * phrase's own word right before it: a phrase may reach "by default" over a gap of up to two words, and the words
 * before an added "by default" are no such gap ("off on new instances" is no "on … by default").
 */
function defaultAtItsWord(read: string, item: Pick<AssertItem, 'a' | 'says' | 'opposite'>): boolean {
  const own = new Set<string>();
  for (const p of [...item.a.says, ...(item.a.opposite ?? [])]) {
    const w = /([\w'’]+)[\s-]+by[\s-]+default$/i.exec(p.trim());
    if (w) own.add((w[1] as string).toLowerCase());
  }
  for (const re of [item.says, item.opposite]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (const m of read.matchAll(re)) {
      if ((m.index ?? 0) + m[0].length !== read.length) continue;
      const w = /([\w'’]+)[\s-]+by[\s-]+default$/i.exec(m[0]);
      if (!w || !own.has((w[1] as string).toLowerCase())) return false;
    }
  }
  return true;
}

/** Words of an opt-in condition that name no feature: "unless you turn it on", "unless you opt in to it". */
const OPT_IN_FILLER =
  /^(?:unless|you|first|explicitly|manually|also|enable|turn|switch|on|opt|in|activate|configure|set|up|add|attach|create|specify|request|choose|select|purchase|buy|subscribe|deploy|provision|register|it|them|this|that|one|to|for|the|a|an|your|its|their)$/;
/** Words of a fact's phrases that name no feature. */
const PHRASE_FILLER =
  /^(?:by|default|enabled|disabled|on|off|is|are|be|turned|switched|automatically|automatic|auto|the|a|an|of|in|to|for|with|at|not|no)$/;
/**
 * Whether an opt-in condition turns on the item's property itself: it names no feature ("unless you opt in",
 * "unless you enable it"), or each word it names is a word of the item's phrases ("unless you turn on SSE" for
 * "SSE by default", "unless you enable encryption" for "encrypted by default").
 */
function conditionIsProperty(condition: string, item: Pick<AssertItem, 'a'>): boolean {
  const named = (condition.toLowerCase().match(/[a-z0-9]{2,}/g) ?? []).filter((w) => !OPT_IN_FILLER.test(w));
  if (!named.length) return true;
  // Compared by their first six letters: "encryption" turns on what "encrypted by default" says.
  const stem = (w: string): string => w.slice(0, 6);
  const own = new Set(
    (
      [...item.a.says, ...(item.a.opposite ?? [])]
        .join(' ')
        .toLowerCase()
        .match(/[a-z0-9]{2,}/g) ?? []
    )
      .filter((w) => !PHRASE_FILLER.test(w))
      .map(stem),
  );
  return named.every((w) => own.has(stem(w)));
}

/** A condition that supposes a capability or a fact ("if X can …", "if X does have …") rather than an event. */
const SUPPOSED = /\b(?:can|could|would|should|may|might|do|does|did)\b(?!['’]t)/i;

/** A leading condition up to its comma, a topic label allowed first: "StackSets: if …, …", "If …, …". */
const LEADING_CONDITION =
  /^(\W*(?:[\w/&+.'’-]+(?:\s+[\w/&+.'’-]+){0,3}\s*(?::|\s[—–-])\s*)?)(?:if|when|whenever|once)\s+([^,]{3,120}),\s*/i;

/**
 * "If a placement strategy can't be satisfied, ECS refuses to place the task": a leading condition that names the
 * item's subject (and nothing of its property) sets the scene the fact is about; what follows says what then
 * happens, with another actor (not a pronoun for the subject, not the subject again). The sentence as read: the
 * condition blanked but for the subject's name (offsets kept), or null when it is not so.
 */
export function situationRead(
  sentence: string,
  item: Pick<AssertItem, 'about' | 'says' | 'opposite'>,
): string | null {
  const m = LEADING_CONDITION.exec(sentence);
  if (!m) return null;
  const condition = m[2] as string;
  const main = sentence.slice(m[0].length);
  const about = firstMatch(item.about, condition);
  if (!about || firstMatch(item.about, main) || SUBJECT_PRONOUN.test(` ${main}`)) return null;
  if (firstMatch(item.says, condition) || (item.opposite && firstMatch(item.opposite, condition)))
    return null;
  if (!(firstMatch(item.says, main) ?? (item.opposite ? firstMatch(item.opposite, main) : null))) return null;
  if (unsureWording(condition) || unsureBeyondPhrases(main, item)) return null;
  // "If subnets can overlap, the design would change": a supposed capability, a counterfactual outcome.
  if (SUPPOSED.test(condition) || /\bwould\b/i.test(main)) return null;
  const aboutAt = m[0].indexOf(condition, (m[1] as string).length) + about.index;
  const end = aboutAt + about[0].length;
  return ' '.repeat(aboutAt) + about[0] + ' '.repeat(m[0].length - end) + main;
}

/**
 * The part of a sentence read for an item (`unsure`: unsureWording of the sentence): all of it; what comes before
 * a trailing condition that cannot make a never-true property true (claimedBeforeCondition; the caller then
 * flags only the property said to hold); or null when the sentence is unsure for it.
 */
export function readFor(
  sentence: string,
  item: Pick<AssertItem, 'a' | 'factId' | 'about' | 'says' | 'opposite'>,
  unsure: boolean,
): string | null {
  if (!unsure) return sentence;
  // Unsure, and none of its phrases in it: nothing to take out, nothing before a condition to read.
  if (
    firstMatch(item.says, sentence) === null &&
    (item.opposite === null || firstMatch(item.opposite, sentence) === null)
  )
    return null;
  if (!unsureBeyondPhrases(sentence, item)) return sentence;
  const cut = item.a.holds || DEFAULT_FACT.test(item.factId) ? -1 : claimedBeforeCondition(sentence, item);
  return cut < 0 ? null : sentence.slice(0, cut);
}

/**
 * "while" for the time something holds, not a second subject set against the first: a pronoun or a bare
 * participle after it ("while it was on", "while stopped", "while replicating"), or a thing in lower case and its
 * state ("while the instance is stopped", "while a task runs", "while datasets still use it"). "… while NLB is
 * layer 4", "while gp3 gives …" (a name, a comparison) stay a contrast.
 */
const TEMPORAL_WHILE =
  /\b[Ww]hile\s+(?:(?:it|they|you)(?:['’](?:s|re))?\s|(?:still\s+)?[a-z]+(?:ing|ed)\b|(?:idle|in\s+use|in\s+progress|offline|pending)\b|(?:(?:the|a|an|its|their|your)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:(?:is|are|was|were)\s+(?:still\s+)?(?:stopped|running|idle|pending|offline|deleted|in\s+use|in\s+progress|[a-z]+ing)\b|(?:still\s+)?(?:runs|run|uses|use|is\s+running)\b))/g;

/** Whether a sentence's wording makes it unsure or sets two subjects against each other. */
export function unsureWording(sentence: string): boolean {
  return unsureSentence(sentence) || contrasted(sentence);
}

/**
 * The choices a subject is named with, in brackets or as the line's topic label: "performance mode (General
 * Purpose vs Max I/O) …", "Dedicated Hosts vs Dedicated Instances: …". They set nothing against the statement.
 */
const VS_GLOSS = /\([^()]*\b(?:vs|versus)\b[^()]*\)/gi;
const VS_LABEL =
  /^\W*[\w/&+.'’-]+(?:\s+[\w/&+.'’-]+){0,3}\s+(?:vs\.?|versus)\s+[\w/&+.'’-]+(?:\s+[\w/&+.'’-]+){0,3}\s*:\s/i;

/**
 * "works with both S3 and EFS", "stop & hibernate both supported": "both" over a pair of names says the same of
 * each, it sets nothing against the statement. A "both" alone ("never both", "X and Y both differ") stays.
 */
const BOTH_LIST =
  /\bboth\s+(?:[\w/.+-]+\s+){0,3}?[\w/.+-]+\s*(?:and|&)\s+[\w/.+-]+|[\w/.+-]+\s*(?:and|&)\s+[\w/.+-]+(?:\s+[\w/.+-]+){0,2}?\s+both\b/gi;
/**
 * "Both tunnels of a connection end in …": "both" opening the sentence before its one plural subject, with no pair
 * anywhere in the sentence ("and", "or", "&", "vs", another "both"), names no second subject.
 */
const BOTH_DETERMINER =
  /^(?![^]*\b(?:and|or|nor|vs|versus|either|neither)\b|[^]*&|[^]*\bboth\b[^]*\bboth\b)\W*both\s+(?:the\s+|of\s+the\s+)?(?=[a-z])/i;
/** Whether a sentence sets two subjects against each other (CONTRAST), but for a temporal "while" or a "vs" gloss. */
function contrasted(sentence: string): boolean {
  if (!CONTRAST.test(sentence)) return false;
  let rest = sentence;
  if (/\bboth\b/i.test(rest)) rest = rest.replace(BOTH_LIST, ' ').replace(BOTH_DETERMINER, ' ');
  if (/\bwhile\b/i.test(rest)) rest = rest.replace(TEMPORAL_WHILE, ' ');
  if (/\b(?:vs|versus)\b/i.test(rest)) rest = rest.replace(VS_GLOSS, ' ').replace(VS_LABEL, ' ');
  return rest === sentence || CONTRAST.test(rest);
}

/**
 * Whether a sentence is still unsure (unsureWording) without the item's own property phrases: a fact's phrase
 * may hold such a word ("depends on ZooKeeper", "deleted right when", "lost when stopped", "both clusters"), which
 * then says the property, not a condition or a contrast.
 */
export function unsureBeyondPhrases(sentence: string, item: Pick<AssertItem, 'says' | 'opposite'>): boolean {
  let rest = sentence.replace(item.says, ' ');
  if (item.opposite) rest = rest.replace(item.opposite, ' ');
  return unsureWording(rest);
}

/** Whether a sentence's wording makes it unsure (UNSURE), an "only … when" aside. */
export function unsureSentence(sentence: string): boolean {
  // The asides only take words out (each leaves a word boundary where it cut), so a sentence without any
  // UNSURE word has none after them either: most sentences stop here, before the two replacements.
  let m = UNSURE.exec(sentence);
  if (!m) return false;
  if (sentence.includes('(')) {
    const rest = sentence.replace(EXAMPLE_ASIDE, ' ');
    if (rest !== sentence) {
      sentence = rest;
      m = UNSURE.exec(sentence);
      if (!m) return false;
    }
  }
  if (EXAMPLE_WORDS.test(m[0])) {
    const t = TRAILING_EXAMPLES.exec(sentence);
    // Examples with a hedge or condition of their own ("e.g. when …") still hedge.
    if (t && !UNSURE.test(t[0].replace(/^[\s,]*(?:e\.g\.?|for example|such as)/i, ' '))) {
      sentence = sentence.slice(0, t.index);
      m = UNSURE.exec(sentence);
      if (!m) return false;
    }
  }
  // The asides take out only "if", "when" and "whenever" (with the words around them): any other UNSURE word
  // stays, so the first one found settles it without the replacements.
  if (!ASIDE_WORDS.has(m[0].toLowerCase())) return true;
  return UNSURE.test(sentence.replace(ONLY_WHEN, 'only$1').replace(NOT_A_CONDITION, ' '));
}

/**
 * A topic label before a generic actor ("RDS: you can …", "EBS — you can …", "In Aurora, you can …"): the
 * label names where the sentence is, the actor and what follows are the claim. At most four words, none of
 * them the actor or a verb.
 */
const LEAD_LABEL =
  /^\W*(?:in\s+|for\s+|with\s+)?(?:[\w/&+.'’]+[\s-]+){0,3}?[\w/&+.'’]+\s*(?::|\s[—–-]|,)\s*(?=(?:you|we|one)\s)/i;

function withoutLeadLabel(text: string): string {
  const m = LEAD_LABEL.exec(text);
  // A label names, it says nothing: words of a verb make it a clause of its own ("GSIs are great: you can …").
  return m && !/\b(?:you|we|one|is|are|was|were|can|cannot|will|has|have|does|do)\b/i.test(m[0])
    ? text.slice(m[0].length)
    : text;
}

/** Whether the words before a property phrase are a generic actor ("you can"), a topic label allowed first. */
export function genericSubjectBefore(prefix: string): boolean {
  return GENERIC_SUBJECT.test(withoutLeadLabel(prefix));
}

/**
 * "multiple"/"several" in a property phrase ("span multiple Regions", "several mount targets"): a note may
 * write the count itself ("span nodes in 2 Regions", "3 mount targets"), any whole number from 2 to 99 or
 * two to ten in words; not a fraction or a decimal's digits ("0.25 shards"). The word itself still matches.
 */
const MANY = /^(?:multiple|several)$/i;
/**
 * A count in digits that manyWord reads as "multiple": the line's items keyed by "multiple"/"several" are tried
 * too. A count in words ("two Regions") still matches a phrase, but only when another of its words finds it.
 */
const COUNT_WORD = /(?<![0-9.,A-Za-z])(?:[2-9]|[1-9][0-9])(?![0-9.,%])/;

function manyWord(w: string): string | null {
  return MANY.test(w)
    ? `(?:${escapeRe(w)}|(?<![0-9.,])(?:[2-9]|[1-9][0-9])(?![0-9.,%])|two|three|four|five|six|seven|eight|nine|ten)`
    : null;
}

/** The all-capital aliases ("DDB", "CW") each listed for one entry only: entry id → them. */
function soleAbbreviations(aliases: Readonly<Record<string, readonly string[]>>): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (const [id, names] of Object.entries(aliases))
    for (const n of names) if (/^[A-Z][A-Z0-9]{1,5}$/.test(n)) owners.set(n, [...(owners.get(n) ?? []), id]);
  const out = new Map<string, string[]>();
  for (const [n, ids] of owners)
    if (ids.length === 1) out.set(ids[0] as string, [...(out.get(ids[0] as string) ?? []), n]);
  return out;
}

/**
 * A yes/no fact's subject and context names with a service's abbreviation for the name it abbreviates: the
 * capitals of a CamelCase name ("DDB" for "DynamoDB", "CW" for "CloudWatch"), so "DDB transaction" names
 * "DynamoDB transaction". Other names are left as they are.
 */
function withAbbreviations(a: FactAssert, abbreviations: readonly string[]): FactAssert {
  if (!abbreviations.length) return a;
  const swap = (list: readonly string[]): string[] => {
    const out = [...list];
    for (const p of list)
      for (const w of p.split(/\s+/)) {
        const caps = /^[A-Z][a-z]+(?:[A-Z][a-z]*)+$/.test(w) ? w.replace(/[^A-Z]/g, '') : '';
        const ab = abbreviations.find((x) => x === caps);
        if (ab) out.push(p.replace(w, ab));
      }
    return [...new Set(out)];
  };
  return { ...a, about: swap(a.about), ...(a.context ? { context: swap(a.context) } : {}) };
}

/**
 * Words that carry no property of their own: a phrase's active-voice form must keep two other words
 * (activeForms), so that it does not shrink to one verb ("encrypted" → "encrypts", "turned on" → "turn on").
 */
const FUNCTION_WORD =
  /^(?:the|a|an|is|are|be|been|was|were|can|does|do|did|has|have|had|its|it|to|of|in|on|off|at|by|for|from|with|into|as|or|and|any|all|each|every|per|than|that|this|your|you)$/i;

/** The words of a phrase that carry its meaning (longer than two letters, not FUNCTION_WORD). */
function contentWords(p: string): number {
  return p
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 2 && !FUNCTION_WORD.test(w)).length;
}

/**
 * Irregular participles of the verbs notes use for what a service does with data ("logs are kept for 30 days" as
 * "CloudWatch keeps logs for 30 days"): participle → plain form. Not those whose active form names another actor
 * ("paid", "sold") or another meaning ("lost on stop" is no "loses on stop"; "made private" no "makes private").
 */
const IRREGULAR_PARTICIPLES: ReadonlyMap<string, string> = new Map([
  ['kept', 'keep'],
  ['held', 'hold'],
  ['sent', 'send'],
  ['written', 'write'],
  ['built', 'build'],
  ['hidden', 'hide'],
  ['chosen', 'choose'],
  ['taken', 'take'],
  ['thrown', 'throw'],
  ['frozen', 'freeze'],
]);

/** A participle activeForms turns into an active verb: a regular one ("created") or an irregular one it knows. */
function isParticiple(w: string): boolean {
  return /^[a-z]{3,}ed$/i.test(w) || IRREGULAR_PARTICIPLES.has(w.toLowerCase());
}

/** The plain forms a past participle may come from: "created" → create, "logged" → log, "copied" → copy, "kept" → keep. */
function verbBases(participle: string): string[] {
  const irregular = IRREGULAR_PARTICIPLES.get(participle);
  if (irregular) return [irregular];
  const stem = participle.slice(0, -2);
  if (/[^aeiou]i$/i.test(stem)) return [`${stem.slice(0, -1)}y`];
  // "dropped", "logged" (not "billed", "passed": a double l, s, f or z may be the verb's own).
  if (/([bdgmnprt])\1$/i.test(stem)) return [stem.slice(0, -1)];
  return [stem, `${stem}e`];
}

/** A verb's third person singular: "log" → logs, "push" → pushes, "copy" → copies. */
function thirdPerson(base: string): string {
  if (/(?:s|x|z|ch|sh)$/i.test(base)) return `${base}es`;
  return /[^aeiou]y$/i.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
}

/** What may come before a passive's "be" when its active form is read: "can still be created" → "can still create". */
const MODAL = /^(?:can|could|may|might|must|will|would|should|to|need|needs|has|have)$/i;

/** Words that may stand between a copula and its participle, or open a phrase before it: "is still created". */
const BEFORE_VERB = /^(?:still|also|always|only|automatically|never|ever|now|then|just)$/i;

/**
 * A phrase in the passive voice said in the active, as notes write it with the service as the actor: "data
 * events are logged by default" as "a trail logs data events by default" ("logged by default" → "logs / log
 * … by default"), "can still be created" as "you can still create" ("be <participle>" → the plain verb). The
 * participle must be the phrase's verb: its first word (after an adverb such as "still"), or after "be", "is",
 * "are" or "get" ("stored unencrypted", "logs delivered while" keep their adjectives). Only forms that the KB's
 * own text uses as words (`vocabulary`: no "enabls" from "enabled") and that keep two words of meaning
 * (contentWords, so that "turned on" does not shrink to "turn on"). Irregular participles only as
 * IRREGULAR_PARTICIPLES lists them.
 */
function activeForms(p: string, vocabulary: ReadonlySet<string>): string[] {
  const ws = p.trim().split(/\s+/);
  let i = 0;
  while (i < ws.length - 1 && BEFORE_VERB.test(ws[i] as string)) i++;
  let aux = '';
  if (!isParticiple(ws[i] as string)) {
    // "<be|is|are|get> [adverb] <participle>": the copula's place.
    const at = ws.findIndex((w) => /^(?:be|been|is|are|get|gets)$/i.test(w));
    if (at < 0) return [];
    aux = (ws[at] as string).toLowerCase();
    i = at + 1;
    while (i < ws.length - 1 && BEFORE_VERB.test(ws[i] as string)) i++;
    if (i >= ws.length || !isParticiple(ws[i] as string)) return [];
    // What the passive says of a noun before it ("flow logs must be enabled", "data events are logged") the
    // active says after the verb: only a modal or an adverb may come first.
    if (!ws.slice(0, at).every((x) => BEFORE_VERB.test(x) || MODAL.test(x))) return [];
  }
  const w = ws[i] as string;
  const out: string[] = [];
  for (const b of verbBases(w.toLowerCase())) {
    const forms = aux === 'be' || aux === 'been' ? [b] : [thirdPerson(b), b];
    for (const v of forms) {
      if (!vocabulary.has(v)) continue;
      // "be" and "is/are/get" go; the adverbs between stay ("can still be created" → "can still create").
      const head = aux
        ? ws.slice(
            0,
            ws.findIndex((x) => x.toLowerCase() === aux),
          )
        : ws.slice(0, i);
      const mid = aux ? ws.slice(head.length + 1, i) : [];
      out.push([...head, ...mid, v, ...ws.slice(i + 1)].join(' '));
    }
  }
  return out.filter((v) => contentWords(v) >= 2);
}

/** Every word of the facts' labels, values and claims, lower-cased: the forms activeForms may produce. */
export function kbVocabulary(entries: readonly KbEntry[]): Set<string> {
  const out = new Set<string>();
  for (const e of entries)
    for (const f of e.facts)
      for (const t of [f.label, f.value, f.assert?.claim ?? ''])
        for (const w of t.toLowerCase().match(/[a-z]+/g) ?? []) out.add(w);
  return out;
}

/**
 * A yes/no fact's property phrases (says, opposite) with their active-voice forms (activeForms), and those
 * phrases' other word forms (wordForms).
 */
export function withActiveVoice(a: FactAssert, vocabulary: ReadonlySet<string>): FactAssert {
  const more = (list: readonly string[]): string[] => {
    const voiced = [...list, ...list.flatMap((p) => activeForms(p, vocabulary))];
    return [
      ...new Set([
        ...voiced,
        ...voiced.flatMap((p) => wordForms(p, vocabulary)),
        ...verbNouns(list, vocabulary),
      ]),
    ];
  };
  return {
    ...a,
    says: more(a.says),
    ...(a.opposite ? { opposite: more(a.opposite) } : {}),
    // A context verb's noun: "remove" also as "removal" (the context is matched as a word's beginning).
    ...(a.context ? { context: [...new Set([...a.context, ...verbNouns(a.context, vocabulary)])] } : {}),
  };
}

/**
 * The nouns of a list's one-word verbs, a verb being a word the list also holds in its third person, past
 * participle or "-ing" form ("expire", "expires" → expiry, expiration; context "remove", "removed" → removal):
 * "no expiry" says "does not expire".
 */
function verbNouns(list: readonly string[], vocabulary: ReadonlySet<string>): string[] {
  const lower = new Set(list.map((p) => p.trim().toLowerCase()));
  return [...lower]
    .filter(
      (w) =>
        /^[a-z]+$/.test(w) &&
        [thirdPerson(w), `${w.replace(/e$/, '')}ed`, `${w.replace(/e$/, '')}ing`].some((f) => lower.has(f)),
    )
    .flatMap((w) => nounsOf(w, vocabulary));
}

/**
 * The inflections of the property verbs WORD_SYNONYMS knows: plain, third person, past participle, "-ing"
 * (irregular ones spelt out).
 */
const VERB_INFLECTIONS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['turn', 'turns', 'turned', 'turning'],
      ['switch', 'switches', 'switched', 'switching'],
      ['disable', 'disables', 'disabled', 'disabling'],
      ['enable', 'enables', 'enabled', 'enabling'],
      ['overwrite', 'overwrites', 'overwritten', 'overwriting'],
      ['replace', 'replaces', 'replaced', 'replacing'],
      ['shrink', 'shrinks', 'shrunk', 'shrinking'],
      ['reduce', 'reduces', 'reduced', 'reducing'],
      ['decrease', 'decreases', 'decreased', 'decreasing'],
      ['stop', 'stops', 'stopped', 'stopping'],
      ['end', 'ends', 'ended', 'ending'],
    ] as const
  ).map((forms) => [forms[0], forms]),
);

/**
 * The common general synonyms of the property verbs, as word sequences of plain forms: a phrase that says one
 * says the others (the same inflection). Each row lists what its first entry may be written as; a row is
 * read both ways only where it is listed both ways. "stop" → "end" only before its object ("stops the hourly
 * charge" as "ends the hourly charge", not "the task stops" as "the task ends", which may be its normal end);
 * "overwrite" → "replace" only that way ("replaced with On-Demand" is no overwrite).
 */
const WORD_SYNONYMS: readonly (readonly [readonly string[], readonly (readonly string[])[]])[] = [
  [
    ['turn', 'off'],
    [['switch', 'off'], ['disable']],
  ],
  [
    ['switch', 'off'],
    [['turn', 'off'], ['disable']],
  ],
  [
    ['disable'],
    [
      ['turn', 'off'],
      ['switch', 'off'],
    ],
  ],
  [
    ['turn', 'on'],
    [['switch', 'on'], ['enable']],
  ],
  [
    ['switch', 'on'],
    [['turn', 'on'], ['enable']],
  ],
  [
    ['enable'],
    [
      ['turn', 'on'],
      ['switch', 'on'],
    ],
  ],
  [['overwrite'], [['replace']]],
  [['shrink'], [['reduce'], ['decrease']]],
  [['reduce'], [['shrink'], ['decrease']]],
  [['decrease'], [['shrink'], ['reduce']]],
  [['stop'], [['end']]],
];

/** What may follow "stop" for it to be read as "end": its object, not a verb ("stop being billed") or nothing. */
const STOP_OBJECT = /^(?:\*|the|a|an|its|their|all|any|billing|charges?|charging)$/i;

/** Adverbs of manner whose adjective a noun takes ("deleted immediately" as "immediate deletion"). */
const MANNER_ADVERB =
  /^(?:immediately|automatically|fully|instantly|manually|synchronously|asynchronously|continuously)$/i;

/** An adverb's adjective: "automatically" → automatic, "fully" → full, "immediately" → immediate. */
function adjectiveOf(adverb: string): string {
  const w = adverb.toLowerCase();
  if (w.endsWith('ically')) return w.slice(0, -4);
  if (w === 'fully') return 'full';
  return w.slice(0, -2);
}

/** Verbs whose noun is the verb itself ("full support", "immediate update"). */
const SAME_NOUN = /^(?:support|update|upgrade|change|restore|failover)$/;

/**
 * The nouns of a verb that the KB's own text uses (`vocabulary`): "delete" → deletion, "replicate" →
 * replication, "encrypt" → encryption, "remove" → removal, "renew" → renewal, "expire" → expiry/expiration,
 * "replace" → replacement, "support" → support.
 */
function nounsOf(base: string, vocabulary: ReadonlySet<string>): string[] {
  const b = base.toLowerCase();
  const out: string[] = [];
  if (/(?:at|et)e$/.test(b)) out.push(`${b.slice(0, -1)}ion`);
  if (/crypt$/.test(b)) out.push(`${b}ion`);
  if (/ire$/.test(b)) out.push(`${b.slice(0, -1)}y`, `${b.slice(0, -1)}ation`);
  if (/ize$/.test(b)) out.push(`${b.slice(0, -1)}ation`);
  if (/(?:ove|ew|ive)$/.test(b)) out.push(`${b.replace(/e$/, '')}al`);
  if (/(?:ace|oy|orce)$/.test(b)) out.push(`${b}ment`);
  if (SAME_NOUN.test(b)) out.push(b);
  return out.filter((n) => vocabulary.has(n));
}

/** The plain forms of a verb form: a participle's (verbBases), a third person's ("deletes" → delete), the word. */
function basesOfForm(w: string): string[] {
  const x = w.toLowerCase();
  if (isParticiple(x)) return verbBases(x);
  const out = [x];
  if (/[a-z]{3,}s$/.test(x) && !x.endsWith('ss')) {
    out.push(x.slice(0, -1));
    if (/(?:s|x|z|ch|sh)es$/.test(x)) out.push(x.slice(0, -2));
    if (/[^aeiou]ies$/.test(x)) out.push(`${x.slice(0, -3)}y`);
  }
  return out;
}

/** A particle that makes a participle a phrasal verb: "turned off" has no "-able" adjective. */
const PARTICLE = /^(?:on|off|up|down|out|back|over|in)$/i;

/** The "-able" adjective of a verb: "remove" → removable, "edit" → editable, "change" → changeable. */
function ableOf(base: string): string {
  if (/[cg]e$/.test(base)) return `${base}able`;
  if (/[^e]e$/.test(base)) return `${base.slice(0, -1)}able`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}iable`;
  return `${base}able`;
}

/**
 * A property phrase's other word forms, the same meaning said with another form of its verb, as notes write it:
 * - an adverb of manner alone as its adjective ("immediately" → "immediate"); with its verb as the adjective and noun: "deleted immediately", "immediately deletes" →
 *   "immediate deletion"; "renewed automatically" → "automatic renewal"; "fully supports macros" → "full
 *   support for macros" (the noun's object after "of", or "for" for "support");
 * - a participle or verb before a preposition as its noun: "encrypted at rest" → "encryption at rest",
 *   "replicated across Regions" → "replication across Regions" (the phrase's first word, so that its subject
 *   is not in the phrase);
 * - "can be <participle>" as its "-able" adjective: "can be removed" → "removable", "subnets can be removed" →
 *   "subnets are removable" (not a phrasal verb: "turned off");
 * - "can <verb>" as "able to <verb>": "can still decrypt" → "still able to decrypt";
 * - a property verb's common synonyms (WORD_SYNONYMS), in the same inflection: "turned off" → "switched off" /
 *   "disabled", "shrink the volume" → "reduce the volume", "stops the charge" → "ends the charge".
 * Nouns only as the KB's own text uses them (nounsOf); only forms that keep the phrase's meaning.
 */
export function wordForms(p: string, vocabulary: ReadonlySet<string>): string[] {
  const ws = p.trim().split(/\s+/);
  const lower = ws.map((w) => w.toLowerCase());
  const out: string[] = [];
  // The verb and its adverb of manner, the whole phrase (a gap may stand between them): the adjective and noun.
  const adv = lower.findIndex((w) => MANNER_ADVERB.test(w));
  // The adverb alone as its adjective: "immediately" → "immediate" ("immediate removal of the account").
  if (adv === 0 && ws.length === 1 && vocabulary.has(adjectiveOf(lower[0] as string)))
    out.push(adjectiveOf(lower[0] as string));
  if (adv >= 0 && ws.length <= 3) {
    const rest = lower.filter((_, i) => i !== adv);
    const verb = rest.length === 1 || (rest.length === 2 && rest[1] === '*') ? rest[0] : undefined;
    if (verb && verb !== '*' && (adv === 0 || lower[0] === verb)) {
      const adj = adjectiveOf(lower[adv] as string);
      if (vocabulary.has(adj))
        for (const b of basesOfForm(verb)) for (const n of nounsOf(b, vocabulary)) out.push(`${adj} ${n}`);
    }
  }
  // "fully supports macros" → "full support for macros": the adverb first, the verb, its object.
  if (adv === 0 && ws.length >= 3 && lower[1] !== '*' && !PARTICLE.test(lower[2] as string)) {
    const adj = adjectiveOf(lower[0] as string);
    if (vocabulary.has(adj))
      for (const b of basesOfForm(lower[1] as string))
        for (const n of nounsOf(b, vocabulary))
          out.push([adj, n, n === 'support' ? 'for' : 'of', ...ws.slice(2)].join(' '));
  }
  // "encrypted at rest" → "encryption at rest".
  if (
    ws.length >= 2 &&
    /^(?:at|across|to|in|into|between|within|by)$/.test(lower[1] as string) &&
    lower[0] !== '*'
  )
    for (const b of basesOfForm(lower[0] as string)) {
      // Not the word itself, nor a noun that is also the verb ("changed to Express" is no "change to Express").
      if (b === lower[0]) continue;
      for (const n of nounsOf(b, vocabulary)) if (n !== b) out.push([n, ...ws.slice(1)].join(' '));
    }
  // "can be removed" → "removable"; "subnets can be removed" → "subnets are removable".
  const can = lower.indexOf('can');
  if (
    can >= 0 &&
    lower[can + 1] === 'be' &&
    isParticiple(lower[can + 2] ?? '') &&
    !IRREGULAR_PARTICIPLES.has(lower[can + 2] as string) &&
    !PARTICLE.test(lower[can + 3] ?? '')
  ) {
    const head = ws.slice(0, can);
    const copula = head.length ? [/[^su]s$/i.test(head[head.length - 1] as string) ? 'are' : 'is'] : [];
    // The plain forms the KB's text uses ("change", not "chang"), or all of them when it uses none.
    const bases = verbBases(lower[can + 2] as string);
    const known = bases.filter((b) => vocabulary.has(b) || vocabulary.has(thirdPerson(b)));
    for (const adj of new Set((known.length ? known : bases).map(ableOf)))
      out.push([...head, ...copula, adj, ...ws.slice(can + 3)].join(' '));
  }
  // "can still decrypt" → "still able to decrypt": "can" first, an adverb, a verb (not "be").
  if (lower[0] === 'can' && ws.length >= 2) {
    let i = 1;
    while (i < ws.length - 1 && BEFORE_VERB.test(lower[i] as string)) i++;
    if (lower[i] !== 'be' && lower[i] !== '*')
      out.push([...ws.slice(1, i), 'able', 'to', ...ws.slice(i)].join(' '));
  }
  out.push(...synonymForms(ws));
  return [...new Set(out)].filter((x) => x.toLowerCase() !== p.trim().toLowerCase());
}

/** A phrase with each property verb WORD_SYNONYMS knows said as its synonyms, in the same inflection. */
function synonymForms(ws: readonly string[]): string[] {
  const lower = ws.map((w) => w.toLowerCase());
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++)
    for (const [from, tos] of WORD_SYNONYMS) {
      const forms = VERB_INFLECTIONS.get(from[0] as string) as readonly string[];
      const k = forms.indexOf(lower[i] as string);
      // Not a name ("Overwrite defaults to true", "default is Enable"): lower case only.
      if (k < 0 || ws[i] !== lower[i] || from.slice(1).some((w, j) => lower[i + 1 + j] !== w)) continue;
      if (from[0] === 'stop' && !STOP_OBJECT.test(lower[i + 1] ?? '')) continue;
      for (const to of tos) {
        const verb = (VERB_INFLECTIONS.get(to[0] as string) as readonly string[])[k] as string;
        out.push([...ws.slice(0, i), verb, ...to.slice(1), ...ws.slice(i + from.length)].join(' '));
      }
    }
  return out;
}

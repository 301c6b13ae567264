/**
 * The fact-check's precision stage. The claim checker binds a figure in a note to a knowledge-base fact and
 * decides it contradicts the fact; before that becomes a flag, this module asks whether the binding is
 * clearly established, and vetoes it when it is not: telling a student that a correct note is wrong is the
 * worst thing a fact-check can do, so "when unsure, don't flag". Each rule names one way a figure can sit
 * next to a fact's words without being that fact's value:
 *
 * - range-end: the figure is one end of a range written in words ("from A up to B", "A to B"): the low end
 *   says nothing about a maximum, a default or an exact figure, the high end nothing about a minimum;
 * - split-range: what was read as one range has a service or variant name inside ("100,000 standard topics
 *   and 1,000 FIFO topics"): two figures of two things;
 * - threshold: "larger than A", "under A" state a threshold a thing is compared with, not the limit;
 * - modifier: the claim and the fact share a noun but qualify it differently ("refresh token" against the
 *   fact's "access token", "manual snapshot" against "automated snapshot");
 * - sibling: another fact of the same subject states this very figure and the claim restates that fact's
 *   own figure, or names that fact's own words more than the flagged fact's ("BatchWriteItem … 16 MB" when the 16 MB belongs to the
 *   BatchWriteItem fact, not the Query one);
 * - qualifier: the claim restricts itself to a case the fact does not name ("on non-X instances",
 *   "standard-tier …");
 * - raised-quota: the sentence gives the fact's default quota and then the figure it can be raised to;
 * - default-maximum: the fact's own text calls the figure its default maximum;
 * - borrowed-kind: the "default" or "min" that made the figure a default or minimum claim belongs to
 *   another figure ("up to 900 s (default 300 s)") or is the figure's own unit ("5 min");
 * - later-name: the variant the fact is about is named only after the figure, beside a figure of its own;
 * - other-subject: the words since the previous figure name a service, and not the fact's;
 * - other-name: the claim calls the service by another of its names (an engine) than the one the fact is about;
 * - missing-operation: the fact is about one API operation and the claim's sentence does not name it;
 * - other-count: the fact's label counts something ("one full vCPU") the claim counts otherwise ("6 vCPU");
 * - other-scope: the figure's own words say what it is counted per ("per mount target", "for the same
 *   principal", "in a 3-AZ Region") and the fact says nothing of that thing: another quota of the thing;
 * - stated-elsewhere: the same part of the sentence already gives the fact's own figure ("high-resolution
 *   (1 s) metrics are kept for 3 hours"): the other figure of that dimension is about something else;
 * - derived: the figure is the fact's figure times a count the sentence gives ("10 shards = 20 MB/s");
 * - worked-out: the note shows the sum that gives the figure ("65,531 (65,536 - 5)");
 * - counted-opposite: the figure's own qualifier is the opposite of the label's ("usable" vs "reserved");
 * - unbound-in-list: in a line of several figures, the figure's own words (between its neighbours) do not
 *   name the fact's attribute;
 * - other-thing: the claim measures (size, length…) another thing than the label ("pattern size" against
 *   "policy size"), and the label's thing is nowhere in the sentence;
 * - other-unit-qualifier: the fact counts a qualified thing ("health checks") and the figure counts the same
 *   noun qualified otherwise ("255 child checks"): another count;
 * - interval: the figure follows "every" (how often something repeats) and the fact is no period or rate;
 * - listed-sibling: another item of the line's list or table row already gives the fact's own figure;
 * - contrasted-item: another item names the same thing of the label with another qualifier ("active findings
 *   … 90 days, closed findings … 14 days") and gives the fact's own figure: this one is the other case's;
 * - other-attribute: the sentence names none of the fact's label words but two of another fact's;
 * - subset: the sentence narrows the thing by a threshold first ("topics with messages above 256 KiB: up to
 *   100 subscriptions"): the figure is that subset's;
 * - step-size: "in 1 s increments", "multiples of 2400 GiB": a step, which judges only a step-size fact whose
 *   own thing the sentence names (and a maximum never judges a granularity);
 * - sum-term: "first 4 + last 1": a term of a written-out sum;
 * - value-list: "can be 1, 5, 10 or 60 s": one of a list of allowed values;
 * - side-figure: the fact's own text gives the figure for a neighbour ("1 million (tables hold up to 10
 *   million)") and the line also gives the fact's official figure;
 * - later-subject: the fact's service is named only after the figure, in a later part with its own figure,
 *   and another service before it;
 * - other-kept: "history kept 90 days": the thing kept is not the fact's;
 * - example: the clause gives the figure as an example ("example rule … after 14 days", "e.g.").
 * - prefix-size: the figure is the size of a CIDR block the sentence writes as a prefix ("a /24 has 256
 *   addresses", "/28 → 11 usable"): arithmetic on the prefix, not a quota.
 * - setting: "we set … to 60 s", "Param=14": a value someone chose, inside the range the fact allows;
 * - other-variant-word: the fact's label names a variant by a proper word ("Windows") the clause does not say,
 *   and the clause says another proper word that labels other facts of the service ("Lustre").
 * (threshold also needs the sentence to name one of the fact's label words: a service name alone binds no
 * threshold; worked-out also reads "256 addresses: 251 usable + 5 reserved".)
 *
 * A count of another noun ("250 ENIs" against a count of VPCs) never reaches this stage: quantity.ts reads
 * the counted noun and the checker only binds counts whose noun maps to the fact's.
 *
 * Pure; depends only on quantity.ts. The checker's own types are met structurally, so there is no cycle.
 */
import { factQuantities, memoByText } from './prefilterMemo';
import { parenRestatement, sameValue, singular, type Dimension, type Quantity } from './quantity';

export type GuardKind = 'max' | 'min' | 'default' | 'exact';

/** What the guard needs of a fact (the checker's indexed fact has these fields). */
export interface GuardFact {
  fact: {
    id: string;
    label: string;
    value: string;
    numeric?: number;
    unit?: string;
    check?: { keywords?: string[] };
  };
  kind: GuardKind;
  dim: Dimension;
  noun: string;
  official: number;
  quota: boolean;
  /** The subject (KB entry, or a sub-subject) the fact is about, and its entry's title. */
  subject?: string;
  entryId?: string;
  entryTitle?: string;
}

export interface GuardInput {
  /** The line the figure is on (links blanked) and the clause of it the checker read the claim from. */
  line: string;
  clauseStart: number;
  clauseEnd: number;
  /** Every quantity of the line, and the index of the one about to be flagged. */
  qs: readonly Quantity[];
  qi: number;
  /** What kind of figure the checker read the claim as. */
  claimKind: 'max' | 'min' | 'default' | null;
  fact: GuardFact;
  /** The other facts of the same subject. */
  siblings: readonly GuardFact[];
  /** Spans of service and variant names in the line: names, not attribute words. */
  names: readonly { start: number; end: number }[];
  /** Spans of the variant names alone ("WebSocket", "Standard-IA", "gp3"). */
  variants: readonly { start: number; end: number }[];
  /** Service names in the line and the subjects each may mean. */
  subjects?: readonly { start: number; end: number; value: readonly string[] }[];
  /** Finds service names (and the subjects they may mean) in any text, e.g. the fact's label. */
  namesIn?: (text: string) => readonly { start: number; end: number; value: readonly string[] }[];
  /** Whether the flag would say "outdated" (the figure is a past official value: its binding is proven). */
  outdated: boolean;
  countNouns: ReadonlySet<string>;
  /** Claim noun → the fact nouns it may stand for. */
  nounMap: ReadonlyMap<string, ReadonlySet<string>>;
  /** Whether a text names the fact's attribute (one of its label words or their synonyms). */
  attributeIn?: (text: string) => boolean;
  /** The checker judged the figure as a step against a step the fact's own text states ("in 1-second steps"). */
  stepStated?: boolean;
  /** Every fact label of the KB (any service): compounds they use ("health check interval") name things. */
  allLabels?: readonly string[];
}

/** The three-word compounds of the KB's labels ("health check interval"), by label list. */
const compoundCache = new WeakMap<readonly string[], Set<string>>();
function labelCompounds(labels: readonly string[]): Set<string> {
  let out = compoundCache.get(labels);
  if (!out) {
    out = new Set<string>();
    for (const l of labels) {
      const ts = tokens(l.replace(/\([^)]*\)/g, ' '));
      for (let k = 2; k < ts.length; k++) {
        const ws = [ts[k - 2], ts[k - 1], ts[k]].map((t) => (t as Token).word);
        if (ws.every((w) => content(w) && !KIND_WORDS.test(w))) out.add(ws.join(' '));
      }
    }
    compoundCache.set(labels, out);
  }
  return out;
}

export type GuardRule =
  | 'range-end'
  | 'split-range'
  | 'threshold'
  | 'modifier'
  | 'sibling'
  | 'qualifier'
  | 'raised-quota'
  | 'default-maximum'
  | 'borrowed-kind'
  | 'later-name'
  | 'other-subject'
  | 'other-name'
  | 'missing-operation'
  | 'other-count'
  | 'other-scope'
  | 'stated-elsewhere'
  | 'subset'
  | 'derived'
  | 'worked-out'
  | 'restated-total'
  | 'counted-opposite'
  | 'unbound-in-list'
  | 'other-thing'
  | 'other-unit-qualifier'
  | 'interval'
  | 'listed-sibling'
  | 'contrasted-item'
  | 'other-attribute'
  | 'step-size'
  | 'sum-term'
  | 'value-list'
  | 'side-figure'
  | 'later-subject'
  | 'other-kept'
  | 'example'
  | 'prefix-size'
  | 'setting'
  | 'other-variant-word'
  | 'denied-outside';

/** Words that carry no attribute: function words, kind words, verbs of having and setting. */
const FUNCTION_WORDS = new Set(
  'a an the of per for to in on by with and or from at as is are be been can could may its it one each any all only not no yes does do how what which who when where this that these those than up after before within about via without into onto out over under then so but yet also just both either max maximum min minimum default defaults quota quotas limit limits limited total up upto most least largest longest shortest lowest highest smallest single new more less set sets setting settings configured configurable adjustable value values range has have had gets get got give gives keep keeps kept last lasts stay stays support supports supported allow allows allowed hold holds take takes store stores run runs use uses used using will would should must you your we our they their there here across among along during through until upon inside outside toward towards beyond behind against s'.split(
    ' ',
  ),
);
const KIND_WORDS = /^(?:max(?:imum)?|min(?:imum)?|default|longest|shortest|largest|smallest|highest|lowest)$/;

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokens(text: string, offset = 0): Token[] {
  // Offset 0 (a fact's label, a figure's words): memoised (pure: they depend on the text only; callers only
  // read them).
  return offset === 0 ? (tokensAt0(text) as Token[]) : readTokens(text, offset);
}

const tokensAt0 = memoByText((text: string): readonly Token[] => readTokens(text, 0));

function readTokens(text: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z0-9]*(?:'[a-z]+)?/g))
    out.push({
      word: norm(m[0]),
      start: offset + (m.index ?? 0),
      end: offset + (m.index ?? 0) + m[0].length,
    });
  return out;
}

/** Lower-case singular root; "hourly" → "hour", "daily" → "day". */
function norm(w: string): string {
  return normMemo(w);
}

const normMemo = memoByText((w: string): string => {
  const l = w.toLowerCase();
  if (l === 'daily') return 'day';
  if (/^(?:hour|week|month|year)ly$/.test(l)) return l.slice(0, -2);
  // "buffering" ~ "buffer", "returned" ~ "return": the label and the note use different forms.
  if (l.length > 6 && /(?:ing|ed)$/.test(l)) return l.replace(/(?:ing|ed)$/, '');
  return l.length > 3 ? singular(l) : l;
});

function content(w: string): boolean {
  return w.length >= 2 && !FUNCTION_WORDS.has(w) && !/^\d/.test(w);
}

/** Every word the fact is written with (label, value, keywords, id): words the claim may use freely. */
function factWords(f: GuardFact): Set<string> {
  const text = `${f.fact.label} ${f.fact.value} ${(f.fact.check?.keywords ?? []).join(' ')} ${f.fact.id.replace(/[.-]/g, ' ')}`;
  return new Set(tokens(text).map((t) => t.word));
}

function inName(names: GuardInput['names'], start: number, end: number): boolean {
  return names.some((n) => start < n.end && end > n.start);
}

const q = (i: GuardInput): Quantity => i.qs[i.qi] as Quantity;

/** "from A to B", "A up to B", "between A and B": the figure is one end of a range written in words. */
function rangeEnd(i: GuardInput): boolean {
  const cur = q(i);
  const next = i.qs[i.qi + 1];
  const prev = i.qs[i.qi - 1];
  const joins = (a: Quantity, b: Quantity, gap: string): boolean =>
    a.dim === b.dim && /^\s*(?:\)\s*)?(?:,\s*)?(?:to|up\s+to|through|until|and|-|–)\s*$/i.test(gap);
  const lowEnd =
    next !== undefined &&
    joins(cur, next, i.line.slice(cur.end, next.start)) &&
    // "and" joins a range only after "between".
    (!/\band\s*$/i.test(i.line.slice(cur.end, next.start)) ||
      /\bbetween\s*$/i.test(i.line.slice(Math.max(0, cur.start - 12), cur.start)));
  const highEnd =
    prev !== undefined &&
    joins(prev, cur, i.line.slice(prev.end, cur.start)) &&
    (!/\band\s*$/i.test(i.line.slice(prev.end, cur.start)) ||
      /\bbetween\s*$/i.test(i.line.slice(Math.max(0, prev.start - 12), prev.start)));
  if (lowEnd && i.fact.kind !== 'min') return true;
  if (highEnd && i.fact.kind === 'min') return true;
  return false;
}

const ABOVE =
  // Not the head of an arrow ("grants per key -> 50,000" gives the value in note shorthand).
  /(?:(?:larger|bigger|greater|more|longer|higher|heavier)\s+than|\bover|\babove|\bexceed(?:s|ing)?|\bbeyond|(?<![-=])>=?)\s*$/i;
const BELOW = /(?:(?:smaller|less|fewer|shorter|lower|lighter)\s+than|\bunder|\bbelow|<=?(?![-=]))\s*$/i;

/** "100,000 standard topics and 1,000 FIFO topics" read as one range: a name inside it splits two figures. */
function splitRange(i: GuardInput): boolean {
  const cur = q(i);
  if (cur.low === undefined) return false;
  const firstNumber = /\d[\d,.]*/.exec(cur.raw);
  const after = cur.start + (firstNumber ? firstNumber.index + firstNumber[0].length : 0);
  return i.names.some((n) => n.start >= after && n.end <= cur.end);
}

/**
 * "deletes old versions once there are more than 10", "prunes entries when you have more than 50": what the
 * service removes beyond a count, so the count is the most it keeps.
 */
export const REMOVED_BEYOND =
  /\b(?:delet|remov|prun|purg|evict|discard)(?:e|es|ed|ing|s)?\b(?:\s+[\w'’-]+){0,6}?\s+(?:once|when|whenever|after)\s+(?:(?:there\s+are|there['’]s|you\s+have|it\s+has|they\s+(?:reach|number))\s+)?(?:more|greater)\s+than\s*~?\s*$/i;

/**
 * "must be a week old before it may …", "has to exist >= 2 days before …", "needs to stay 3 days in a tier until …":
 * how long something must be or wait before something else may happen, a floor (a duration only).
 */
export function requiredAge(before: string, after: string): boolean {
  return (
    /\b(?:must|needs?\s+to|has\s+to|have\s+to)\s+(?:be|exist|stay|remain|wait|live)\b(?:\s+(?!(?:and|or|but|if|when|not|never)\b)[\w-]+){0,4}?\s*(?:>=|≥|at\s+least)?\s*$/i.test(
      before,
    ) && /^\s*(?:[\w-]+\s+){0,3}?(?:before|until|prior\s+to)\b/i.test(after)
  );
}

/** "can't cache objects larger than", "must not exceed": a negated comparison right before a figure caps it. */
export const NEGATED_ABOVE =
  /\b(?:can(?:no|['’])?t|cannot|never|won['’]t|does(?:n['’]t|\s+not)|do(?:n['’]t|\s+not)|must\s+not|may\s+not|is(?:n['’]t|\s+not)|are(?:n['’]t|\s+not))\b(?:\s+[\w-]+){0,4}?\s+(?:(?:bigger|larger|more|longer|greater|higher|later)\s+than|exceed(?:s|ing)?|over|above)\s*$/i;
/** "can't have", "cannot hold": a negated possession right before a count. */
const NEGATED_COUNT =
  /\b(?:can(?:no|['’])?t|cannot|may\s+not|must\s+not)\s+(?:have|hold|contain|take|get)\s*$/i;
/** "can't be smaller than", "must not go under": a negated comparison right before a figure is its floor. */
export const NEGATED_BELOW =
  /\b(?:can(?:no|['’])?t|cannot|never|won['’]t|does(?:n['’]t|\s+not)|do(?:n['’]t|\s+not)|must\s+not|may\s+not|is(?:n['’]t|\s+not)|are(?:n['’]t|\s+not))\b(?:\s+[\w-]+){0,4}?\s+(?:(?:smaller|less|fewer|shorter|lower|earlier)\s+than|under|below)\s*$/i;
/**
 * "objects under 1 MB are never tiered", "events > 256 KB can't be delivered": a threshold whose own clause then
 * denies the thing says where the thing stops, so it is a claim about the limit: a floor below it ("under",
 * "smaller than"), a cap above it ("over", "larger than"). Not advice ("… are not worth it", "not recommended").
 */
export function deniedBeyond(before: string, after: string): 'min' | 'max' | null {
  const rest = (after.split(/[,;.]|\s(?:but|while|whereas)\s/)[0] as string).toLowerCase();
  const denied =
    /^(?:\s*[\w()/-]+){0,3}?\s+(?:(?:are|is|get|gets|will|would|can|may|do|does)\s+(?:never|not)|(?:are|is|get|gets)\s+(?:rejected|refused)|fails?|never|cannot|can['’]t|won['’]t|aren['’]t|isn['’]t|don['’]t|doesn['’]t)\b/.exec(
      rest,
    );
  if (!denied) return null;
  if (
    /^\s*(?:(?:be|get|ever)\s+)?(?:recommended|advised|worth|ideal|needed|necessary|required|suitable|efficient|cost[\s-]effective|a\s+good|useful|practical|common|typical|usual)\b/.test(
      rest.slice(denied[0].length),
    )
  )
    return null;
  if (BELOW.test(before)) return 'min';
  if (ABOVE.test(before)) return 'max';
  return null;
}
/**
 * "only compresses files smaller than A", "skips transitioning objects under A", "rejects messages larger than
 * A": the verb before the thing says the service acts on one side of the threshold only, so the threshold is
 * where the behaviour stops, a claim about the limit: "only … under/smaller than" and a skipping verb with
 * "over/larger than" give a cap, "only … over/larger than" and a skipping verb with "under/smaller than" a floor.
 * Only a verb the service does ("only compresses", "only applied to"), not advice ("use it only for objects
 * larger than …"), and within up to four words of the comparison.
 */
export function restrictedBefore(before: string): 'min' | 'max' | null {
  const only =
    /\bonly\s+(?!(?:use|for|if|when|with|to|in|on|at|after|before)\b)[a-z]+(?:es|s|ed)\b(?:\s+[\w()/-]+){0,4}?\s*$/i;
  const skip =
    /\b(?:skip(?:s|ped)?|ignor(?:es|ed)|exclud(?:es|ed)|reject(?:s|ed)|refus(?:es|ed)|drop(?:s|ped)?)\b(?:\s+[\w()/-]+){0,4}?\s*$/i;
  const comparison = /(?:\s+(?:[a-z]+\s+than|under|below|over|above|beyond)|\s*[<>]=?)\s*$/i;
  const at = comparison.exec(before);
  if (!at) return null;
  const head = before.slice(0, at.index);
  if (/(?:^|[^\w])(?:you|we|i)\s+only\b/i.test(head)) return null;
  const below = BELOW.test(before);
  const above = ABOVE.test(before);
  if (below === above) return null;
  if (only.test(head)) return below ? 'max' : 'min';
  if (skip.test(head)) return below ? 'min' : 'max';
  return null;
}
/** "objects larger than A": a threshold things are compared with. Only an impossible threshold is wrong. */
function threshold(i: GuardInput): boolean {
  const cur = q(i);
  const before = i.line.slice(Math.max(0, cur.start - 24), cur.start);
  const v = cur.value;
  // "no more than A", "not over A" bound the figure: a maximum (or minimum) claim, not a threshold.
  if (
    /\b(?:no|not)\s+(?:(?:more|greater|larger|longer|higher|bigger|less|fewer|smaller|shorter|lower)\s+than|over|above|under|below|exceeding)\s*$/i.test(
      before,
    )
  )
    return false;
  // "can't cache objects larger than A": a negated comparison caps the figure however many words it spans.
  const clause = i.line.slice(i.clauseStart, cur.start);
  // "deletes versions once there are more than A": what is kept beyond A is removed, A is the most kept.
  if (NEGATED_ABOVE.test(clause) || NEGATED_BELOW.test(clause) || REMOVED_BEYOND.test(clause)) return false;
  // "must exist >= 7 days before removal": a required age, the floor itself, not a threshold compared with.
  if (cur.dim === 'seconds' && requiredAge(clause, i.line.slice(cur.end, i.clauseEnd))) return false;
  // "a TGW can't have 2 attachments to the same VPC": a count the thing cannot reach is past its maximum, so it
  // restates the maximum rather than contradicting it.
  if (NEGATED_COUNT.test(before) && i.fact.kind === 'max' && v > i.fact.official * 1.0001) return true;
  if (!ABOVE.test(before) && !BELOW.test(before)) return false;
  // "objects under A are never tiered": the clause after the threshold denies the thing, a floor or a cap, when
  // the thing compared is what the fact is about (its word is one of the fact's: "objects" for an object size).
  const thing =
    /([A-Za-z][\w-]*)\s+(?:(?:[a-z]+)\s+than|under|below|over|above|beyond|exceed(?:s|ing)?|[<>]=?)\s*$/i.exec(
      before,
    )?.[1];
  if (thing && i.attributeIn?.(thing) && deniedBeyond(before, i.line.slice(cur.end, i.clauseEnd)))
    return false;
  // An impossible threshold is wrong only when the sentence says it is about the fact's attribute: "first
  // byte in < 1 second" names nothing of a minimum storage duration (the service's name alone binds nothing).
  if (!namesLabelWord(i)) return true;
  // "only compresses files smaller than A": the service's behaviour stops at the threshold (restrictedBefore), a
  // cap said of a maximum or a floor of a minimum; a default only when the line says "default" itself ("by default
  // skips objects under A"): "ALB drops connections idle longer than 60 s" is the default said as a threshold,
  // no claim about the maximum it can be set to. Not a floor said of a maximum: "only compresses files larger
  // than 1,000 bytes" is the other end of the fact's range.
  const restricted = restrictedBefore(clause);
  if (restricted && (restricted === i.fact.kind || (i.fact.kind === 'default' && i.claimKind === 'default')))
    return false;
  if (ABOVE.test(before)) return !(i.fact.kind === 'max' && v > i.fact.official * 1.0001);
  return !(i.fact.kind === 'min' && v < i.fact.official * 0.9999);
}

/** Whether the figure's sentence names a word of the fact's label or keywords, service names left out. */
function namesLabelWord(i: GuardInput): boolean {
  const cur = q(i);
  const f = i.fact.fact;
  const label = f.label.replace(/\([^)]*\)/g, ' ');
  const labelNames = i.namesIn?.(label) ?? [];
  const own = new Set(
    [
      ...tokens(label).filter((t) => !labelNames.some((n) => t.start < n.end && t.end > n.start)),
      ...tokens((f.check?.keywords ?? []).join(' ')),
    ]
      .map((t) => t.word)
      .filter((w) => content(w) && !KIND_WORDS.test(w)),
  );
  const sStart = i.line.lastIndexOf('. ', cur.start) + 1;
  const sEndAt = i.line.indexOf('. ', cur.end);
  return tokens(i.line.slice(sStart, sEndAt < 0 ? i.line.length : sEndAt), sStart).some(
    (t) => !inName(i.names, t.start, t.end) && own.has(t.word),
  );
}

/**
 * A noun both the claim and the fact's label use, qualified by different words: "refresh token" is not
 * "access token". Only the word right before the noun counts (kind words and names skipped), it must be
 * an attribute word absent from everything the fact says, and the fact's own qualifier must be absent
 * from the claim.
 */
/** Qualifiers that name opposite cases of one thing: either one against the other is a different figure. */
const CONTRASTS: ReadonlySet<string>[] = [
  'automated automatic manual',
  'standard advanced',
  'access refresh id',
  'read write',
  'inbound outbound',
  'public private',
  'primary secondary replica',
  'synchronous asynchronous',
  'regional global',
  'usable reserved',
  'soft hard',
  'hot warm cold',
  'upload download',
  'ingress egress',
].map((s) => new Set(s.split(' ').map(norm)));

function modifier(i: GuardInput): boolean {
  const clause = i.line.slice(i.clauseStart, i.clauseEnd);
  const all = tokens(clause, i.clauseStart);
  const ct = all.filter((t) => !inName(i.names, t.start, t.end));
  const lt = tokens(i.fact.fact.label.replace(/\([^)]*\)/g, ' '));
  const fw = factWords(i.fact);
  const claimWords = new Set(all.map((t) => t.word));
  // A qualifier counts only when it names another attribute of the same subject ("refresh" when the KB has
  // a refresh-token fact) or is an acronym ("GET", "ID"): a plain adjective ("high durability") does not.
  // Built only when a qualifier reaches the test below (most clauses have none): the same set, later.
  let siblingSet: Set<string> | undefined;
  const siblingWords = {
    has: (w: string): boolean =>
      (siblingSet ??= new Set(
        i.siblings
          .filter((s) => s.fact.id !== i.fact.fact.id)
          .flatMap((s) =>
            tokens(`${s.fact.label} ${(s.fact.check?.keywords ?? []).join(' ')}`).map((t) => t.word),
          ),
      )).has(w),
  };
  const inQuantity = (t: Token): boolean => i.qs.some((x) => t.start < x.end && t.end > x.start);
  for (let k = 1; k < lt.length; k++) {
    const noun = (lt[k] as Token).word;
    const lmod = (lt[k - 1] as Token).word;
    if (!content(noun) || KIND_WORDS.test(noun) || !content(lmod) || KIND_WORDS.test(lmod)) continue;
    if (claimWords.has(lmod)) continue;
    for (let j = 0; j < ct.length; j++) {
      const at = ct[j] as Token;
      if (at.word !== noun) continue;
      let p = j - 1;
      while (p >= 0 && KIND_WORDS.test((ct[p] as Token).word)) p--;
      const prev = ct[p];
      if (!prev || inQuantity(prev)) continue;
      // The qualifier must sit right before the noun in the text (no figure or punctuation between).
      const gap = i.line.slice(prev.end, at.start);
      if (!/^[\s-]*(?:(?:max(?:imum)?|min(?:imum)?|default)[\s-]+)*$/i.test(gap)) continue;
      const acronym = /^[A-Z]{2,5}$/.test(i.line.slice(prev.start, prev.end));
      const contrast = CONTRASTS.some((set) => set.has(prev.word) && set.has(lmod));
      // Or a three-word compound the KB labels another thing with, whatever its service ("health check
      // interval" beside a flow log's "aggregation interval").
      const prev2 = ct[p - 1];
      const compound =
        prev2 !== undefined &&
        !inQuantity(prev2) &&
        /^[\s-]*$/.test(i.line.slice(prev2.end, prev.start)) &&
        i.allLabels !== undefined &&
        labelCompounds(i.allLabels).has(`${prev2.word} ${prev.word} ${noun}`);
      if (!(acronym || contrast || compound || (content(prev.word) && siblingWords.has(prev.word)))) continue;
      if (!fw.has(prev.word)) return true;
    }
  }
  return false;
}

/** Words that say what is measured, not which thing: "total size" does not make a figure an item's size. */
const MEASURE = new Set([
  'size',
  'length',
  'count',
  'number',
  'amount',
  'duration',
  'time',
  'period',
  'rate',
]);

/** Same-dimension figures a fact's text states (its headline figure and the ones in its wording). */
function statedValues(f: GuardFact, cur: Quantity, i: GuardInput): number[] {
  const sameNoun = (noun: string): boolean =>
    cur.dim !== 'count' || noun === cur.noun || (i.nounMap.get(cur.noun)?.has(noun) ?? false);
  const out = f.dim === cur.dim && sameNoun(f.noun) ? [f.official] : [];
  for (const x of factQuantities(f.fact.value, i.countNouns))
    if (x.dim === cur.dim && sameNoun(x.noun || f.noun)) out.push(x.value);
  return out;
}

/**
 * Another fact of the subject states this figure, the claim uses that fact's own words, and the words
 * around the figure itself name nothing that sets the flagged fact apart from it.
 */
function sibling(i: GuardInput): boolean {
  const cur = q(i);
  const own = factWords(i.fact);
  // The whole sentence: "X groups up to 100 actions; total size at most 4 MB" is one claim about X.
  const sStart = i.line.lastIndexOf('. ', cur.start) + 1;
  const sEndAt = i.line.indexOf('. ', cur.end);
  const sentenceEnd = sEndAt < 0 ? i.line.length : sEndAt;
  const sentence = i.line.slice(sStart, sentenceEnd);
  // Names count here: an operation named in the claim ("BatchWriteItem") may be what sets the other fact apart.
  const sentenceTokens = tokens(sentence, sStart);
  const words = new Set(sentenceTokens.map((t) => t.word));
  // A name ("BatchGetItem") says which thing more surely than a plain word ("returns").
  const named = new Set(sentenceTokens.filter((t) => inName(i.names, t.start, t.end)).map((t) => t.word));
  const weight = (ws: readonly string[]): number => ws.reduce((n, w) => n + (named.has(w) ? 2 : 1), 0);
  // The figure's own words: from the figure before it (or the clause start) to the figure after it.
  const prev = i.qs[i.qi - 1];
  const next = i.qs[i.qi + 1];
  const segStart = prev && prev.end > i.clauseStart ? prev.end : i.clauseStart;
  // After the figure, its own words stop at the next comma: "400 KB, but one X call …" starts another part.
  const stop = i.line.slice(cur.end - 1).search(/[,;](?:\s|$)/);
  const segEnd = Math.min(next ? next.start : i.line.length, stop < 0 ? i.line.length : cur.end - 1 + stop);
  const segment = new Set(tokens(i.line.slice(segStart, segEnd)).map((t) => t.word));
  const sentenceLower = sentence.toLowerCase();
  // A name in a label ("Standard-IA") counts whole: its parts ("standard") do not make "S3 Standard" it.
  const label = (f: GuardFact): string[] => {
    const text = `${f.fact.label} ${(f.fact.check?.keywords ?? []).join(' ')}`;
    const foreign = (i.namesIn?.(text) ?? []).filter((m) => {
      const name = text.slice(m.start, m.end);
      if (sentenceLower.includes(name.toLowerCase())) return false;
      // "1-hour data points" is said by "hourly data": a name counts as said when the words that set it
      // apart from the flagged fact are.
      const parts = tokens(name)
        .map((t) => t.word)
        .filter((w) => !own.has(w));
      return !parts.every((w) => words.has(w));
    });
    return tokens(text)
      .filter((t) => !foreign.some((m) => t.start < m.end && t.end > m.start))
      .map((t) => t.word)
      .filter((w) => content(w) && !KIND_WORDS.test(w));
  };
  const ownLabel = label(i.fact);
  // Words said only inside another figure of the sentence ("1,000 records/s or 2 MB/s"): that figure's own
  // noun or unit, naming what it counts, not what this figure is.
  const otherFigureOnly = new Set(
    sentenceTokens
      .filter((t) => i.qs.some((x, k) => k !== i.qi && t.start >= x.start && t.end <= x.end))
      .map((t) => t.word)
      .filter(
        (w) =>
          !sentenceTokens.some(
            (t) => t.word === w && !i.qs.some((x, k) => k !== i.qi && t.start >= x.start && t.end <= x.end),
          ),
      ),
  );
  for (const s of i.siblings) {
    if (s.fact.id === i.fact.fact.id) continue;
    if (!statedValues(s, cur, i).some((v) => sameValue(cur.dim, cur.value, v))) continue;
    // Another figure of the sentence is that fact's own figure: the sentence is about that fact (unless the
    // flagged fact has that very figure too: then the sentence is about either).
    const sameAsOurs = s.dim === i.fact.dim && sameValue(s.dim, s.official, i.fact.official);
    const restated = i.qs.some(
      (x, k) =>
        k !== i.qi &&
        x.start >= sStart &&
        x.end <= sentenceEnd &&
        x.low === undefined &&
        // "5 minutes (300 s)" says one figure twice.
        !(x.dim === cur.dim && sameValue(x.dim, x.value, cur.value)) &&
        x.dim === s.dim &&
        (x.dim !== 'count' || x.noun === s.noun || (i.nounMap.get(x.noun)?.has(s.noun) ?? false)) &&
        sameValue(x.dim, x.value, s.official),
    );
    if (restated && !sameAsOurs) return true;
    const theirs = label(s);
    // The other fact's own words in the sentence outweigh the flagged fact's own words around the figure.
    const forThem = [
      ...new Set(theirs.filter((w) => !own.has(w) && words.has(w) && !otherFigureOnly.has(w))),
    ];
    const forUs = [
      ...new Set(ownLabel.filter((w) => !theirs.includes(w) && !MEASURE.has(w) && segment.has(w))),
    ];
    // The other fact is matched only by the names the sentence gives its subject ("One Zone-IA"), while the
    // figure's own words name the flagged fact's attribute ("durability") and the sentence leaves out the other
    // fact's attribute ("availability"): the sentence speaks of the flagged attribute of that subject.
    const ourAttribute = forUs.some((w) => !named.has(w));
    const theirAttributeUnsaid = theirs.some((w) => !own.has(w) && !MEASURE.has(w) && !words.has(w));
    if (forThem.length && forThem.every((w) => named.has(w)) && ourAttribute && theirAttributeUnsaid)
      continue;
    if (forThem.length && weight(forThem) > weight(forUs)) return true;
  }
  return false;
}

const QUALIFIER =
  /\b(?:on|for|with|in|using)\s+((?:non-?)?[A-Za-z][\w.+-]*(?:\s+[A-Za-z][\w.+-]*)?)\s+(?:instances?|volumes?|tiers?|engines?|mode|versions?|plans?|editions?|classes|nodes?)\b/gi;
/** "every", "all engine": a quantifier over every case (with at most the class's own generic word). */
const EVERY_CASE_QUALIFIER =
  /^(?:every|all|any|each)(?:\s+(?:engine|instance|node|volume|storage|cluster))?$/i;
/** "other instance families", "older engine versions", "non-Nitro hosts": the claim carves out a case. */
const CARVE_OUT =
  /\b(other|older|non-?[A-Za-z][\w-]*|previous[\s-]generation|legacy)\s+(?:[\w-]+\s+)?(?:instances?|instance\s+(?:types?|famil(?:y|ies))|hosts?|volumes?|engines?|versions?|types?|classes|tiers?|clusters?|nodes?|accounts?|regions?)\b/gi;
const TIER = /\b([A-Za-z]+)[\s-]tier\b/gi;

/** The claim limits itself to a case ("on non-X instances", "standard-tier", "5.0.6+") the fact does not name. */
function qualifier(i: GuardInput): boolean {
  const sentence = i.line.slice(i.clauseStart, i.clauseEnd);
  const fw = factWords(i.fact);
  const unknown = (text: string, at: number): boolean =>
    tokens(text, at).some((t) => content(t.word) && !inName(i.names, t.start, t.end) && !fw.has(t.word));
  for (const m of sentence.matchAll(QUALIFIER)) {
    // "on every instance", "for all engine versions": every case, no case carved out.
    if (EVERY_CASE_QUALIFIER.test(m[1] as string)) continue;
    const at = i.clauseStart + (m.index ?? 0) + m[0].indexOf(m[1] as string);
    if (/^non-?/i.test(m[1] as string) || unknown(m[1] as string, at)) return true;
  }
  for (const m of sentence.matchAll(CARVE_OUT))
    if (!tokens(m[1] as string).some((t) => fw.has(t.word))) return true;
  for (const m of sentence.matchAll(TIER))
    if (unknown(m[1] as string, i.clauseStart + (m.index ?? 0))) return true;
  return false;
}

const DEFAULT_NEAR = /\b(?:default|by\s+default)\b/i;

/** "90 by default, up to 500": a default quota and what it can be raised to, said of a default-quota fact. */
function raisedQuota(i: GuardInput): boolean {
  if (!i.fact.quota || i.claimKind !== 'max') return false;
  const cur = q(i);
  return i.qs.some((o, k) => {
    if (k === i.qi || o.dim !== cur.dim || o.start < i.clauseStart || o.end > i.clauseEnd + 40) return false;
    if (!sameValue(o.dim, o.value, i.fact.official)) return false;
    const around = i.line.slice(Math.max(0, o.start - 16), Math.min(i.line.length, o.end + 30));
    return DEFAULT_NEAR.test(
      around.split(/,|;/).find((p) => p.includes(o.raw.trim().split(/\s/)[0] ?? '')) ?? around,
    );
  });
}

/** "fixed at 350 s", "hard limit", "cannot be raised", "no increase possible", "none adjustable" (a negated "adjustable"). */
export const FIXED_WORDS =
  /\b(?:fixed(?:\s+at)?|hard(?:-coded|\s+limit|\s+cap|\s+max(?:imum)?)|cannot\s+be\s+(?:changed|raised|increased|adjusted|configured|modified)|can(?:'|no)t\s+be\s+(?:changed|raised|increased|adjusted)|not\s+(?:configurable|adjustable|changeable)|non-?(?:configurable|adjustable)|no\s+increase|(?:none|neither|never|nor)\s+(?:of\s+(?:them|these|those)\s+)?(?:(?:is|are)\s+)?(?:configurable|adjustable|changeable)|(?:is|are)n'?t\s+(?:configurable|adjustable|changeable)|can(?:'|no)t\s+(?:raise|increase|request\s+more)|cannot\s+(?:raise|increase)|won'?t\s+(?:raise|increase)|(?:is|are)\s+hard(?!\s+to)|hard\s+quota|can\s+never\s+(?:go\s+higher|be\s+(?:raised|increased)))\b/i;
/** "can be raised", "adjustable", "with a quota increase", "raise it in Service Quotas", "request an increase". */
export const RAISABLE_WORDS =
  /\b(?:can\s+be\s+(?:raised|increased|extended|adjusted)|adjustable|soft\s+limit|(?:via|with|through|by)\s+(?:an?\s+)?(?:quota|limit|support)\s+(?:increase|request)|(?:can|may|could)\s+(?:request|ask\s+for)\s+(?:an?\s+|for\s+an?\s+)?(?:increase|raise|higher\s+(?:limit|quota|value))|increase(?:d|able)?\s+(?:on|upon|by)\s+request|(?:raise|increase)\s+(?:it\s+|this\s+)?(?:in|via|through|with)\s+(?:the\s+)?service\s+quotas|(?:request|file|open)\s+(?:an?\s+)?(?:quota\s+|limit\s+)?increase|raisable|increasable|soft\s+(?:quota|cap)|(?:is|are)\s+soft\b|=\s*soft\b|(?:via|through|with)\s+(?:an?\s+)?support\s+(?:case|ticket)|raised?\s+(?:via|through|with)\s+(?:an?\s+)?support)/i;
/** "full stop", "no exceptions": the figure said to be the last word, as a fixed limit is. */
const FINAL_WORDS = /\b(?:full\s+stop|no\s+exceptions?)\b/i;
/** A condition in the sentence ("unless configured", "if …"): the fixed words may be said of one case only. */
const FIXED_CONDITION = /\b(?:if|unless|whether|when|except|otherwise)\b/i;
/** A denial before the fixed words ("not a hard limit", "isn't fixed"). */
const FIXED_DENIED = /\b(?:not|no|isn'?t|aren'?t|never)\s+(?:an?\s+|the\s+)?$/i;

/**
 * The figure's own sentence calls it fixed ("1 MiB, can't be raised", "90, hard limit", "full stop"): a default
 * maximum can be raised, so a figure said to be fixed at it is wrong however the default reads.
 */
function saidFixed(i: GuardInput): boolean {
  const cur = q(i);
  const sentence = i.line.slice(i.clauseStart).split(/[.;](?:\s|$)/)[0] as string;
  // Up to the next figure: "1 MiB by default, hard limit 10 MiB" calls the other figure fixed.
  const next = i.qs[i.qi + 1];
  const end = Math.min(
    i.clauseStart + sentence.length,
    next && next.start >= cur.end ? next.start : Infinity,
  );
  const after = i.line.slice(cur.end, end);
  const m = FIXED_WORDS.exec(after) ?? FINAL_WORDS.exec(after);
  if (!m || RAISABLE_WORDS.test(sentence) || FIXED_CONDITION.test(sentence)) return false;
  return !FIXED_DENIED.test(after.slice(0, m.index));
}

/** The words by which a fact's text names its default maximum ("the default maximum record size is 1 MiB"). */
const DEFAULT_MAX_TEXT = /\bdefault\s+(?:max(?:imum)?|quota|limit)\b/i;

/** The fact's text calls this figure its default maximum ("the default maximum record size is 1 MiB"). */
function defaultMaximum(i: GuardInput): boolean {
  // Said to be fixed, a figure the fact's own text calls the default maximum is wrong; a fact whose text only says
  // some cases may raise it ("Regional and private REST APIs can request a higher limit") stays fixed for the others.
  if (i.claimKind === 'min' || (saidFixed(i) && DEFAULT_MAX_TEXT.test(i.fact.fact.value))) return false;
  const cur = q(i);
  const text = i.fact.fact.value;
  for (const m of text.matchAll(/\bdefault\s+(?:max(?:imum)?|quota|limit)\b[^;.]*/gi))
    for (const x of factQuantities(m[0], i.countNouns))
      if (x.dim === cur.dim && sameValue(cur.dim, cur.value, x.value)) return true;
  // A bare number in that phrase takes the fact's unit.
  return false;
}

function kindWord(kind: 'max' | 'min' | 'default'): RegExp {
  if (kind === 'default') return /\bdefault/i;
  if (kind === 'min')
    return /\b(?:min(?:imum)?|at\s+least|smallest|shortest|lowest|no\s+(?:less|fewer)\s+than|as\s+(?:low|small|short|few|little)\s+as)\b/i;
  return /\b(?:max(?:imum)?|max(?:es|ed)?\s+out|only|up\s*to|upto|at\s+most|limit(?:ed)?|caps?|capped|no\s+more\s+than|largest|longest|highest|tops?\s+out|ceiling|as\s+(?:much|long|many|high|large|big)\s+as)\b/i;
}

/** The "default"/"min" that typed the claim belongs to another figure, or is the figure's own unit. */
function borrowedKind(i: GuardInput): boolean {
  const cur = q(i);
  const prev = i.qs[i.qi - 1];
  const from = prev && prev.end > i.clauseStart ? prev.end : i.clauseStart;
  const before = i.line.slice(from, cur.start);
  const after = i.line.slice(cur.end);
  if (i.claimKind === 'default' && !DEFAULT_NEAR.test(before)) {
    // "(default 300 s)" right after the figure holds its own figure: it types that one, not this one.
    if (
      /^\s*\(\s*(?:by\s+)?default\b[^)]*\d/i.test(after) &&
      !/^\s*[\w\s]{0,12}\bdefault\b(?!\s*\(?\s*\d)/i.test(after)
    )
      return true;
  }
  // "1 minute minimum up through 14 days": a kind word right after the previous figure is that figure's.
  // (A comma closing the previous figure — "1 minute, max 7 days" — starts this figure's own words.)
  // An opening bracket before the kind word starts this figure's own aside: "7-30 days (default 7)".
  if (
    i.claimKind !== null &&
    prev &&
    prev.end > i.clauseStart &&
    !/[,;]\s*$/.test(prev.raw) &&
    !/^\s*\(\s*(?:min(?:imum)?|max(?:imum)?|(?:by\s+)?default)\s*[:=]?\s*$/i.test(before)
  ) {
    const rest = before.replace(/^\s*\(?\s*(?:min(?:imum)?|max(?:imum)?|(?:by\s+)?default)\b\)?/i, '');
    const tail = after.slice(0, Math.max(0, after.search(/[,;(]|$/)));
    if (
      rest !== before &&
      !kindWord(i.claimKind).test(rest) &&
      !kindWord(i.claimKind).test(tail.slice(0, 14))
    )
      return true;
  }
  if (i.claimKind === 'min' && /\bmin\b/i.test(cur.raw)) {
    const window = `${before} ${after.slice(0, 12)}`;
    if (!/\b(?:min(?:imum)?|at\s+least|smallest|shortest|lowest)\b/i.test(window)) return true;
  }
  return false;
}

/**
 * The variant that makes the fact this fact is named only after the figure, in a later part of the sentence
 * that has a figure of its own ("payload 10 MB, WebSocket frame 32 KB"): the name belongs to that figure.
 */
function laterName(i: GuardInput): boolean {
  const cur = q(i);
  const label = `${i.fact.fact.label} ${i.fact.fact.id}`.toLowerCase();
  const about = i.variants.filter((v) => label.includes(i.line.slice(v.start, v.end).toLowerCase()));
  if (!about.length) return false;
  const sStart = i.line.lastIndexOf('. ', cur.start) + 1;
  if (about.some((v) => v.start < cur.end && v.start >= sStart)) return false;
  return about.some((v) => {
    // The quantity as read may hold the comma that closes it ("10 MB,").
    if (v.start < cur.end || !/[,;](?!\d)/.test(i.line.slice(cur.start, v.start))) return false;
    const partEnd = i.line.slice(v.end).search(/[,;.](?:\s|$)/);
    const end = partEnd < 0 ? i.line.length : v.end + partEnd;
    const partStart = Math.max(i.line.lastIndexOf(',', v.start), i.line.lastIndexOf(';', v.start));
    return i.qs.some((x) => x !== cur && x.start > partStart && x.start < end);
  });
}

/**
 * The figure's own words (since the figure before it in the sentence) name a service, and not the fact's,
 * which the sentence names only outside the figure's part: "Aurora up to 15, RDS Oracle up to 5" — the 5 is
 * RDS's; "Aurora: 128 TiB; RDS for SQL Server 16 TiB" — the 128 TiB is Aurora's.
 */
function otherSubject(i: GuardInput): boolean {
  const own = [i.fact.subject, i.fact.entryId].filter((x): x is string => x !== undefined);
  if (!own.length || !i.subjects?.length) return false;
  const cur = q(i);
  const prev = i.qs[i.qi - 1];
  const sStart = i.line.lastIndexOf('. ', cur.start) + 1;
  const from = Math.max(sStart, prev ? prev.end : 0);
  // A service the fact's own label names is part of the attribute ("body inspection for ALB and AppSync").
  // (A service named only in an aside of the value, "(such topics deliver only to SQS, Lambda …)", is not.)
  const said = `${i.fact.fact.label} ${i.fact.fact.value.replace(/\([^)]*\)/g, ' ')}`.toLowerCase();
  const near = i.subjects.filter(
    (m) =>
      m.start >= from && m.end <= cur.start && !said.includes(i.line.slice(m.start, m.end).toLowerCase()),
  );
  const ours = (m: { value: readonly string[] }): boolean => m.value.some((v) => own.includes(v));
  // A common noun that also names a service ("shard", "stack") says less than a proper name: "DynamoDB
  // Streams shard iterators" are DynamoDB's, whatever "shard" alone would name.
  const common = (m: { start: number; end: number }): boolean =>
    /^[a-z]+$/.test(i.line.slice(m.start, m.end));
  if (!near.length || near.some((m) => ours(m) && !common(m)) || !near.some((m) => !ours(m) && !common(m)))
    return false;
  // Only when the fact's service is named in the sentence, but outside the figure's own part: earlier,
  // beside a figure of its own ("Aurora up to 15, RDS Oracle up to 5"), or after the clause ends ("Aurora:
  // 128 TiB; RDS …"). A service named only in a heading may be the note's subject throughout.
  const sEndAt = i.line.indexOf('. ', cur.end);
  const sEnd = sEndAt < 0 ? i.line.length : sEndAt;
  const inSentence = i.subjects.filter((m) => m.start >= sStart && m.end <= sEnd && ours(m) && !common(m));
  // After the figure, a name of the fact's service is the figure's own only if no figure of its own follows
  // it ("… 15 minutes (Kinesis ones after 5 min)": the 5 min is Kinesis's).
  const inPart = inSentence.filter(
    (m) =>
      m.start >= from &&
      m.end <= i.clauseEnd &&
      // A bare number counts as its own figure too ("(Kinesis ones after 5)").
      (m.end <= cur.start ||
        (!i.qs.some((x) => x.start >= m.end && x.start < i.clauseEnd) &&
          !/(?<![\w.,/$])\d[\d,.]*(?![\w.])/.test(i.line.slice(m.end, i.clauseEnd)))),
  );
  return inSentence.length > 0 && inPart.length === 0;
}

/**
 * The claim names the fact's service by another of its names (an engine or edition: "Memcached") that the
 * fact does not use, while the fact is about the one its label names ("Valkey/Redis OSS").
 */
/** A name without plural endings or spacing, for comparing "endpoint policies" with "endpoint policy". */
function loose(t: string): string {
  return t
    .split(/[^a-z0-9]+/)
    .map((w) => (w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.replace(/s$/, '')))
    .join('');
}

function otherName(i: GuardInput): boolean {
  const own = [i.fact.subject, i.fact.entryId].filter((x): x is string => x !== undefined);
  if (!own.length || !i.namesIn || !i.subjects) return false;
  const title = (i.fact.entryTitle ?? '').toLowerCase();
  const said = `${i.fact.fact.label} ${i.fact.fact.value}`;
  const saidLower = said.toLowerCase();
  const ours = (m: { value: readonly string[] }): boolean => m.value.some((v) => own.includes(v));
  // Variant names (gp3, 1-minute, Standard-IA) are the variant check's business, not this rule's.
  const isVariant = (t: string): boolean =>
    i.variants.some((v) => i.line.slice(v.start, v.end).toLowerCase() === t) || /\d/.test(t);
  const labelNames = i
    .namesIn(said)
    .filter((m) => ours(m))
    .map((m) => said.slice(m.start, m.end).toLowerCase())
    .filter((t) => !title.includes(t) && !isVariant(t));
  if (!labelNames.length) return false;
  const clause = i.line.slice(i.clauseStart, i.clauseEnd).toLowerCase();
  if (labelNames.some((t) => clause.includes(t))) return false;
  // The label's name said in words of the clause, apart ("Parameter Store: standard …" says "standard
  // parameter"): the clause names the fact's own thing.
  const clauseWords = new Set(tokens(clause).map((t) => t.word));
  if (labelNames.some((t) => tokens(t).every((w) => clauseWords.has(w.word)))) return false;
  return i.subjects.some((m) => {
    if (m.start < i.clauseStart || m.end > i.clauseEnd || !ours(m)) return false;
    const t = i.line.slice(m.start, m.end).toLowerCase();
    // Another name altogether: not the service's title, not in the fact's text, not part of the label's name,
    // and one the KB itself tells apart (another fact of the service is labelled with it: "Memcached …").
    const key = loose(t);
    if (
      title.includes(t) ||
      saidLower.includes(t) ||
      isVariant(t) ||
      labelNames.some((l) => loose(l).includes(key) || key.includes(loose(l)))
    )
      return false;
    // The name as a word of its own: "cfn-signal" (a helper's name) does not say "CFN".
    const asWord = new RegExp(`(?<![\\w-])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
    return i.siblings.some(
      (x) =>
        x.fact.id !== i.fact.fact.id &&
        ours({ value: [x.subject ?? ''] }) &&
        asWord.test(x.fact.label.toLowerCase()),
    );
  });
}

/**
 * The fact names an API operation ("BatchGetItem call") and the claim's sentence names neither it nor any
 * of its distinctive parts: a figure "returned per request" may be any operation's.
 */
function missingOperation(i: GuardInput): boolean {
  const label = i.fact.fact.label.replace(/\([^)]*\)/g, ' ');
  const ops = label.match(OPERATION) ?? [];
  if (!ops.length) return false;
  const cur = q(i);
  const sStart = i.line.lastIndexOf('. ', cur.start) + 1;
  const sEndAt = i.line.indexOf('. ', cur.end);
  const words = new Set(tokens(i.line.slice(sStart, sEndAt < 0 ? i.line.length : sEndAt)).map((t) => t.word));
  return ops.every((op) => {
    if (words.has(norm(op))) return false;
    const parts = (op.match(/[A-Z][a-z]+/g) ?? []).map(norm).filter((p) => !OPERATION_VERBS.test(p));
    return !parts.some((p) => words.has(p));
  });
}
/** An API operation's name ("BatchGetItem", "PutMetricData"). */
export const OPERATION =
  /\b(?:Get|Put|Batch|Transact|Delete|Describe|List|Create|Update|Assume|Send|Receive|Invoke|Start|Schedule|Publish)(?:[A-Z][a-z]+)+\b/g;
const OPERATION_VERBS =
  /^(?:get|put|batch|transact|delete|describe|list|create|update|assume|send|receive|invoke|start|schedule|publish)$/;

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  ten: 10,
};

/**
 * The fact's label fixes a count of something ("memory that gives one full vCPU") and the claim's sentence
 * gives that thing another count ("6 vCPU with 10 GB"): another case than the fact's.
 */
function otherCount(i: GuardInput): boolean {
  const label = i.fact.fact.label.replace(/\([^)]*\)/g, ' ');
  const cur = q(i);
  const sStart = i.line.lastIndexOf('. ', cur.start) + 1;
  const sEndAt = i.line.indexOf('. ', cur.end);
  const sentence = i.line.slice(sStart, sEndAt < 0 ? i.line.length : sEndAt);
  // Number words only: digits in labels are mostly names ("FIPS 140", "S3").
  for (const m of label.matchAll(/\b(one|two|three|four|five|ten)\s+(?:[A-Za-z-]+\s+)?([A-Za-z]{2,})\b/gi)) {
    const n = NUMBER_WORDS[(m[1] as string).toLowerCase()] ?? 0;
    const noun = norm(m[2] as string);
    if (!content(noun)) continue;
    for (const c of sentence.matchAll(/(?<![A-Za-z0-9.,])(\d+(?:\.\d+)?)\s*([A-Za-z]{2,})\b/g))
      if (norm(c[2] as string) === noun && Number(c[1]) !== n) return true;
  }
  return false;
}

/** Things a figure is counted per: containers and scopes, not units of rate ("per second", "per request"). */
const SCOPE_NOUN =
  'vpc\\s+links?|api\\s+calls?|orgs?|triggers?|uploads?|requests?|calls?|accounts?|regions?|availability\\s+zones?|azs?|vpcs?|subnets?|tables?|queues?|topics?|functions?|distributions?|clusters?|users?|roles?|groups?|organizations?|stacks?|buckets?|shards?|streams?|partitions?|instances?|nodes?|apis?|stages?|load\\s+balancers?|keys?|secrets?|domains?|zones?|tasks?|services?|volumes?|file\\s+systems?|mount\\s+targets?|gateways?|principals?|grantees?|network\\s+interfaces?|enis?|names?|web\\s+acls?|listeners?|certificates?|databases?|indexes|index|deployment\\s+groups?|environments?|applications?|albs?|nlbs?|elbs?|gwlbs?';
const SCOPE_PHRASE = new RegExp(
  `\\b(?:per|each|every|for\\s+(?:the\\s+same|each|every|a\\s+given|one)|(?:in|on|within)\\s+(?:one|each|every|the\\s+same))\\s+(?:[\\w-]+\\s+){0,2}?(${SCOPE_NOUN})\\b`,
  'gi',
);

/** The part of the line that is the figure's own: since the figure before it, until the figure after it. */
function ownPart(i: GuardInput): [number, number] {
  const cur = q(i);
  const prev = i.qs[i.qi - 1];
  const next = i.qs[i.qi + 1];
  const sStart = i.line.lastIndexOf('. ', cur.start) + 1;
  const from = Math.max(sStart, prev && prev.end <= cur.start ? prev.end : 0);
  const sEndAt = i.line.indexOf('. ', cur.end);
  const to = Math.min(next ? next.start : i.line.length, sEndAt < 0 ? i.line.length : sEndAt);
  return [from, to];
}

/**
 * "max 5 security groups per mount target", "500 grants … for the same grantee principal": the figure's own
 * words count it per a thing the fact never mentions (a default quota is per account and Region).
 */
function otherScope(i: GuardInput): boolean {
  const [from, to] = ownPart(i);
  // Only a fact that says what it is counted per can be told apart this way: "Maximum memory" is per function
  // without saying so, and a note's "per function" restates it.
  // ("DAX cluster maximum nodes" is per cluster; "Maximum memory" says nothing, so a note's "per function"
  // cannot be told from it.)
  const theirs = scopeNouns(`${i.fact.fact.label} ${i.fact.fact.value}`);
  if (!theirs.size && !i.fact.quota) return false;
  if (i.fact.quota) theirs.add('account').add('region');
  const sStart = i.line.lastIndexOf('. ', q(i).start) + 1;
  for (const m of i.line.slice(sStart, to).matchAll(SCOPE_PHRASE)) {
    const nounAt = sStart + (m.index ?? 0) + m[0].length - (m[1] as string).length;
    if (nounAt >= from && !theirs.has(scopeKey(m[1] as string))) return true;
  }
  return false;
}

/** One spelling per scope: "Availability Zones" → "az", "ENI" → "network interface". */
function scopeKey(noun: string): string {
  const w = tokens(noun)
    .map((t) => t.word)
    .join(' ');
  if (w === 'availability zone') return 'az';
  if (w === 'eni') return 'network interface';
  if (w === 'org') return 'organization';
  // An API call is one request ("per ListQueues call", "per request").
  if (w === 'call' || w === 'api call') return 'request';
  if (/^(?:alb|nlb|elb|gwlb)$/.test(w)) return 'load balancer';
  return w;
}

/** Every scope the text names, "per" or not ("per account and Region" names both). */
function scopeNouns(text: string): Set<string> {
  return new Set([...text.matchAll(SCOPE_WORD)].map((m) => scopeKey(m[0])));
}
const SCOPE_WORD = new RegExp(`\\b(?:${SCOPE_NOUN})\\b`, 'gi');

/**
 * The figure's own part of the sentence also holds the fact's official figure, in the same dimension: "High-
 * resolution (1 s) metrics are retained … for 3 hours" — the 3 hours is the retention, the 1 s something else.
 */
function statedElsewhere(i: GuardInput): boolean {
  const cur = q(i);
  return i.qs.some((x, k) => {
    if (k === i.qi || x.low !== undefined || x.dim !== i.fact.dim) return false;
    if (x.dim === 'count' && x.noun !== i.fact.noun && !(i.nounMap.get(x.noun)?.has(i.fact.noun) ?? false))
      return false;
    if (!sameValue(x.dim, x.value, i.fact.official) || sameValue(x.dim, x.value, cur.value)) return false;
    // One clause: "2 MB/s of writes and 1 MB/s of reads", "delay 12 hours, visibility 15 minutes" are two.
    const between = i.line.slice(Math.min(cur.end, x.end), Math.max(cur.start, x.start));
    return !/[,;.]|\b(?:and|but|while|whereas|vs\.?|versus|or)\b/i.test(between);
  });
}

const SUBSET =
  /\b(?:with|whose|having|where)\b[^,;:.]{0,48}?\b(?:above|over|greater\s+than|larger\s+than|more\s+than|bigger\s+than|below|under|less\s+than|smaller\s+than)\s+\d/i;

/**
 * "Topics with MaximumMessageSize above 256 KiB: up to 100 subscriptions": the sentence first narrows the
 * thing to a subset by a threshold, and the figure is that subset's, not the fact's general one.
 */
function subset(i: GuardInput): boolean {
  const cur = q(i);
  const sStart = i.line.lastIndexOf('. ', cur.start) + 1;
  const before = i.line.slice(sStart, cur.start);
  const m = SUBSET.exec(before);
  // The threshold must be another figure than this one (and not the figure's own "over N" threshold).
  return m !== null && sStart + m.index + m[0].length < cur.start - 1;
}

/**
 * "10 shards = 20 MB/s", "in a 3-AZ Region: up to 21 instances": the figure is the fact's figure times a
 * count the same sentence gives, a total worked out from the per-thing limit.
 */
function derived(i: GuardInput): boolean {
  const cur = q(i);
  if (!(i.fact.official > 0) || cur.value <= i.fact.official) return false;
  const ratio = cur.value / i.fact.official;
  const n = Math.round(ratio);
  if (n < 2 || Math.abs(ratio - n) > 1e-6 * n) return false;
  const sStart = i.line.lastIndexOf('. ', cur.start) + 1;
  const sEndAt = i.line.indexOf('. ', cur.end);
  const sentence = i.line.slice(sStart, sEndAt < 0 ? i.line.length : sEndAt);
  const curAt = cur.start - sStart;
  // Whole numbers, thousands separators included ("a 5,000-shard stream … 5M records/s").
  for (const m of sentence.matchAll(/(?<![\w.,$])(\d{1,3}(?:,\d{3})+|\d{1,5})(?![\d,.]*\s*(?:%|\$))/g)) {
    const at = m.index ?? 0;
    // Not a digit of the figure itself.
    if (at >= curAt && at < curAt + cur.raw.length) continue;
    // A count ("10 shards", "3-AZ"), not a size or a time ("10 MiB records" is no multiplier).
    const inQty = i.qs.find((x) => x.start <= sStart + at && x.end > sStart + at);
    if (inQty && inQty.dim !== 'count') continue;
    if (Number((m[1] as string).replace(/,/g, '')) === n) return true;
  }
  return false;
}

/**
 * "65,531 usable addresses (65,536 - 5)", "120 policies in effect (20 + 10 x 10)": the note shows the sum
 * that gives the figure, so it is a worked-out total, not a limit quoted from the docs.
 */
/**
 * "retries up to 2 more times (3 attempts total)", "5 GiB (5,120 MiB in all)": a parenthesis after another
 * figure that sums or restates it says the same thing another way; the figure before it is the claim.
 */
function restatedTotal(i: GuardInput): boolean {
  const cur = q(i);
  const open = i.line.lastIndexOf('(', cur.start);
  if (open < 0 || i.line.lastIndexOf(')', cur.start) > open) return false;
  const close = i.line.indexOf(')', cur.end);
  const inside = i.line.slice(open + 1, close < 0 ? i.line.length : close);
  if (!/\b(?:total|in\s+all|overall|altogether|combined|including|incl\.?|i\.e\.?)\b/i.test(inside))
    return false;
  // Another figure right before the parenthesis (digits or a number word: "twice more (3 attempts …)").
  return /(?:(?<![A-Za-z])\d[\d,.]*|\b(?:once|twice|one|two|three|four|five|ten))\s*[A-Za-z%/-]*(?:\s+[A-Za-z-]+){0,3}\s*$/i.test(
    i.line.slice(Math.max(0, open - 40), open),
  );
}
function workedOut(i: GuardInput): boolean {
  const cur = q(i);
  const after = i.line.slice(cur.end, cur.end + 60);
  const paren = /^[^().,;:\d]{0,20}\(([^)]*)\)/.exec(after);
  const sum = /\d[\d,.]*\s*[a-z]*\s*(?:[+×*−–-]|\bx\b)\s*\d/i;
  if (paren && sum.test(paren[1] as string)) return true;
  // "256 addresses: 251 usable + 5 reserved": the parts right after the figure add up to it.
  const parts = /^[^\d;,.()]{0,16}?(\d[\d,]*(?:\.\d+)?)\s*[A-Za-z]*\s+\+\s+(\d[\d,]*(?:\.\d+)?)\b/.exec(
    after,
  );
  if (parts) {
    const total =
      Number((parts[1] as string).replace(/,/g, '')) + Number((parts[2] as string).replace(/,/g, ''));
    if (cur.dim === 'count' && Math.abs(total - cur.value) < 1e-9) return true;
  }
  const before = i.line.slice(Math.max(0, cur.start - 40), cur.start);
  return /\d[\d,.]*\s*[a-z]*\s*(?:[+×*]|\bx\b)\s*\d[\d,.]*[^=]{0,20}=\s*$/i.test(before);
}

/** "251 usable addresses" against "Reserved IPs per subnet": the figure's own qualifier is the label's opposite. */
function countedOpposite(i: GuardInput): boolean {
  const cur = q(i);
  const words = tokens(cur.raw).map((t) => t.word);
  const label = new Set(tokens(i.fact.fact.label).map((t) => t.word));
  return words.some(
    (w) =>
      !label.has(w) && CONTRASTS.some((set) => set.has(w) && [...set].some((o) => o !== w && label.has(o))),
  );
}

/**
 * A line with several figures ("200 health checks per account; a calculated check monitors up to 255 child
 * checks") binds a figure to an attribute only through its own words: between the figure before it and the
 * figure after it, the figure's own words must name the fact's attribute. A past official value is proof
 * enough on its own.
 */
function unboundInList(i: GuardInput): boolean {
  if (i.outdated || !i.attributeIn) return false;
  const cur = q(i);
  // Figures inside a variant's name ("1-minute datapoints") are names, not figures of the list.
  // Nor is a parenthesis that says the figure before it again ("12,288 MB (12 GB) of memory").
  const figures = i.qs.filter(
    (x, k) =>
      x === cur ||
      ((x.dim !== 'count' || x.noun !== '') &&
        !inName(i.variants, x.start, x.end) &&
        !parenRestatement(i.line, i.qs, k)),
  );
  if (figures.length < 2) return false;
  const at = figures.indexOf(cur);
  // "1 DPU = 4 vCPU / 16 GB": the figure right after "one X =" defines X, and X names the attribute.
  const prev = figures[at - 1];
  if (
    prev &&
    prev.value === 1 &&
    /^\s*(?:=|is|equals)\s*$/i.test(i.line.slice(prev.end, cur.start)) &&
    i.attributeIn(prev.raw)
  )
    return false;
  const from = at > 0 ? (figures[at - 1] as Quantity).end : 0;
  const to = at < figures.length - 1 ? (figures[at + 1] as Quantity).start : i.line.length;
  // The words before the first figure head the whole list ("SQS retention: min 1 minute, max 14 days").
  const lead = i.line.slice(0, (figures[0] as Quantity).start);
  return !i.attributeIn(i.line.slice(from, to)) && !i.attributeIn(lead);
}

/**
 * "Event pattern max size" against "Event bus policy size": the claim names what is measured (size, length)
 * of another thing than the label does — the word before its measure is not the fact's, and the label's is
 * nowhere in the sentence.
 */
function otherThing(i: GuardInput): boolean {
  const lt = tokens(i.fact.fact.label.replace(/\([^)]*\)/g, ' ')).filter((t) => !KIND_WORDS.test(t.word));
  const fw = factWords(i.fact);
  const cur = q(i);
  const sStart = i.line.lastIndexOf('. ', cur.start) + 1;
  const sEndAt = i.line.indexOf('. ', cur.end);
  const ct = tokens(i.line.slice(sStart, sEndAt < 0 ? i.line.length : sEndAt), sStart).filter(
    (t) => !KIND_WORDS.test(t.word),
  );
  const said = new Set(ct.map((t) => t.word));
  for (let k = 1; k < lt.length; k++) {
    const measure = (lt[k] as Token).word;
    const theirs = (lt[k - 1] as Token).word;
    if (!MEASURE.has(measure) || !content(theirs) || said.has(theirs)) continue;
    for (let j = 1; j < ct.length; j++) {
      if ((ct[j] as Token).word !== measure) continue;
      const ours = ct[j - 1] as Token;
      if (content(ours.word) && !fw.has(ours.word) && !inName(i.names, ours.start, ours.end)) return true;
    }
  }
  return false;
}

/**
 * "255 child checks" against a count of "health checks": the fact's unit qualifies its noun, and the figure's
 * own words put another qualifier right before that noun, while the fact's qualifier is not among them.
 */
function otherUnitQualifier(i: GuardInput): boolean {
  const cur = q(i);
  if (cur.dim !== 'count' || !i.fact.fact.unit) return false;
  const unit = tokens(i.fact.fact.unit.replace(/\([^)]*\)/g, ' ')).map((t) => t.word);
  if (unit.length < 2) return false;
  // A rate ("emails/s", "requests per second"): its last word is the second, and the word before it in the
  // figure ("14 msgs/s") is the thing counted per second, which binding matched already, not a qualifier.
  if (/(?:\/\s*s(?:ec(?:ond)?)?|\bper\s+sec(?:ond)?)\s*$/i.test(i.fact.fact.unit)) return false;
  const said = tokens(cur.raw).map((t) => t.word);
  const at = said.lastIndexOf(unit[unit.length - 1] as string);
  if (at < 1) return false;
  const qualifier = said[at - 1] as string;
  const fw = factWords(i.fact);
  return (
    content(qualifier) &&
    !fw.has(qualifier) &&
    !unit.slice(0, -1).some((w) => said.includes(w)) &&
    !shortensUnitWord(qualifier, unit)
  );
}

/**
 * "poll every 5 s", "checked once every 10 minutes": a figure after "every" is how often something repeats,
 * another attribute than a duration, limit or delay, unless the fact itself is about a period or rate.
 */
function interval(i: GuardInput): boolean {
  const cur = q(i);
  if (cur.dim !== 'seconds') return false;
  if (!/\bevery\s*$/i.test(i.line.slice(Math.max(0, cur.start - 12), cur.start))) return false;
  const f = i.fact.fact;
  return !/\b(?:every|each|interval|frequency|frequently|period|periods|periodic|rate|schedule[ds]?|cadence|refresh(?:es|ed)?|heartbeat)\b/i.test(
    // The label and keywords say what the fact is about; its value text may mention a period in passing
    // ("the copy is removed when the period ends") without being about one.
    `${f.label} ${(f.check?.keywords ?? []).join(' ')}`,
  );
}

/**
 * "high-res kept 3 h, 1-min 15 days, 5-min 63 days", a table row "| A | 99.99 % | B | 99.9 % |": a line of
 * items (split by ",", ";" or "|") whose other item already gives the fact's own figure; this figure, in
 * another item that names neither the fact's label words nor a kind, is a sibling thing's, not a second
 * claim of the fact.
 */
function listedSibling(i: GuardInput): boolean {
  const cur = q(i);
  const seps = [...i.line.matchAll(/[,;|]/g)].map((m) => m.index ?? 0);
  const itemOf = (at: number): number => seps.filter((p) => p < at).length;
  const own = itemOf(cur.start);
  const from = own > 0 ? (seps[own - 1] as number) + 1 : 0;
  const to = own < seps.length ? (seps[own] as number) : i.line.length;
  // The item's own words: not inside a figure ("1-min") nor a variant's name ("Standard-IA").
  const itemTokens = tokens(i.line.slice(from, to), from).filter(
    (t) => !inName(i.variants, t.start, t.end) && !i.qs.some((x) => t.start < x.end && t.end > x.start),
  );
  // The figure's own item names a kind right at it ("min 512 MB, default 1 GB", "128 KB min") or the fact
  // ("read 1 MB/s, write 2 MB/s" swapped): a claim of its own, checked as usual.
  const lo = Math.max(from, cur.start - 12);
  const near = tokens(i.line.slice(lo, Math.min(to, cur.end + 8)), lo).filter(
    (t) => !i.qs.some((x) => t.start < x.end && t.end > x.start),
  );
  if (near.some((t) => KIND_WORDS.test(t.word))) return false;
  // A capitalised word outside a name that the line spells out as part of a service's name elsewhere
  // ("Snowball: … 80 TB; Snowball Edge …") is that name shortened: it says which service, not which thing.
  const nameWords = new Set(
    tokens(i.line)
      .filter((t) => inName(i.subjects ?? [], t.start, t.end))
      .map((t) => t.word),
  );
  const label = tokens(i.fact.fact.label.replace(/\([^)]*\)/g, ' ')).map((t) => t.word);
  const shortName = (t: Token): boolean =>
    nameWords.has(t.word) &&
    /^[A-Z]/.test(i.line.slice(t.start, t.end)) &&
    !inName(i.subjects ?? [], t.start, t.end);
  const labelWord = (t: Token): boolean =>
    content(t.word) && !KIND_WORDS.test(t.word) && label.includes(t.word) && !shortName(t);
  if (itemTokens.some(labelWord)) return false;
  const stating = i.qs.filter(
    (x, k) =>
      k !== i.qi &&
      x.low === undefined &&
      x.dim === i.fact.dim &&
      (x.dim !== 'count' || x.noun === i.fact.noun) &&
      sameValue(x.dim, x.value, i.fact.official) &&
      !sameValue(x.dim, x.value, cur.value) &&
      itemOf(x.start) !== own,
  );
  if (!stating.length) return false;
  // The item must say which sibling thing it is about: its own figure-label ("1-min") or a name; or the item
  // with the fact's own figure names the fact's thing ("…: 80 TB; Snowball Edge storage optimized 210 TB").
  const itemWords = (x: Quantity): Token[] => {
    const k = itemOf(x.start);
    const a = k > 0 ? (seps[k - 1] as number) + 1 : 0;
    const b = k < seps.length ? (seps[k] as number) : i.line.length;
    return tokens(i.line.slice(a, b), a).filter((t) => !i.qs.some((y) => t.start < y.end && t.end > y.start));
  };
  return (
    i.qs.some((x, k) => k !== i.qi && x.start >= from && x.end <= to) ||
    i.names.some((n) => n.start >= from && n.end <= to) ||
    stating.some((x) => itemWords(x).some((t) => labelWord(t) && !MEASURE.has(t.word)))
  );
}

/**
 * "active findings deleted after 90 days, closed findings after 14 days", "hot partitions 3 days, cold
 * partitions 30 days": two items of a line (split by ",", ";" or "|") name the same thing of the fact's label,
 * each with a qualifier of its own right before it, and the other item gives the fact's own figure. This
 * figure is the other qualified case's, not a second claim of the fact. Only when this item's qualifier is no
 * word of the fact (its label, value or keywords) nor a name, a kind word or a figure: a qualifier the fact
 * says ("write throughput" of a write fact) is the fact's own case, checked as usual.
 */
function contrastedItem(i: GuardInput): boolean {
  if (i.outdated) return false;
  const cur = q(i);
  const seps = [...i.line.matchAll(/[,;|]/g)]
    .map((m) => m.index ?? 0)
    .filter((p) => !i.qs.some((x) => p >= x.start && p < x.end) && !/\d/.test(i.line[p + 1] ?? ''));
  const itemOf = (at: number): number => seps.filter((p) => p < at).length;
  const bounds = (k: number): [number, number] => [
    k > 0 ? (seps[k - 1] as number) + 1 : 0,
    k < seps.length ? (seps[k] as number) : i.line.length,
  ];
  const own = itemOf(cur.start);
  const words = (k: number): Token[] => {
    const [from, to] = bounds(k);
    return tokens(i.line.slice(from, to), from).filter(
      (t) => !i.qs.some((x) => t.start < x.end && t.end > x.start),
    );
  };
  const label = new Set(
    tokens(i.fact.fact.label.replace(/\([^)]*\)/g, ' '))
      .map((t) => t.word)
      .filter((w) => content(w) && !KIND_WORDS.test(w) && !MEASURE.has(w)),
  );
  const fact = factWords(i.fact);
  // The qualifier right before each label word of an item: a content word, not a name's, kind or figure.
  const qualified = (ts: Token[]): Map<string, string> => {
    const out = new Map<string, string>();
    ts.forEach((t, k) => {
      const prev = ts[k - 1];
      if (!label.has(t.word) || !prev || /\S/.test(i.line.slice(prev.end, t.start).replace(/[\s-]/g, '')))
        return;
      if (!content(prev.word) || KIND_WORDS.test(prev.word) || label.has(prev.word)) return;
      if (inName(i.names, prev.start, prev.end) || inName(i.subjects ?? [], prev.start, prev.end)) return;
      out.set(t.word, prev.word);
    });
    return out;
  };
  const mine = qualified(words(own));
  if (!mine.size) return false;
  return i.qs.some((x, k) => {
    if (k === i.qi || x.low !== undefined || x.dim !== i.fact.dim) return false;
    if (x.dim === 'count' && x.noun !== i.fact.noun) return false;
    if (!sameValue(x.dim, x.value, i.fact.official) || sameValue(x.dim, x.value, cur.value)) return false;
    const other = itemOf(x.start);
    if (other === own) return false;
    const theirs = qualified(words(other));
    return [...mine].some(([w, m]) => {
      const o = theirs.get(w);
      return o !== undefined && o !== m && !fact.has(m);
    });
  });
}

/**
 * "The capacity unit lasts 1 month" bound to a storage-duration fact through a synonym alone: the sentence
 * names none of the flagged fact's own label words, but at least two words that only another fact of the
 * same subject is labelled with. It is about that other attribute (whatever its dimension), so abstain.
 */
function otherAttribute(i: GuardInput): boolean {
  if (i.outdated) return false;
  const cur = q(i);
  const sStart = i.line.lastIndexOf('. ', cur.start) + 1;
  const sEndAt = i.line.indexOf('. ', cur.end);
  const sentence = tokens(i.line.slice(sStart, sEndAt < 0 ? i.line.length : sEndAt), sStart);
  const words = new Set(sentence.map((t) => t.word));
  // A word said only inside a service's name ("Parameter" of "Parameter Store") names the service, not the
  // fact's attribute, unless the fact's label has it in a service's name too ("API Gateway cache TTL").
  const inSubject = (t: Token): boolean => inName(i.subjects ?? [], t.start, t.end);
  const ownWords = new Set(sentence.filter((t) => !inSubject(t)).map((t) => t.word));
  const label = i.fact.fact.label;
  const labelNames = i.namesIn?.(label) ?? [];
  const nameWords = new Set(
    tokens(label)
      .filter((t) => inName(labelNames, t.start, t.end))
      .map((t) => t.word),
  );
  const labelWords = (f: GuardFact): string[] =>
    tokens(`${f.fact.label} ${(f.fact.check?.keywords ?? []).join(' ')}`)
      .map((t) => t.word)
      .filter((w) => content(w) && !KIND_WORDS.test(w));
  const ours = new Set(labelWords(i.fact));
  const spoken = new Set([...words].filter((w) => ownWords.has(w) || nameWords.has(w)));
  if ([...ours].some((w) => spoken.has(w))) return false;
  const said = new Set([...spoken].map(wordStem));
  if ([...ours].some((w) => w.length >= 5 && said.has(wordStem(w)))) return false;
  const own = factWords(i.fact);
  return i.siblings.some(
    (s) =>
      s.fact.id !== i.fact.fact.id &&
      new Set(labelWords(s).filter((w) => !own.has(w) && !MEASURE.has(w) && words.has(w))).size >= 2,
  );
}

/** "round(ed) up to the next", "rounds to the nearest", "rounding up to a multiple of", right before a figure. */
const ROUNDED_TO =
  /\bround(?:s|ed|ing)?\b[^,;.:()\d]{0,40}?\b(?:up\s+|down\s+)?to\s+(?:the\s+|a\s+)?(?:next|nearest)(?:\s+multiple\s+of)?\s*$/i;

/** Words that make a fact a step size ("billed in increments of", "granularity"); not "EMR steps". */
// "billed duration increment (rounded up to)": a label may name its step in the singular or as what it is rounded to.
const STEP_FACT = /\b(?:increments?|granularity|multiples\s+of|steps\s+of|rounded|rounding)\b/i;
const STEP_WORD = /^(?:increment|granularity|multiple|step)$/;

/**
 * "adjustable in 1 s increments", "in multiples of 2400 GiB or 1800 GiB", "in steps of 64 MB": the figure is
 * a step size, which says nothing about a limit, a minimum or an amount. It can judge only a fact that is a
 * step size itself, and only when the sentence names that step's own thing ("billed in 1 ms increments");
 * and a maximum ("up to 900 s") can never judge a step-size fact.
 */
function stepSize(i: GuardInput): boolean {
  const cur = q(i);
  const f = i.fact.fact;
  // A fact whose text states the step its setting moves by is a step fact for that step.
  const stepFact =
    i.stepStated === true || STEP_FACT.test(`${f.label} ${(f.check?.keywords ?? []).join(' ')}`);
  // The figures after "multiples of" up to this one, parentheses left out: "multiples of A (x) or B".
  const before = i.line.slice(i.clauseStart, cur.start).replace(/\([^()]*\)/g, ' ');
  let rounded = false;
  const written =
    /\b(?:increments?|multiples?|steps?)\s+of\s+(?:\d[\d.,]*\s*[A-Za-z/%]*\s*(?:,|\bor\b|\band\b)\s*)*$/i.test(
      before,
    ) ||
    // "1 s increments", "64 MB steps"; not a count of them ("128 steps" counts steps).
    (cur.dim !== 'count' && /^\s*-?\s*(?:increments?|steps?)\b/i.test(i.line.slice(cur.end, cur.end + 16))) ||
    // "sizes are rounded up to the next 4 KB", "billed rounding up to the nearest 1 GB": the unit a quantity is
    // rounded to, a step like an increment, not a bound ("up to" belongs to "round … up").
    (rounded = cur.dim !== 'count' && ROUNDED_TO.test(before));
  // A granularity ("billed in increments of 1 ms") is no maximum: "up to 900 s" is another attribute's.
  if (!written) return stepFact && i.fact.kind === 'exact' && i.claimKind === 'max';
  if (!stepFact) return true;
  // A step fact: the sentence must name its own thing, not only the step word ("timeout … 1 s increments"
  // is the timeout's step, not the billing one).
  const sStart = i.line.lastIndexOf('. ', cur.start) + 1;
  const sEndAt = i.line.indexOf('. ', cur.end);
  const said = new Set(
    tokens(i.line.slice(sStart, sEndAt < 0 ? i.line.length : sEndAt), sStart)
      .filter((t) => !inName(i.names, t.start, t.end))
      .map((t) => t.word),
  );
  const own = tokens(`${f.label.replace(/\([^)]*\)/g, ' ')} ${(f.check?.keywords ?? []).join(' ')}`)
    .map((t) => t.word)
    // What is rounded ("duration rounded up to the nearest 1 ms") names the step's thing even when it is a
    // measure word.
    .filter((w) => content(w) && !KIND_WORDS.test(w) && !STEP_WORD.test(w) && (rounded || !MEASURE.has(w)));
  return !own.some((w) => said.has(w));
}

/** "first 4 + last 1 addresses": a term of a sum written out is not the total the fact gives. */
function sumTerm(i: GuardInput): boolean {
  const cur = q(i);
  const before = i.line.slice(Math.max(0, cur.start - 32), cur.start);
  const after = i.line.slice(cur.end, cur.end + 32);
  // "1 writer + up to 3 readers": a term after the plus with a bound word of its own ("up to", "max", "at most")
  // and its own noun, the one the fact counts, is that thing's bound, not a term of a total. "2 + 3 nodes",
  // "1 primary + 2 replicas" (no bound word) stay sum terms.
  if (
    /\d[\d.,]*\s*[A-Za-z%]*\s+\+\s+(?:up\s+to|max(?:imum)?|at\s+most|no\s+more\s+than)\s+$/i.test(before) &&
    cur.dim === 'count' &&
    cur.noun !== '' &&
    cur.noun === i.fact.noun
  )
    return false;
  return (
    /\d[\d.,]*\s*[A-Za-z%]*\s+\+\s+(?:[A-Za-z]+\s+){0,2}$/.test(before) ||
    /^\s*(?:[A-Za-z]+\s+){0,2}\+\s+(?:[A-Za-z]+\s+){0,2}\d/.test(after)
  );
}

/**
 * "the period can be 1, 5, 10, 20, 30, 60 s": the figure closes a list of allowed values, bare numbers
 * sharing its unit. One option of a list is not the fact's single figure.
 */
function valueList(i: GuardInput): boolean {
  const cur = q(i);
  const from = Math.max(0, cur.start - 48);
  const before = i.line.slice(from, cur.start);
  const m =
    /(?:^|[^\d.,\w])((?:\d+(?:\.\d+)?\s*,\s*){2,}(?:(?:or|and)\s+)?|(?:\d+(?:\.\d+)?\s*,\s*)+\d+(?:\.\d+)?\s*,?\s*(?:or|and)\s+)$/i.exec(
      before,
    );
  if (!m) return false;
  const at = from + m.index + m[0].length - (m[1] as string).length;
  // The listed numbers are bare: none of them is a figure with a unit of its own (an option of the list, read
  // in its last member's unit, is still one of the list).
  return !i.qs.some((x) => x !== cur && !x.option && x.start >= at && x.start < cur.start);
}

/**
 * "Tables may hold 10 million partitions but a scan reads at most 1 million": the fact's own text gives the
 * figure for a neighbouring thing ("1 million (tables may hold up to 10 million)"), and the line gives the
 * fact's official figure too: the line restates the fact, both of its figures.
 */
function sideFigure(i: GuardInput): boolean {
  if (i.outdated) return false;
  const cur = q(i);
  if (sameValue(cur.dim, cur.value, i.fact.official)) return false;
  const side = factQuantities(i.fact.fact.value, i.countNouns)
    .filter((x) => x.dim === cur.dim)
    .map((x) => x.value);
  // A count fact's text gives its other counts as bare numbers ("(tables may hold up to 10 million)").
  if (cur.dim === 'count')
    for (const m of i.fact.fact.value.matchAll(
      /(?<![\w.,])(\d[\d,]*(?:\.\d+)?)\s*(million|billion|thousand)?\b/gi,
    )) {
      const scale = { million: 1e6, billion: 1e9, thousand: 1e3 }[(m[2] ?? '').toLowerCase()] ?? 1;
      side.push(Number((m[1] as string).replace(/,/g, '')) * scale);
    }
  if (!side.some((v) => !sameValue(cur.dim, v, i.fact.official) && sameValue(cur.dim, v, cur.value)))
    return false;
  const named = (f: GuardFact): string =>
    `${f.fact.label} ${(f.fact.check?.keywords ?? []).join(' ')} ${f.fact.id.replace(/[.-]/g, ' ')}`;
  const own = new Set(tokens(named(i.fact)).map((t) => t.word));
  // "standard 12 months, extended 14 months": the fact's figure said in a part that names the neighbour whose
  // figure this one is (a sibling fact's own word, "extended", "WCUs") swaps the two: no restatement.
  const swapped = (x: Quantity, k: number): boolean => {
    // Its own words, before it ("extended 14 months") or after it up to the next break ("14 months of extended
    // support"; not past a comma into the next figure's words).
    const from = k > 0 ? (i.qs[k - 1] as Quantity).end : i.clauseStart;
    const to = k < i.qs.length - 1 ? (i.qs[k + 1] as Quantity).start : i.line.length;
    const tail = i.line.slice(x.end, to).split(/[,;|/]|\band\b/)[0] as string;
    const part = new Set(tokens(`${i.line.slice(from, x.end)} ${tail}`).map((t) => t.word));
    return i.siblings.some(
      (s) =>
        s.dim === cur.dim &&
        sameValue(cur.dim, s.official, cur.value) &&
        tokens(named(s)).some((t) => content(t.word) && !own.has(t.word) && part.has(t.word)),
    );
  };
  return i.qs.some(
    (x, k) =>
      k !== i.qi &&
      x.low === undefined &&
      x.dim === cur.dim &&
      sameValue(x.dim, x.value, i.fact.official) &&
      !swapped(x, k),
  );
}

/**
 * "HTTP API: headers max 10240 bytes; access log template 3 KB; CW Logs entry 1 MB": the fact's service is
 * named only after the figure, in a later part of the line (after "," ";" or "|") that has a figure of its
 * own, while another service is named before the figure. The figure belongs to the earlier service.
 */
function laterSubject(i: GuardInput): boolean {
  const own = [i.fact.subject, i.fact.entryId].filter((x): x is string => x !== undefined);
  if (!own.length || !i.subjects?.length) return false;
  const cur = q(i);
  const ours = (m: { value: readonly string[] }): boolean => m.value.some((v) => own.includes(v));
  const proper = (m: { start: number; end: number }): boolean =>
    !/^[a-z]+$/.test(i.line.slice(m.start, m.end));
  const mine = i.subjects.filter((m) => ours(m) && proper(m));
  if (!mine.length || mine.some((m) => m.start < cur.end)) return false;
  if (!i.subjects.some((m) => m.end <= cur.start && !ours(m) && proper(m))) return false;
  return mine.every((m) => {
    if (!/[,;|]/.test(i.line.slice(cur.end, m.start))) return false;
    const stop = i.line.slice(m.end).search(/[,;|]/);
    const end = stop < 0 ? i.line.length : m.end + stop;
    return i.qs.some((x) => x !== cur && x.start >= m.end && x.start < end);
  });
}

/** Verbs that keep something for a time: the noun right before them says what is kept. */
const KEPT = /^(?:kept|keep|keeps|retain|retained|retains|held|stored|preserved)$/i;

/**
 * "history kept 1–90 days" against "Maximum age of an asynchronous event" (keyword "kept"): the noun right
 * before the verb of keeping is the thing kept, and the fact says nothing of that thing.
 */
function otherKept(i: GuardInput): boolean {
  const cur = q(i);
  const from = Math.max(i.clauseStart, cur.start - 40);
  const near = tokens(i.line.slice(from, cur.start), from);
  let k = near.length - 1;
  while (k >= 0 && !KEPT.test((near[k] as Token).word)) k--;
  if (k < 1) return false;
  // Only words without content between the verb and the figure ("kept for up to").
  if (near.slice(k + 1).some((t) => content(t.word) && !KIND_WORDS.test(t.word))) return false;
  // An adverb before the verb ("v2 always keeps", "data still retained") says how, not what: the thing is
  // the word before it.
  let t = k - 1;
  while (t > 0 && KEEP_ADVERB.test((near[t] as Token).word)) t--;
  const thing = near[t] as Token;
  if (!content(thing.word) || KIND_WORDS.test(thing.word) || inName(i.names, thing.start, thing.end))
    return false;
  // The keeper is the service or a variant of it ("free tier keeps", "the Standard plan retains"), or what is
  // kept is its data as a whole ("stream data retained 48 h"): no other thing, so the fact's own figure.
  if (KEEPER_WORD.test(thing.word)) return false;
  return !factWords(i.fact).has(thing.word);
}
/** Adverbs between the thing kept and the verb of keeping. */
const KEEP_ADVERB = /^(?:alway|always|only|still|also|just|usually|typically|normally|automatically)$/i;
/** Words for a service's variant or for its data as a whole, not for another thing kept. */
const KEEPER_WORD = /^(?:tier|plan|edition|mode|version|class|data)$/i;

/** "example rule expires images after 14 days", "e.g. a 512 MB function": an example, not the fact's figure. */
function example(i: GuardInput): boolean {
  const cur = q(i);
  const f = i.fact.fact;
  // A fact that is itself an example ("example Lambda canary configuration") is judged as usual.
  if (/\bexamples?\b/i.test(`${f.label} ${(f.check?.keywords ?? []).join(' ')}`)) return false;
  return /(?:\be\.g\.|\bfor\s+(?:example|instance)\b|\bexamples?\b|\bsample\b)/i.test(
    i.line.slice(i.clauseStart, cur.start),
  );
}

/** A word without its inflection or derivation ending ("rotation", "rotates", "rotated" → "rotat"). */
function wordStem(w: string): string {
  for (const end of ['ions', 'ion', 'ally', 'ing', 'ed', 'es', 'al', 'e', 's'])
    if (w.endsWith(end) && w.length - end.length >= 4) return w.slice(0, -end.length);
  return w;
}

/**
 * "a /24 subnet has 256 addresses", "/28: 16 IPs, 11 usable": a count that is the number of addresses of a CIDR
 * prefix written in the same sentence (IPv4 or IPv6), or that number less the 5 AWS reserves in a subnet.
 */
function prefixSize(i: GuardInput): boolean {
  const cur = q(i);
  if (cur.dim !== 'count' || cur.low !== undefined || cur.raw.trim().startsWith('/')) return false;
  const sStart = Math.max(i.line.lastIndexOf('. ', cur.start) + 1, i.line.lastIndexOf(';', cur.start) + 1, 0);
  const sEndAt = i.line.slice(cur.end).search(/[.;](?:\s|$)/);
  const sentence = i.line.slice(sStart, sEndAt < 0 ? i.line.length : cur.end + sEndAt);
  for (const m of sentence.matchAll(/(?<![\w/])\/(\d{1,3})\b/g)) {
    const n = Number(m[1]);
    const size = n <= 32 ? 2 ** (32 - n) : n <= 128 ? 2 ** (128 - n) : NaN;
    if (cur.value === size || cur.value === size - 5) return true;
  }
  return false;
}

/** Every value the fact's own text gives in the figure's dimension, both ends of its ranges included. */
function factSpan(i: GuardInput): [number, number] | null {
  const cur = q(i);
  const vals = statedValues(i.fact, cur, i);
  for (const x of factQuantities(i.fact.fact.value, i.countNouns))
    if (x.dim === cur.dim && x.low !== undefined) vals.push(x.low);
  if (vals.length < 2) return null;
  const lo = Math.min(...vals);
  const hi = Math.max(...vals);
  return lo < hi ? [lo, hi] : null;
}

/**
 * The range a maximum and its sibling minimum of the same service and dimension span ("Maximum retention" 365 days
 * with "Minimum retention period" 24 hours; one label may say more), or null when the sibling is missing or ambiguous.
 */
function spanWithSiblings(i: GuardInput): [number, number] | null {
  const other = i.fact.kind === 'max' ? 'min' : i.fact.kind === 'min' ? 'max' : null;
  if (!other) return null;
  const stem = (label: string): string =>
    label
      .toLowerCase()
      .replace(/\b(?:max(?:imum)?|min(?:imum)?)\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  const mine = stem(i.fact.fact.label);
  const found = i.siblings.filter(
    (s) =>
      s.fact.id !== i.fact.fact.id &&
      s.entryId === i.fact.entryId &&
      s.kind === other &&
      s.dim === i.fact.dim &&
      (stem(s.fact.label).includes(mine) || mine.includes(stem(s.fact.label))) &&
      mine.length > 0,
  );
  if (found.length !== 1) return null;
  const o = (found[0] as GuardFact).official;
  const lo = Math.min(o, i.fact.official);
  const hi = Math.max(o, i.fact.official);
  return lo < hi ? [lo, hi] : null;
}

/**
 * "we set the timeout to 60 s", "admin sets the role max to 6 h", "RetentionInDays=14": a value someone chose
 * (an actor's setting verb, or a parameter assignment), and it lies inside the range the fact allows. A
 * setting is judged only against the range: outside it the flag stands; a claimed default is judged as usual.
 */
function setting(i: GuardInput): boolean {
  const cur = q(i);
  if (i.claimKind === 'default' || cur.low !== undefined) return false;
  const before = i.line.slice(i.clauseStart, cur.start);
  // "data retained 7 days after I raised the retention", "kept 30 days since we changed it": the writer's own
  // change of the setting, told right after the figure, makes it the value chosen. An old maximum said so is a
  // setting too, unless the sentence calls it a bound.
  const rest = (i.line.slice(cur.end).split(/[.;!?]/)[0] as string).slice(0, 60);
  const changedAfter =
    /^\s*(?:[\w-]+\s+){0,2}?(?:after|since|once|because|when)\s+(?:we|i|they|the\s+team|admins?)\s+(?:\w+\s+)?(?:raised|increased|extended|set|changed|configured|lowered|reduced|decreased|bumped|modified|updated)\b/i.test(
      rest,
    ) &&
    !/\b(?:max(?:imum)?|min(?:imum)?|limit|at\s+most|up\s+to|cap|only|default)\b/i.test(
      i.line.slice(i.clauseStart, cur.start) + rest,
    );
  if (changedAfter) {
    const span = factSpan(i) ?? spanWithSiblings(i);
    return span !== null && cur.value >= span[0] && cur.value <= span[1];
  }
  if (i.outdated) return false;
  const actor =
    /\b(?:we|i|they|admin|admins|administrator|team|ops)\s+(?:\w+\s+)?(?:set|sets|gave|give|gives|configured|configure|configures|chose|choose|picked|scheduled|schedules)\b/i;
  // A parameter's own name (camelCase, PascalCase or snake_case) given a value: "RecoveryWindowInDays=21". Plain
  // words before "=" ("max timeout = 10 min") are a claim, not an assignment.
  const assignment = /\b(?:[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*|[A-Za-z0-9]+_[A-Za-z0-9_]+)\s*=\s*$/;
  // "we set it up to 12 h" states a range end, not a chosen value.
  if (!(actor.test(before) && !/\bup\s+to\s*$/i.test(before)) && !assignment.test(before)) return false;
  const span = factSpan(i);
  return span !== null && cur.value >= span[0] && cur.value <= span[1];
}

/** A proper-name word of a text, not its first word: "FSx for Windows …" → "Windows". */
function properWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<=\S\s+)[A-Z][a-z]{3,}\b/g)) out.add(m[0].toLowerCase());
  return out;
}

/**
 * "FSx Lustre: HDD 1800 GiB" against "FSx for Windows minimum HDD storage": the fact's label names a variant by a
 * proper word ("Windows") the figure's clause does not say, and the clause says another proper word that labels
 * other facts of the same service ("Lustre"): the figure is that variant's.
 */
function otherVariantWord(i: GuardInput): boolean {
  // The service's own name: its title without the list of variants in parentheses.
  const title = (i.fact.entryTitle ?? '').replace(/\([^)]*\)/g, ' ').toLowerCase();
  // The whole line must leave the fact's variant unsaid; the other variant is said before the figure.
  const said = new Set(tokens(i.line).map((t) => t.word.toLowerCase()));
  const clause = i.line.slice(0, q(i).start);
  // Words every service capitalises ("Region", "Availability Zone") name no variant.
  const mine = [...properWords(i.fact.fact.label)].filter(
    (w) => !title.includes(w) && !/^(?:regions?|zones?|availability|amazon|accounts?)$/.test(w),
  );
  // "Regional" says "Region": a word of the line that begins with the variant word says it.
  const says = (w: string): boolean =>
    said.has(w) || said.has(norm(w)) || [...said].some((x) => x.startsWith(w));
  if (!mine.length || mine.some(says)) return false;
  const own = factWords(i.fact);
  const theirs = new Set<string>();
  for (const s of i.siblings)
    if (s.fact.id !== i.fact.fact.id && s.entryId === i.fact.entryId)
      for (const w of properWords(s.fact.label)) theirs.add(w);
  for (const m of clause.matchAll(/\b[A-Z][a-z]{3,}\b/g)) {
    const w = m[0].toLowerCase();
    if (theirs.has(w) && !own.has(norm(w)) && !own.has(w) && !title.includes(w)) return true;
  }
  return false;
}

/**
 * "Intelligent-Tiering doesn't auto-tier 50 KB objects", "a 20 GB function is not possible": the clause denies
 * what it says of a figure beyond the fact's bound (below a minimum, above a maximum), which the bound itself
 * says. A comparison in the clause ("can't be smaller than 50 KB") states a bound and is read as usual, as is a
 * denial the line quotes as a myth or puts in a question.
 */
function deniedOutside(i: GuardInput): boolean {
  const cur = q(i);
  if (i.outdated || cur.low !== undefined || i.claimKind === 'default') return false;
  const k = i.fact.kind;
  const beyond =
    (k === 'min' && cur.value < i.fact.official * 0.9999) ||
    (k === 'max' && cur.value > i.fact.official * 1.0001);
  if (!beyond) return false;
  const clause = i.line.slice(i.clauseStart, i.clauseEnd);
  const before = i.line.slice(i.clauseStart, cur.start);
  const after = i.line.slice(cur.end, i.clauseEnd);
  const negation = /\b(?:not|never|cannot)\b|n['’]t\b/i;
  if (!negation.test(clause)) return false;
  // Comparisons, limits and exceptions: the clause then states a bound or a case ("not below", "except").
  if (
    /\b(?:than|under|below|over|above|beyond|exceeds?|exceeding|up\s+to|at\s+(?:least|most)|min(?:imum)?|max(?:imum)?|limit|only|except|unless|if|but|myths?|wrong|false)\b|[<>≤≥?]/i.test(
      clause,
    )
  )
    return false;
  // The negation must deny the predicate the figure is part of: before it, or right after its noun phrase.
  return (
    negation.test(before) ||
    /^\s*(?:[\w-]+\s+){0,2}?(?:are|is|were|was|get|gets|do|does|can|will)\s*(?:not|never|n['’]t)\b/i.test(
      after,
    ) ||
    /^\s*(?:[\w-]+\s+){0,2}?(?:aren|isn|don|doesn|can|won)['’]t\b/i.test(after)
  );
}

const RULES: [GuardRule, (i: GuardInput) => boolean][] = [
  ['range-end', rangeEnd],
  ['split-range', splitRange],
  ['threshold', threshold],
  ['modifier', modifier],
  ['sibling', sibling],
  ['qualifier', qualifier],
  ['raised-quota', raisedQuota],
  ['default-maximum', defaultMaximum],
  ['borrowed-kind', borrowedKind],
  ['later-name', laterName],
  ['other-subject', otherSubject],
  ['other-name', otherName],
  ['missing-operation', missingOperation],
  ['other-count', otherCount],
  ['other-scope', otherScope],
  ['stated-elsewhere', statedElsewhere],
  ['subset', subset],
  ['derived', derived],
  ['worked-out', workedOut],
  ['restated-total', restatedTotal],
  ['counted-opposite', countedOpposite],
  ['unbound-in-list', unboundInList],
  ['other-thing', otherThing],
  ['other-unit-qualifier', otherUnitQualifier],
  ['interval', interval],
  ['listed-sibling', listedSibling],
  ['contrasted-item', contrastedItem],
  ['other-attribute', otherAttribute],
  ['step-size', stepSize],
  ['sum-term', sumTerm],
  ['value-list', valueList],
  ['side-figure', sideFigure],
  ['later-subject', laterSubject],
  ['other-kept', otherKept],
  ['example', example],
  ['prefix-size', prefixSize],
  ['setting', setting],
  ['other-variant-word', otherVariantWord],
  ['denied-outside', deniedOutside],
];

/**
 * Vets a flag the checker is about to raise: the first rule that finds the binding unproven, or null when
 * the flag stands.
 */
export function vetClaim(input: GuardInput): GuardRule | null {
  for (const [name, rule] of RULES) if (rule(input)) return name;
  return null;
}

/**
 * "20 req/s" against a fact counted in "requests/s": the word before the unit's last word is the unit's own
 * word shortened ("req", "msg", "conn"), not a qualifier naming another thing.
 */
function shortensUnitWord(word: string, unit: readonly string[]): boolean {
  return word.length >= 3 && unit.slice(0, -1).some((u) => u !== word && u.startsWith(word));
}

/**
 * Checks the figures in a note against the knowledge base's facts. Each quantity in a line ("10 GB",
 * "15 min", "99.9 %", "5 read replicas") becomes a candidate claim: its subject is the service named
 * nearest to it (same line, then the lines above, then the headings), its attribute the fact-label words
 * around it, its value the normalised quantity. A claim is flagged only when one fact clearly fits and the
 * value contradicts it; a value the fact used to have is "outdated", with the date it changed.
 *
 * Precision first: another service or variant named nearer, historical wording ("used to", "before 2020"),
 * a quantity that is a setting below a maximum, an ambiguous match — each means no flag. Pure.
 */
import type { Fact, KbEntry } from '../kb/schemas';
import {
  deniedBeyond,
  restrictedBefore,
  NEGATED_ABOVE,
  NEGATED_BELOW,
  OPERATION,
  REMOVED_BEYOND,
  requiredAge,
  vetClaim,
  FIXED_WORDS,
  RAISABLE_WORDS,
} from './claimGuard';
import { requiredAlternatives } from './prefilterStatements';
import { factQuantities, memoByObject } from './prefilterMemo';
import type { Lexicon } from './lexicon';
import {
  acronymCounts,
  findQuantities,
  parenRestatement,
  readUnit,
  sameValue,
  singular,
  sizeRatio,
  type Dimension,
  type Quantity,
} from './quantity';
import { buildTermTable, termSubjects, type TermTable } from './termSubjects';

export type Verdict = 'wrong' | 'outdated';
export type FactKind = 'max' | 'min' | 'default' | 'exact';
type ClaimKind = 'max' | 'min' | 'default' | null;
type Role = 'official' | 'default' | 'min' | 'max' | 'other' | 'legacy';

interface TextValue {
  value: number;
  role: Role;
  /** Variants (group → ids) the official text ties this value to ("Oracle and SQL Server: 5"). */
  tied: Map<string, Set<string>>;
  /** Words of the text's part that states this value and no part stating another value does ("CLI" of
   * "0 seconds when created with the AWS CLI"): a claim using one of them speaks of this value's case. */
  marks?: Set<string>;
  /** The words of the text's part that states this value (the index turns them into `marks`). */
  words?: Set<string>;
  /** Which part of the text (split at ";" and ", Capital") states it. */
  chunk?: number;
  /** The words naming the case of a parenthesis that states this value alone ("asynchronous operations: 30"). */
  paren?: Set<string>;
  /** Of those, the words that name its case ("asynchronous operations: 30"): the claim must say one. */
  caseMarks?: Set<string>;
  /** The text names a case this value holds for ("other Regions: 200 MB/s", "1 day for alarms with a period
   * under one hour"), not only lists it beside another ("1, 10, 100 and 400 Gbps"). */
  cased?: boolean;
  /** The value of every case but the ones the text names ("0.5 ACU otherwise"). */
  complement?: boolean;
  /** The text gives it "by default" ("1 MiB when raised; 256 KiB by default"): the default of a setting. */
  byDefault?: boolean;
  /** An end of the bare-number range a setting allows ("settable 0 to 10"). */
  settable?: boolean;
}

export interface IndexedFact {
  fact: Fact;
  entryId: string;
  entryTitle: string;
  subject: string;
  dim: Dimension;
  noun: string;
  official: number;
  kind: FactKind;
  /** A default quota ("… (default quota)"): its figure is both the default and, until raised, the maximum. */
  quota: boolean;
  /** group → variants the fact is about; a group absent means the fact holds for every variant. */
  variants: Map<string, Set<string>>;
  /** `extra`: from the fact's check.keywords only; counts toward the label's weight only when present. */
  /** `name`: a word of a variant's name in the label ("HTTP" of "HTTP API …"): it says which fact, not which
   * attribute, so it ranks a fact but never binds a figure to it on its own. */
  /** `foreign`: a keyword that is another service's variant name ("io1" for an RDS storage fact): the line's
   * mention of it is read as a service name too, so it is looked for where names are blanked out. */
  keywords: {
    root: string;
    re: RegExp;
    weight: number;
    extra: boolean;
    name: boolean;
    foreign?: boolean;
    /** A part of a name written as one word with a symbol ("Edge" of "Lambda@Edge"): it never binds alone. */
    joined?: boolean;
    /** A word of the case the label excludes ("high-throughput mode" of "… without high-throughput mode"). */
    excluded?: boolean;
  }[];
  values: TextValue[];
  history: { value: number; text: string; to: string; from?: string; source: string }[];
  mistakes: number[];
  /**
   * The KB states no figure because AWS's texts disagree ("… (AWS's texts disagree, so notes quoting either are
   * not flagged)"): the fact still names its thing, so a figure said of it binds here (its text's figures are
   * right) and is never flagged, rather than being judged by a neighbouring fact.
   */
  unsettled?: boolean;
}

interface Alias {
  text: string;
  lower: string;
  subjects: string[];
  caseSensitive: boolean;
}

export interface Group {
  id: string;
  entries: Set<string>;
  implicit: string[];
  aliases: { text: string; lower: string; variant: string }[];
  matcher: Matcher<string>;
}

export interface FactIndex {
  facts: IndexedFact[];
  bySubject: Map<string, IndexedFact[]>;
  aliases: Alias[];
  groups: Group[];
  countNouns: Set<string>;
  /** Claim noun → the fact nouns it may stand for. */
  nounMap: Map<string, Set<string>>;
  /** The same, for synonyms that hold in one KB entry only: entry id → claim noun → fact nouns. */
  entryNounMap: Map<string, Map<string, Set<string>>>;
  subjects: Matcher<string[]>;
  /** Non-numeric facts with the statements they contradict ("the standby serves reads"). */
  statements: { f: Fact; entryTitle: string; subject: string; res: { re: RegExp; lit: string[] }[] }[];
  /** Terms that only one service's facts use ("WCU", "prefix list"): they name it in a line that names none. */
  terms?: TermTable;
  /** checkStatement's word pre-filter, built with the index (statementWordsOf). */
  statementWords?: StatementWordsData;
}

/**
 * A parameter's name in a label: capitalised words run together ("MaxNumberOfMessages", "ParallelismPerKPU"),
 * not a unit ("GiB") nor an API operation, which starts with its verb ("PutEvents": OPERATION).
 */
const CAMEL_PARAM =
  /(?<![A-Za-z])(?!(?:Get|Put|Batch|Transact|Delete|Describe|List|Create|Update|Assume|Send|Receive|Invoke|Start|Schedule|Publish)[A-Z])[A-Z][a-z]{2,}(?:[A-Z][a-z]+)+(?:[A-Z]{2,})?(?![A-Za-z0-9])/g;

/** "child jobs", "child health checks", "child workflow executions": a thing counted as a parent's children. */
const CHILD_OF = /\bchild\s+(?:[a-z-]+\s+){0,2}[a-z-]+s\b/i;
/** The counted noun of the first "child <things>" in `text`, singular. */
function childNoun(text: string): string {
  const m = /\bchild\s+((?:[a-z-]+\s+){0,2}[a-z-]+s)\b/i.exec(text);
  const head = m ? (m[1] as string).split(/\s+/).pop() : undefined;
  return head ? singular(head) : '';
}

/** Rank a fact gains when the clause names the API operation it is about: more than `close` tolerates. */
/** Label words of a rate into a thing (its write or ingest rate) and out of it (its read or egress rate). */
const DIRECTION_IN = /\b(?:writes?|written|ingest(?:ion|ed)?|ingress|input|incoming|uploads?|puts?)\b/i;
const DIRECTION_OUT = /\b(?:reads?|egress|output|outgoing|downloads?|gets?)\b/i;
const OPERATION_PREFERENCE = 0.3;

/** Claim noun → fact nouns for one entry's facts: the lexicon's synonyms and that entry's own. */
const nounMaps = new WeakMap<FactIndex, Map<string, Map<string, Set<string>>>>();
function nounsFor(index: FactIndex, entryId: string): Map<string, Set<string>> {
  const local = index.entryNounMap.get(entryId);
  if (!local) return index.nounMap;
  const cache = nounMaps.get(index) ?? new Map<string, Map<string, Set<string>>>();
  nounMaps.set(index, cache);
  let merged = cache.get(entryId);
  if (!merged) {
    merged = new Map([...index.nounMap].map(([k, v]) => [k, new Set(v)]));
    for (const [k, v] of local) merged.set(k, new Set([...(merged.get(k) ?? []), ...v]));
    cache.set(entryId, merged);
  }
  return merged;
}

const STOP = new Set(
  'a an the of per for to in on by with and or from at as is be can its it one two each any all only not no yes does do how what which who when where time maximum minimum max min default quota number total designed typical value values range setting settings limit amazon aws new older most least largest longest shortest lowest highest more than up after before within about using used use via without including excluding excluded included like than data point points hour hours minute minutes second seconds day days month months year years ms mb gb kb tb mib gib kib tib bytes byte percent instance instances function functions volume volumes table tables cluster clusters service services file files system'.split(
    ' ',
  ),
);
const MAX_WORDS =
  /\b(?:max(?:imum)?|max(?:es|ed)?\s+(?:out|at)|only|up\s*to|upto|at\s+most|limit(?:s|ed)?(?:\s+to)?|caps?|capped|no\s+more\s+than|largest|longest|highest|tops?\s+out|ceiling|as\s+(?:much|long|many|high|large|big)\s+as)\b/i;
const MIN_WORDS =
  /\b(?:min(?:imum)?|at\s+least|smallest|shortest|lowest|no\s+(?:less|fewer)\s+than|as\s+(?:low|small|short|few|little)\s+as|(?:decreased|reduced|lowered|shortened|scaled?|scales|go(?:es)?|drops?)\s+down\s+to|(?:go(?:es)?|drops?|falls?|scales?)\s+below)\b/i;
const DEFAULT_WORDS = /\b(?:default(?:s|ed)?|by\s+default|out\s+of\s+the\s+box|initially)\b/i;
/** Wording that puts a figure in the past or in a comparison: never flagged. */
const HISTORICAL =
  /\b(?:(?<!\b(?:be|is|are|was|were|been|being|get|gets|got)\s+)used\s+to|previously|formerly|originally|historically|legacy|no\s+longer|deprecated|was\s+(?:raised|increased|changed|extended|bumped|lifted|once)|(?:until|before|prior\s+to|pre-?|in|since)\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:19|20)\d\d|old(?:er)?\s+(?:limit|value|max(?:imum)?|quota|figure|notes?|exam))\b/i;
const NEGATED_BEFORE =
  /(?:\bnot|\bnever|\binstead\s+of|\brather\s+than|\bvs\.?|\bversus|\bunlike|\bexcept|\bwas|\bwere|\bold|\bprevious(?:ly)?|\bformerly)\s*(?:the\s+)?(?:\S+\s+)?$/i;
/**
 * "~100", "≈ 4 GiB", "about 20,000": a figure given roughly. It is a claim, but only a figure far from every value
 * the fitting facts accept (more than half again above or below) is wrong for it.
 */
const APPROX_BEFORE = /(?:~|≈|\b(?:about|around|approx\.?|approximately|roughly|circa|ca\.))\s*$/i;
/** How far a rough figure may be from an accepted value and still be that value said roughly. */
const APPROX_FACTOR = 1.5;
/** Examples and hypotheticals ("e.g. a task with 2 GB") are not claims about the service. */
const EXAMPLE = /\b(?:e\.g\.|for example|for instance|example:|suppose|imagine|let's say)/i;
/** A keyword this rare (in at most ~1 in 25 fact labels) names the attribute on its own. */
const SPECIFIC_WEIGHT = 4.0;
const KIND_SYNONYM = /^(?:default|included|base|max(?:imum)?|min(?:imum)?|limit|quota)$/i;
/** "for items up to 4 KB", "if the file is over 100 MB": a condition, not a claim about the limit. */
const CONDITIONAL_BEFORE =
  /\b(?:for|if|when|with|on|once)\s+(?:an?\s+|the\s+)?(?:(?!(?:supports?|allows?|has|have|is|are|can|gets?|provides?|offers?|holds?|keeps?|stores?|lets?|permits?|scales?|goes|reaches)\b)[\w-]+\s+){1,3}(?:up\s+to|under|below|over|above|exceed(?:s|ing)?|(?:larger|bigger|smaller|less|more|greater|fewer)\s+than)\s*$/i;
/** "1 RCU =", "one WCU equals": the definition of a unit, the unit's name in group 1. */
const UNIT_DEFINITION =
  /(?:^|[\s:;,(])(?:1|[Oo]ne|[Aa]n?)\s+(?:[A-Z][A-Za-z0-9]+\s+(?=[A-Z]{2,}s?\s*(?:=|≈|[Ee]qual)))?([A-Za-z][A-Za-z-]{1,15})\s*(?:=|≈|[Ee]quals?\b|[Ii]s\s+equal\s+to\b)/;
/**
 * "WCU: 1 write/s …", "RCU = one read …": a unit's acronym (a "… unit": WCU, RCU, DPU, ACU) labelling what one of
 * it is, the name in group 1. Not any acronym as a topic label ("VPC: a NAT gateway takes …").
 */
const UNIT_LABEL_DEFINITION = /(?<![\w-])([A-Z]{1,4}U)\s*[:=]\s*(?:1|one)\s+[a-z]/;
/** The unit whose definition `text` (the words before a figure) gives, either way it is written. */
function definedUnit(text: string): string | undefined {
  return UNIT_DEFINITION.exec(text)?.[1] ?? UNIT_LABEL_DEFINITION.exec(text)?.[1];
}

/** Whether a fact's label names the unit `unit`, itself or spelled out ("WCU": "One write capacity unit"). */
function namesUnit(label: string, unit: string): boolean {
  const l = label.toLowerCase();
  const u = unit.toLowerCase().replace(/s$/, '');
  // Not as the tail of another unit's hyphenated name ("M-DPU" is not a DPU).
  if (l.includes(u) && new RegExp(`(?<![a-z0-9]-)${escapeRe(u)}`).test(l)) return true;
  const initials = (l.match(/[a-z]+/g) ?? []).map((w) => w[0]).join('');
  return u.length >= 3 && initials.includes(u);
}
/** A place a figure is counted in, right before a name ("… per VPC", "in each Region"). */
const PLACE_BEFORE =
  /\b(?:per|each|every|in|to|into|from|across|within|inside)\s+(?:an?\s+|the\s+|one\s+)?$/i;
const ARROW_AFTER = /^\s*(?:→|->|=>|⇒)/;
/** A limit word, or the ":"/"=" of a label, in the clause before a figure: the figure is the limit stated. */
const LIMIT_STATED =
  /\b(?:max(?:imum)?|min(?:imum)?|limit(?:ed\s+to)?|quota|default|cap(?:ped\s+at)?|up\s+to|at\s+most)\b|[:=]/gi;
/** A comparison that makes the figure a threshold ("over 5 GB", "> 100 MB", "larger than 1 MB"). */
const COMPARED =
  /[<>≥≤]|\b(?:over|above|below|under|exceed(?:s|ing)?|beyond|more|less|larger|bigger|smaller|greater|fewer|past|if|when|for)\b/i;

/**
 * Whether an arrow after the figure makes it a condition ("> 5 GB -> multipart", "5 GB+ -> use S3"): not when
 * the clause before states it as a limit ("max message size 256 KB -> larger ones go to S3", "template: max
 * 200 resources -> nested stacks"), the arrow then giving what to do about the limit.
 */
function arrowCondition(line: string, q: Quantity): boolean {
  return ARROW_AFTER.test(line.slice(q.end)) && !limitStated(line, q);
}

/** The clause before the figure states it as a limit (a limit word or a label's ":"/"=", no comparison after). */
function limitStated(line: string, q: Quantity): boolean {
  const clause =
    line
      .slice(0, q.start)
      .split(/[.;!?]\s|→|->|=>|⇒/)
      .pop() ?? '';
  const stated = [...clause.matchAll(LIMIT_STATED)].pop();
  return !!stated && !COMPARED.test(clause.slice((stated.index ?? 0) + stated[0].length));
}
/** Words too common in official value texts to tell one case from another. */
const MARK_STOP = new Set(
  'when if then than but also so that this these those there their they are was were has have had been being will would may might must should same other another over under below above between into onto out off on up down every each per least most much many few after before until while during configurable adjustable raised increased set request requested higher lower such go already keep since supported otherwise apply applies beyond never larger smaller bigger only also able'.split(
    ' ',
  ),
);
const ROLE_WORDS: [RegExp, Role][] = [
  [/\bdefault\b/i, 'default'],
  [/\b(?:min(?:imum)?|at least|from)\b/i, 'min'],
  [/\b(?:max(?:imum)?|up to|raised to|configurable|adjustable|increase(?:d)? to)\b/i, 'max'],
];

/** "default max", "max default": a default quota's figure, or a setting named "max" said at its default. */
const DEFAULT_MAX = /\bdefault\s+max(?:imum)?\b|\bmax(?:imum)?\s+default\b/i;
/** "settable", "range", "valid values": the words before the low end of the values a setting allows. */
const SETTABLE_WORD_BEFORE =
  /\b(?:settable|range|valid\s+values?|can\s+be\s+set)\s*(?:from|between|of|:)?\s*$/i;
/** "settable 0 to ": the words before its high end. */
const SETTABLE_RANGE_BEFORE =
  /\b(?:settable|range|valid\s+values?|can\s+be\s+set)\s*(?:from|between|of|:)?\s*[\d.,]+\s*(?:[A-Za-z%]+\s*)?(?:to|-|–)\s*$/i;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isAcronym(s: string): boolean {
  return /^[A-Z0-9λ-]{1,6}$/.test(s);
}

interface Mention<T> {
  start: number;
  end: number;
  value: T;
  /** Matched in its plural form ("VPCs"). */
  plural?: boolean;
}

/**
 * Finds names in text with two compiled expressions (case-insensitive words, case-sensitive acronyms), longest
 * alternative first, and caches results per text: the fact-check runs it on every line that holds a figure,
 * so it must cost one regex pass, not one search per name.
 */
export class Matcher<T> {
  private readonly re: RegExp[];
  private readonly byText = new Map<string, T>();
  private readonly cache = new Map<string, Mention<T>[]>();

  constructor(list: readonly { text: string; caseSensitive?: boolean; value: T }[]) {
    const alt = (xs: readonly string[]): string =>
      [...new Set(xs)]
        .sort((a, b) => b.length - a.length)
        .map(escapeRe)
        .join('|');
    const ci = list.filter((a) => !a.caseSensitive).map((a) => a.text.toLowerCase());
    const cs = list.filter((a) => a.caseSensitive).map((a) => a.text);
    for (const a of list) this.byText.set(a.caseSensitive ? `=${a.text}` : a.text.toLowerCase(), a.value);
    // A hyphen joining another word continues the name: "S3 Standard" is not in "S3 Standard-IA".
    // A plural names the same thing ("Application Load Balancers", "VPCs", "EIPs").
    const edge = (body: string, flags: string): RegExp =>
      new RegExp(`(?<![A-Za-z0-9])(?:${body})(?:s|es)?(?![A-Za-z0-9]|-[A-Za-z])`, flags);
    this.re = [ci.length ? edge(alt(ci), 'gi') : null, cs.length ? edge(alt(cs), 'g') : null].filter(
      (r): r is RegExp => r !== null,
    );
  }

  /** Forgets the lookups cached so far (before the index is stored: they are found again as texts come). */
  forget(): void {
    this.cache.clear();
  }

  find(text: string): Mention<T>[] {
    const hit = this.cache.get(text);
    if (hit) return hit;
    const found: Mention<T>[] = [];
    this.re.forEach((re, i) => {
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        const key = i === 0 && re.flags.includes('i') ? m[0].toLowerCase() : `=${m[0]}`;
        const exact = this.byText.get(key);
        const value =
          exact ?? this.byText.get(key.replace(/s$/, '')) ?? this.byText.get(key.replace(/es$/, ''));
        if (value !== undefined)
          found.push({ start: m.index, end: m.index + m[0].length, value, plural: exact === undefined });
        // Overlapping names are all collected ("S3 Standard" and "Standard - Infrequent Access"); the
        // longest wins below.
        re.lastIndex = m.index + 1;
      }
    });
    found.sort((x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
    const kept: Mention<T>[] = [];
    for (const m of found) if (!kept.some((k) => m.start < k.end && m.end > k.start)) kept.push(m);
    kept.sort((x, y) => x.start - y.start);
    if (this.cache.size > 20_000) this.cache.clear();
    this.cache.set(text, kept);
    return kept;
  }
}

function keywordRe(root: string, syns: readonly string[]): RegExp {
  // Past and -ing forms stand for the word's other forms ("returned" ~ "return", "allocated" ~ "allocation").
  const base = root.length > 6 ? root.replace(/(?<=[a-z]{4})(?:ed|ing)$/, '') : root;
  const stem = escapeRe(base.length > 4 ? singular(base) : base);
  const alts = [
    `${stem}${root.length > 4 ? '' : '(?:e?s)?(?![a-z0-9])'}`,
    ...syns.map((s) => `${escapeRe(s.toLowerCase())}(?![a-z0-9])`),
  ];
  return new RegExp(`(?<![a-z0-9])(?:${alts.join('|')})`);
}

/**
 * A parameter name in a label ("Default MaximumMessageSize of a topic") is said in words too: "maximum
 * message size", "max message size". The spaced forms of the label's CamelCase word whose root is `root`.
 */
function spacedParameter(label: string, root: string): string[] {
  const word = (label.match(/\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g) ?? []).find((w) => w.toLowerCase() === root);
  if (!word) return [];
  const spaced = word.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const short = spaced.replace(/^maximum\b/, 'max').replace(/^minimum\b/, 'min');
  return [...new Set([spaced, short])];
}

/**
 * A fact's unit, read with its label: a count whose label says the counted things come per second ("CQL queries
 * per second on one client connection", "File operations per second …") is that noun's rate, as "queries/s"
 * would be, though its unit names the things only.
 */
export function factUnit(unit: string, label: string): ReturnType<typeof readUnit> {
  const u = readUnit(unit);
  if (u.dim !== 'count' || !u.noun || u.noun.includes('/')) return u;
  const m = /\b([A-Za-z]+)\s+per\s+second\b/i.exec(label);
  return m && singular(m[1] as string) === u.noun ? { ...u, noun: `${u.noun}/s` } : u;
}

/** "total", "in total", "overall" right after a figure (before punctuation or a preposition): it is a total. */
const TOTAL_AFTER = /^\s*(?:in\s+)?(?:total|overall|combined)\b(?!\s+[a-z]+\s*(?:size|count|length))/i;

/** Every figure fact's label, one list per index (the guard's compounds are cached by it). */
const allLabelsCache = new WeakMap<FactIndex, readonly string[]>();
function allLabelsOf(index: FactIndex): readonly string[] {
  let out = allLabelsCache.get(index);
  if (!out) allLabelsCache.set(index, (out = index.facts.map((f) => f.fact.label)));
  return out;
}

/** The KB's mark on a fact whose figure AWS's own texts give differently. */
const UNSETTLED = /\btexts\s+disagree\b/i;

/**
 * A fact without a figure because AWS's texts disagree, read with the first figure its text quotes (the others
 * are read from its text as usual), so that a note's figure of that thing binds to it and is never flagged; null
 * for any other fact without a figure.
 */
function unsettledFact(f: Fact): Fact | null {
  if (!UNSETTLED.test(f.value)) return null;
  const m = /(?<![\w.])(\d[\d,]*(?:\.\d+)?)\s*([A-Za-z]+)\b/.exec(f.value);
  if (!m) return null;
  const unit = m[2] as string;
  if (factUnit(unit, f.label).dim === 'count') return null;
  return { ...f, numeric: Number((m[1] as string).replace(/,/g, '')), unit };
}

function factKind(f: Fact): FactKind {
  if (f.check?.kind) return f.check.kind;
  const words = `${f.label} ${f.id.split('.').slice(1).join(' ')}`.toLowerCase();
  if (/\bdefault\b/.test(words) && !/\bquota\b|\(default\)/.test(words)) return 'default';
  if (/^(?:min(?:imum)?|shortest|lowest|smallest)\b/.test(words)) return 'min';
  if (
    /\b(?:max(?:imum)?|largest|longest|highest|up to|quota|limit)\b|\(default\)/.test(words) ||
    /^up to\b/i.test(f.value)
  )
    return 'max';
  if (/\b(?:min(?:imum)?|shortest|lowest|smallest|most frequent)\b/.test(words)) return 'min';
  return 'exact';
}

function variantsIn(text: string, groups: readonly Group[], entryId: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const g of groups) {
    if (!g.entries.has(entryId)) continue;
    const ms = g.matcher.find(text);
    if (ms.length) out.set(g.id, new Set(ms.map((m) => m.value)));
  }
  return out;
}

function toBase(n: number, unit: string): { dim: Dimension; value: number; noun: string } {
  const u = readUnit(unit);
  return { dim: u.dim, value: n * u.factor, noun: u.noun };
}

/** The plain words of a text (lower case, singular), without figures. */
function segmentWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[a-z][a-z0-9'-]*/g) ?? [])
      .map((w) => w.replace(/'s$/, ''))
      .filter((w) => !STOP.has(w))
      // "SQS", "AWS": short words are names, not plurals.
      .map((w) => (w.length <= 3 ? w : singular(w))),
  );
}

/** The parts of a fact's text that state one case each: split at ";", at ", Capital" and before a figure said
 * for a case of its own ("30 for ZooKeeper-based clusters, 60 for KRaft-based clusters", "7,000 with one
 * subnet, up to 126,000 with five"). */
export const TEXT_PARTS =
  /;|,\s(?=[A-Z])|,\s(?=(?:up\s+to\s+)?\d[\d,.]*\s*(?:[A-Za-z%]+\s+)?(?:for|with|when|on|in)\s)/;

/** The headline figure, then the text's values. The headline is stated by the text's first part (its case's
 * words are that part's) unless that part states another value. */
function officialFirst(official: number, dim: Dimension, text: string, values: TextValue[]): TextValue[] {
  const first = values.filter((v) => v.chunk === 0);
  const words = first.every((v) => sameValue(dim, v.value, official))
    ? (first[0]?.words ?? segmentWords(text.split(TEXT_PARTS)[0] as string))
    : undefined;
  return [{ value: official, role: 'official', tied: new Map(), words, chunk: 0 }, ...values];
}

/** Values the official text states besides the headline figure, each with its role and tied variants. */
function textValues(
  f: Fact,
  dim: Dimension,
  noun: string,
  factor: number,
  nouns: Set<string>,
  groups: readonly Group[],
  entryId: string,
): TextValue[] {
  const out: TextValue[] = [];
  // Segments: "15 (Oracle and SQL Server: 5; Db2: 3)" → "15", "Oracle and SQL Server: 5", "Db2: 3".
  // Each case the text states ("…; 0 seconds (off) when created with the AWS CLI") keeps the words of its
  // whole clause, parentheses included, for `marks`.
  const chunks = f.value.split(TEXT_PARTS);
  // Whether a part begins inside a parenthesis ("15 (Oracle and SQL Server: 5; Db2: 3)": "Db2: 3" does).
  let open = 0;
  /** The bound word of the case before, inside the same parenthesis: "(up to 10,000 for standard queues; 10 for
   * FIFO queues)" gives the FIFO case's bound too. */
  let caseRole: Role | null = null;
  for (const [chunk, text] of chunks.entries()) {
    const segs = text.split(/[()]/);
    const start = open;
    if (!start) caseRole = null;
    let chunkRole: Role | null = null;
    open = Math.max(0, open + (text.match(/\(/g)?.length ?? 0) - (text.match(/\)/g)?.length ?? 0));
    let segAt = 0;
    for (const [si, seg] of segs.entries()) {
      const at0 = segAt;
      segAt += seg.length + 1;
      const words = segmentWords(text);
      const tied = variantsIn(seg, groups, entryId);
      // Ratios ("500 IOPS per GiB") describe how the figure scales, not the figure.
      const qs = findQuantities(seg, nouns).filter(
        (q) =>
          q.dim === dim &&
          (dim !== 'count' || q.noun === noun || q.noun === '') &&
          !/^\s*(?:per|\/)/.test(seg.slice(q.end)),
      );
      // Bare numbers take the fact's unit ("15", "5 (can be raised to 20)").
      // A preposition may follow ("up to 5,000 for an extra fee").
      const bare =
        /(?<![A-Za-z0-9.,/$])(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d.,]*\s*(?!(?:for|with|at|in|on|when|if|after|and|or|to|by)\b)[A-Za-z%$/])/g;
      let m: RegExpExecArray | null;
      const found: { value: number; at: number; low?: number }[] = qs.map((q) => ({
        value: q.value,
        at: q.start,
        low: q.low,
      }));
      while ((m = bare.exec(seg)))
        if (!qs.some((q) => m && m.index >= q.start && m.index < q.end)) {
          // "a-z, A-Z, 0-9": a class of characters, no figure.
          if (/^0-9(?!\d)/.test(seg.slice(m.index))) {
            bare.lastIndex = m.index + 3;
            continue;
          }
          // "255 characters (3 to 255)": the range of a maximum's allowed values, written as bare numbers; its
          // low end is the minimum (a range with a unit is read as one quantity above).
          const span = /^(\d{1,3}(?:,\d{3})+|\d+)\s*(?:to|-|–)\s*(\d{1,3}(?:,\d{3})+|\d+)(?![\d.,])/.exec(
            seg.slice(m.index),
          );
          const high = span ? Number((span[2] as string).replace(/,/g, '')) * factor : NaN;
          if (span && factKind(f) === 'max' && sameValue(dim, high, (f.numeric ?? NaN) * factor)) {
            found.push({
              value: high,
              at: m.index,
              low: Number((span[1] as string).replace(/,/g, '')) * factor,
            });
            bare.lastIndex = m.index + span[0].length;
            continue;
          }
          found.push({ value: Number(m[0].replace(/,/g, '')) * factor, at: m.index });
        }
      // A parenthesis that states one other case's figure ("asynchronous operations: 30", "20 GB for
      // mq.*.micro"): the words naming that case.
      const paren = (si + start) % 2 === 1 && found.length === 1 && !tied.size ? caseWordsOf(seg) : undefined;
      for (const v of found) {
        // Words before an earlier figure's comma are that figure's ("1 day by default, up to 35 days").
        const before = seg.slice(Math.max(0, v.at - 40, seg.lastIndexOf(', ', v.at) + 1), v.at);
        // Only figures the text states as values of this attribute: defaults, bounds, alternatives, variants.
        let role: Role | null =
          /\b(?:older|previous|legacy|earlier|formerly|raised from|up from|increased from|already had)\b/i.test(
            seg,
          )
            ? 'legacy'
            : null;
        // "1 (settable 0 to 10)", "(range 1 to 100)": the ends of the values a setting allows, written as bare
        // numbers (a range with a unit is read as one quantity, its low end below). Only a default's text: there
        // they are no other values of the default; a minimum's or maximum's own range is read as before.
        let settable = false;
        if (!role && v.low === undefined && factKind(f) === 'default') {
          const after0 = seg.slice(v.at);
          if (
            SETTABLE_WORD_BEFORE.test(before) &&
            /^[\d.,]+\s*(?:[A-Za-z%]+\s*)?(?:to|-|–)\s*\d/.test(after0)
          )
            role = 'min';
          else if (SETTABLE_RANGE_BEFORE.test(before)) role = 'max';
          settable = role !== null;
        }
        if (!role)
          for (const [re, r] of ROLE_WORDS)
            if (
              re.test(before) ||
              (r === 'default' && /^\s*[\d.,]+\s*\S*\s+default\b/i.test(seg.slice(v.at)))
            ) {
              role = r;
              break;
            }
        // A case of a list inside a parenthesis, its figure first and for whom after ("10 for FIFO queues"),
        // shares the bound word of the case before it.
        if (
          !role &&
          caseRole &&
          si === 0 &&
          start > 0 &&
          /^\s*$/.test(before) &&
          /^\s*[\d.,]+\s*(?:[A-Za-z]+\s+)?for\b/.test(seg.slice(v.at))
        )
          role = caseRole;
        if (!role && /\b(?:to|and|or|between)\s*$|,\s*$/.test(before)) role = 'other';
        if (!role && (tied.size || /^\s*$/.test(before) || /:\s*$/.test(before))) role = 'other';
        if (!role) continue;
        if (role === 'max' || role === 'min' || role === 'default') chunkRole = role;
        const after = text.slice(at0 + v.at);
        const cased =
          CASE_BEFORE.test(before) ||
          CASE_AFTER.test(after) ||
          REPORTED_BEFORE.test(text.slice(Math.max(0, at0 + v.at - 60), at0 + v.at));
        const complement = COMPLEMENT_AFTER.test(after);
        const byDefault = BY_DEFAULT_AFTER.test(after);
        out.push({
          value: v.value,
          role,
          tied,
          words,
          chunk,
          paren,
          ...(cased ? { cased } : {}),
          ...(complement ? { complement } : {}),
          ...(byDefault ? { byDefault } : {}),
          ...(settable ? { settable } : {}),
        });
        if (v.low !== undefined) out.push({ value: v.low, role: 'min', tied, words, chunk, paren });
      }
    }
    caseRole = open > 0 ? (chunkRole ?? caseRole) : null;
  }
  return out;
}

/** "Db2: 3", "other Regions: 200 MB/s": a case's name before the figure. */
const CASE_BEFORE = /[A-Za-z][\w\s/.-]*:\s*$/;
/** "1 day (86,400 seconds) for alarms with …", "3,600 seconds when …", "256 KiB by default": a case after the
 * figure and its unit. */
const CASE_AFTER =
  /^[\d.,]+\s*[^\s\d(;,]*(?:\s+[^\s\d(;,]+)?\s*(?:\([^)]*\)\s*)?(?:(?:for|when|if|with|where|unless|in|on)\s+(?!request\b|demand\b)|by\s+default\b)/i;

/** "256 KiB by default": a figure (and its unit) the text gives as the default. */
const BY_DEFAULT_AFTER = /^[\d.,]+\s*[^\s\d(;,]*\s+by\s+default\b/i;

/** "the quotas page still lists 480 minutes": a figure another page gives, a doubt the text records. */
const REPORTED_BEFORE = /\b(?:lists?|listed|states?|stated|says|shows?)\b[^.;]*$/i;
/** "0.5 ACU otherwise", "5,000 elsewhere": the figure of the cases the text does not name. */
const COMPLEMENT_AFTER = /^[\d.,]+\s*[^\s\d(;,]*\s+(?:otherwise|elsewhere|in\s+all\s+other\s+cases)\b/i;

/** Whether the words said name the case: one of its words, or a word one begins ("async" of "asynchronous"). */
function saysCase(marks: ReadonlySet<string>, said: ReadonlySet<string>): boolean {
  for (const w of marks) {
    if (said.has(w)) return true;
    for (const x of said) if (x.length >= 4 && (w.startsWith(x) || x.startsWith(w))) return true;
  }
  return false;
}

/** The words naming the one case a parenthesis of a fact's text states a figure of ("asynchronous operations:
 * 30", "20 GB for mq.*.micro", "250 on hsm1.medium", "8 MB/s read", "200,000 total characters"); undefined for
 * anything else (a list, a range, an aside). Of a figure followed by its words, the unit is among them: the
 * index keeps only the words that are no unit, label or service word. */
export function caseWordsOf(seg: string): Set<string> | undefined {
  const m =
    /^\s*(?:an?\s+|the\s+)?([A-Za-z][^:\d]*):\s*(?:up to\s+)?\$?\d[^:]*$/.exec(seg) ??
    /^\s*(?:up to\s+)?\$?\d[\d,.]*\s*[A-Za-z%/]*\s+(?:for|on)\s+([^:]+)$/.exec(seg) ??
    /^\s*\$?\d(?:[\d,.]*\d)?\s*((?:(?!(?:in|for|on|at|of|per|with|without|when|if|from|to|and|or|not|no|except)\b)[A-Za-z%/]+[\s-]*){1,3})$/i.exec(
      seg,
    );
  return m ? segmentWords((m[1] as string).replace(/-/g, ' ')) : undefined;
}

/**
 * API operations ("PutLogEvents", "ListQueues") the facts of one service name in their labels, with the
 * entries of that service: a note that names the operation speaks of that service. An operation the facts
 * of two services name ("GetRecords": Kinesis and DynamoDB Streams) names neither.
 */
function operationOwners(entries: readonly KbEntry[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  const services = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.service === 'Architecture') continue;
    for (const f of e.facts)
      for (const op of f.label.match(OPERATION) ?? []) {
        owners.set(op, (owners.get(op) ?? new Set<string>()).add(e.id));
        services.set(op, (services.get(op) ?? new Set<string>()).add(e.service));
      }
  }
  for (const [op, s] of services) if (s.size > 1) owners.delete(op);
  return owners;
}

/**
 * One-word service names the knowledge base itself uses as a plain lower-case word in another service's
 * facts ("Batch": "log events per PutLogEvents batch"): in a note they name the service only capitalized, as
 * a name is written; "per batch" or "batch size" is the word. Returns the lower-case key → the capitalized name.
 */
function commonWordNames(
  entries: readonly KbEntry[],
  aliasMap: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entries) {
    const name = e.title
      .replace(/^(?:Amazon|AWS)\s+/, '')
      .replace(/\s*\(.*$/, '')
      .trim();
    if (!/^[A-Z][a-z]+$/.test(name) || !aliasMap.has(name.toLowerCase())) continue;
    const word = new RegExp(`(?<![A-Za-z])${name.toLowerCase()}(?![A-Za-z])`);
    const owners = aliasMap.get(name.toLowerCase()) as ReadonlySet<string>;
    if (entries.some((o) => !owners.has(o.id) && o.facts.some((f) => word.test(f.label))))
      out.set(name.toLowerCase(), name);
  }
  return out;
}

/** A lexicon alias that is an API action's name ("EnterStandby", "ChangeMessageVisibility", "CreateStack"). */
const API_ACTION =
  /^(?:Get|Put|Batch|Transact|Delete|Describe|List|Create|Update|Send|Receive|Invoke|Start|Publish|Attach|Detach|Change|Enter|Exit|Lookup)(?:[A-Z][a-z0-9]+)+$/;

/** Builds the fact index once per knowledge base (a few ms for ~400 facts). */
export function buildFactIndex(entries: readonly KbEntry[], lex: Lexicon): FactIndex {
  const entryIds = new Set(entries.map((e) => e.id));
  const not = new Set(lex.notAliases.map((s) => s.toLowerCase()));
  const aliasMap = new Map<string, Set<string>>();
  const addAlias = (text: string, subject: string): void => {
    const t = text.trim();
    if (t.length < 2 || not.has(t.toLowerCase())) return;
    const key = isAcronym(t) ? t : t.toLowerCase();
    const set = aliasMap.get(key) ?? new Set<string>();
    set.add(subject);
    aliasMap.set(key, set);
  };
  const byService = new Map<string, string[]>();
  for (const e of entries) byService.set(e.service, [...(byService.get(e.service) ?? []), e.id]);
  for (const e of entries) {
    const title = e.title.replace(/^(?:Amazon|AWS)\s+/, '');
    const main = title.replace(/\s*\(.*$/, '').trim();
    addAlias(main, e.id);
    addAlias(e.title.replace(/\s*\(.*$/, ''), e.id);
    const paren = /\(([^)]*)\)/.exec(title);
    if (paren)
      for (const p of (paren[1] as string).split(/,\s*/))
        if (!/^(?:with|overview|on-demand vs)/i.test(p) && /[A-Z]/.test(p)) addAlias(p, e.id);
    // "EC2 Auto Scaling" is also "Auto Scaling"; "Amazon EC2 (Elastic Compute Cloud)" is also "EC2".
    if (e.service !== 'Architecture')
      for (const id of byService.get(e.service) ?? []) addAlias(e.service, id);
    for (const a of lex.aliases[e.id] ?? []) addAlias(a, e.id);
  }
  for (const [subject, list] of Object.entries(lex.aliases))
    if (!entryIds.has(subject)) for (const a of list) addAlias(a, subject);
  // An operation named by one service's facts names that service, yet stays a word of their labels.
  // An API action the lexicon names ("EnterStandby") is also a word of the labels that name it.
  const opNames = new Set<string>(
    Object.values(lex.aliases)
      .flat()
      .filter((a) => API_ACTION.test(a))
      .map((a) => a.toLowerCase()),
  );
  // So is a lexicon abbreviation its own entry's labels write as a word ("LAG": "minimum links of a new LAG"),
  // and a one-word name the labels write so ("Memcached": "Nodes per Memcached cluster", "Firehose retry duration
  // for an Amazon Redshift destination"): it names the service and picks the facts that say it.
  for (const e of entries)
    for (const a of lex.aliases[e.id] ?? [])
      if ((isAcronym(a) && /[A-Z]{2}/.test(a)) || /^[A-Z][a-z]+$/.test(a)) {
        const word = new RegExp(`(?<![A-Za-z0-9])${escapeRe(a)}s?(?![A-Za-z0-9])`);
        if (e.facts.some((f) => word.test(f.label))) opNames.add(a.toLowerCase());
      }
  for (const [op, ids] of operationOwners(entries))
    if (!aliasMap.has(op.toLowerCase())) {
      for (const id of ids) addAlias(op, id);
      opNames.add(op.toLowerCase());
    }
  const common = commonWordNames(entries, aliasMap);
  // A one-word name the lexicon keeps to capitals (notLowerCase: "Config", "Org") is an everyday word in lower
  // case ("the config file", "example.org"): it names its service only as written, like the names above.
  for (const w of lex.notLowerCase)
    if (/^[A-Z][a-z]+$/.test(w) && aliasMap.has(w.toLowerCase())) common.set(w.toLowerCase(), w);
  // Distinctive variant names name their service too ("gp3" → EBS, "Standard-IA" → S3); plain words
  // ("standard", "express") do not.
  for (const g of lex.variantGroups)
    for (const list of Object.values(g.variants))
      for (const a of list)
        if (/\d|-|\s/.test(a) || isAcronym(a)) for (const e of g.entries) if (entryIds.has(e)) addAlias(a, e);
  const aliases: Alias[] = [...aliasMap].map(([text, subjects]) => ({
    text: common.get(text) ?? text,
    lower: text.toLowerCase(),
    subjects: [...subjects],
    caseSensitive: isAcronym(text) || common.has(text),
  }));
  // Notes often write an abbreviation in lower case ("sqs", "ebs", "aws s3 cp"): read it so when it is three
  // letters or more, or holds a digit, and is no word of its own (notLowerCase) nor another name's form.
  const notLower = new Set(lex.notLowerCase);
  for (const [text, subjects] of aliasMap)
    if (
      isAcronym(text) &&
      /^(?:[A-Z][A-Z0-9]{2,}|[A-Z0-9]*\d[A-Z0-9]*)$/.test(text) &&
      /[A-Z]/.test(text) &&
      !notLower.has(text) &&
      !aliasMap.has(text.toLowerCase())
    )
      aliases.push({
        text: text.toLowerCase(),
        lower: text.toLowerCase(),
        subjects: [...subjects],
        caseSensitive: true,
      });
  const groups: Group[] = lex.variantGroups.map((g) => {
    const list = Object.entries(g.variants).flatMap(([variant, texts]) =>
      [...new Set(texts.flatMap((text) => [text, shortDurations(text)]))].map((text) => ({
        text,
        lower: text.toLowerCase(),
        variant,
      })),
    );
    return {
      id: g.id,
      entries: new Set(g.entries),
      implicit: g.implicit,
      aliases: list,
      matcher: new Matcher(list.map((a) => ({ text: a.text, value: a.variant }))),
    };
  });
  // One-word names ("gp3", "lambda", "fifo") say which fact, not which attribute: not keywords. A variant's
  // word is a name only for the entries its group covers ("partition" names an EC2 placement group, but is
  // the attribute in DynamoDB's "partition key").
  const subjectWords = new Set(aliases.map((a) => a.lower).filter((w) => !/\s/.test(w) && !opNames.has(w)));
  const variantWords = (entryId: string): Set<string> =>
    new Set(
      groups
        .filter((g) => g.entries.has(entryId))
        .flatMap((g) => g.aliases.map((a) => a.lower))
        .filter((w) => !/\s/.test(w)),
    );
  /** One-word variant names with a digit or a dash ("io1", "gp3") of the groups that do not cover an entry: another
   * service's variants (memoised per entry). */
  const foreignByEntry = new Map<string, Set<string>>();
  const foreignVariantWords = (entryId: string): Set<string> => {
    let set = foreignByEntry.get(entryId);
    if (!set)
      foreignByEntry.set(
        entryId,
        (set = new Set(
          groups
            .filter((g) => !g.entries.has(entryId))
            .flatMap((g) => g.aliases.map((a) => a.lower))
            .filter((w) => !/\s/.test(w) && !/^[a-z]+$/.test(w)),
        )),
      );
    return set;
  };
  // Counted nouns: the facts' count units, and the words notes use for them.
  const countNouns = new Set<string>();
  const nounMap = new Map<string, Set<string>>();
  const entryNounMap = new Map<string, Map<string, Set<string>>>();
  const mapNoun = (from: string, to: string, map: Map<string, Set<string>> = nounMap): void => {
    const s = map.get(from) ?? new Set<string>();
    s.add(to);
    map.set(from, s);
  };
  for (const e of entries)
    for (const f of e.facts)
      if (f.unit && f.numeric !== undefined) {
        const u = factUnit(f.unit, f.label);
        if (u.dim !== 'count') continue;
        countNouns.add(u.noun);
        mapNoun(u.noun, u.noun);
        const seg = f.id.split('.')[1] ?? '';
        const subj = e.service === 'Architecture' ? (lex.segmentSubjects[seg] ?? e.id) : e.id;
        const owner = entryIds.has(subj) ? subj : e.id;
        const local = entryNounMap.get(owner) ?? new Map<string, Set<string>>();
        const synonyms: [string, Map<string, Set<string>>][] = [
          ...(lex.synonyms[u.noun] ?? []).map((s): [string, Map<string, Set<string>>] => [s, nounMap]),
          ...(lex.entrySynonyms[owner]?.[u.noun] ?? []).map((s): [string, Map<string, Set<string>>] => [
            s,
            local,
          ]),
        ];
        // "children" stands for the "child <things>" a fact counts ("Between 2 and 10,000 child jobs", "Child
        // health checks that one calculated health check can monitor"): in that fact's entry only.
        if (CHILD_OF.test(`${f.label} ${f.value}`) && childNoun(`${f.label} ${f.value}`) === u.noun)
          synonyms.push(['child', local]);
        // A parameter the label names ("… (MaxNumberOfMessages, maximum)") stands for the counted noun; a
        // service's or a thing's name ("EventBridge", "CloudFront") does not.
        for (const p of f.label.match(CAMEL_PARAM) ?? [])
          if (!aliasMap.has(p) && !aliasMap.has(p.toLowerCase())) synonyms.push([p.toLowerCase(), local]);
        // An acronym the label defines for what it counts ("Origin access controls (OAC) per …", "Network Address
        // Usage (NAU) units per VPC") stands for the counted noun in that entry: "OAC: 20 per account". Not a name
        // in brackets after another noun ("Lambda functions per target group (ALB)").
        for (const a of labelAcronyms(f.label, u.noun)) if (!aliasMap.has(a)) synonyms.push([a, local]);
        if (local.size === 0 && synonyms.some(([, m]) => m === local)) entryNounMap.set(owner, local);
        for (const [s, map] of synonyms) {
          // A kind word among the synonyms ("default" for a baseline) says which value, not what is counted.
          if (KIND_SYNONYM.test(s)) continue;
          const last = singular(/\s/.test(s) ? (s.split(/\s+/).pop() as string) : s);
          countNouns.add(last);
          mapNoun(last, u.noun, map);
        }
      }

  // API call rates: notes say "TPS", "RPS", "calls per second" for one quota whatever noun the docs use.
  const callRates = ['request/s', 'transaction/s', 'call/s', 'operation/s'];
  const factRates = callRates.filter((r) => nounMap.has(r));
  for (const r of callRates) {
    countNouns.add(r);
    for (const to of factRates) mapNoun(r, to);
  }
  // A rate of a thing in another word for it: the words that stand for a counted noun stand for it per
  // second too ("30 msgs/s" of a rate in emails/s, as "30 msgs" counts emails). And "reads/s" or "writes/s"
  // are read or write requests per second, the way any writer shortens "read requests per second".
  for (const [from, tos] of [...nounMap])
    for (const to of tos)
      if (from !== to && countNouns.has(`${to}/s`)) {
        countNouns.add(`${from}/s`);
        mapNoun(`${from}/s`, `${to}/s`);
      }
  for (const local of entryNounMap.values())
    for (const [from, tos] of [...local])
      for (const to of tos)
        if (from !== to && countNouns.has(`${to}/s`)) {
          countNouns.add(`${from}/s`);
          mapNoun(`${from}/s`, `${to}/s`, local);
        }
  // Not counted nouns of their own: "1 WCU = 1 write/s" keeps its reading (a capacity unit's definition).
  for (const r of ['read/s', 'write/s']) if (nounMap.has('request/s')) mapNoun(r, 'request/s');
  const raw: Omit<IndexedFact, 'keywords'>[] = [];
  const labelRoots = new Map<string, string[]>();
  /** Roots only the fact's extra keywords give: alternatives that count when a note uses them. */
  const extraRoots = new Map<string, Set<string>>();
  /** Roots of the label that are only inside a variant's name. */
  const nameRoots = new Map<string, Set<string>>();
  /** Keywords that are another service's variant names ("io1" of an RDS fact). */
  const foreignRoots = new Map<string, Set<string>>();
  /** Parts of a name written as one word with a symbol ("edge" of "Lambda@Edge"). */
  const joinedRoots = new Map<string, Set<string>>();
  /** Words of the case a label excludes ("without high-throughput mode"). */
  const excludedRoots = new Map<string, Set<string>>();
  for (const e of entries) {
    for (const stored of e.facts) {
      const f = stored.numeric === undefined || !stored.unit ? unsettledFact(stored) : stored;
      if (!f || f.numeric === undefined || !f.unit) continue;
      const seg = f.id.split('.')[1] ?? '';
      const subject = e.service === 'Architecture' ? (lex.segmentSubjects[seg] ?? e.id) : e.id;
      const subjectEntry = entryIds.has(subject) ? subject : e.id;
      const u = factUnit(f.unit, f.label);
      const official = f.numeric * u.factor;
      const variants = f.check?.anyVariant
        ? new Map<string, Set<string>>()
        : variantsIn(`${f.label} ${f.id.replace(/[.-]/g, ' ')}`, groups, subjectEntry);
      const history = (f.history ?? [])
        .filter((h) => h.numeric !== undefined)
        .map((h) => ({
          value: toBase(h.numeric as number, h.unit ?? f.unit ?? '').value,
          text: h.value,
          to: h.to,
          from: h.from,
          source: h.source,
        }));
      const mistakes = (f.commonMistakes ?? []).flatMap((c) =>
        findQuantities(c.claim, countNouns)
          .filter((q) => q.dim === u.dim && !sameValue(u.dim, q.value, official))
          .map((q) => q.value),
      );
      const ownWords = variantWords(subjectEntry);
      const rootsOf = (text: string): string[] =>
        text
          .toLowerCase()
          .split(/[^a-z0-9/]+/)
          .filter(
            (w) =>
              w.length >= 2 && !STOP.has(w) && !subjectWords.has(w) && !ownWords.has(w) && !/^\d+$/.test(w),
          )
          .map((w) => (w === '/tmp' ? 'ephemeral' : singular(w)));
      // Words of a variant the label names ("sub-minute", "Standard-IA") pick the fact; as attribute words
      // they count only when the note uses them.
      const bareLabel = f.label.replace(/\([^)]*\)/g, ' ');
      let outside = bareLabel;
      for (const g of groups)
        if (g.entries.has(subjectEntry))
          for (const m of g.matcher.find(bareLabel))
            outside = `${outside.slice(0, m.start)}${' '.repeat(m.end - m.start)}${outside.slice(m.end)}`;
      const inLabel = rootsOf(bareLabel);
      // The parts of a name written as one word with a symbol ("Lambda@Edge") say which service's facts, never
      // which attribute: "Lambda@Edge … 30 min to propagate" is no Lambda@Edge timeout.
      const joined = new Set(
        (bareLabel.match(/[A-Za-z0-9]+@[A-Za-z0-9]+/g) ?? [])
          .filter((w) => subjectWords.has(w.toLowerCase()))
          .flatMap((w) => rootsOf(w.replace('@', ' '))),
      );
      if (joined.size) joinedRoots.set(f.id, joined);
      // A keyword the fact lists that is the name of another service's variant ("io1", "io2" of EBS for an RDS
      // storage fact: "minimum storage on Provisioned IOPS") is this fact's attribute word, not a name: in this
      // entry it tells the fact from its siblings ("RDS io1 minimum storage 20 GiB" is the Provisioned IOPS
      // minimum, not the gp2/gp3 one).
      const foreign = foreignVariantWords(subjectEntry);
      const foreignKw = (f.check?.keywords ?? [])
        .map((w) => w.toLowerCase())
        .filter((w) => foreign.has(w) && !STOP.has(w) && !ownWords.has(w));
      if (foreignKw.length) foreignRoots.set(f.id, new Set(foreignKw));
      const kw = [...rootsOf((f.check?.keywords ?? []).join(' ')), ...foreignKw];
      // The case a label leaves out ("FIFO throughput without high-throughput mode", "… other than sending"): a
      // note about the usual case does not name it, so its words count only when said (and a note that names
      // it speaks of the other case: the excluded-case check of checkQuantity). Not words the label uses elsewhere
      // or the fact lists.
      const excluded = exclusionRoots(bareLabel, rootsOf).filter((w) => !kw.includes(w));
      if (excluded.length) excludedRoots.set(f.id, new Set(excluded));
      // A label word the fact also lists as a keyword stays required ("Deep" of "Deep Archive Access").
      // A label made only of variant words keeps them all required ("Flexible Retrieval standard retrieval").
      const outsideRoots = rootsOf(outside);
      const own = outsideRoots.length ? [...outsideRoots, ...kw.filter((w) => inLabel.includes(w))] : inLabel;
      const all = [...new Set([...inLabel, ...kw])];
      labelRoots.set(f.id, all);
      extraRoots.set(f.id, new Set(all.filter((w) => !own.includes(w) || excluded.includes(w))));
      nameRoots.set(f.id, new Set(inLabel.filter((w) => !own.includes(w) && !kw.includes(w))));
      raw.push({
        fact: f,
        entryId: subjectEntry,
        entryTitle: entries.find((x) => x.id === subjectEntry)?.title ?? e.title,
        subject,
        dim: u.dim,
        noun: u.noun,
        official,
        kind: factKind(f),
        quota: /\bdefault\b/i.test(f.label) && factKind(f) === 'max',
        variants,
        values: officialFirst(
          official,
          u.dim,
          f.value,
          textValues(f, u.dim, u.noun, u.factor, countNouns, groups, subjectEntry),
        ),
        history,
        mistakes,
        ...(f !== stored ? { unsettled: true } : {}),
      });
    }
  }
  // Marks: the words only one value's part of the text has ("console" vs "CLI", "v1" vs "v2", "inline" vs
  // "S3"). Words that say what the figure is (the label's), which service or variant, its unit or its kind
  // are no marks: every part of the text shares them in meaning.
  // The words of a service's own labels name its things ("topic", "group", "stream"): a claim uses them
  // whatever case it speaks of.
  const vocabulary = new Map<string, Set<string>>();
  for (const r of raw) {
    const v = vocabulary.get(r.entryId) ?? new Set<string>();
    for (const w of segmentWords(r.fact.label)) v.add(w);
    vocabulary.set(r.entryId, v);
  }
  for (const r of raw) {
    const stated = r.values.filter((v) => v.words);
    const vocab = vocabulary.get(r.entryId) ?? new Set<string>();
    if (new Set(stated.map((v) => v.value)).size < 2) continue;
    const label = new Set([...segmentWords(r.fact.label), ...(labelRoots.get(r.fact.id) ?? [])]);
    const own = variantWords(r.entryId);
    for (const v of stated) {
      const marks = new Set<string>();
      for (const w of v.words as Set<string>) {
        if (
          w.length < 2 ||
          STOP.has(w) ||
          MARK_STOP.has(w) ||
          label.has(w) ||
          subjectWords.has(w) ||
          own.has(w) ||
          vocab.has(w)
        )
          continue;
        if (readUnit(w).dim !== 'count' || KIND_SYNONYM.test(w)) continue;
        if (stated.some((o) => !sameValue(r.dim, o.value, v.value) && o.words?.has(w))) continue;
        marks.add(w);
      }
      if (marks.size) v.marks = marks;
      // Not a figure that was the fact's own until it changed ("5 SCPs", now 10; resource control policies:
      // 5): a note may be older than the change, which the history check, not the case, decides.
      if (
        v.paren &&
        v.role === 'other' &&
        !sameValue(r.dim, v.value, r.official) &&
        !r.history.some((h) => sameValue(r.dim, h.value, v.value))
      ) {
        const cm = new Set(
          [...v.paren].filter(
            (w) =>
              w.length >= 2 &&
              !STOP.has(w) &&
              !MARK_STOP.has(w) &&
              !label.has(w) &&
              !subjectWords.has(w) &&
              !own.has(w) &&
              readUnit(w).dim === 'count' &&
              !KIND_SYNONYM.test(w),
          ),
        );
        if (cm.size) v.caseMarks = cm;
      }
    }
  }
  const df = new Map<string, number>();
  for (const rs of labelRoots.values()) for (const r of rs) df.set(r, (df.get(r) ?? 0) + 1);
  const n = labelRoots.size;
  const facts: IndexedFact[] = raw.map((r) => ({
    ...r,
    keywords: (labelRoots.get(r.fact.id) ?? []).map((root) => ({
      root,
      re: keywordRe(root, [
        ...(lex.synonyms[root] ?? lex.synonyms[`${root}s`] ?? []),
        ...(lex.entrySynonyms[r.entryId]?.[root] ?? []),
        ...spacedParameter(r.fact.label, root),
      ]),
      weight: Math.log(1 + n / (df.get(root) ?? 1)),
      extra: extraRoots.get(r.fact.id)?.has(root) ?? false,
      name: nameRoots.get(r.fact.id)?.has(root) ?? false,
      ...(foreignRoots.get(r.fact.id)?.has(root) ? { foreign: true } : {}),
      ...(joinedRoots.get(r.fact.id)?.has(root) ? { joined: true } : {}),
      ...(excludedRoots.get(r.fact.id)?.has(root) ? { excluded: true } : {}),
    })),
  }));
  const bySubject = new Map<string, IndexedFact[]>();
  for (const f of facts) bySubject.set(f.subject, [...(bySubject.get(f.subject) ?? []), f]);
  const subjects = new Matcher(
    aliases.map((a) => ({ text: a.text, caseSensitive: a.caseSensitive, value: a.subjects })),
  );
  // A cheap test first: every word of a statement outside its groups must be in the line.
  const literal = (src: string): string[] => {
    // An optional letter ("hours?") is not required in the line.
    let outer = src.replace(/\\[a-zA-Z]/g, ' ').replace(/[a-z0-9]\?/gi, ' ');
    for (let prev = ''; prev !== outer;) {
      prev = outer;
      outer = outer.replace(/\([^()]*\)[?*+]?(?:\{\d*,?\d*\})?/g, ' ');
    }
    return (outer.match(/(?<![\\a-z0-9])[a-z][a-z0-9]{2,}/gi) ?? []).map((w) => w.toLowerCase());
  };
  const statements = entries.flatMap((e) =>
    e.facts
      .filter((f) => f.check?.contradicts?.length)
      .map((f) => {
        const seg = f.id.split('.')[1] ?? '';
        return {
          f,
          entryTitle: e.title,
          subject: e.service === 'Architecture' ? (lex.segmentSubjects[seg] ?? e.id) : e.id,
          res: (f.check?.contradicts ?? []).map((src) => ({ re: new RegExp(src, 'i'), lit: literal(src) })),
        };
      }),
  );
  const terms = buildTermTable(entries, {
    stop: new Set([...STOP, ...MARK_STOP]),
    isName: (t) => subjects.find(t).length > 0 || groups.some((g) => g.matcher.find(t).length > 0),
    // Where names are in a text, and what each names: a resource noun said inside a name ("Global Accelerator")
    // or right after its owner's name ("a CloudFront distribution") is not another service's use of it.
    names: (t) => [
      ...subjects.find(t).map((m) => ({ start: m.start, end: m.end, entries: m.value })),
      ...groups.flatMap((g) =>
        g.matcher.find(t).map((m) => ({ start: m.start, end: m.end, entries: [...g.entries] })),
      ),
    ],
  });
  return {
    facts,
    bySubject,
    aliases,
    groups,
    countNouns,
    nounMap,
    entryNounMap,
    subjects,
    statements,
    terms,
    statementWords: statementWordsData(statements),
  };
}

export interface ClaimFlag {
  factId: string;
  verdict: Verdict;
  /** The quantity as written, and its offsets in the checked text. */
  excerpt: string;
  start: number;
  end: number;
  /** 0-based line of the claim in the checked text, and that line's text. */
  lineIndex: number;
  line: string;
  topic: string;
  official: string;
  source: string;
  asOf: string;
  /** When the official value changed (outdated claims, where the KB knows it). */
  changedOn: string | null;
  suggestion: string;
  explanation: string;
  /** Read from a line without a figure by a quota fact's `adjustable` alone: a yes/no fact about the line wins. */
  figureFree?: true;
}

interface Ctx {
  lines: string[];
  heading: string[];
  cache: Map<string, Mention<string[]>[]>;
}

function subjectMentions(index: FactIndex, text: string, ctx: Ctx): Mention<string[]>[] {
  const hit = ctx.cache.get(text);
  if (hit) return hit;
  const ms = index.subjects.find(text);
  ctx.cache.set(text, ms);
  return ms;
}

/** "like", "same as", "similar to" … right before a name: what the figure is likened to. */
const LIKENED_BEFORE =
  /\b(?:like|same\s+as|as\s+(?:with|for|in|on)|similar\s+to|identical\s+to|just\s+as\s+(?:with|for|in|on))\s+(?:an?\s+|the\s+)?(?:Amazon\s+|AWS\s+)?$/i;

/**
 * The names after a figure that only say what it is likened to ("…, like IAM managed policies", "(same as EBS
 * gp2)"): a name right after "like"/"same as" with no figure after it, and the names that run on from it.
 */
export function likenedNames<M extends { start: number; end: number }>(
  line: string,
  ms: readonly M[],
  from: number,
  figureStarts: readonly number[],
): Set<M> {
  const out = new Set<M>();
  let prev: M | null = null;
  for (const m of ms) {
    if (m.start < from) continue;
    if (figureStarts.some((x) => x >= m.end)) break;
    const gap = line.slice(prev ? prev.end : from, m.start);
    if (prev ? /^[\s'’s/&-]*$/.test(gap) : LIKENED_BEFORE.test(gap)) {
      out.add(m);
      prev = m;
    } else if (prev) break;
  }
  return out;
}

/** The subjects a quantity at `pos` of line `li` is about: nearest name in the line, then above, then headings. */
function subjectsFor(
  index: FactIndex,
  ctx: Ctx,
  li: number,
  pos: number,
  clauseStart: number,
  /** Where the figure ends: a name inside it is the thing it counts ("300 VPCs"), not its subject. */
  posEnd = pos,
  /** The starts of the line's figures: a name after this one that only likens it to another names nothing. */
  figureStarts?: readonly number[],
): string[] | null {
  const line = ctx.lines[li] as string;
  let ms = subjectMentions(index, line, ctx);
  if (figureStarts) {
    const likened = likenedNames(line, ms, posEnd, figureStarts);
    if (likened.size) ms = ms.filter((m) => !likened.has(m));
  }
  const before = ms.filter((m) => m.end <= pos);
  // A name earlier in the line but before another quantity's clause still counts ("SQS: 4 days default, 14 max").
  if (before.length) {
    const last = before[before.length - 1] as Mention<string[]>;
    // "CloudTrail delivers logs to S3 …, files of max 50 MB": a service after "to"/"into"/"from" is where the
    // subject sends or reads things; when another service led the sentence, the figure is that one's.
    const lead = before[0] as Mention<string[]>;
    if (
      before.length > 1 &&
      /\b(?:to|into|onto|from|via|through)\s+(?:an?\s+|the\s+)?(?:Amazon\s+|AWS\s+)?$/i.test(
        line.slice(0, last.start),
      ) &&
      !/\b(?:to|into|onto|from|via|through|in|on|with)\s+(?:an?\s+|the\s+)?(?:Amazon\s+|AWS\s+)?$/i.test(
        line.slice(0, lead.start),
      ) &&
      !lead.value.some((v) => last.value.includes(v))
    )
      return lead.value;
    return last.value;
  }
  const after = ms.filter((m) => m.start >= pos && !(m.plural && m.start < posEnd));
  const later = after.length && clauseStart >= 0 ? (after[0] as Mention<string[]>).value : null;
  let above: string[] | null = null;
  for (const i of parentLines(ctx.lines, li)) {
    const up = subjectMentions(index, ctx.lines[i] as string, ctx);
    if (up.length) {
      above = (up[up.length - 1] as Mention<string[]>).value;
      break;
    }
  }
  let headed: string[] | null = null;
  for (let i = ctx.heading.length - 1; i >= 0 && !headed; i--) {
    const h = subjectMentions(index, ctx.heading[i] as string, ctx);
    if (h.length) headed = (h[h.length - 1] as Mention<string[]>).value;
  }
  // A parent line is nearer than the heading; a name later in the line that disagrees with both is unsure.
  const found = [later, above ?? headed].filter((x): x is string[] => x !== null);
  for (let i = 1; i < found.length; i++)
    if (!(found[i] as string[]).some((s) => (found[0] as string[]).includes(s))) return null;
  return found[0] ?? null;
}

/** A quota, limit or kind word: the line speaks of what the service allows. */
const LIMIT_SAID = new RegExp(
  `\\b(?:quotas?|limits?)\\b|${MAX_WORDS.source}|${MIN_WORDS.source}|${DEFAULT_WORDS.source}`,
  'i',
);

/**
 * "Default quota is 10 VPCs per Region", "max 20 Application Load Balancers per Region": a service named in its
 * plural inside the figure is the thing the figure counts; when nothing else in the line, above it or in the
 * headings names a service, the quota counted is that service's own.
 */
function countedName(index: FactIndex, ctx: Ctx, li: number, q: Quantity): string[] | null {
  const line = ctx.lines[li] as string;
  // Only a line that speaks of a limit: "we run 8 VPCs" counts the writer's own.
  if (!LIMIT_SAID.test(line)) return null;
  // The name right after the number: "2 default VPCs" counts a kind of VPC, another fact's thing.
  const inside = subjectMentions(index, line, ctx).filter(
    (m) =>
      m.plural && m.start >= q.start && m.end <= q.end && /^[\d.,]+\s*$/.test(line.slice(q.start, m.start)),
  );
  return inside.length === 1 ? (inside[0] as Mention<string[]>).value : null;
}

/** A variant's name no plain word is: an inner capital ("WebSocket"), an acronym ("HTTP API") or a letter's digit ("gp3"). */
const COINED_NAME = /[a-z][A-Z]|[A-Z]{2}|[a-z]\d/;

/**
 * "WebSocket connections idle out after 10 minutes", "gp3 baseline 3,000 IOPS": a line that names no service but
 * a variant only one service has, by a coined name (not a plain word such as "Standard"), is that service's.
 * Variants of two services' groups ("FIFO" of SQS and of SNS) name neither.
 */
function variantSubject(index: FactIndex, line: string): string[] | null {
  let found: string | null = null;
  for (const g of index.groups) {
    if (g.entries.size !== 1) continue;
    if (!g.matcher.find(line).some((m) => COINED_NAME.test(line.slice(m.start, m.end)))) continue;
    const e = g.entries.values().next().value as string;
    if (found !== null && found !== e) return null;
    found = e;
  }
  return found === null ? null : [found];
}

/**
 * Whether `f` is the only fact of its entry that states its attribute for some variant of `group`: no other
 * fact of the same dimension, about another variant of the group, shares a word of its label, and would
 * suit the variants the claim names in the entry's other groups. "Execution history events (Standard)" with
 * no Express counterpart in the KB; not one of "Retention of 1-minute data points" / "… 1-hour data points".
 */
function soleVariantFact(
  f: IndexedFact,
  group: Group,
  index: FactIndex,
  namedIn: (g: Group) => string | null,
): boolean {
  const need = f.variants.get(group.id);
  if (!need) return false;
  const own = new Set(f.keywords.filter((k) => !k.extra && !k.name).map((k) => k.root));
  if (!own.size) return false;
  return !(index.bySubject.get(f.subject) ?? []).some((o) => {
    if (o === f || o.entryId !== f.entryId || o.dim !== f.dim) return false;
    const other = o.variants.get(group.id);
    if (!other || [...other].every((v) => need.has(v))) return false;
    if (!o.keywords.some((k) => !k.extra && !k.name && own.has(k.root))) return false;
    // A counterpart for a variant of another group the claim rules out is no counterpart.
    for (const g2 of index.groups) {
      if (g2 === group || !g2.entries.has(o.entryId)) continue;
      const want = o.variants.get(g2.id);
      const said = want ? namedIn(g2) : null;
      if (want && said && !want.has(said)) return false;
    }
    return true;
  });
}

/** The variant of `group` a claim names (nearest mention), or null when none is named anywhere near. */
/**
 * A group's variant names in `line`; when there is none, read again without the service names in it, so a
 * name inside a variant's phrase ("1-minute CloudWatch data points") does not hide the variant.
 */
/** A variant name with its durations written short, as notes do: "1-minute data" → "1-min data". */
function shortDurations(text: string): string {
  return text
    .replace(/(\d)-minutes?\b/gi, '$1-min')
    .replace(/(\d)-seconds?\b/gi, '$1-sec')
    .replace(/(\d)-hours?\b/gi, '$1-hr');
}

function variantsNamedIn(
  group: Group,
  line: string,
  names: readonly { start: number; end: number }[],
): Mention<string>[] {
  const ms = group.matcher.find(line);
  if (ms.length || !names.length) return ms;
  let text = line;
  const cuts: { at: number; len: number }[] = [];
  for (const n of [...names].sort((a, b) => b.start - a.start)) {
    const end = line.slice(n.end).startsWith(' ') ? n.end + 1 : n.end;
    text = text.slice(0, n.start) + text.slice(end);
    cuts.push({ at: n.start, len: end - n.start });
  }
  // Offsets back in the line: every cut before a position moves it right by the cut's length.
  const back = (x: number): number => {
    let out = x;
    for (const c of [...cuts].reverse()) if (c.at <= out) out += c.len;
    return out;
  };
  return group.matcher.find(text).map((m) => ({ ...m, start: back(m.start), end: back(m.end) }));
}

/**
 * Every group's variantsNamedIn spans of a line, in group order: the same for each figure of the line, so read
 * once per line (keyed by the line's name mentions, which checkClaims reads once per line; the line is checked
 * too). `spans.some(…)` is `index.groups.some((g) => variantsNamedIn(g, line, names).some(…))`.
 */
const variantSpanMemo = new WeakMap<object, { index: FactIndex; line: string; spans: Mention<string>[] }>();
function variantNameSpans(
  index: FactIndex,
  line: string,
  names: readonly { start: number; end: number }[],
): Mention<string>[] {
  const hit = variantSpanMemo.get(names);
  if (hit && hit.index === index && hit.line === line) return hit.spans;
  const spans = index.groups.flatMap((g) => variantsNamedIn(g, line, names));
  variantSpanMemo.set(names, { index, line, spans });
  return spans;
}

function variantFor(
  group: Group,
  ctx: Ctx,
  li: number,
  pos: number,
  names: readonly { start: number; end: number }[] = [],
  figures: readonly (readonly [number, number])[] = [],
): string | null {
  const line = ctx.lines[li] as string;
  let ms = withoutLaterLabels(variantsNamedIn(group, line, names), line, pos, figures);
  // A variant the figure is only likened to ("29 s like REST") is not the figure's.
  const end = figures.find((f) => f[0] === pos)?.[1];
  if (end !== undefined) {
    const starts = figures.map((f) => f[0]);
    const likened = likenedNames(line, ms, end, starts);
    if (likened.size) ms = ms.filter((m) => !likened.has(m));
  }
  // A variant named in the same comma-part wins ("12 hours standard, 48 hours bulk").
  const partStart = Math.max(line.lastIndexOf(',', pos), line.lastIndexOf(';', pos)) + 1;
  // An aside after the figure that gives a figure of its own ("256 KB (sync 6 MB)") is that figure's part.
  const nextSep = line.slice(pos).search(/[,;]|\((?=[^)]*\d)/);
  const partEnd = nextSep < 0 ? line.length : pos + nextSep;
  const inPart = ms.filter((m) => m.start >= partStart && m.end <= partEnd);
  if (inPart.length)
    return (
      inPart.reduce((a, b) => (Math.abs(b.start - pos) < Math.abs(a.start - pos) ? b : a)) as Mention<string>
    ).value;
  const before = ms.filter((m) => m.end <= pos);
  if (before.length) return (before[before.length - 1] as Mention<string>).value;
  // Not one inside that aside, nor one past a later figure: "10 (standard max 10,000)", "default 10, max 10,000
  // for standard queues" name the standard case's figure, not this one's.
  const asideEnd = line[partEnd] === '(' ? line.indexOf(')', partEnd) + 1 || line.length : partEnd;
  const after = ms.filter(
    (m) =>
      m.start >= pos &&
      !(
        m.start > partEnd &&
        (m.end <= asideEnd || /\d/.test(line.slice(Math.max(partEnd, end ?? pos), m.start)))
      ),
  );
  if (after.length) return (after[0] as Mention<string>).value;
  for (const i of parentLines(ctx.lines, li)) {
    const up = group.matcher.find(ctx.lines[i] as string);
    if (up.length) return (up[up.length - 1] as Mention<string>).value;
  }
  for (let i = ctx.heading.length - 1; i >= 0; i--) {
    const h = group.matcher.find(ctx.heading[i] as string);
    if (h.length) return (h[h.length - 1] as Mention<string>).value;
  }
  return null;
}

const LIST_ITEM = /^(\s*)(?:[-*+•]|\d{1,3}[.)])\s+/;

/**
 * The lines a line hangs from, nearest first: list items less indented than it (its parents) and plain
 * lines (a bold label or a lead-in sentence). Sibling bullets are not context: "- Needs an EC2 instance
 * type" does not make the next bullet about EC2.
 */
function parentLines(lines: readonly string[], li: number): number[] {
  const out: number[] = [];
  const indentOf = (l: string): number => /^\s*/.exec(l.replace(/\t/g, '    '))?.[0].length ?? 0;
  const self = lines[li] as string;
  let limit = LIST_ITEM.test(self) ? indentOf(self) : Infinity;
  for (let i = li - 1; i >= Math.max(0, li - 40) && out.length < 6; i--) {
    const l = lines[i] as string;
    if (!l.trim()) continue;
    if (LIST_ITEM.test(l)) {
      const ind = indentOf(l);
      if (ind < limit) {
        out.push(i);
        limit = ind;
      }
    } else {
      out.push(i);
      // A plain line above a list is its lead-in; above that, another paragraph.
      if (limit === Infinity || !LIST_ITEM.test(self)) break;
      limit = -1;
    }
    // Past a top-level parent only its lead-in line is left; sibling items at the top level (limit 0) are
    // skipped on the way to it, so the lead-in reaches every item of the list, not only the first.
    if (limit < 0) break;
  }
  return out;
}

function claimKind(window: string): ClaimKind {
  if (DEFAULT_WORDS.test(window)) return 'default';
  if (MIN_WORDS.test(window)) return 'min';
  if (MAX_WORDS.test(window)) return 'max';
  return null;
}

/** "If you don't specify one, …", "when omitted": the figure is what applies without a setting, a default. */
const UNSET_DEFAULT =
  /\b(?:(?:if|when|unless)\s+(?:you\s+)?(?:don['’]t|do\s+not|never)\s+(?:pass|specify|set|provide|supply|configure|give|choose|override)|(?:if|when)\s+(?:it\s+is\s+|it['’]s\s+|left\s+)?(?:not\s+(?:specified|set|configured|provided|given)|unspecified|unset|omitted|absent)|without\s+(?:specifying|setting|passing|configuring|providing))\b/i;

/** "5 replicas per source max": a cap word closing the figure's own part, nothing after it. */
const TRAILING_MAX = /^[\w\s/-]{0,60}\s(?:max|maximum|at\s+most)\W*$/i;

/** "30 seconds unless you change it": a figure that holds until someone changes the setting is its default. */
const CHANGED_LATER =
  /\bunless\s+(?:you|someone|it\s+is|it['’]s)\s+(?:change[sd]?|override[sn]?|overridden|adjust(?:ed|s)?|modif(?:y|ied|ies)|reconfigure[sd]?)\b/i;

/**
 * The kind a figure's phrasing gives it when no kind word does: a comparison sign or a negated comparison
 * right before it, or a condition on the setting being absent earlier in its clause (`clause`, empty when
 * another figure comes first).
 */
function phraseKind(before: string, clause: string): ClaimKind {
  if (REMOVED_BEYOND.test(before)) return 'max';
  if (/(?:>=|≥|=>)\s*~?\s*$/.test(before)) return 'min';
  if (/(?:<=|≤|=<)\s*~?\s*$/.test(before)) return 'max';
  if (NEGATED_ABOVE.test(before)) return 'max';
  if (NEGATED_BELOW.test(before)) return 'min';
  if (clause && UNSET_DEFAULT.test(clause)) return 'default';
  return null;
}

/**
 * "Default retry policy: 3 attempts plus 20 s backoff", "Maximum sizes: 6 MB body, 50 MB archive": a label before
 * a colon that says "default" or "maximum" gives its kind to every figure of its sentence after it that has no
 * kind word of its own. Not across a sentence break, not to a range, and not to a figure said to be raisable or
 * settable (or under a label of settings).
 */
function labelKind(line: string, qs: readonly Quantity[], q: Quantity): ClaimKind {
  const label = /^[^:.;]{3,80}?:\s/.exec(line);
  if (!label || q.low !== undefined || label[0].length > q.start || qs.some((x) => x.start < label[0].length))
    return null;
  // "Max session duration setting: …", "Allowed range: …": settings, not the service's own figures.
  if (OWN_SETTING.test(label[0]) || SETTABLE_RANGE.test(label[0])) return null;
  const between = line.slice(label[0].length, q.start);
  if (/[.;](?:\s|$)/.test(between) || RAISABLE_WORDS.test(between) || SETTABLE_RANGE.test(between))
    return null;
  if (RAISABLE_WORDS.test(line.slice(q.end).split(/[,;]|[.](?:\s|$)/)[0] as string)) return null;
  if (DEFAULT_WORDS.test(label[0])) return 'default';
  if (/\bmax(?:imum)?\b/i.test(label[0]) && !MIN_WORDS.test(label[0])) return 'max';
  return null;
}

function kindsCompatible(c: ClaimKind, f: FactKind, quota = false): boolean {
  if (c === null || f === 'exact') return true;
  if (c === 'default') return f === 'default' || quota;
  if (c === 'max') return f === 'max';
  return f === 'min';
}

function roleAccepts(c: ClaimKind, r: Role): boolean {
  if (r === 'legacy') return false;
  if (r === 'official' || r === 'other' || c === null) return true;
  return c === r;
}

/**
 * "max 100 Gbps" of "1, 10, 100 and 400 Gbps", "capped at 10 Gbps" of "10 Gbps sustained, bursting to 100 Gbps":
 * a maximum (minimum) claim is held to the text's maximum (minimum). A figure the text only lists beside a larger
 * (smaller) one, as an item or an alternative, is no maximum (minimum) of its own: said as one, it is wrong.
 * A figure the text states for a case (a variant tied to it, a case named before or after it, words only its part
 * has) stays that case's, and so does the figure of the unnamed cases ("0.5 ACU otherwise") where the line rules
 * the named one out.
 */
function notABound(v: TextValue, f: IndexedFact, kind: ClaimKind, line: string, before: string): boolean {
  if (v.role !== 'other' || v.tied.size || v.cased || v.marks || v.caseMarks) return false;
  // "not capped at 10 Gbps" denies the bound; "can't go below 0.5 ACU" states it.
  if (NEGATION.test(before) && !BOUND_COMPARED.test(before)) return false;
  // "only use a five-minute window": one option said, no claim about the largest.
  if (kind === 'max' && /\bonly\b/i.test(before) && !MAX_WORDS.test(before.replace(/\bonly\b/gi, ' ')))
    return false;
  // "default = 10 min" of "5 minutes (settings 1, 2, 5 and 10 minutes)": a default claim is held to the text's
  // default, not to the settings or alternatives it lists beside it. Not a "default max", "default: up to":
  // that may be a quota's default, another fact.
  if (kind === 'default')
    return (
      f.kind === 'default' &&
      !MAX_WORDS.test(line) &&
      !sameValue(f.dim, v.value, f.official) &&
      !f.values.some((x) => x.role === 'default' && sameValue(f.dim, x.value, v.value))
    );
  if (kind !== 'max' && kind !== 'min') return false;
  // The figure of the cases the text leaves unnamed ("… otherwise") is said of them by a line that rules out
  // the named one in its words ("without auto-pause", "versions that can't pause", "older versions"); a denial
  // of something else ("can't go below 0.5 ACU, never scales to zero") is no such case.
  if (v.complement && (NEGATION.test(line) || OTHER_CASE.test(line))) {
    const own = v.words ?? new Set<string>();
    const named = new Set(
      f.values
        .flatMap((x) => (x.words && x.words !== v.words ? [...x.words] : []))
        .filter((w) => !own.has(w)),
    );
    if (!named.size || saysCase(named, segmentWords(line.replace(/-/g, ' ')))) return false;
  }
  const bounds = f.values.filter((x) => x.role !== 'legacy').map((x) => x.value);
  return kind === 'max' ? bounds.some((x) => x > v.value * 1.0001) : bounds.some((x) => x < v.value * 0.9999);
}

function fmtDate(iso: string): string {
  const [y, m] = iso.split('-');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${months[Number(m) - 1] ?? ''} ${y}`.trim();
}

interface Candidate {
  f: IndexedFact;
  score: number;
  /** Values acceptable for this claim (official, or ones the text ties to the claim's variant). */
  accepts: number[];
  variantNamed: boolean;
  /** The accepted values are the ones the fact's text ties to the claim's variant ("SQL Server: 5"). */
  tied?: boolean;
  /** The claim's words name the fact's attribute, beyond its counted noun or unit. */
  wordsNamed?: boolean;
  /** Label words (roots) the figure's own part says. */
  hits: Set<string>;
}

/**
 * Checks one section. `text` is the section body, `heading` its heading path. Returns flags in text order.
 */
export function checkClaims(
  text: string,
  heading: readonly string[],
  index: FactIndex,
  /** Called with every quantity and the facts it was matched to (for coverage tests and debugging). */
  onMatch?: (excerpt: string, factIds: string[]) => void,
  /** Called with every quantity and what became of it ("no-subject", "right", "veto:range-end", "flag"…). */
  trace?: (q: Quantity, outcome: string) => void,
): ClaimFlag[] {
  const lines = text.split('\n');
  const ctx: Ctx = { lines, heading: [...heading], cache: new Map() };
  const flags: ClaimFlag[] = [];
  let offset = 0;
  let header: Cell[] | null = null;
  for (let li = 0; li < lines.length; li++) {
    // Links and image URLs hold hosts and ids ("d2908q01vomqb2.cloudfront.net"), not claims: blanked out,
    // offsets kept.
    const raw = lines[li] as string;
    const shown =
      raw.includes('](') || raw.includes('://')
        ? raw.replace(/!?\[[^\]]*\]\([^)]*\)|https?:\/\/\S+/g, (m) => ' '.repeat(m.length))
        : raw;
    // Emphasis marks are not words ("up to 10 *dimensions*"): blanked, offsets kept; the flag shows the line
    // as written.
    const line = /[*_`]/.test(shown)
      ? shown.replace(
          /(\*{1,2}|_{1,2}|`)(?=\S)([^*_`\n]*?\S)\1/g,
          (_m, d: string, body: string) => `${' '.repeat(d.length)}${body}${' '.repeat(d.length)}`,
        )
      : shown;
    const display = shown.trim().slice(0, 400);
    const lineStart = offset;
    offset += raw.length + 1;
    // Tables: the separator row says nothing; the row above it is the header; a row with figures is read as
    // a sentence (its label cells, then each figure after its column header), figures mapped back to their
    // cells.
    if (TABLE_SEP.test(line)) {
      lines[li] = '';
      continue;
    }
    if (!TABLE_ROW.test(line)) header = null;
    else if (TABLE_SEP.test(lines[li + 1] ?? '')) {
      header = tableCells(line);
      lines[li] = line;
      continue;
    }
    const table = TABLE_ROW.test(line) ? tableSentence(line, header, index.countNouns) : null;
    const scan = table ? table.text : line;
    lines[li] = scan;
    const at = (pos: number, len: number): [number, number] => {
      if (!table) return [lineStart + pos, lineStart + pos + len];
      const span = table.spans.find((x) => pos >= x.at && pos < x.at + x.len);
      if (!span) return [lineStart, lineStart + raw.length];
      const from = span.from + (pos - span.at);
      return [lineStart + from, lineStart + Math.min(from + len, span.from + span.len)];
    };
    let stated: string | null = null;
    if (index.statements.length) {
      const st = checkStatement(scan, li, ctx, index);
      stated = st?.factId ?? null;
      if (st) {
        const [start, end] = at(st.at, st.excerpt.length);
        flags.push({ ...st, line: display, start, end, lineIndex: li });
      }
    }
    // A list's options before its last ("1, 5 or 15 minutes") are alternatives, not claims of their own.
    const allQs = findQuantities(scan, index.countNouns, true);
    const qs = allQs.filter((q) => !q.option);
    if (!qs.length) {
      // "X quota is a hard limit", "Y can be raised via Service Quotas": whether a quota can be raised, no figure.
      const adj = stated === null ? adjustabilityClaim(scan, ctx, index) : null;
      if (adj) {
        const [start, end] = at(adj.at, adj.flag.excerpt.length);
        flags.push({ ...adj.flag, line: display, start, end, lineIndex: li });
      }
      continue;
    }
    // Questions ask, they do not claim; historical wording reports the past.
    if (
      HISTORICAL.test(scan) ||
      EXAMPLE.test(scan) ||
      /\?\s*\)?\s*$/.test(scan) ||
      /^\s*(?:[-*>]\s*)?(?:Q|Question\s*\d*)\s*[:.]/i.test(scan)
    ) {
      if (trace) for (const q of qs) trace(q, 'line-skipped');
      continue;
    }
    // Outcomes and bindings of the figures that may be members of a list of values ("1, 5 or 10 minutes").
    const seen = new Map<Quantity, { said: string[]; bound: string[]; flagged: boolean }>();
    const listed = new Set<Quantity>();
    for (const q of qs) for (const o of listBefore(allQs, q, scan)) listed.add(o).add(q);
    qs.forEach((q, qi) => {
      const opts = listBefore(allQs, q, scan);
      const said: string[] = [];
      const bound: string[] = [];
      const why =
        trace || listed.has(q)
          ? (outcome: string): void => {
              said.push(outcome);
              trace?.(q, outcome);
            }
          : undefined;
      const match =
        onMatch || listed.has(q)
          ? (excerpt: string, ids: string[]): void => {
              bound.push(...ids);
              onMatch?.(excerpt, ids);
            }
          : undefined;
      let flag = checkQuantity(q, qi, qs, scan, li, ctx, index, match, why);
      let spot = q;
      seen.set(q, { said, bound, flagged: flag !== null });
      if (!flag && opts.length) {
        const wrong = wrongOption(opts, q, seen, scan, index);
        if (wrong) [flag, spot] = wrong;
      }
      if (flag) why?.('flag');
      // The fact's statement flagged the line already ("tag policies: 2,500 characters"), or the statement of
      // another fact of the same attribute ("WAF on CloudFront: body inspection hard-limited to 8 KB"): one flag
      // per claim.
      if (flag && flag.factId !== stated && !(stated && sameAttribute(index, stated, flag.factId))) {
        const [start, end] = at(spot.start, spot.end - spot.start);
        flags.push({ ...flag, line: display, start, end, lineIndex: li });
      }
    });
  }
  return flags;
}

/**
 * The figures before `q` in a list of values it ends ("1, 5 or 10 minutes", "1 min, 5 min or 10 min"): the
 * members of its dimension joined only by commas and a last "or"/"and"; none when `q` ends no such list.
 */
function listBefore(all: readonly Quantity[], q: Quantity, line: string): Quantity[] {
  const at = all.indexOf(q);
  const prev = all[at - 1];
  if (q.low !== undefined || !prev || !/^\s*,?\s*(?:or|and)\s*$/i.test(line.slice(prev.end, q.start)))
    return [];
  const out: Quantity[] = [];
  let end = q.start;
  for (let k = at - 1; k >= 0; k--) {
    const o = all[k] as Quantity;
    if (o.dim !== q.dim || o.low !== undefined || o.noun !== q.noun) break;
    if (!/^\s*(?:,|,?\s*(?:or|and))\s*$/i.test(line.slice(o.end, end))) break;
    out.unshift(o);
    end = o.start;
  }
  return out;
}

/**
 * "Flow log aggregation interval: 1, 5 or 10 minutes" of a fact whose text enumerates the only values allowed
 * ("60 seconds (1 minute) or 600 seconds (10 minutes)"): a list of options said of such a setting is a claim
 * about which values it takes, so a member the fact does not give is wrong. A list's options are otherwise
 * left to its last member (they may be the writer's own choices under a maximum: "we use 3, 10 or 30 s"); here
 * only when its members were bound to facts and none was flagged or turned away for another reason than being
 * one of a list, exactly one of those facts enumerates its values (an exact fact, or a maximum whose list ends
 * with the maximum: "3 years (terms are 1 year or 3 years)"; its text joins two or more of them by "or" and
 * states no range, bound, step or default), one member is among its values, and every fact the members were
 * bound to rejects the wrong member ("Savings Plans terms: 1, 3 or 5 years").
 */
function wrongOption(
  opts: readonly Quantity[],
  last: Quantity,
  seen: ReadonlyMap<Quantity, { said: string[]; bound: string[]; flagged: boolean }>,
  line: string,
  index: FactIndex,
): [Omit<ClaimFlag, 'start' | 'end' | 'lineIndex'>, Quantity] | null {
  // Each member checked on its own (not an option read in the last one's unit) was bound, not flagged, and
  // at most turned away for being one of a list ("1, 10 or 15 minutes": the 15 is one of a list of values).
  const members = [...opts, last];
  const checked = members.map((o) => seen.get(o)).filter((x) => x !== undefined);
  if (checked.some((x) => x.flagged)) return null;
  const outcomes = checked.flatMap((x) => x.said);
  if (!outcomes.some((o) => /^(?:right|undecided|veto:value-list)\b/.test(o))) return null;
  if (
    !outcomes.every((o) =>
      /^(?:right|undecided|term-subject|veto:(?:listed-sibling|borrowed-kind|value-list))\b/.test(o),
    )
  )
    return null;
  const bound = checked.flatMap((x) => x.bound);
  const facts = [...new Set(bound)]
    .map((id) => index.facts.find((f) => f.fact.id === id))
    .filter((f): f is IndexedFact => f !== undefined && f.dim === last.dim);
  if (!facts.length) return null;
  // The values a fact gives: its figure, those its text states (with a unit: "terms are 1 year or 3 years"),
  // and its earlier ones.
  const valuesOf = (f: IndexedFact): number[] => [
    f.official,
    ...f.values.filter((x) => x.role !== 'legacy').map((x) => x.value),
    ...factQuantities(f.fact.value, index.countNouns)
      .filter((x) => x.dim === f.dim && (f.dim !== 'count' || x.noun === f.noun))
      .flatMap((x) => (x.low === undefined ? [x.value] : [x.low, x.value])),
  ];
  const gives = (f: IndexedFact, v: number): boolean =>
    valuesOf(f).some((x) => sameValue(f.dim, v, x)) || f.history.some((h) => sameValue(f.dim, v, h.value));
  const enumerating = facts.filter(
    (f) =>
      // An exact fact, or a maximum whose text lists the values below it ("3 years (terms are 1 year or 3
      // years)").
      (f.kind === 'exact' || f.kind === 'max') &&
      // Two figures joined by "or" ("60 seconds (1 minute) or 600 seconds"), not words ("deleted or …").
      /\d[\d,.]*\s*[A-Za-z]*\s*(?:\([^)]*\)\s*)?,?\s*\bor\s+\d/.test(f.fact.value) &&
      // A maximum's list ends with the maximum itself ("1 year or 3 years", "8, 10, 12 or 24 hours").
      (f.kind === 'exact' ||
        factQuantities(f.fact.value, index.countNouns).some(
          (x) =>
            x.dim === f.dim &&
            /\bor\s+$/.test(f.fact.value.slice(0, x.start)) &&
            sameValue(f.dim, x.value, f.official),
        )) &&
      !/\b(?:to|between|up\s+to|multiples?|increments?|any|range|min(?:imum)?|max(?:imum)?|default|at\s+least|at\s+most)\b|\d\s*[-–]\s*\d/i.test(
        f.fact.value.split(';')[0] as string,
      ) &&
      new Set(valuesOf(f)).size >= 2,
  );
  if (enumerating.length !== 1) return null;
  const f = enumerating[0] as IndexedFact;
  if (!members.some((o) => gives(f, o.value))) return null;
  const bad = members.find((o) => facts.every((g) => !gives(g, o.value)));
  if (!bad) return null;
  const flag = factFlag(
    f,
    bad.raw,
    line,
    `${f.fact.label} takes only the values its source lists (${f.fact.value}); ${bad.raw.trim()} is not one of them.`,
  );
  return [flag, bad];
}

/** Whether two facts of one service share their label's two attribute words ("body", "inspection"). */
function sameAttribute(index: FactIndex, a: string, b: string): boolean {
  const fa = index.facts.find((f) => f.fact.id === a);
  const fb = index.facts.find((f) => f.fact.id === b);
  if (!fa || !fb || fa.entryId !== fb.entryId) return false;
  const roots = new Set(fa.keywords.filter((k) => !k.extra && !k.name).map((k) => k.root));
  return fb.keywords.filter((k) => !k.extra && !k.name && roots.has(k.root)).length >= 2;
}

/**
 * The service a line's terms name ("1 WCU = …", "prefix list: max 100 entries"), when neither the line nor
 * the lines it hangs from nor the headings name one: a name anywhere around wins over a term.
 */
function termSubject(
  index: FactIndex,
  ctx: Ctx,
  li: number,
  why?: (outcome: string) => void,
  /** The figure's end and the line's figures' starts: a name only likened to after the figure names nothing. */
  figureEnd?: number,
  figureStarts: readonly number[] = [],
): { subjects: string[]; facts: Set<string>; serviceOf: Map<string, string> } | null {
  if (!index.terms) return null;
  const line = ctx.lines[li] as string;
  const ms = subjectMentions(index, line, ctx);
  if (
    ms.length &&
    (figureEnd === undefined || likenedNames(line, ms, figureEnd, figureStarts).size < ms.length)
  )
    return null;
  if (parentLines(ctx.lines, li).some((i) => subjectMentions(index, ctx.lines[i] as string, ctx).length))
    return null;
  if (ctx.heading.some((h) => subjectMentions(index, h, ctx).length)) return null;
  const t = termSubjects(index.terms, line);
  if (!t) return null;
  // "Cloud WAN: 8 Connect peers …": a name the KB does not know (two capitalized words in a row, not "Each
  // KPU") may be a service of its own that shares the term; its figure is not the known service's. A run
  // whose every word is the term or a word of its own facts' labels and keywords ("Flink KPU") is not one.
  let own: Set<string> | undefined;
  for (const m of line.matchAll(
    /(?<![A-Za-z0-9])[A-Z][a-z]+(?:[ -]+(?:[A-Z][a-z]+|[A-Z][A-Z0-9]+s?))+(?![A-Za-z0-9])/g,
  )) {
    const words = m[0].split(/[ -]+/);
    if (STOP.has((words[0] as string).toLowerCase()) || MARK_STOP.has((words[0] as string).toLowerCase()))
      words.shift();
    if (words.length < 2) continue;
    own ??= termFactWords(index, t.facts);
    if (!words.every((w) => own?.has(w.toLowerCase()) || own?.has(w.toLowerCase().replace(/s$/, ''))))
      return null;
  }
  if (t) why?.(`term-subject ${t.terms.join('+')}`);
  return t;
}

/** The lower-case words of the given facts' labels and check keywords. */
function termFactWords(index: FactIndex, ids: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const f of index.facts)
    if (ids.has(f.fact.id))
      for (const text of [f.fact.label, ...(f.fact.check?.keywords ?? [])])
        for (const w of text.toLowerCase().match(/[a-z0-9]+/g) ?? []) out.add(w);
  return out;
}

/** After one of a unit: an equation or a verb of capacity, then another figure ("= 2 …", "can do 2 …"). */
const UNIT_DEFINED_AFTER =
  /^\s*(?:=|≈|equals?\b|is\s+equal\s+to\b|(?:can\s+)?(?:do|does|gives?|handles?|means?|covers?|provides?|buys?|delivers?|serves?)\b)[^,;.\d]{0,40}?(?<![A-Za-z])\d/i;

/** Whether a minimum (maximum) fact's setting is named in `clause` after the opposite kind word. */
function oppositeSetting(f: IndexedFact, clause: string): boolean {
  const re = oppositeSettingRe(f);
  return re !== null && re.test(clause);
}

/**
 * The expression oppositeSetting tests a clause with, built once per fact (it depends on the fact alone);
 * null when no clause can name the opposite setting, or when the label itself does ("Minimum value of
 * maximum instance lifetime" is that very setting).
 */
const oppositeSettingRe = memoByObject((f: IndexedFact): RegExp | null => {
  if (f.kind !== 'min' && f.kind !== 'max') return null;
  const tail = (f.fact.label.replace(/\([^)]*\)/g, ' ').match(/[A-Za-z][A-Za-z-]*/g) ?? []).slice(-2);
  if (tail.length < 2 || tail.some((w) => /^(?:max(?:imum)?|min(?:imum)?)$/i.test(w))) return null;
  const opp = f.kind === 'min' ? String.raw`max(?:imum)?` : String.raw`min(?:imum)?`;
  const re = new RegExp(
    String.raw`\b${opp}\s+(?:[A-Za-z-]+\s+){0,2}?${tail.map(escapeRe).join(String.raw`\s+`)}\b`,
    'i',
  );
  return re.test(f.fact.label) ? null : re;
});

/**
 * "without high-throughput mode", "other than sending": the words of a case a label leaves out, to the next
 * function word or punctuation. Not a thing the counted ones lack ("actions without a specific timeout",
 * "a thing without a thing type") nor a state they are in ("days without access", "findings not updated"):
 * those describe the fact's own case, which notes name.
 */
const EXCLUSION_IN_LABEL =
  /(?<!\b(?:days?|hours?|minutes?|seconds?|weeks?|months?|years?)\s+)\b(?:without|excluding|except(?:\s+for)?|other\s+than)\s+(?!(?:an?|the|any)\s)((?:(?!(?:before|after|to|for|per|in|on|of|and|or|by|with|from|when)\b)[A-Za-z][\w-]*\s*){1,4})/gi;

/**
 * The roots of the words a label excludes that it uses nowhere else ("high", "mode" of "FIFO throughput without
 * high-throughput mode"; none of "days without access before files move to Infrequent Access").
 */
function exclusionRoots(label: string, rootsOf: (text: string) => string[]): string[] {
  const out = new Set<string>();
  let rest = label;
  for (const m of label.matchAll(EXCLUSION_IN_LABEL)) {
    for (const r of rootsOf(m[1] as string)) out.add(r);
    rest = rest.replace(m[0], ' ');
  }
  const elsewhere = new Set(rootsOf(rest));
  return [...out].filter((r) => !elsewhere.has(r));
}

/** A clause that says the excluded case is absent ("without batching", "no high-throughput mode"). */
const EXCLUSION_SAID = /\b(?:without|w\/o|excluding|except|other\s+than|not|no|non)\b/i;

/** Label words a rate's unit says ("port speed", "bandwidth"): a figure in Gbps or MB/s is one. */
const RATE_WORD = /^(?:speed|bandwidth|throughput)$/;

/**
 * "5,000 concurrent users per endpoint" of a fact counting "Concurrent client connections" whose keywords list
 * "users": a plural the fact's own keywords give (the words notes use for what it counts) names its counted thing
 * when the claim counts that word. Only a one-word plural keyword, and not one the label or keywords put after
 * "per"/"each"/"in" (a scope: "100 buckets" is no count of the tags per bucket), nor a thing another fact of
 * the service counts, and only for a service the line names.
 */
function keywordCounts(index: FactIndex, f: IndexedFact, noun: string, subjects: readonly string[]): boolean {
  if (!noun || noun.endsWith('/s') || noun === f.noun) return false;
  // Only in a line that names the fact's own service: a keyword is that service's word ("consumers" of
  // DynamoDB Streams' readers), not another's that shares the word (Kinesis enhanced fan-out consumers).
  if (!subjects.includes(f.entryId)) return false;
  // A length in characters names the thing it measures ("policies" of an endpoint policy's size), not counts it.
  if (f.noun === 'character' || f.noun === 'length') return false;
  // A thing another fact of the service counts is that thing ("policies" of a policy-size fact's keywords).
  if ((index.bySubject.get(f.subject) ?? []).some((o) => o.dim === 'count' && o.noun === noun)) return false;
  const listed = (f.fact.check?.keywords ?? []).filter((k) => /^[A-Za-z-]+s$/.test(k) && singular(k) !== k);
  if (!listed.some((k) => singular(k.toLowerCase()) === noun)) return false;
  const scope = new RegExp(
    `\\b(?:per|each|every|in|of|for|on|across)\\s+(?:an?\\s+|the\\s+|one\\s+)?(?:[a-z-]+\\s+)?${escapeRe(noun)}(?:e?s)?\\b`,
    'i',
  );
  return !scope.test(`${f.fact.label} ; ${(f.fact.check?.keywords ?? []).join(' ; ')}`);
}

/** Whether a fact's label names `noun` (singular and plural folded): "Custom attributes per user pool". */
function labelCounts(label: string, noun: string, clause: string): boolean {
  // Only the words naming what is counted, before the first preposition or participle ("Connection
  // attempts to an origin" counts attempts, not origins).
  const head =
    label.split(/\b(?:per|to|of|in|on|for|from|at|by|with|across|that|attached|returned|used)\b/i)[0] ?? '';
  // Of those, the last (the compound's head noun: "Origin connection attempts") or one written plural
  // ("SCPs attached …"); a modifier ("Metric data queries") is not what is counted.
  const words = head.match(/[A-Za-z][A-Za-z-]*/g) ?? [];
  const at = words.findIndex(
    (w, i) =>
      singular(w) === noun &&
      (i === words.length - 1 ||
        // A plural inside a capitalised name ("Metrics Insights alarms") is part of the name.
        (singular(w) !== w.toLowerCase() && !/^[A-Z]/.test(words[i + 1] as string))),
  );
  if (at < 0) return false;
  // The words qualifying it must be the claim's too: "Alarm metrics" are not the metrics of a dashboard.
  const said = new Set((clause.match(/[A-Za-z][A-Za-z-]*/g) ?? []).map((w) => singular(w)));
  return words.slice(0, at).every((w) => STOP.has(w.toLowerCase()) || said.has(singular(w)));
}

/**
 * "50 active peerings per VPC", "direct upstreams per repo", "5,000 members": a compound's modifier said plural as
 * the counted thing, its head left out, counts what the label's compound counts ("Active VPC peering connections",
 * "Direct upstream repositories", "Member accounts"). The head must be the fact's counted noun and the words
 * qualifying the compound (but names: capitalized past the label's first word, or acronyms) the claim's too. Only for a noun the KB counts
 * nothing in (a modifier that is a thing of its own, "gateway" of "Gateway endpoints", is not the compound).
 */
export function modifierCounts(label: string, noun: string, factNoun: string, clause: string): boolean {
  const rate = noun.endsWith('/s');
  if (rate !== factNoun.endsWith('/s')) return false;
  const mod = rate ? noun.slice(0, -2) : noun;
  if (mod.length < 3) return false;
  const head =
    label.split(/\b(?:per|to|of|in|on|for|from|at|by|with|across|that|attached|returned|used)\b/i)[0] ?? '';
  const words = head.replace(/\([^)]*\)/g, ' ').match(/[A-Za-z][A-Za-z-]*/g) ?? [];
  const n = words.length;
  if (n < 2 || singular(words[n - 2] as string) !== mod) return false;
  if (singular(words[n - 1] as string) !== (rate ? factNoun.slice(0, -2) : factNoun)) return false;
  const said = new Set((clause.match(/[A-Za-z][A-Za-z-]*/g) ?? []).map((w) => singular(w)));
  return words
    .slice(0, n - 2)
    .every(
      (w, i) =>
        (/^[A-Z]/.test(w) && (i > 0 || /^[A-Z]{2,}s?$/.test(w))) ||
        STOP.has(w.toLowerCase()) ||
        said.has(singular(w)),
    );
}

/**
 * "GetMetricData max 100 metrics per request" of "Metric data queries in one GetMetricData call": where the clause
 * names the API operation the label names, the items of one call may be counted by a modifier of the label's
 * compound ("metric" of "Metric data queries"), the call being what says which items.
 */
export function operationItems(label: string, noun: string, factNoun: string, clause: string): boolean {
  if (noun.length < 3 || noun.includes('/')) return false;
  const ops = label.match(OPERATION);
  if (!ops?.some((op) => clause.includes(op))) return false;
  const head =
    label.split(/\b(?:per|to|of|in|on|for|from|at|by|with|across|that|attached|returned|used)\b/i)[0] ?? '';
  const words = head.replace(/\([^)]*\)/g, ' ').match(/[A-Za-z][A-Za-z-]*/g) ?? [];
  const n = words.length;
  if (n < 2 || singular(words[n - 1] as string) !== factNoun) return false;
  return words.slice(0, n - 1).some((w) => singular(w) === noun);
}

/** The services a fact's label names ("SQS event source mapping default batch size" names SQS), cached. */
const labelServiceCache = new WeakMap<IndexedFact, Map<string, readonly string[]>>();
/** A name that may stand for the fact's own service too ("VPC": VPC and its endpoints) is the fact's own. */
function labelServices(index: FactIndex, f: IndexedFact, own: string): readonly string[] {
  let byOwn = labelServiceCache.get(f);
  if (!byOwn) labelServiceCache.set(f, (byOwn = new Map()));
  let out = byOwn.get(own);
  if (!out) {
    out = [
      ...new Set(
        index.subjects
          .find(f.fact.label)
          .filter((m) => !m.value.includes(own))
          .flatMap((m) => m.value),
      ),
    ];
    byOwn.set(own, out);
  }
  return out;
}

/**
 * The services a fact's label names in the words naming what it measures, before any preposition and outside
 * brackets ("SQS event source mapping …", "Lambda functions per target group (ALB)"): not one named only as a
 * place or a partner ("… per VPC", "Timeout of a CloudFormation deployment action", "export to Amazon S3").
 */
function headServices(index: FactIndex, f: IndexedFact, own: string): string[] {
  const label = f.fact.label.replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length));
  const stop = label.search(/\b(?:per|to|of|in|on|for|from|at|by|with|across|into|through|via)\b/i);
  const end = stop < 0 ? label.length : stop;
  const found = index.subjects.find(label);
  return [...new Set(found.filter((m) => m.end <= end && !m.value.includes(own)).flatMap((m) => m.value))];
}

const labelledCache = new WeakMap<FactIndex, Map<string, Map<string, IndexedFact[]>>>();
/**
 * Service → the facts of other services whose labels name it, by their own service: "SQS event source mapping
 * default batch size" (Lambda's) is about SQS too, "Lambda functions per target group (ALB)" (ALB's) about
 * Lambda. Built once per index.
 */
function labelledBy(index: FactIndex): Map<string, Map<string, IndexedFact[]>> {
  let out = labelledCache.get(index);
  if (!out) {
    out = new Map();
    for (const [own, facts] of index.bySubject)
      for (const f of facts)
        for (const x of headServices(index, f, own)) {
          const byOwn = out.get(x) ?? new Map<string, IndexedFact[]>();
          out.set(x, byOwn);
          byOwn.set(own, [...(byOwn.get(own) ?? []), f]);
        }
    labelledCache.set(index, out);
  }
  return out;
}

/**
 * "retries up to 3 times", "can be called 10 times per second": a number of times counts what the clause's verb
 * does, so retried that often is a count of retry attempts, and called that often per second a call rate.
 */
export function timesCount(noun: string, factNoun: string, clause: string): boolean {
  if (noun === 'time')
    return (factNoun === 'attempt' || factNoun === 'retry') && /\bretr(?:y|ies|ied|ying)\b/i.test(clause);
  if (noun === 'time/s')
    return (
      /^(?:request|transaction|call|operation)\/s$/.test(factNoun) &&
      /\b(?:call(?:s|ed)?|invoked?|request(?:s|ed)?)\b/i.test(clause)
    );
  return false;
}

/**
 * "max concurrency per endpoint = 100", "concurrency limit 500": the reader takes the mass noun "concurrency" as a
 * count of executions, but a service may count its concurrency in other things ("Serverless inference maximum
 * concurrency per endpoint", in concurrent invocations). The line's "concurrency" names that fact's attribute
 * when the fact's label says "concurrency" too (not "concurrency scaling", which counts clusters), its unit
 * counts concurrent things, and its label names no other service (an integration's setting, "Amazon MQ event
 * source maximum concurrency", is not the function's own).
 */
function concurrencyCounts(
  index: FactIndex,
  f: IndexedFact,
  own: string,
  noun: string,
  clause: string,
): boolean {
  if (noun !== 'execution' || f.noun === noun) return false;
  const said = /\bconcurrency\b(?!\s+scaling)/i;
  if (!said.test(clause) || !said.test(f.fact.label)) return false;
  if (!/^concurrent\s/i.test(f.fact.unit ?? '')) return false;
  return labelServices(index, f, own).length === 0;
}

/**
 * "11 (1 primary and up to 10 read replicas)", "16: one writer and up to 15 replicas": a count fact whose text
 * splits its whole into a fixed part and "up to" so many of another noun. A note that counts that other noun
 * ("max 5 read replicas per cluster") speaks of the part, so it is checked against the part's figure, not the
 * whole's. Only a part after "and up to" / "plus up to", counted in a plural noun the fact's own unit is not.
 */
const partCache = new WeakMap<IndexedFact, { noun: string; value: number }[]>();
function partValues(index: FactIndex, f: IndexedFact, noun: string): number[] {
  if (!noun || noun.includes('/') || f.dim !== 'count' || noun === f.noun) return [];
  let parts = partCache.get(f);
  if (!parts) {
    parts = [];
    for (const m of f.fact.value.matchAll(
      /\b(?:and|plus)\s+up\s+to\s+(\d[\d,]*\s+(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]{3,}s)\b/g,
    )) {
      const q = findQuantities(m[1] as string, index.countNouns, true).find(
        (x) => x.dim === 'count' && x.start === 0 && x.low === undefined,
      );
      if (q && q.noun && q.noun !== f.noun && !sameValue('count', q.value, f.official))
        parts.push({ noun: q.noun, value: q.value });
    }
    partCache.set(f, parts);
  }
  const map = nounsFor(index, f.entryId).get(noun);
  return parts.filter((p) => p.noun === noun || (map?.has(p.noun) ?? false)).map((p) => p.value);
}

/**
 * "batch size max = 10", "default batch size is 100": a bare count given as a thing's size counts that thing's
 * items, not the thing, so the noun before "size" is no counted noun. It is the fact's own measure when the
 * label says the same "<noun> size" ("SQS event source mapping default batch size" counts the messages of a
 * batch). The expression a label is tested with, or null when `clause` (the words before the figure) does not
 * give the figure as the size of `noun` (the singular noun the reader took from it).
 */
export function sizeOfNoun(noun: string, clause: string): RegExp | null {
  if (!noun || noun.includes('/') || !/\bsizes?\b/i.test(clause)) return null;
  const re = new RegExp(String.raw`\b${escapeRe(noun)}(?:e?s)?\s+sizes?\b`, 'i');
  return re.test(clause) ? re : null;
}

/**
 * The label words an acronym in `text` stands for: "ALBs per Region" says "Application", "Load" and
 * "Balancers" of "Application Load Balancers per Region". Only consecutive label words whose initials spell
 * the whole acronym (two to five letters, an optional plural "s"), lower-case; not one the label writes too.
 */
function acronymLabelWords(label: string, text: string): string[] {
  const acronyms = (text.match(/(?<![\w-])[A-Z]{2,5}s?(?![\w-])/g) ?? []).map((a) =>
    a.replace(/(?<=[A-Z])s$/, '').toLowerCase(),
  );
  if (!acronyms.length) return [];
  const words = (label.replace(/\([^)]*\)/g, ' ').match(/[A-Za-z][A-Za-z-]*/g) ?? []).map((w) =>
    w.toLowerCase(),
  );
  // An acronym the label writes itself ("link aggregation group (LAG)") is a label word already.
  const written = new Set((label.match(/[A-Za-z]+/g) ?? []).map((w) => w.toLowerCase()));
  const out: string[] = [];
  for (const a of new Set(acronyms))
    if (!written.has(a))
      for (let i = 0; i + a.length <= words.length; i++) {
        const run = words.slice(i, i + a.length);
        if (run.map((w) => w[0]).join('') === a) out.push(...run);
      }
  return out;
}

/**
 * The words of a phrase that restricts the counted things before a figure ("rules using wildcard filters: max
 * 300", "queues containing FIFO messages"): the (up to two) words after "using"/"containing", lower-case.
 */
function restrictingWords(before: string): string[] {
  const m = /\b[A-Za-z][\w-]*s\s+(?:using|containing)\s+([\w@-]+(?:\s+[\w@-]+)?)/i.exec(before);
  return m ? (m[1] as string).toLowerCase().split(/\s+/) : [];
}

const VALUE_COUNT =
  /^[\d,.]+\s+(?:(?!unless|if|when|with|per|for|and|to)[a-z-]+\s+(?:or\s+|and\s+)?){0,3}[a-z-]{3,}s$/;
/** The noun each count fact's own value text gives its official figure ("25 put or delete requests"). */
const valueNounCache = new WeakMap<IndexedFact, string>();
/**
 * Whether the fact's value text counts its official figure in `noun` though its label counts another one
 * ("Items per BatchWriteItem call: 25 put or delete requests"): a note may count the figure the way the
 * documentation writes it ("up to 100 put or delete requests").
 */
function valueCounts(index: FactIndex, f: IndexedFact, noun: string): boolean {
  if (!noun || f.dim !== 'count') return false;
  let own = valueNounCache.get(f);
  if (own === undefined) {
    // The headline figure only: before a case list (";") or an aside ("(").
    const head = f.fact.value.split(/[;(]/)[0] as string;
    const q = findQuantities(head, index.countNouns, true).find(
      (x) => x.dim === 'count' && x.low === undefined && sameValue('count', x.value, f.official),
    );
    // Only a plural noun the figure counts outright, after at most three modifiers ("25 put or delete
    // requests", "1,000 keys"), not a word of the prose after it ("10,000 unless you request …").
    own = q && VALUE_COUNT.test(q.raw) ? q.noun : '';
    valueNounCache.set(f, own);
  }
  return (
    own !== '' &&
    own !== f.noun &&
    (own === noun || (nounsFor(index, f.entryId).get(noun)?.has(own) ?? false))
  );
}

/**
 * "10 VPC associations", "12 policy attachments": a count of the links of a thing, where the fact counts that
 * thing by the link's participle ("VPCs associated with one private hosted zone", "Managed policies attached
 * to a role"). The word before the counted noun is the fact's noun, and the label has a participle of the
 * counted noun's stem.
 */
function relationCounts(index: FactIndex, f: IndexedFact, q: Quantity): boolean {
  if (q.dim !== 'count' || q.noun.length < 6 || q.noun === f.noun) return false;
  const words = q.raw.match(/[A-Za-z][A-Za-z-]*/g) ?? [];
  if (words.length < 2 || singular(words[words.length - 1] as string) !== q.noun) return false;
  const mod = singular(words[words.length - 2] as string);
  if (mod !== f.noun && !(nounsFor(index, f.entryId).get(mod)?.has(f.noun) ?? false)) return false;
  const stem = q.noun.slice(0, 6);
  return (f.fact.label.match(/[A-Za-z]+/g) ?? []).some(
    (w) => w.length > 6 && /(?:ed|ing)$/.test(w) && w.toLowerCase().startsWith(stem),
  );
}

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_SEP = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

interface Cell {
  text: string;
  start: number;
}

/** The cells of a Markdown table row, with their offsets in the line. */
function tableCells(row: string): Cell[] {
  const out: Cell[] = [];
  const first = row.indexOf('|');
  const last = row.lastIndexOf('|');
  let start = first + 1;
  for (let i = start; i <= last; i++)
    if (row[i] === '|') {
      out.push({ text: row.slice(start, i), start });
      start = i + 1;
    }
  return out;
}

/** A table row as a sentence ("Lambda Max timeout: 15 min;"), with where each figure cell came from. */
export function tableSentence(
  row: string,
  header: readonly Cell[] | null,
  countNouns: ReadonlySet<string>,
): { text: string; spans: { at: number; from: number; len: number }[] } | null {
  const cells = tableCells(row);
  // A bare number ("256,000", "125 default") is a figure too: its unit is in the row's other cells.
  // A cell with words beside its figure ("1-hour metric retention") names the row, it does not give a value.
  const figureCell = (t: string): boolean => {
    const qs = findQuantities(t, countNouns);
    if (!qs.length) return false;
    let rest = t;
    for (const x of qs) rest = rest.replace(x.raw, ' ');
    const words = rest.match(/[A-Za-z][\w-]*/g) ?? [];
    return (
      words.filter(
        (w) =>
          !/^(?:default|soft|hard|max(?:imum)?|min(?:imum)?|adjustable|fixed|approx|about|up|to)$/i.test(w),
      ).length <= 1
    );
  };
  const figure = cells.map(
    (c) =>
      figureCell(c.text) ||
      /^\s*[~≈]?\d[\d,.]*\s*(?:\(?(?:default|soft|hard|max(?:imum)?|min(?:imum)?|adjustable|fixed)\)?\s*)?$/i.test(
        c.text,
      ),
  );
  if (!figure.some(Boolean)) return null;
  // A wordy cell with a figure after the first figure cell is a claim of its own ("| LSI max 5 | GSI default
  // 20 per table |"), read in its place, not a label of the whole row: its words would bind the others.
  const first = figure.indexOf(true);
  cells.forEach((c, i) => {
    if (i > first && !figure[i] && /(?<![A-Za-z])\d/.test(c.text)) figure[i] = true;
  });
  // A label cell between two figure cells ("| CloudFront | cache behaviors | 75 | CNAMEs | 100 |") names the
  // figure after it: read in its place, not as part of the whole row's label (it would bind the earlier figure).
  const inline = cells.map((_, i) => !figure[i] && i > first && figure.slice(i + 1).some(Boolean));
  let text = `${cells
    .filter((_, i) => !figure[i] && !inline[i])
    .map((c) => c.text.trim())
    .filter(Boolean)
    .join(' ')}:`;
  const spans: { at: number; from: number; len: number }[] = [];
  cells.forEach((c, i) => {
    if (inline[i]) text += ` ${c.text.trim()}`;
    if (!figure[i]) return;
    const head = header?.[i]?.text.trim() ?? '';
    const body = c.text.trim();
    text += head ? ` ${head} ` : ' ';
    spans.push({
      at: text.length,
      from: c.start + (c.text.length - c.text.trimStart().length),
      len: body.length,
    });
    text += `${body} ;`;
  });
  return { text, spans };
}

const NEGATION = /\b(?:not|never|no longer|cannot|can't|isn't|aren't|doesn't|don't|won't|no)\b|n't\b/i;
/** A fact about a step size ("scaling increment", "growth increment"); not a billing step, which is also the
 * least billed ("billed in increments of 1 ms"). */
const STEP_LABEL = /^(?!.*\bbill).*\bincrement\b/i;
/** "round(ed) up to the next", "rounds to the nearest" right before a figure: the step it is rounded to. */
const ROUNDED_BEFORE =
  /\bround(?:s|ed|ing)?\b[^,;.:()\d]{0,40}?\b(?:up\s+|down\s+)?to\s+(?:the\s+|a\s+)?(?:next|nearest)(?:\s+multiple\s+of)?\s*$/i;
/** A fact about a step or a rounding unit. */
const ROUNDING_FACT = /\b(?:increments?|granularity|multiples?\s+of|steps?\s+of|rounded|rounds)\b/i;
/** Words that speak of steps. */
const STEP_SAID = /\b(?:increments?|incremental|granular(?:ity)?|steps?|multiples?)\b/i;
/** "can't go below", "never exceeds": a denial that states a bound. */
const BOUND_COMPARED =
  /\b(?:below|under|lower|less|fewer|smaller|shorter|exceeds?|above|over|more|higher|larger|longer|beyond)\b/i;
/** Words that speak of another case than the usual one. */
const OTHER_CASE = /\b(?:without|older|earlier|other|unsupported|legacy|previous)\b/i;
const EXCEPTION = /\b(?:except|excepting|excluding|other\s+than|apart\s+from|but\s+not|besides)\b/i;

/** A non-numeric statement a fact contradicts ("the Multi-AZ standby serves reads"), said without negation. */
/**
 * The statements' literal words (each `re`'s `lit`), for checkStatement's pre-filter: which of them a line
 * holds, found in one pass over the line (an Aho-Corasick automaton over all of them: one table step per
 * character) rather than one substring search per statement and word. The same test as
 * `lit.every((w) => lower.includes(w))`: a word is present exactly when the line has it at some position.
 */
export interface StatementWords {
  /** Each statement expression's words as ids, in index.statements' order (each one's `res` in order). */
  lit: number[][];
  /** Per statement expression (in `lit`'s order), its mandatory groups' alternatives (prefilterStatements.ts). */
  anyOf: string[][][];
  /**
   * For each statement expression (in `lit`'s order), 1 when `lower` holds all its words and one alternative
   * of each of its `anyOf` groups, else 0: the pre-filter `lit.every((w) => lower.includes(w)) &&
   * anyOf.every((alts) => alts.some((w) => lower.includes(w)))`, for all of them at once (a scratch array,
   * valid until the next call).
   */
  holds(lower: string): Uint8Array;
}
/**
 * The plain data behind StatementWords, built with the index (buildFactIndex) so that the app's precompiled
 * checker carries it: each thread of an import then reads it rather than building the automaton again.
 */
export interface StatementWordsData {
  /** Every word of every expression, by id. */
  list: string[];
  /** Each expression's words as ids, and its selective mandatory groups' alternatives as ids. */
  lit: number[][];
  anyOf: number[][][];
  /** Words the automaton leaves out (not ASCII, or empty): tested with includes() on each line. */
  always: number[];
  /** The automaton (wordAutomaton), its transitions as rows: `step[row + cls[c]]` is the next state's row
   * (state × width), bit-inverted when that state ends a word. */
  cls: Uint8Array;
  width: number;
  step: Int32Array;
  outStart: Int32Array;
  outIds: Int32Array;
  /** Expressions using each word (one entry per occurrence): usedBy[usedStart[id], usedStart[id + 1]). */
  usedStart: Int32Array;
  usedBy: Int32Array;
  /** How many words each expression needs; the expressions that need none. */
  need: Int32Array;
  noWords: Int32Array;
}

/** Builds StatementWordsData for `statements` (buildFactIndex). */
function statementWordsData(statements: FactIndex['statements']): StatementWordsData {
  const ids = new Map<string, number>();
  const list: string[] = [];
  const lit: number[][] = [];
  const idOf = (w: string): number => {
    let id = ids.get(w);
    if (id === undefined) ids.set(w, (id = list.push(w) - 1));
    return id;
  };
  /** Per expression, its mandatory groups' alternatives as ids: one of each must be present too. */
  const anyOf: number[][][] = [];
  for (const st of statements)
    for (const r of st.res) {
      lit.push(r.lit.map(idOf));
      anyOf.push(
        requiredAlternatives(r.re.source)
          .filter(selective)
          .map((alts) => alts.map(idOf)),
      );
    }
  // Every ASCII word in one Aho-Corasick automaton (a full transition table over 7-bit codes, plus one
  // column for any other character, which no word in it has): one table step per character of the line
  // finds every word the line contains, the same test as one `includes` per word. A word with another
  // character (or none) is tested with includes() on every line instead.
  const always: number[] = [];
  const { cls, width, delta, outStart, outIds } = wordAutomaton(list, always);
  // One lookup and one sign test per character of a line: most characters end no word.
  const step = new Int32Array(delta.length);
  for (let j = 0; j < delta.length; j++) {
    const t = delta[j]!;
    step[j] = outStart[t]! < outStart[t + 1]! ? ~(t * width) : t * width;
  }
  const usedStart = new Int32Array(list.length + 1);
  for (const w of lit) for (const id of w) usedStart[id + 1]!++;
  for (let id = 0; id < list.length; id++) usedStart[id + 1]! += usedStart[id]!;
  const usedBy = new Int32Array(usedStart[list.length]!);
  const fill = usedStart.slice(0, list.length);
  lit.forEach((w, e) => w.forEach((id) => (usedBy[fill[id]!++] = e)));
  const need = Int32Array.from(lit, (w) => w.length);
  const noWords = Int32Array.from(lit.flatMap((w, e) => (w.length === 0 ? [e] : [])));
  return { list, lit, anyOf, always, cls, width, step, outStart, outIds, usedStart, usedBy, need, noWords };
}

const statementWords = new WeakMap<FactIndex, StatementWords>();
/**
 * Whether a group's requirement is worth testing: a group with a short alternative ("a", "is", "to", a lone
 * digit) is met by nearly every line, and each such piece is found at most characters of a line, which made
 * the one-pass word test ~5x dearer than without them. Leaving a requirement out lets more lines reach the
 * expression, never fewer (the test stays a necessary condition).
 */
const selective = (alts: readonly string[]): boolean =>
  alts.every((a) => a.length >= 3 || (a.length === 2 && /\d/.test(a)));
/** Exported for its property test only. */
export function statementWordsOf(index: FactIndex): StatementWords {
  let sw = statementWords.get(index);
  if (sw) return sw;
  const data = index.statementWords ?? statementWordsData(index.statements);
  const { list, lit, anyOf, always, cls, width, step, outStart, outIds, usedStart, usedBy, need, noWords } =
    data;
  const present = new Uint8Array(list.length);
  const have = new Int32Array(lit.length);
  const holds = new Uint8Array(lit.length);
  const found: number[] = [];
  const mark = (id: number): void => {
    present[id] = 1;
    found.push(id);
  };
  const visit = new Int32Array(outStart.length);
  let lines = 0;
  /** Whether the line has one alternative of each of expression e's mandatory groups. */
  const groupsMet = (e: number): boolean => {
    for (const alts of anyOf[e]!) {
      let any = false;
      for (const id of alts)
        if (present[id] === 1) {
          any = true;
          break;
        }
      if (!any) return false;
    }
    return true;
  };
  sw = {
    lit,
    anyOf: anyOf.map((groups) => groups.map((alts) => alts.map((id) => list[id]!))),
    holds(lower: string): Uint8Array {
      for (const id of found) present[id] = 0;
      found.length = 0;
      for (const id of always) if (lower.includes(list[id]!)) mark(id);
      // A state's words are marked the first time the line reaches it (`visit` holds the line's number).
      if (lines === 0x3fffffff) {
        visit.fill(0);
        lines = 0;
      }
      const line = ++lines;
      // `row` is the current state's row; a negative step leads to a state that ends words (its row
      // bit-inverted): only those touch `visit` and the word lists.
      let row = 0;
      for (let i = 0; i < lower.length; i++) {
        const c = lower.charCodeAt(i);
        const t = step[row + (c < 128 ? cls[c]! : 0)]!;
        if (t >= 0) {
          row = t;
          continue;
        }
        row = ~t;
        const state = row / width;
        if (visit[state] === line) continue;
        visit[state] = line;
        for (let k = outStart[state]!, b = outStart[state + 1]!; k < b; k++) {
          const id = outIds[k]!;
          if (present[id] === 0) mark(id);
        }
      }
      // Only the expressions whose last word this line has (and those with none) can pass.
      holds.fill(0);
      for (const e of noWords) if (groupsMet(e)) holds[e] = 1;
      for (const id of found)
        for (let k = usedStart[id]!, b = usedStart[id + 1]!; k < b; k++) {
          const e = usedBy[k]!;
          if (++have[e]! === need[e] && groupsMet(e)) holds[e] = 1;
        }
      for (const id of found)
        for (let k = usedStart[id]!, b = usedStart[id + 1]!; k < b; k++) have[usedBy[k]!] = 0;
      return holds;
    },
  };
  statementWords.set(index, sw);
  return sw;
}

/**
 * An Aho-Corasick automaton over the ASCII words of `list` (ids are their indexes), as a full transition
 * table over character classes: `cls[c]` is the class of 7-bit code c (0: a character no word has, which
 * is also the class of every character above 127), and `delta[s × width + k]` the state after reading a
 * character of class k in state s. State s's words (every word ending at that point of the text) are
 * outIds[outStart[s], outStart[s + 1]). Words that are empty or not ASCII are left out, pushed to `others`.
 */
function wordAutomaton(
  list: readonly string[],
  others: number[],
): {
  cls: Uint8Array;
  width: number;
  delta: Uint16Array | Int32Array;
  outStart: Int32Array;
  outIds: Int32Array;
} {
  const cls = new Uint8Array(128);
  let width = 1;
  const ascii: number[] = [];
  list.forEach((w, id) => {
    if (w.length === 0 || /[^\x00-\x7f]/.test(w)) {
      others.push(id);
      return;
    }
    ascii.push(id);
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (cls[c] === 0) cls[c] = width++;
    }
  });
  // The trie, with -1 for a missing edge.
  const next: number[] = [];
  const own: number[][] = [];
  const addState = (): number => {
    for (let k = 0; k < width; k++) next.push(-1);
    own.push([]);
    return own.length - 1;
  };
  addState();
  for (const id of ascii) {
    const w = list[id]!;
    let s = 0;
    for (let i = 0; i < w.length; i++) {
      const k = cls[w.charCodeAt(i)]!;
      let t = next[s * width + k]!;
      if (t < 0) next[s * width + k] = t = addState();
      s = t;
    }
    own[s]!.push(id);
  }
  const n = own.length;
  const delta = n < 0x10000 ? new Uint16Array(n * width) : new Int32Array(n * width);
  const fail = new Int32Array(n);
  const out: number[][] = own.map((ids) => [...ids]);
  // Breadth first: a state's failure state (its longest proper suffix in the trie) is done before it.
  const queue: number[] = [];
  for (let k = 0; k < width; k++) {
    const t = next[k]!;
    if (t >= 0) {
      delta[k] = t;
      queue.push(t);
    }
  }
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    for (const id of out[fail[s]!]!) out[s]!.push(id);
    for (let k = 0; k < width; k++) {
      const t = next[s * width + k]!;
      if (t < 0) delta[s * width + k] = delta[fail[s]! * width + k]!;
      else {
        delta[s * width + k] = t;
        fail[t] = delta[fail[s]! * width + k]!;
        queue.push(t);
      }
    }
  }
  const outStart = new Int32Array(n + 1);
  for (let s = 0; s < n; s++) outStart[s + 1] = outStart[s]! + out[s]!.length;
  const outIds = new Int32Array(outStart[n]!);
  for (let s = 0; s < n; s++) outIds.set(out[s]!, outStart[s]!);
  return { cls, width, delta, outStart, outIds };
}

function checkStatement(
  line: string,
  li: number,
  ctx: Ctx,
  index: FactIndex,
): (Omit<ClaimFlag, 'start' | 'end' | 'lineIndex'> & { at: number }) | null {
  const lower = line.toLowerCase();
  const words = statementWordsOf(index);
  const holds = words.holds(lower);
  let e = 0;
  for (const st of index.statements)
    for (const { re } of st.res) {
      // Its words first (each one's presence found once per line): far cheaper than the expression.
      if (holds[e++] === 0) continue;
      const m = re.exec(line);
      if (!m) continue;
      if (HISTORICAL.test(line) || EXAMPLE.test(line) || /\?\s*\)?\s*$/.test(line)) return null;
      // The sentence around the statement must not deny it ("the standby does not serve reads").
      const sentStart = Math.max(line.lastIndexOf('. ', m.index) + 1, line.lastIndexOf(';', m.index) + 1, 0);
      const after = line.slice(m.index + m[0].length).search(/[.;](?:\s|$)/);
      const sentence = line.slice(sentStart, after < 0 ? line.length : m.index + m[0].length + after);
      // A negation after a comma that follows the statement is a further predicate ("capped at 10 Gbps, no
      // automatic scaling"), not a denial of it; one before it or in its own clause is.
      const end = m.index + m[0].length;
      const ownTail = line.slice(end, sentStart + sentence.length).split(/,/)[0] as string;
      if (NEGATION.test(line.slice(sentStart, end) + ownTail)) continue;
      // "All classes except One Zone-IA survive an AZ loss": the statement is said of everything but its subject.
      if (EXCEPTION.test(line.slice(sentStart, m.index + m[0].length))) continue;
      const named = index.subjects.find(line).some((x) => x.value.includes(st.subject));
      const near = subjectsFor(index, ctx, li, m.index, 0);
      if (!named && !near?.includes(st.subject)) continue;
      const hist = st.f.history?.[0];
      return {
        at: m.index,
        factId: st.f.id,
        verdict: hist ? 'outdated' : 'wrong',
        excerpt: m[0],
        line: line.trim().slice(0, 400),
        topic: `${st.entryTitle.replace(/\s*\(.*$/, '')} · ${st.f.label}`,
        official: `${st.f.label}: ${st.f.value}`,
        source: st.f.source,
        asOf: st.f.asOf,
        changedOn: hist?.to ?? null,
        suggestion: st.f.value,
        explanation: hist
          ? `That was true until ${fmtDate(hist.to)}; now: ${st.f.value}.`
          : `${st.f.label} — ${st.f.value}.`,
      };
    }
  return null;
}

function clauseBounds(line: string, qs: readonly Quantity[], qi: number): [number, number] {
  const q = qs[qi] as Quantity;
  const prev = qs[qi - 1];
  // Words before an earlier figure of the same sentence still describe this one ("retention of 1-minute
  // data points: 15 days"); words after the next figure do not.
  void prev;
  let start = 0;
  const sep = Math.max(
    lastSentenceStop(line, q.start),
    line.lastIndexOf(';', q.start),
    line.lastIndexOf('|', q.start),
  );
  if (sep >= start) start = sep + 1;
  const [own, from] = pastRestatement(line, qs, qi);
  let end = own ? own.start : line.length;
  const rest = line.slice(from, end);
  const stop = /[.;|](?:\s|$)/g;
  for (let m = stop.exec(rest); m; m = stop.exec(rest))
    if (m[0][0] !== '.' || !ABBREVIATION_BEFORE.test(rest.slice(0, m.index))) {
      end = from + m.index;
      break;
    }
  return [start, end];
}

/** "max. 10 min", "approx. 5 GB", "e.g. 3": a period that ends an abbreviation ends no sentence. */
const ABBREVIATION_BEFORE = /(?:^|[^\w.])(?:max|min|approx|incl|excl|est|avg|vs|no|e\.g|i\.e|cf|ca)$/i;

/** Where the sentence before `pos` ends ("… . "), skipping abbreviations' periods; -1 when none. */
function lastSentenceStop(line: string, pos: number): number {
  for (let at = line.lastIndexOf('. ', pos); at >= 0; at = line.lastIndexOf('. ', at - 1)) {
    if (!ABBREVIATION_BEFORE.test(line.slice(0, at))) return at;
    if (at === 0) break;
  }
  return -1;
}

/**
 * The figure after figure `qi` that has words of its own, and where the words after `qi` start: past a
 * parenthesis that only says `qi` again ("up to 12,288 MB (12 GB) of memory": "of memory" names both).
 */
function pastRestatement(line: string, qs: readonly Quantity[], qi: number): [Quantity | undefined, number] {
  const q = qs[qi] as Quantity;
  const next = qs[qi + 1];
  if (next !== undefined && parenRestatement(line, qs, qi + 1))
    return [qs[qi + 2], next.end + (/^\s*\)/.exec(line.slice(next.end)) as RegExpExecArray)[0].length];
  return [next, q.end];
}

const attributeWords = new WeakMap<FactIndex, Map<Dimension, RegExp[]>>();

/** The label words of every fact of a dimension (one pattern per root), built once per index. */
function attributeWordsOf(index: FactIndex, dim: Dimension): RegExp[] {
  let byDim = attributeWords.get(index);
  if (!byDim) {
    byDim = new Map();
    const seen = new Map<Dimension, Set<string>>();
    for (const f of index.facts)
      for (const k of f.keywords) {
        if (k.extra || k.name || STOP.has(k.root) || KIND_SYNONYM.test(k.root)) continue;
        const roots = seen.get(f.dim) ?? new Set<string>();
        seen.set(f.dim, roots);
        if (roots.has(k.root)) continue;
        roots.add(k.root);
        const list = byDim.get(f.dim) ?? [];
        list.push(k.re);
        byDim.set(f.dim, list);
      }
    attributeWords.set(index, byDim);
  }
  return byDim.get(dim) ?? [];
}

const STATE_AFTER =
  /^\s*(?:then|long|running)\b|^\s*(?:allowed|permitted)(?=\s*(?:$|[,;.)(]|(?:per|in|at|on|for|by)\b))|^\s*[a-z]+ed\s+(?:from|across|over|by|into)\b/i;

/**
 * The attribute a figure names right after itself ("128 MB memory", "30 s of timeout"): its first word, when
 * some fact of the dimension is labelled with it. Kind words ("max", "default") and links are skipped.
 */
function attributeAfter(index: FactIndex, dim: Dimension, after: string): string[] | null {
  // The first two words after it ("40 KB generated response"), before any link word or punctuation.
  const m =
    /^\s*(?:of\s+)?(?:(?:max(?:imum)?|min(?:imum)?|default|total|combined)\s+)?([A-Za-z][A-Za-z-]{2,})(?:\s+([A-Za-z][A-Za-z-]{2,}))?/i.exec(
      after,
    );
  // What the figure's thing does or how it stands, not what it is ("1 hour long", "0.5 ACU running", "24 h then
  // fails", "1,000 prefixes advertised from …", "20 attributes summed across …"): no attribute named.
  if (STATE_AFTER.test(after)) return null;
  const words: string[] = [];
  for (const w of [m?.[1], m?.[2]].map((x) => x?.toLowerCase())) {
    if (!w || STOP.has(w) || KIND_SYNONYM.test(w) || sumWord(w)) return null;
    // A service's name says whose figure it is, not which attribute ("6 KB DynamoDB write").
    if (index.subjects.find(w).length) continue;
    words.push(w);
    // A word before the attribute qualifies it ("generated response"): the fact must name it too.
    if (attributeWordsOf(index, dim).some((re) => re.test(w))) return words;
  }
  return null;
}

/**
 * Whether fact `f` is named by the attribute words after a figure (a keyword of its label, or a variant named
 * in it); a qualifying word before the attribute must be in its label too.
 */
function namesAttribute(index: FactIndex, f: IndexedFact, words: readonly string[]): boolean {
  const label = f.fact.label.toLowerCase();
  // The fact's own text may say what its figure is of ("90 days of management events"): a word after the
  // figure that the label or the value holds whole names the fact's attribute too.
  const said = ` ${label} ${f.fact.value.toLowerCase()} `.replace(/[^a-z0-9]+/g, ' ');
  return words.every((w, i) => {
    if (f.keywords.some((k) => k.re.test(w))) return true;
    if (w.length >= 4 && said.includes(` ${w.toLowerCase()} `)) return true;
    if (i < words.length - 1) return label.includes(w.slice(0, Math.max(4, w.length - 3)));
    return attributeWordsOf(index, f.dim).some((re) => re.test(w) && re.test(label));
  });
}

/** "A joined to the next figure's label": "and", "but", "while", "whereas", "plus" or ", " then words. */
const NEXT_LABEL = /,\s|\s(?:and|but|while|whereas|plus|vs\.?|versus|compared\s+(?:to|with)|unlike)\s/i;

/**
 * Where the words describing figure `qi` end: at a connective between it and the next figure of the clause
 * ("128 MB memory and max 40 KB response", "100 groups per ALB, 5 per action"), since what follows the
 * connective is the next figure's label; otherwise at the clause's end.
 */
function ownEnd(line: string, qs: readonly Quantity[], qi: number, clauseEnd: number): number {
  const [next, from] = pastRestatement(line, qs, qi);
  // A figure the reader does not parse ("80,000 RCU/WCU") still has its own label: cut before a connective
  // that a number follows.
  const parsedNext = next !== undefined && next.start <= clauseEnd;
  const m = NEXT_LABEL.exec(line.slice(from, parsedNext ? next.start : clauseEnd));
  if (!m) return likenedCut(line, from, clauseEnd);
  const cut = from + m.index;
  return parsedNext || /(?<![A-Za-z])\d/.test(line.slice(cut, clauseEnd))
    ? cut
    : likenedCut(line, from, clauseEnd);
}

const PERIOD_SECONDS: Record<string, number> = {
  s: 1,
  sec: 1,
  second: 1,
  min: 60,
  minute: 60,
  h: 3600,
  hr: 3600,
  hour: 3600,
  day: 86400,
  week: 604800,
  month: 2592000,
  year: 31536000,
};
/** "per minute", "every 10 seconds", "a day", "/s", "per 24-hour period" right after a count (a few words between). */
const PERIOD_AFTER =
  /^\s*(?:[A-Za-z][\w-]*\s+){0,3}?(?:(?:per|every|each|a|an)\s+|\/\s*)(?:(\d+(?:\.\d+)?)[\s-]*)?(s|sec|second|min|minute|h|hr|hour|day|week|month|year)s?\b/i;

/** A fact whose value is the time between two API requests ("1 request every 30 seconds per account"). */
const INTERVAL_VALUE = /^\s*(?:1|one)\s+(?:API\s+)?(?:request|call|transaction)\s+every\s+\d/i;
/** A rate of API requests ("5 requests per second", "50 TPS", "10 calls/s") and a count of them. */
const REQUEST_RATE = /^(?:request|call|transaction|operation)\/s$/;
const REQUEST_COUNT = /^(?:request|call|transaction|operation)$/;
/** "per minute", "a day", "/sec" right after a count of requests. */
const PER_PERIOD = /^\s*(?:per|a|an|each|every|\/)\s*(sec(?:ond)?|min(?:ute)?|h(?:ou)?r|hour|day)s?\b/i;
/**
 * The seconds between requests that a request rate means ("5 requests per second": 0.2; "2 requests per minute":
 * 30), or null when the figure is no plain rate of requests. A count whose period is written as a figure ("1
 * request every 5 seconds") is not read again: its "5 seconds" is a figure of its own.
 */
function requestGap(q: Quantity, line: string): number | null {
  if (q.dim !== 'count' || q.low !== undefined || q.multiple || !(q.value > 0)) return null;
  if (REQUEST_RATE.test(q.noun)) return 1 / q.value;
  if (!REQUEST_COUNT.test(q.noun)) return null;
  const m = PER_PERIOD.exec(line.slice(q.end));
  const period = m ? PERIOD_SECONDS[(m[1] as string).toLowerCase()] : undefined;
  return period === undefined ? null : period / q.value;
}

/** The period, in seconds, a count is said per right after it ("1,000 every 10 seconds": 10), or null. */
export function periodAfter(text: string): number | null {
  const m = PERIOD_AFTER.exec(text);
  if (!m) return null;
  const unit = (m[2] as string).toLowerCase();
  // "s" alone is a unit only after a slash ("500/s"), not a word ("per s …").
  if ((unit === 's' || unit === 'h') && !/\/\s*\d*[\s-]*[sh]$/i.test(m[0])) return null;
  return (m[1] ? Number(m[1]) : 1) * (PERIOD_SECONDS[unit] as number);
}

const factPeriods = new WeakMap<IndexedFact, number | null>();
/** The period the fact's text says its headline count is per ("1,000 every 10 seconds per function": 10). */
function factPeriod(f: IndexedFact): number | null {
  let p = factPeriods.get(f);
  if (p !== undefined) return p;
  p = null;
  for (const m of f.fact.value.matchAll(/(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+(?:\.\d+)?/g))
    if (Number(m[0].replace(/,/g, '')) === f.official) {
      p = periodAfter(f.fact.value.slice(m.index + m[0].length));
      break;
    }
  factPeriods.set(f, p);
  return p;
}

/** "like", "same as", "similar to" … after a figure: what follows is what the figure is likened to. */
const LIKENED_AFTER =
  /\(?\s*\b(?:like|same\s+as|similar\s+to|identical\s+to|just\s+as\s+(?:with|for|in|on))\s+(?!\d)/i;

/**
 * "6 MB like real-time", "10,000 characters (same as tag policies)", "63 characters like a bucket name": the
 * words after a likening word after the figure, with no figure of their own, name what the figure is likened to,
 * not its attribute: the figure's words end before them (as its subject's do, likenedNames).
 */
export function likenedCut(line: string, from: number, end: number): number {
  const m = LIKENED_AFTER.exec(line.slice(from, end));
  if (!m) return end;
  const at = from + m.index;
  return /(?<![A-Za-z])\d/.test(line.slice(at, end)) ? end : at;
}

/**
 * "4 vCPU / 16 GB", "100 items / 16 MB": a figure after a spaced slash that follows a figure of another dimension
 * (and at most a few words naming it) is the next item of a list, not what the one before is counted per. A
 * duration there is still a rate's period ("1,000 environments / 10 s"); two of one dimension ("1 MB/s write /
 * 2 MB/s read") stay set aside.
 */
function slashListed(line: string, qs: readonly Quantity[], qi: number): boolean {
  const q = qs[qi] as Quantity;
  const prev = qs[qi - 1];
  return (
    prev !== undefined &&
    q.dim !== 'seconds' &&
    q.dim !== prev.dim &&
    /^\s*(?:[A-Za-z][\w-]*\s+){0,3}?\/\s+$|^(?:\s+[A-Za-z][\w-]*){0,3}\s+\/\s+$/.test(
      line.slice(prev.end, q.start),
    )
  );
}

/**
 * "item collections can grow to 100 GB per partition key value": a size or rate per one thing whose words a fact
 * of its dimension names as its own scope ("Item collection size per partition key value") is that fact's figure,
 * not a ratio, as it is when a limit is stated.
 */
function labelPerScope(index: FactIndex, q: Quantity, line: string): boolean {
  const m = /^\s*(?:per|each)\s+([a-z]+(?:\s+[a-z]+){0,2})/i.exec(line.slice(q.end));
  if (!m) return false;
  const words = (m[1] as string).toLowerCase().split(/\s+/);
  // The longest run of the scope's words that a label writes after "per" ("per partition key value").
  for (let n = words.length; n >= 2; n--) {
    const scope = `per ${words.slice(0, n).join(' ')}`;
    if (index.facts.some((f) => f.dim === q.dim && f.fact.label.toLowerCase().includes(scope))) return true;
  }
  return false;
}

const ratioNounsCache = new WeakMap<FactIndex, Set<string>>();
/** What the index's ratio facts count per GiB ("iop/gib", "bytesPerSecond/gib"). */
function ratioNouns(index: FactIndex): Set<string> {
  let out = ratioNounsCache.get(index);
  if (!out)
    ratioNounsCache.set(
      index,
      (out = new Set(index.facts.filter((f) => f.dim === 'ratio').map((f) => f.noun))),
    );
  return out;
}

/** A rule named by its identifier: "rule cw-loggroup-retention-check", "managed rule s3-bucket-versioning-enabled". */
const NAMED_RULE = /\brules?\s+[a-z0-9]+(?:-[a-z0-9]+){2,}\b/;

function checkQuantity(
  q: Quantity,
  qi: number,
  qs: readonly Quantity[],
  line: string,
  li: number,
  ctx: Ctx,
  index: FactIndex,
  onMatch?: (excerpt: string, factIds: string[]) => void,
  why?: (outcome: string) => void,
): Omit<ClaimFlag, 'start' | 'end' | 'lineIndex'> | null {
  const before = line.slice(Math.max(0, q.start - 24), q.start);
  // "1-min 15 days, 5-min 63 days": a figure right before another of its dimension labels it (a resolution,
  // a tier) and claims nothing; the labelled figure is said of a case the note names only by that figure, so
  // which fact it belongs to is unsure. "455 days (15 months)" says the figure before it again.
  const prevFig = qs[qi - 1];
  const nextFig = qs[qi + 1];
  const abuts = (a: Quantity | undefined, b: Quantity | undefined): boolean =>
    a !== undefined &&
    b !== undefined &&
    a.dim === b.dim &&
    a.low === undefined &&
    /^\s*:?\s*$/.test(line.slice(a.end, b.start));
  const restated =
    prevFig !== undefined &&
    prevFig.dim === q.dim &&
    /^\s*\(\s*(?:~|≈|about|approx\.?|i\.e\.|=)?\s*$/.test(line.slice(prevFig.end, q.start)) &&
    sameValue(q.dim, q.value, prevFig.value);
  // "/28 (16 IPs)": the size of the CIDR prefix before it, said again in addresses.
  const prefixSize = /(?<![\w/])\/\d{1,3}\s*\(\s*(?:~|≈|=)?\s*$/.test(
    line.slice(Math.max(0, q.start - 12), q.start),
  );
  if (abuts(q, nextFig) || abuts(prevFig, q) || restated || prefixSize) {
    why?.('label-or-restated');
    return null;
  }
  // "an 8 KB item", "a 3 KB file": one example thing of that size, not the limit.
  if (
    /\b(?:a|an|one|each|every)\s*$/i.test(before) &&
    /^\s*(?:item|object|file|message|record|document|payload|event|image|video|blob|row)s?\b/i.test(
      line.slice(q.end),
    )
  ) {
    why?.('example-thing');
    return null;
  }
  if (
    // "for items up to 1 KB" is a condition, except in the definition of a unit ("1 WCU = 1 write/s for
    // items up to 1 KB"): there it is the unit's own figure, judged below only by a fact about that unit.
    (CONDITIONAL_BEFORE.test(line.slice(Math.max(0, q.start - 48), q.start)) &&
      definedUnit(line.slice(0, q.start)) === undefined) ||
    NEGATED_BEFORE.test(before) ||
    arrowCondition(line, q) ||
    (/(?:\/|\bper|\beach)\s*$/i.test(before) && !slashListed(line, qs, qi)) ||
    // "every 30 seconds" states an interval; "every 64 KB" or "every 1,000 requests" a unit of charge.
    (/\bevery\s*$/i.test(before) && q.dim !== 'seconds')
  ) {
    why?.('context-before');
    return null;
  }
  // "50 interface + GWLB endpoints per VPC": the figure counts two things together (a combined quota), so it is
  // a count of neither alone.
  if (
    q.dim === 'count' &&
    q.noun &&
    q.low === undefined &&
    /^\s*(?:\+|&)\s*[A-Za-z]/.test(line.slice(q.end))
  ) {
    why?.('combined-count');
    return null;
  }
  // "50:1", "IOPS:GiB ratio of 1,000:1": a ratio written with a colon. Its "1" claims nothing; its first figure
  // is a ratio per GiB when the line names what it counts per GiB ("IOPS:GiB", "IOPS to GiB"), else set aside.
  if (
    /(?<![\w.,])\d[\d,]*(?:\.\d+)?:$/.test(line.slice(Math.max(0, q.start - 16), q.start)) &&
    /^1(?![\d.,])/.test(q.raw)
  ) {
    why?.('ratio');
    return null;
  }
  const colonRatio = /^:1(?![\d.,]*\d)/.exec(line.slice(q.end));
  if (colonRatio && q.low === undefined) {
    const named = [...line.matchAll(/\b([A-Za-z]+)\s*(?::|\bto\b|-to-|\/)\s*(?:GiB|GB)\b/gi)].some(
      (m) => singular(m[1] as string) === q.noun,
    );
    const noun = `${q.noun}/gib`;
    if (q.dim !== 'count' || !q.noun || !named || !ratioNouns(index).has(noun)) {
      why?.('ratio');
      return null;
    }
    const ratio: Quantity = {
      ...q,
      dim: 'ratio',
      noun,
      end: q.end + colonRatio[0].length,
      raw: `${q.raw}${colonRatio[0]}`,
    };
    const at = qi;
    qs = qs.map((x, i) => (i === at ? ratio : x));
    q = ratio;
  }
  // A quantity per something is a ratio ("500 IOPS per GiB", "3 IOPS/GB"), not the figure itself.
  // A count per shard, node or instance is a quota's scope ("5 replicas per shard"), not a ratio; so is a size
  // or rate per one of them stated as a limit ("item collection limit: 10 GB per partition key", "write cap =
  // 1 MB/s per shard").
  const perThing = /^\s*(?:per|\/|each|x|×)\s*(?:instance|node|shard|partition)\b/i.test(line.slice(q.end));
  if (
    q.dim !== 'usd' &&
    (q.dim === 'count'
      ? /^\s*(?:per|\/|x|×)\s*(?:GiB|GB|TB|TiB|vCPU|second|sec|s)\b/i
      : /^\s*(?:per|\/|each|x|×)\s*(?:GiB|GB|TB|TiB|vCPU|instance|node|shard|partition|second|sec|s)\b/i
    ).test(line.slice(q.end)) &&
    !(q.dim !== 'count' && perThing && (limitStated(line, q) || labelPerScope(index, q, line)))
  ) {
    // A figure per unit of size ("5 IOPS per GiB", "100 MiB/s per TiB") is judged as that ratio, only by a fact
    // that states the same kind of ratio; with none in the KB it stays set aside.
    const ratio = sizeRatio(q, line.slice(q.end));
    if (!ratio || !ratioNouns(index).has(ratio.noun)) {
      why?.('ratio');
      return null;
    }
    const at = qi;
    qs = qs.map((x, i) => (i === at ? ratio : x));
    q = ratio;
  }
  // A figure inside a variant's name ("1-minute data points", "5-minute metrics") names, it does not claim.
  const names = subjectMentions(index, line, ctx);
  if (variantNameSpans(index, line, names).some((m) => m.start <= q.start && m.end > q.start)) {
    why?.('in-variant-name');
    return null;
  }
  const [cs, clauseEnd] = clauseBounds(line, qs, qi);
  // The words that bind this figure stop where the next figure's own label starts ("retention is 14 days
  // and the default timeout is 30 s"); the precision stage still sees the whole clause.
  const ce = ownEnd(line, qs, qi, clauseEnd);
  // "2 RCU = 8 KB read/s", "a 4 KB read = 1 RCU", "1 vCPU gives 2 threads": a figure equated with another
  // (or one of a unit doing another figure) converts units; it claims no limit. "… per 10 seconds = 500" is a
  // figure given after its label, so a figure after "=" is a conversion only when it is one of a unit.
  {
    // The sentence part around the figure: a clause may end at the next figure ("= 2 writes").
    const after = line.slice(q.end).split(/[,;]/)[0] as string;
    const before = line.slice(cs, q.start);
    const one = /^(?:1|one|a|an)\b/i.test(q.raw);
    if (
      /^\s*(?:=|≈)[^,;=]*?(?:(?<![A-Za-z])\d|\b(?:one|two|three|four|a|an)\b)/i.test(after) ||
      (one && UNIT_DEFINED_AFTER.test(after)) ||
      (one && /(?:=|≈)\s*$/.test(before) && /(?<![A-Za-z/-])\d[^,;=]*[=≈]\s*$/.test(before)) ||
      // "a 20-entry list = 20 rules": what a thing sized by a figure counts as, not a limit.
      /(?<![A-Za-z/.-])\d[\d,]*-[a-z]+(?:\s+[a-z]+){0,2}\s*[=≈]\s*$/i.test(before)
    ) {
      why?.('unit-definition');
      return null;
    }
  }
  // "MaximumMessageSize" names the message size: a parameter's CamelCase words count as words too.
  // Not a service's name ("CodeBuild", "CloudWatch"): its parts are no attribute words.
  const withWords = (t: string): string => {
    const params = (t.match(/\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b/g) ?? []).filter(
      (w) => !index.subjects.find(w).length,
    );
    return [t, ...params.map((w) => w.replace(/([a-z])([A-Z])/g, '$1 $2'))].join(' ').toLowerCase();
  };
  const clause = withWords(line.slice(cs, ce));
  // The figure's own part of the sentence starts after the last comma before it, or after an "and"/"but"/
  // "vs" that follows the figure before ("20 of X and 50 of Y": X is the 20's).
  const prevFigure = qs[qi - 1];
  const joins =
    prevFigure && prevFigure.end > cs
      ? [...line.slice(prevFigure.end, q.start).matchAll(/\s(?:and|but|while|whereas|vs\.?|versus)\s/gi)]
      : [];
  const lastJoin = joins[joins.length - 1];
  const comma = Math.max(
    // A comma that separates ("…, 40 GB"), not one inside a number ("40,000").
    // Nor one inside a closed parenthesis ("names (state machine, execution, activity) can be up to …").
    line
      .slice(0, q.start)
      .replace(/\([^()]*\)/g, (m) => ' '.repeat(m.length))
      .search(/,(?=\s)(?!.*,\s)/s),
    lastJoin && prevFigure ? prevFigure.end + lastJoin.index + lastJoin[0].length - 1 : -1,
  );
  const part = withWords(line.slice(Math.max(cs, comma + 1), ce));
  const lead = (ctx.lines[li - 1] ?? '').trim().endsWith(':')
    ? (ctx.lines[li - 1] as string).toLowerCase()
    : '';
  const headingLast = (ctx.heading[ctx.heading.length - 1] ?? '').toLowerCase();
  // The singular noun a figure sizes ("a 4 vCPU Fargate task" → "task", "an 8 GB volume" → "volume"): for a fact
  // counted per that noun ("Maximum vCPU per task") the figure describes one such thing, so the noun does not name
  // the attribute (wordsNamed below).
  const sized = (
    /^\s*(?:[A-Z][\w-]*\s+)?([a-z]+)\b(?![-/])/.exec(line.slice(q.end, q.end + 40))?.[1] ?? ''
  ).toLowerCase();
  let caseWords: Set<string> | undefined;
  const caseSaid = (): Set<string> =>
    (caseWords ??= segmentWords(`${line} ${lead} ${ctx.heading.join(' ')}`.replace(/-/g, ' ')));
  // The words of the figure's own part that may name a case of a fact's text. Not an aside with a figure of its
  // own: "(1 for global tables)" names the other figure's case itself. None when the part denies or excepts.
  // The words of the figure's own part that may name a case of a fact's text. Not an aside with a figure of its
  // own: "(1 for global tables)" names the other figure's case itself. Nor a case the part rules out ("except
  // JPEGs", "not for PNG", "other than PDF and TIFF").
  let ownCaseWords: Set<string> | undefined;
  const ownCase = (): Set<string> =>
    (ownCaseWords ??= segmentWords(
      part
        .replace(/\([^)]*\d[^)]*\)/g, ' ')
        .replace(RULED_OUT_CASE, ' ')
        .replace(/-/g, ' '),
    ));
  const figureStarts = qs.map((x) => x.start);
  // "Config rule access-keys-rotated: maxAccessKeyAge 90 days": a figure after a rule named by its identifier
  // (lower-case words joined by hyphens) is a parameter of that one rule, not a setting of the service the
  // line names; the KB has no facts per named rule.
  if (NAMED_RULE.test(line.slice(0, q.start))) {
    why?.('named-rule');
    return null;
  }
  const namedSubjects = subjectsFor(index, ctx, li, q.start, cs, q.end, figureStarts);
  // A line that names no service may use a term only one service's facts have: only those facts judge it.
  const byTerm = namedSubjects ? null : termSubject(index, ctx, li, why, q.end, figureStarts);
  const nearest =
    namedSubjects ??
    byTerm?.subjects ??
    countedName(index, ctx, li, q) ??
    variantSubject(index, line) ??
    null;
  if (!nearest) {
    why?.('no-subject');
    return null;
  }
  // Other services the same line names are candidates too (a label may name several: "body inspection
  // for ALB and AppSync"); the nearest name only ranks first.
  const serviceNames = subjectMentions(index, line, ctx);
  let variantsOfLine: { start: number; end: number; value: string }[] | undefined;
  const lineVariants = (): { start: number; end: number; value: string }[] =>
    (variantsOfLine ??= index.groups.flatMap((g) => g.matcher.find(line)));
  // Except a service named after "to"/"into"/"via" … before the figure when another service leads the
  // sentence: it is where the subject sends or reads things ("CloudTrail delivers logs to S3 … max 50 MB").
  const destination = (m: Mention<string[]>): boolean =>
    m.end <= q.start &&
    !m.value.some((v) => nearest.includes(v)) &&
    /\b(?:to|into|onto|from|via|through)\s+(?:an?\s+|the\s+)?(?:Amazon\s+|AWS\s+)?$/i.test(
      line.slice(0, m.start),
    );
  // Nor a service named after the figure only as a comparison ("…, like Aurora", "(same as ALB)"): the figure is
  // said of the subject named first, the other one is what it is likened to. Only when no figure follows the
  // other name ("…, like SQS does for 4 days" gives SQS a figure of its own).
  // The names that run on from such a name are likened too ("like IAM managed policies", "(same as EBS gp2)").
  const likenedSet = likenedNames(line, serviceNames, q.end, figureStarts);
  const likened = (m: Mention<string[]>): boolean =>
    likenedSet.has(m) && !m.value.some((v) => nearest.includes(v));
  // The variant the figure names of a group: the same for every fact of the loop below (it depends on the
  // group, the lines, the figure's place and the line's names only), so read once per group.
  const variantOf = new Map<Group, string | null>();
  const variantOfGroup = (g: Group): string | null => {
    if (!variantOf.has(g))
      variantOf.set(
        g,
        variantFor(
          g,
          ctx,
          li,
          q.start,
          serviceNames,
          qs.map((x) => [x.start, x.end] as const),
        ),
      );
    return variantOf.get(g) as string | null;
  };
  const inLine = serviceNames.filter((m) => !destination(m) && !likened(m)).flatMap((m) => m.value);
  const inHeading = ctx.heading.flatMap((h) => subjectMentions(index, h, ctx).flatMap((m) => m.value));
  // So are the services of the lines it hangs from, as a heading's are: under "CodeBuild", "subnets in a
  // build project's VPC configuration: 16" is CodeBuild's figure though VPC is the name in the line.
  const inParents = parentLines(ctx.lines, li).flatMap((i) =>
    subjectMentions(index, ctx.lines[i] as string, ctx).flatMap((m) => m.value),
  );
  const subjects = [...new Set([...nearest, ...inLine, ...inParents, ...inHeading])];
  // What kind of figure: the words nearest to it (after the previous figure), not the whole sentence's.
  // A parenthesis right after the previous figure belongs to it ("1 day (default) to 365 days"); words
  // after this figure count only when they qualify it ("10 GB max").
  const prevQ = qs[qi - 1];
  const nearStart = prevQ && prevQ.end > cs ? prevQ.end : cs;
  // Words after the figure qualify it only up to the next comma ("10 GB, up to 64 TB": the "up to" is the
  // next figure's).
  const afterFigure = line.slice(q.end, Math.min(ce, q.end + 12)).split(/[,;(]/)[0] as string;
  let near = line.slice(nearStart, q.end) + afterFigure;
  const paren = /^\s*\([^)]*\)/.exec(near);
  if (paren && nearStart + paren[0].length <= q.start) near = near.slice(paren[0].length);
  // Words before a comma or an opening parenthesis belong to the figure before it ("24 hours by default,
  // up to 365 days", "5 by default (up to 50)").
  // So do words before "and"/"but"/"vs" that follow the figure before ("4 days of default retention and
  // 14 days of maximum retention": "default" is the 4 days').
  const gapBefore = near.slice(0, q.start - nearStart);
  const joinAt =
    prevQ && prevQ.end > cs
      ? Math.max(
          ...[...gapBefore.matchAll(/\s(?:and|but|while|whereas|vs\.?|versus)\s/gi)].map((m) => m.index),
          -1,
        )
      : -1;
  const kindComma = Math.max(
    gapBefore.lastIndexOf(','),
    prevQ && prevQ.end > cs ? gapBefore.lastIndexOf('(') : -1,
    joinAt,
  );
  if (kindComma >= 0) near = near.slice(kindComma + 1);
  // "… 20 managed policies attached by default": a default qualifier may close the figure's comma-part.
  const tail = line.slice(q.end, ce);
  const tailPart = tail.slice(0, tail.search(/,|$/));
  // "20 min" is minutes, not a minimum.
  // "rounded up to the nearest 1 ms": the "up to" of rounding says the step a quantity is rounded to, no bound.
  const unitless = near
    .replace(/(?<![A-Za-z])\d[\d,.]*\s*-?\s*mins?\b/gi, ' ')
    .replace(/(\bround(?:s|ed|ing)?\b[^,;.:()\d]{0,40}?)\bup\s+to\b/gi, '$1     ');
  // "up to 300 exports or 100 TB": a figure joined to the one before by "or"/"and" shares its kind word.
  const joined =
    prevQ && prevQ.end > cs && /^\s*(?:,\s*)?(?:or|and|and\/or)\s*$/i.test(line.slice(prevQ.end, q.start));
  const kind =
    claimKind(unitless) ??
    (joined ? claimKind(line.slice(cs, prevQ.start)) : null) ??
    (DEFAULT_WORDS.test(tailPart) || CHANGED_LATER.test(tailPart) ? 'default' : null) ??
    (TRAILING_MAX.test(tailPart) ? 'max' : null) ??
    phraseKind(
      line.slice(nearStart, q.start),
      prevQ && prevQ.end > cs
        ? ''
        : (line
            .slice(cs, q.start)
            .split(/[;:]\s/)
            .pop() as string),
    ) ??
    // "objects under 1 MB are never tiered": a threshold the rest of its clause denies is a floor or a cap.
    deniedBeyond(line.slice(nearStart, q.start), line.slice(q.end, ce)) ??
    // "only compresses files smaller than 10 MB": the behaviour stops at the figure, a cap or a floor.
    restrictedBefore(line.slice(nearStart, q.start)) ??
    (q.dim === 'seconds' && requiredAge(line.slice(nearStart, q.start), line.slice(q.end, ce))
      ? 'min'
      : null) ??
    labelKind(line, qs, q);
  // Attribute words in the figure's own comma-part ("99.99% availability") belong to the figure: a fact
  // named only by an earlier part ("11 9s durability, …") does not judge it.
  const partRoots = new Set<string>();
  for (const s of subjects)
    for (const f of index.bySubject.get(s) ?? [])
      if (f.dim === q.dim) for (const k of f.keywords) if (!k.extra && k.re.test(part)) partRoots.add(k.root);
  // "payload 6 MB, async 128 KB": a comma-part that names no attribute of its own continues the one before.
  // Only a bare variant and figure ("async 128 KB"), not a clause of its own ("but never ones under 24 h").
  const partWords = line
    .slice(Math.max(cs, comma + 1), ce)
    .replace(q.raw, ' ')
    .match(/[A-Za-z][\w/.-]*/g);
  const elliptical = partRoots.size === 0 && comma > cs && (partWords?.length ?? 0) <= 2;
  // "128 MB memory", "40 KB of response": a word right after the figure that some fact of its dimension (of
  // any service) is named by says which attribute the figure is; a fact whose label lacks it is another one.
  const named = attributeAfter(index, q.dim, line.slice(q.end, ce));
  // The one fact of these services that counts the claim's noun ("1,000 requests per second" when a single
  // fact is in requests/s): the noun names it as a label word would, unless the part names another attribute.
  const sole = q.dim === 'count' && q.noun ? soleNounOwner(index, subjects, q.noun) : undefined;
  // Not when the part names an API operation ("BatchWriteItem takes 25 requests"): its own limit, maybe not
  // in the KB.
  const rawPart = line.slice(Math.max(cs, comma + 1), ce);
  const soleOwner =
    sole && !(rawPart.match(OPERATION) ?? []).length && onlyWordsOf(sole, part, q.raw, index)
      ? sole
      : undefined;
  const cands: Candidate[] = [];
  const roundedStep = q.dim !== 'count' && ROUNDED_BEFORE.test(line.slice(cs, q.start));
  /** The services the line itself names (not as a destination or a likeness). */
  const otherNamed = serviceNames.filter((m) => !destination(m) && !likened(m));
  const restriction = q.dim === 'count' ? restrictingWords(line.slice(cs, q.start)) : [];
  const sizeOf = q.dim === 'count' ? sizeOfNoun(q.noun, line.slice(cs, q.start)) : null;
  /** Facts that fit but for the place they are counted per ("per Region" said of a per-AZ quota). */
  const otherPlace: IndexedFact[] = [];
  /** The services of the term's facts that count what the figure counts (a term a few services share). */
  const termServices = new Set<string>();
  const rejected: string[] | undefined = why ? [] : undefined;
  // The facts of the services named; when none fits, those of other services whose labels name one of them
  // (an integration's limit: "SQS event source mapping default batch size" judges "SQS trigger batch size …").
  const pools = function* (): Generator<readonly [string, readonly IndexedFact[]]> {
    for (const s of subjects) yield [s, index.bySubject.get(s) ?? []] as const;
    // Not for the writer's own setup or an example ("our custom Lambda config: canary 5% …").
    if (cands.length || otherPlace.length || byTerm || OWN_SETTING.test(line.slice(cs, ce))) return;
    // Only a service the line names as a thing, not as the place the figure is counted in ("… per VPC"), and
    // only facts that bound something (an example or an exact figure needs its own service named).
    const things = new Set(
      otherNamed.filter((m) => !PLACE_BEFORE.test(line.slice(0, m.start))).flatMap((m) => m.value),
    );
    for (const s of things)
      for (const [own, facts] of labelledBy(index).get(s) ?? [])
        if (!subjects.includes(own)) yield [own, facts.filter((f) => f.kind !== 'exact')] as const;
  };
  for (const [s, facts] of pools())
    for (const f of facts) {
      if (f.dim !== q.dim) continue;
      // A ratio binds to a fact of the same ratio: IOPS per GiB is no throughput per GiB.
      if (q.dim === 'ratio' && f.noun !== q.noun) continue;
      if (q.interval && !INTERVAL_VALUE.test(f.fact.value)) continue;
      if (byTerm && !byTerm.facts.has(f.fact.id)) continue;
      // A fact whose label names another service is about that service's side of an integration ("SQS event
      // source mapping default batch size", "Kinesis … maximum batch size" of Lambda): a line that names a
      // third service and not that one speaks of another integration.
      if (otherNamed.length) {
        const labelled = labelServices(index, f, s);
        if (
          labelled.length &&
          !labelled.some((x) => subjects.includes(x)) &&
          otherNamed.some((m) => !m.value.includes(s) && !m.value.some((x) => labelled.includes(x)))
        ) {
          rejected?.push(`${f.fact.id}:other-service`);
          continue;
        }
      }
      /** The figure of the part of the fact's whole the claim's noun counts (see partValues), if that is all. */
      let partOnly: number[] = [];
      // A noun the KB has no unit for binds only to a fact whose label counts it ("SCPs attached to …").
      if (
        q.dim === 'count' &&
        !(
          (nounsFor(index, f.entryId).get(q.noun)?.has(f.noun) ??
            labelCounts(f.fact.label, q.noun, line.slice(cs, ce))) ||
          sizeOf?.test(f.fact.label) ||
          timesCount(q.noun, f.noun, line.slice(cs, ce)) ||
          concurrencyCounts(index, f, s, q.noun, line.slice(cs, ce)) ||
          (!nounsFor(index, f.entryId).has(q.noun) &&
            modifierCounts(f.fact.label, q.noun, f.noun, line.slice(cs, ce))) ||
          valueCounts(index, f, q.noun) ||
          keywordCounts(index, f, q.noun, subjects) ||
          relationCounts(index, f, q) ||
          operationItems(f.fact.label, q.noun, f.noun, line.slice(cs, ce)) ||
          // The part is an "up to" bound: a minimum or a default said of it is another figure.
          ((kind === null || kind === 'max') && (partOnly = partValues(index, f, q.noun)).length > 0)
        )
      ) {
        rejected?.push(`${f.fact.id}:noun(${f.noun})`);
        continue;
      }
      // "10x the concurrency quota" is a multiple of another figure: only a fact that states one ("5 times the
      // concurrent build limit", "a multiple of …") counts it, not one that counts how often a thing happens.
      if (q.multiple && !MULTIPLE_FACT.test(`${f.fact.label} ${f.fact.value}`)) {
        rejected?.push(`${f.fact.id}:multiple`);
        continue;
      }
      // "rules using wildcard filters: 300": the things counted are only those the phrase restricts them to;
      // a fact about all of them ("Rules per event bus") is another quota.
      if (restriction.length && !restriction.some((w) => f.keywords.some((k) => !k.name && k.re.test(w)))) {
        rejected?.push(`${f.fact.id}:restriction`);
        continue;
      }
      if (q.dim === 'usd' && !moneyUnitsMeet(q.noun, f.noun) && !moneyUnitsSaid(q.noun, f)) {
        rejected?.push(`${f.fact.id}:unit`);
        continue;
      }
      if (byTerm) termServices.add(byTerm.serviceOf.get(f.entryId) ?? f.entryId);
      if (
        !kindsCompatible(kind, f.kind, f.quota) &&
        q.low === undefined &&
        !f.values.some((v) => v.role === kind)
      ) {
        rejected?.push(`${f.fact.id}:kind`);
        continue;
      }
      // "can't go below 0.5 ACU": a step ("scaling increment") is no bound; a bound claim that does not speak of
      // steps is not about it.
      if (
        (kind === 'min' || kind === 'max') &&
        f.kind === 'exact' &&
        STEP_LABEL.test(f.fact.label) &&
        !STEP_SAID.test(line)
      ) {
        rejected?.push(`${f.fact.id}:step`);
        continue;
      }
      // "rounded up to the nearest 100 ms": the figure is the step a quantity is rounded to; only a fact about a
      // step or rounding ("billed in increments of", "rounded up to the nearest millisecond") can judge it.
      if (
        roundedStep &&
        !ROUNDING_FACT.test(`${f.fact.label} ${(f.fact.check?.keywords ?? []).join(' ')} ${f.fact.value}`)
      ) {
        rejected?.push(`${f.fact.id}:not-a-step`);
        continue;
      }
      // "max session duration minimum setting": the claim names the opposite setting ("max session
      // duration") and gives its lower bound; a "Minimum … session duration" fact is another setting.
      if (oppositeSetting(f, line.slice(cs, ce))) {
        rejected?.push(`${f.fact.id}:opposite-setting`);
        continue;
      }
      // "FIFO high-throughput mode: 70,000 TPS": every word of the case the label leaves out ("… without
      // high-throughput mode"), with no negation in the clause, is the other case, which the fact does not state.
      const excludedWords = f.keywords.filter((k) => k.excluded);
      if (
        excludedWords.length &&
        excludedWords.every((k) => k.re.test(part)) &&
        !EXCLUSION_SAID.test(line.slice(cs, ce))
      ) {
        rejected?.push(`${f.fact.id}:excluded-case`);
        continue;
      }
      // Variants: the claim's variant must be one the fact is about (or the text ties a value to it).
      let accepts: number[] = [];
      const caseOnly: number[] = [];
      let ok = true;
      let variantNamed = false;
      const tiedOnly: number[] = [];
      for (const g of index.groups) {
        if (!g.entries.has(f.entryId)) continue;
        const need = f.variants.get(g.id);
        const named = variantOfGroup(g);
        if (named) variantNamed = true;
        const claimVariants = named ? [named] : g.implicit;
        if (need && !claimVariants.some((v) => need.has(v))) {
          // The fact is about other variants; the official text may still give this variant's value.
          const tied = f.values.filter(
            (v) => v.tied.get(g.id) && claimVariants.some((c) => v.tied.get(g.id)?.has(c)),
          );
          if (tied.length && named) tiedOnly.push(...tied.map((v) => v.value));
          else if (
            !named &&
            !g.implicit.length &&
            // Variants of one service's facts; across services a variant may be another product (a Glacier
            // vault is not an S3 bucket).
            g.entries.size === 1 &&
            soleVariantFact(f, g, index, variantOfGroup)
          ) {
            // The claim names no variant and the group has no usual one, but the KB knows this attribute
            // for one variant only: the claim can only be about that one.
          } else ok = false;
        }
        if (!need && named) {
          const tied = f.values.filter((v) => v.tied.get(g.id)?.has(named));
          if (tied.length) tiedOnly.push(...tied.map((v) => v.value));
        }
      }
      if (!ok) {
        rejected?.push(`${f.fact.id}:variant`);
        continue;
      }
      let marked = false;
      if (partOnly.length) accepts = partOnly;
      else if (tiedOnly.length) accepts = tiedOnly;
      else {
        // "capped at 1,500" when the text says "1,500 included, up to 5,000": a maximum claim is checked
        // against the text's maximum, not the headline figure.
        const otherKind =
          kind !== null &&
          kind !== f.kind &&
          !(kind === 'default' && f.quota) &&
          f.values.some((v) => v.role === kind);
        accepts = f.values
          .filter(
            (v) =>
              // "default max 10" may be a default quota's figure: the high end of a setting's range stays
              // accepted for it (the setting's default is "default: 1", not "default max").
              (roleAccepts(kind, v.role) ||
                (kind === 'default' && v.settable === true && DEFAULT_MAX.test(line.slice(cs, q.start)))) &&
              !hasForeignTie(v, f) &&
              !(otherKind && (v.role === 'official' || v.role === 'other')) &&
              !notABound(v, f, kind, line, line.slice(cs, q.start)),
          )
          // Another case's figure ("asynchronous operations: 30") is that case's: said of the fact's own case,
          // where nothing names the other, it is wrong (set aside here, restored below when the claim names
          // the fact too little).
          .filter((v) => {
            const other = v.caseMarks !== undefined && !saysCase(v.caseMarks, caseSaid());
            if (other) caseOnly.push(v.value);
            return !other;
          })
          // The figure's own part names the case the text gives ANOTHER figure ("JPEGs up to 500 MB" of
          // "500 MB (JPEG and PNG: 10 MB)"): a figure the text states for no case, or for a case the part does
          // not name, is not what the text says of the named case.
          .filter((v) => {
            if (!f.values.some((o) => o.caseMarks !== undefined)) return true;
            // Not a word that names the fact itself: "deletes" of "Days after which Inspector deletes a closed
            // finding" is no case "resources deleted … 3 days" only has.
            const label = segmentWords(f.fact.label.replace(/-/g, ' '));
            const own = new Set([...ownCase()].filter((w) => !saysCase(new Set([w]), label)));
            const named = f.values.some(
              (o) =>
                o.caseMarks !== undefined &&
                !sameValue(f.dim, o.value, v.value) &&
                saysCase(o.caseMarks, own),
            );
            return !named || (v.caseMarks !== undefined && saysCase(v.caseMarks, own));
          })
          // Today's default that once was the only value ("512 MB" of /tmp): said without "default", it
          // reads as the old fixed figure.
          .filter(
            (v) =>
              !(
                v.role === 'default' &&
                kind === null &&
                f.history.some((h) => sameValue(f.dim, h.value, v.value))
              ),
          )
          .map((v) => v.value);
        // One fact, several values for several cases ("300 s in the console; 0 s with the AWS CLI"): words of
        // the figure's own part that mark one case select that case's values. Not when the part denies or
        // excepts something ("unless", "without"): the mark may be the case it rules out.
        const chosen = markedValues(f, part, kind);
        if (chosen) {
          accepts = chosen;
          marked = true;
        }
      }
      // Attribute: label words (or their synonyms) in the claim's clause; a counted noun is one too.
      // The clause (or the lead line it continues) must name the attribute: most of the label's weight, or
      // its most distinctive word. Headings only add weight.
      let score = 0;
      let bestHit = 0;
      let bestOwn = 0;
      let total = 0;
      let maxWeight = 0;
      // A noun the KB has no unit for was matched to the label already: like a unit, it is not also the
      // attribute ("50 metrics" does not name "Alarm metrics free per month").
      const openNoun = q.dim === 'count' && !nounsFor(index, f.entryId).has(q.noun);
      const countsByValue = q.dim === 'count' && valueCounts(index, f, q.noun);
      const acronymSaid = acronymLabelWords(f.fact.label, rawPart);
      const cidrPrefix = isCidrPrefix(q);
      for (const k of f.keywords) {
        if (openNoun && k.root === q.noun) continue;
        if (!k.extra) {
          total += k.weight;
          maxWeight = Math.max(maxWeight, k.weight);
        }
        // Words in this comma-part of the sentence count fully; earlier parts of the sentence or the lead
        // line half ("… replication lag, RTO < 1 min": the lag is not the RTO).
        if (k.extra && (k.re.test(part) || k.re.test(clause))) {
          total += k.weight;
          maxWeight = Math.max(maxWeight, k.weight);
        }
        // A byte or character count is a size: "secrets can be up to 10 KB" names the size by its unit.
        // Only when size is all the label says ("Maximum secret value size"), so no other attribute is lost.
        const impliedSize =
          (k.root === 'size' &&
            (f.dim === 'bytes' || f.noun === 'character') &&
            f.keywords.every((x) => x.extra || x.root === 'size')) ||
          // So is a rate in bits or bytes per second its speed ("NAT gateway: 5 Gbps" names "NAT gateway
          // bandwidth", "dedicated connections come in 1, 10 or 100 Gbps" the "Dedicated connection port
          // speeds"), in a line that names only the fact's service: with another one named ("Transit Gateway VPC
          // attachment: 50 Gbps") the figure may be that one's.
          (RATE_WORD.test(k.root) &&
            (f.dim === 'bitsPerSecond' || f.dim === 'bytesPerSecond') &&
            otherNamed.every((m) => m.value.includes(s)));
        // A word of a variant's name ("HTTP" in "HTTP API …") counts, but is never the one distinctive word
        // that binds a figure on its own.
        const own = k.name ? 0 : k.weight;
        // The counted noun is in the claim though written as an acronym ("NLBs per Region", "20 IGWs"): its
        // label word is said.
        const shortNoun =
          !openNoun &&
          q.dim === 'count' &&
          q.noun !== '' &&
          singular(k.root) === q.noun &&
          acronymCounts(rawPart, q.noun);
        // The counted noun is the one the fact's value text counts its figure in: its own noun is said.
        // So is a part of the whole the text counts ("up to 10 read replicas" of "11 nodes"): the part is what
        // the claim's noun names.
        const valueNoun = (countsByValue || partOnly.length > 0) && singular(k.root) === f.noun;
        // An acronym of label words ("ALBs" for "Application Load Balancers", "LSIs" for "Local secondary
        // indexes") says each of them.
        const byAcronym = acronymSaid.some((w) => k.re.test(w));
        // A figure written as a CIDR prefix ("/28") is a CIDR block's size: it says those label words.
        const byPrefix = cidrPrefix && f.noun === 'length' && /^(?:cidr|block|size)$/.test(k.root);
        // The counted noun is a label word whose plural ends in "-ies", which the word's pattern does not reach
        // ("30 concurrent queries" says "query", "5 policies" says "policy"): the figure's own noun says it.
        const ownNoun =
          q.dim === 'count' &&
          !openNoun &&
          /[^aeiou]y$/.test(k.root) &&
          singular(k.root) === q.noun &&
          new RegExp(`(?<![a-z])${escapeRe(k.root.slice(0, -1))}ies(?![a-z])`, 'i').test(q.raw);
        if (k.re.test(part) || impliedSize || shortNoun || valueNoun || byAcronym || byPrefix || ownNoun) {
          score += k.weight;
          bestHit = Math.max(bestHit, k.weight);
          bestOwn = Math.max(bestOwn, own);
        } else if (elliptical && k.re.test(clause)) {
          score += k.weight;
          bestHit = Math.max(bestHit, k.weight);
          bestOwn = Math.max(bestOwn, own);
        } else if (k.re.test(clause) || (lead && k.re.test(lead))) {
          score += k.weight / 2;
          bestHit = Math.max(bestHit, k.weight / 2);
          bestOwn = Math.max(bestOwn, own / 2);
        } else if (headingLast && k.re.test(headingLast)) score += k.weight / 4;
      }
      if (
        partRoots.size &&
        f.keywords.some((k) => !k.extra) &&
        !f.keywords.some((k) => k.re.test(part)) &&
        !countsByValue &&
        !partOnly.length &&
        [...partRoots].some((r) => !f.keywords.some((k) => k.root === r))
      ) {
        rejected?.push(`${f.fact.id}:other-part-words`);
        continue;
      }
      // A counted noun or a money unit that matches is the attribute when the label has nothing more specific.
      if ((q.dim === 'count' && (!f.keywords.length || f === soleOwner)) || (q.dim === 'usd' && q.noun)) {
        score += maxWeight || 1;
        bestHit = Math.max(bestHit, maxWeight || 1);
      }
      // An exact figure (a definition, a count of copies) needs more of its label than a limit does.
      // The kind word ("minimum", "default") is part of the label too, though not a keyword: a claim that
      // says it needs less of the rest ("minimum retention" for "Minimum retention period").
      const cover = f.kind === 'exact' ? 0.5 : kind !== null && kind === f.kind ? 0.35 : 0.45;
      // The API operation the fact's label is about, named in the clause ("BatchWriteItem: the whole request …
      // at most 4 MB"), with a word of the label besides it in the figure's own part: the operation says which
      // fact as surely as a distinctive word would.
      const operationSaid =
        bestOwn > 0 && (f.fact.label.match(OPERATION) ?? []).some((op) => clause.includes(op.toLowerCase()));
      const specific = f.kind !== 'exact' && (bestOwn >= SPECIFIC_WEIGHT || operationSaid);
      // Only parts of a symbol-joined name ("Lambda@Edge") said: the service is named, not the attribute.
      const onlyJoined =
        f.keywords.some((k) => k.joined) &&
        f.keywords.every(
          (k) => k.joined || !(k.re.test(part) || k.re.test(clause) || (lead !== '' && k.re.test(lead))),
        );
      if (!bestHit || onlyJoined || (score < cover * total && bestHit < 0.8 * maxWeight && !specific)) {
        rejected?.push(`${f.fact.id}:words ${score.toFixed(1)}/${total.toFixed(1)}`);
        continue;
      }
      // A claim that says "default", "minimum" or "maximum" is about a setting; an exact figure (a step, a
      // count of copies) must then be named by most of its label, not by one shared word ("memory").
      if (f.kind === 'exact' && kind !== null && score < cover * total) {
        rejected?.push(`${f.fact.id}:exact-words`);
        continue;
      }
      // Scope: "per VPC" in the label and "per Region" in the claim are two different quotas.
      if (scopeClash(part, f.fact.label)) {
        if (placeClash(part, f.fact.label)) otherPlace.push(f);
        rejected?.push(`${f.fact.id}:scope`);
        continue;
      }
      // Rank: share of the label's words present, the claim's kind matching the fact's, the nearest service.
      const rank =
        score / (total || 1) +
        score / 50 +
        (kind !== null && kind === f.kind ? 0.3 : 0) +
        (nearest.includes(s) ? 0.2 : 0);
      // Whether the words name the attribute, not only the counted noun or unit ("Fargate: 4 vCPU" does not).
      // Nor the noun the figure sizes ("a 4 vCPU Fargate task", "an 8 GB volume"): one thing of that size, not
      // the attribute (`sized`).
      // A count said per something ("200 resources per template") states a quota, which names it too.
      const wordsNamed =
        scopes(line.slice(cs).split(/[.;](?:\s|$)/)[0] as string).size > 0 ||
        f.keywords.some(
          (k) =>
            !k.name &&
            k.root !== q.noun &&
            singular(k.root) !== q.noun &&
            !(
              sized !== '' &&
              singular(k.root) === sized &&
              new RegExp(`\\bper\\s+${sized}\\b`, 'i').test(f.fact.label)
            ) &&
            (k.re.test(clause) ||
              (lead !== '' && k.re.test(lead)) ||
              (headingLast !== '' && k.re.test(headingLast))),
        );
      // Another case's figure is that case's only where the claim names the fact itself, most of its label's
      // words: "max payload 6 MB" names the streaming response payload too little to rule out its buffered case.
      if (caseOnly.length && score < total / 2) accepts.push(...caseOnly);
      cands.push({
        f,
        score: rank,
        accepts,
        variantNamed,
        tied: tiedOnly.length > 0 || marked,
        wordsNamed,
        hits: new Set<string>(),
      });
    }
  // An API operation named in the clause ("BatchGetItem … 25 items") rules out facts about another one.
  const opsOf = (t: string): string[] => (t.match(OPERATION) ?? []).map((o) => o.toLowerCase());
  const saidOps = new Set(opsOf(line.slice(cs, ce)));
  // The fact's label names its operation, or a keyword does ("transactwriteitems" for "Actions per
  // transaction"; keywords are lower case, so only one equal to the operation said counts).
  const namesSaid = (f: IndexedFact): boolean =>
    opsOf(f.fact.label).some((o) => saidOps.has(o)) ||
    (f.fact.check?.keywords ?? []).some((w) => saidOps.has(w.toLowerCase()));
  if (saidOps.size && cands.some((c) => namesSaid(c.f)))
    for (let k = cands.length - 1; k >= 0; k--) {
      const c = cands[k] as Candidate;
      if (namesSaid(c.f)) {
        // A fact about the operation the clause names is what the figure is about, before a general limit
        // that also fits ("BatchWriteItem … 100 items" is its 25 per call, not a transaction's 100 actions).
        c.score += OPERATION_PREFERENCE;
      } else if (opsOf(c.f.fact.label).length) cands.splice(k, 1);
    }
  // "1 MB/s or 1,000 records/s in, 2 MB/s out": a rate said to go in or out of its thing, the part ending in a
  // bare "in" / "out", is the write (ingest) or the read (egress) rate: of the fitting facts, those whose label
  // says that direction, when some do and some do not.
  if (
    cands.length > 1 &&
    (q.dim === 'bytesPerSecond' || q.dim === 'bitsPerSecond' || (q.dim === 'count' && q.noun.endsWith('/s')))
  ) {
    const rest = line.slice(q.end, clauseEnd).replace(/(\d)[,.](?=\d)/g, '$1');
    const dir = /^[^,;]*?\b(in|out)\b\s*(?:[,;)]|$)/i.exec(rest)?.[1]?.toLowerCase();
    if (dir) {
      const re = dir === 'in' ? DIRECTION_IN : DIRECTION_OUT;
      const keep = cands.filter((c) => re.test(c.f.fact.label));
      if (keep.length && keep.length < cands.length) cands.splice(0, cands.length, ...keep);
    }
  }
  // "Minimum storage duration: 180 days" when two services' facts use the phrase and count days: either's.
  if (termServices.size > 1) {
    why?.(`term-ambiguous ${[...termServices].join(',')}`);
    return null;
  }
  // The official figure said per another place ("5 per AZ" of a per-Region quota): wrong about where it holds.
  // A candidate left only by the place the line says ("per Region" of "Internet gateways per Region" when the
  // line says "NAT gateways … per Region") does not stand in the way: the line says every word of the other
  // place's fact and a word only that fact's label has ("NAT"), and none only the candidate's has ("internet").
  if (
    cands.length &&
    q.low === undefined &&
    otherPlace.length === 1 &&
    sameValue(q.dim, q.value, (otherPlace[0] as IndexedFact).official) &&
    cands.every((c) => namedOverPlace(otherPlace[0] as IndexedFact, c.f, part, index))
  ) {
    why?.(`place-over ${cands.map((c) => c.f.fact.id).join(',')}`);
    cands.length = 0;
  }
  if (!cands.length && q.low === undefined && otherPlace.length === 1 && !OWN_SETTING.test(part)) {
    const f = otherPlace[0] as IndexedFact;
    if (sameValue(q.dim, q.value, f.official)) {
      why?.(`flag:place ${f.fact.id}`);
      return factFlag(
        f,
        q.raw,
        line,
        `The figure is right but it is counted ${[...scopes(f.fact.label)].map((x) => `per ${x}`).join(' and ')}, not ${[...scopes(part)].map((x) => `per ${x}`).join(' and ')}.`,
      );
    }
  }
  if (!cands.length) {
    why?.(
      `no-candidate [${subjects.join(',')}] ${q.dim}/${q.noun} kind=${kind} | ${(rejected ?? []).join(' ')}`,
    );
    // "CreateWidget: 5 requests per second" of a quota the docs write as "1 request every 10 seconds": a rate
    // and the time between requests say the same thing, so the rate is read again as that time (0.2 s) and
    // held against the facts written that way only.
    const gap = q.interval ? null : requestGap(q, line);
    if (gap !== null) {
      const asGap: Quantity = { ...q, dim: 'seconds', value: gap, noun: '', interval: true };
      return checkQuantity(asGap, qi, qs, line, li, ctx, index, onMatch, why);
    }
    return null;
  }
  onMatch?.(
    q.raw,
    cands.map((c) => c.f.fact.id),
  );
  // Billing unit: the right price per the wrong unit ("$0.00013 per RCU" for "per RCU-hour").
  if (q.dim === 'usd') {
    const unit = cands.find(
      (c) => sameValue('usd', q.value, c.f.official) && billingUnitMismatch(q.noun, c.f.noun),
    );
    if (unit)
      return {
        factId: unit.f.fact.id,
        verdict: 'wrong',
        excerpt: q.raw.trim(),
        line: line.trim().slice(0, 400),
        topic: `${unit.f.entryTitle.replace(/\s*\(.*$/, '')} · ${unit.f.fact.label}`,
        official: `${unit.f.fact.label}: ${unit.f.fact.value}`,
        source: unit.f.fact.source,
        asOf: unit.f.fact.asOf,
        changedOn: null,
        suggestion: unit.f.fact.value,
        explanation: `The price is per ${unit.f.noun}, not per ${q.noun}: the billing unit decides the bill.`,
      };
  }
  const matches = (v: number, c: Candidate): boolean => c.accepts.some((a) => sameValue(q.dim, v, a));
  // Only facts that fit about as well as the best one decide: a clearly worse fit (GSIs when the note says
  // LSIs) neither excuses nor condemns the value.
  // A fact whose label lacks a word the figure's part says, when another's label has it and every word the
  // first one was matched by ("Scan … 16 MB per page": the page-size fact, not the batch response size).
  if (cands.length > 1) {
    // The part without the names of services and variants, what it is counted per ("per load balancer") and
    // asides in parentheses: what is left says which attribute.
    const from = Math.max(cs, comma + 1);
    const chars = line.slice(from, ce).toLowerCase().split('');
    for (const m of [...serviceNames, ...lineVariants()])
      for (let i = Math.max(m.start, from); i < Math.min(m.end, ce); i++) chars[i - from] = ' ';
    let bare = chars
      .join('')
      .replace(/\([^)]*\)/g, (m) => ' '.repeat(m.length))
      .replace(SCOPE, (m) => ' '.repeat(m.length))
      // Nor the kind words ("tops out at", "up to"): they say which kind of figure, not which attribute.
      .replace(KIND_PHRASES, (m) => ' '.repeat(m.length));
    // Nor the next figure's label ("16000 and throughput up to …").
    {
      const at = bare.indexOf(q.raw.toLowerCase());
      const next = at >= 0 ? NEXT_LABEL.exec(bare.slice(at + q.raw.length)) : null;
      if (next) bare = bare.slice(0, at + q.raw.length + next.index);
      // Nor the figure's own unit ("8 MB/s" says "throughput" by its "MB/s"): every candidate fits the figure's
      // dimension already, so its unit tells none of them apart. Left in, it lets a fact whose label says
      // "throughput" ("Write throughput per shard") stand beside one the line names by its own words ("a new
      // stream starts with 4 MB/s write capacity": the initial capacity). A count's noun stays: it says what is
      // counted, which tells facts apart.
      if (at >= 0 && q.dim !== 'count' && q.dim !== 'usd')
        bare = `${bare.slice(0, at)}${' '.repeat(q.raw.length)}${bare.slice(at + q.raw.length)}`;
    }
    // Another service's variant name the fact lists as a keyword ("io1" for an RDS storage minimum) is blanked
    // above as a name; it is this fact's word all the same.
    const unblanked = line.slice(from, ce).toLowerCase();
    for (const c of cands)
      for (const k of c.f.keywords)
        if (
          !k.name &&
          !BOUND_WORDS.test(k.root) &&
          ((k.re.test(bare) && (wholeWord(k.re, bare) || stemWord(k.re, bare))) ||
            (k.foreign === true && wholeWord(k.re, unblanked)))
        )
          c.hits.add(k.root);
    aliasHits(line, from, q, serviceNames, cands);
    scopeHits(line.slice(from, ce), cands);
  }
  const dominated = (b: Candidate): boolean =>
    cands.some(
      (a) =>
        a !== b &&
        // A word said in another form ("attach" and "attached") is the same word.
        [...b.hits].every((r) => a.hits.has(r) || [...a.hits].some((x) => sameStem(x, r))) &&
        [...a.hits].some(
          (r) =>
            !b.f.keywords.some((k) => k.root === r) &&
            // Words the label has but its keywords leave out (a service's or a variant's name) count too.
            !a.f.keywords.some((k) => k.root === r && k.re.test(b.f.fact.label.toLowerCase())),
        ),
    );
  const kept = cands.filter((c) => !dominated(c));
  const best = Math.max(...kept.map((c) => c.score));
  let close = kept.filter((c) => c.score >= best - 0.25);
  // "on-demand stream default capacity: 1 MB/s write": a fact counted per a thing ("Write throughput per shard")
  // is about each such thing. When the line never says that thing nor any place a figure is counted per, and
  // says two or more words of another fitting fact's label that this one's lacks ("new on-demand stream"), the
  // figure is about the other fact's whole, not per thing: the per-thing fact no longer excuses it.
  if (q.low === undefined && kept.length > 1 && !scopes(line.slice(cs, ce)).size) {
    const said = `${line} ${lead} ${headingLast}`.toLowerCase();
    const own = (c: Candidate): Candidate['f']['keywords'] => c.f.keywords.filter((k) => !k.name && !k.extra);
    const perThing = (c: Candidate): string | null => {
      const m = /\bper\s+([a-z]+)\s*$/i.exec(c.f.fact.label.replace(/\([^)]*\)/g, ' ').trim());
      return m ? singular((m[1] as string).toLowerCase()) : null;
    };
    const unsaid = (c: Candidate): boolean => {
      const t = perThing(c);
      return t !== null && !new RegExp(`\\b${escapeRe(t)}(?:e?s)?\\b`, 'i').test(said);
    };
    const wider = (b: Candidate, a: Candidate): boolean => {
      const aRoots = new Set(own(a).map((k) => k.root));
      return own(b).filter((k) => !aRoots.has(k.root) && k.re.test(said)).length >= 2;
    };
    for (const a of [...close])
      if (unsaid(a) && matches(q.value, a)) {
        const b = kept.find((x) => x !== a && perThing(x) === null && !matches(q.value, x) && wider(x, a));
        if (b) {
          why?.(`per-thing-unsaid ${a.f.fact.id} -> ${b.f.fact.id}`);
          close = [...close.filter((c) => c !== a && c !== b), b];
        }
      }
  }
  // A fact whose label is another's plus words the text never says ("peering attachments per X" beside
  // "attachments per X") is a special case the claim does not name: the general fact is the one.
  {
    const said = `${line} ${lead} ${headingLast}`.toLowerCase();
    // Not when the special case's own figure is the one said: the claim may be about it.
    const own = (c: Candidate): boolean => matches(q.value, c) || (q.low !== undefined && matches(q.low, c));
    const general = close.filter((b) => own(b) || !close.some((a) => a !== b && specializes(b, a, said)));
    if (general.length && general.length < close.length) close = general;
  }
  // In the definition of a unit ("1 WCU = 1 write/s for items up to 1 KB") a fact about that unit is the one.
  {
    const unit = definedUnit(line.slice(cs, q.start));
    const own = unit ? kept.filter((c) => namesUnit(c.f.fact.label, unit)) : [];
    if (own.length) close = own;
  }
  // "3,500 GET requests per second": a word inside the figure, between its number and its noun, that the label
  // of exactly one fitting fact has picks that fact; the others fit only by the noun they share.
  if (close.length > 1) {
    const own = qualifierOwner(q, close);
    if (own) close = [own];
  }
  // "default minimum healthy percentage = 100%": of facts whose labels name the two ends of one setting ("minimum
  // healthy percentage", "maximum healthy percentage"), the end the figure's part says is the one.
  const ends = close.length > 1 ? part.replace(UNIT_MIN, ' ') : '';
  if (ends && LOW_END.test(ends) !== HIGH_END.test(ends)) {
    const saysLow = LOW_END.test(ends);
    const sameEnd = close.filter((c) => endOf(c.f.fact.label) === (saysLow ? 'low' : 'high'));
    const otherEnd = close.filter((c) => endOf(c.f.fact.label) === (saysLow ? 'high' : 'low'));
    if (sameEnd.length && otherEnd.length) close = close.filter((c) => !otherEnd.includes(c));
  }
  // Sibling facts of one thing told apart by a word of their labels ("tag key" / "tag value", "template body passed
  // in the request" / "stored in an S3 object", "private" / "public registry"): when the figure's part says a word
  // only one fact's label has and none only the other's has, a figure only the other accepts is that other's, said
  // of this one ("tag value max 128 chars" is the key's figure): it no longer excuses the figure.
  if (close.length > 1 && q.low === undefined && close.some((c) => matches(q.value, c))) {
    const from = Math.max(cs, comma + 1);
    const own = new Set(close.flatMap((c) => [c.f.subject, c.f.entryId]));
    const chars = line.slice(from, ce).toLowerCase().split('');
    // Not the candidates' own service's name ("CodePipeline … action timeout"): every one of them is about it.
    for (const m of serviceNames)
      if (m.value.some((v) => own.has(v)))
        for (let i = Math.max(m.start, from); i < Math.min(m.end, ce); i++) chars[i - from] = ' ';
    // Nor an aside with a figure of its own, nor the next figure's label.
    let said = chars.join('').replace(/\([^)]*\d[^)]*\)/g, (m) => ' '.repeat(m.length));
    const at = said.indexOf(q.raw.toLowerCase());
    const next = at >= 0 ? NEXT_LABEL.exec(said.slice(at + q.raw.length)) : null;
    if (next) said = said.slice(0, at + q.raw.length + next.index);
    const drop = contrastDropped(
      close,
      contrastWords(said),
      matches.bind(null, q.value),
      ownNames(index, own),
    );
    if (drop.size) {
      why?.(`contrast ${[...drop].map((c) => c.f.fact.id).join(',')}`);
      close = close.filter((c) => !drop.has(c));
    }
  }
  // Sibling facts the KB names by phrases of their own (`check.keywords`: "default VPC" / "default subnet",
  // "async" / "real-time"): when the figure's clause says, before the figure, a phrase only one of them has and
  // that one does not accept the figure, while another that does accept it is named nowhere (line, lead line,
  // heading: none of its phrases, none of the label words only it has), the figure is the other's said of the
  // named one ("the default VPC is a /20" is a default subnet's size, "async inference payload 6 MB" the
  // real-time one's): the named sibling is the line's fact and the other no longer excuses the figure.
  if (close.length > 1 && q.low === undefined && close.some((c) => matches(q.value, c))) {
    const before = line.slice(cs, q.start).toLowerCase();
    const around = `${line} ${lead} ${headingLast}`.toLowerCase();
    const aroundWords = segmentWords(around.replace(/-/g, ' '));
    const phrases = (c: Candidate): string[] => (c.f.fact.check?.keywords ?? []).map((k) => k.toLowerCase());
    // A phrase in the singular or the plural ("virtual interface" / "virtual interfaces").
    const bare = (k: string): string => k.replace(/(?:e?s)$/, '');
    const sayIn = (t: string, k: string): boolean =>
      new RegExp(`(?<![a-z0-9])${escapeRe(bare(k))}(?:e?s)?(?![a-z0-9])`).test(t);
    const named = close.filter(
      (c) =>
        !matches(q.value, c) &&
        phrases(c).some(
          (k) =>
            // A phrase of several words, or one word of 5+ letters no other candidate's label has ("async";
            // not "timeout" beside an "idle timeout"): one that names the sibling, not the whole kind.
            (k.includes(' ') ||
              (k.length >= 5 &&
                !close.some(
                  (o) => o !== c && segmentWords(o.f.fact.label.replace(/\([^)]*\)/g, ' ')).has(singular(k)),
                ))) &&
            sayIn(before, k) &&
            !close.some((o) => o !== c && phrases(o).some((x) => bare(x) === bare(k))),
        ),
    );
    const one = named.length === 1 ? (named[0] as Candidate) : null;
    const oneWords = one
      ? new Set([
          ...segmentWords(one.f.fact.label.replace(/-/g, ' ')),
          ...phrases(one).flatMap((k) => [...segmentWords(k)]),
        ])
      : new Set<string>();
    const drop = one
      ? close.filter(
          (c) =>
            matches(q.value, c) &&
            c.f.entryId === one.f.entryId &&
            phrases(c).length > 0 &&
            !phrases(c).some((k) => sayIn(around, k)) &&
            ![...segmentWords(c.f.fact.label.replace(/-/g, ' '))].some(
              (w) => !oneWords.has(w) && aroundWords.has(w),
            ),
        )
      : [];
    // Only when every candidate accepting the figure is such an unnamed sibling.
    if (one && drop.length && close.every((c) => !matches(q.value, c) || drop.includes(c))) {
      why?.(`unnamed-sibling ${drop.map((c) => c.f.fact.id).join(',')}`);
      // The one sibling the line names is the line's fact; the others fit only by the words they share.
      close = [one];
    }
  }
  // The right figure said to be fixed when it is a setting or an adjustable quota, or said to be adjustable
  // when the docs call it fixed; the right figure said of every variant when some variants differ.
  if (q.low === undefined) {
    const accepting = close.filter((c) => matches(q.value, c));
    // Only the figure's own part of the sentence: "(fixed)" after the figure before it is that one's.
    const wording = wordingFlag(
      q,
      part,
      accepting,
      // The rest of the sentence: "… (5 min) no matter whether …" speaks of the figure before the aside.
      // "incl." is an abbreviation, no sentence end.
      line
        .slice(cs)
        .replace(/\b(incl|excl)\.(?=\s)/gi, '$1 ')
        .split(/[.;](?:\s|$)/)[0] as string,
      close,
    );
    if (wording)
      return {
        factId: wording.f.fact.id,
        verdict: 'wrong',
        excerpt: q.raw.trim(),
        line: line.trim().slice(0, 400),
        topic: `${wording.f.entryTitle.replace(/\s*\(.*$/, '')} · ${wording.f.fact.label}`,
        official: `${wording.f.fact.label}: ${wording.f.fact.value}`,
        source: wording.source ?? wording.f.fact.source,
        asOf: wording.f.fact.asOf,
        changedOn: null,
        suggestion: wording.f.fact.value,
        explanation: wording.why,
      };
  }
  let decided: Decision | null;
  if (q.low !== undefined) {
    // A range: its low end speaks to minimums, its high end to maximums; an exact figure must lie inside.
    if (close.some((c) => matches(q.value, c) && matches(q.low as number, c))) {
      why?.(`right ${close.map((c) => c.f.fact.id).join(',')}`);
      return null;
    }
    const mins = close.filter((c) => c.f.kind === 'min');
    const maxes = close.filter((c) => c.f.kind === 'max');
    const exacts = close.filter((c) => c.f.kind === 'exact');
    // "can be set between 1 and 7 days", "range: 128 MB - 10 GB": the range of allowed settings, so its ends
    // are claims about the minimum and the maximum.
    // So is a range given as the value of the attribute's words ("retry attempts: 1-5", "names = 3-63 chars"),
    // unless a figure before it in its clause says which case it is of ("2 vCPU: 4-16 GB") or a kind word names the
    // setting whose values it lists ("max event age: 60 s to 6 h").
    const settable =
      SETTABLE_RANGE.test(line.slice(cs, q.start)) ||
      (nearStart === cs &&
        kind === null &&
        /[:=]\s*$/.test(line.slice(cs, q.start)) &&
        !OWN_SETTING.test(line.slice(cs, q.start)));
    // "names can be 1 to 64 characters": the values allowed, so its high end is a claim about the maximum, when
    // every fitting fact is named by the clause's words. Its low end is left alone: the range may be of a
    // setting the maximum is ("a role's max session can be 1-12 h"), not the fact's own minimum.
    // Only a fact that states an allowed range itself ("3 to 255", "1 minute to 14 days") is judged so.
    const mayBe =
      MAY_BE_RANGE.test(line.slice(cs, q.start)) &&
      !OWN_SETTING.test(part) &&
      close.every((c) => c.wordsNamed === true) &&
      maxes.length > 0 &&
      maxes.every(
        (c) =>
          c.f.values.some((x) => x.role === 'min') ||
          /\d[\d,.]*(?:\s*[A-Za-z]+)?\s*(?:to|-|–)\s*\d/.test(c.f.fact.value),
      );
    const minAlso = settable ? maxes.filter((c) => c.f.values.some((x) => x.role === 'min')) : [];
    // A range whose high end is a fact's official top and whose fact states its own low end ("0 to 900
    // seconds"): the range spans the fact, so its low end must be the fact's ("60 to 900 seconds" is wrong).
    const spanned = spansFact(q.low, q.value, close, q.dim);
    decided =
      spanned ??
      // A range below a maximum ("typically 30% to 45% off") is no claim about the maximum unless it says so.
      (mins.length
        ? decide(q.low, kind === 'min' || settable ? 'min' : null, mins, q.dim, '', kind !== null)
        : null) ??
      (maxes.length
        ? decide(q.value, kind === 'max' || settable || mayBe ? 'max' : null, maxes, q.dim, '', kind !== null)
        : null) ??
      (minAlso.length && !mins.length ? decide(q.low, 'min', minAlso, q.dim, '', kind !== null) : null) ??
      (exacts.length && !mins.length && !maxes.length ? decideRange(q.low, q.value, exacts, q.dim) : null) ??
      rangeUnitSlip(q, close) ??
      (OWN_SETTING.test(part) ? null : spansFromMin(q.low, q.value, close, q.dim));
  } else {
    // "API keys per account per Region: 500" states the quota itself: a count said per the scope the
    // quota is counted in reads as its maximum.
    const scope = scopes(part);
    // So does a count given as the value of a default quota's words ("targets per load balancer: 500",
    // "… = 10"): a quota is no setting a note would give a lower figure of; nor is a fixed maximum's
    // ("custom attributes per pool: 50"), unless the clause speaks of the writer's own setup ("our function's
    // layers: 2").
    // An arrow after the label words says the same in note shorthand ("grants per key -> 50,000"), only when no
    // figure comes before it in the clause: "35 d -> 7 d" is a change of value, "8 KB item -> 2 RCU" a result.
    // Nor a figure more than ten times below the fact's: "eventually consistent -> 0.5 RCU" is a cost in units,
    // not the RCUs a table may have.
    const arrowed = /^[^\d]*[A-Za-z][^\d]*\s(?:->|→|=>)\s*$/.test(line.slice(cs, q.start));
    // A bracket right after a quota word links its figure as a colon does ("ENI quota (250/VPC)").
    // A ratio in colon notation ("IOPS:GiB ratio of 500:1", "a 50:1 IOPS-to-GiB ratio") states the ratio itself.
    const colonRatio = q.dim === 'ratio' && /:\s*1$/.test(q.raw);
    const stated =
      /(?::|=|\bis|\bare|\b(?:limits?|quotas?|caps?)\s*\()\s*$/.test(line.slice(nearStart, q.start)) ||
      colonRatio ||
      (arrowed && close.every((c) => q.value * 10 >= c.f.official));
    const fixedMax = (c: Candidate): boolean =>
      c.f.kind === 'max' && c.f.fact.adjustable === false && !OWN_SETTING.test(line.slice(cs, clauseEnd));
    // A maximum its quotas page calls adjustable is a quota too: the figure is its default ("grants per key: 50,000").
    // Not a figure more than ten times below it: that is a unit or a cost ("eventually consistent: 0.5 RCU"
    // against the RCUs a table may have), not the quota misremembered.
    const adjustableQuota = (c: Candidate): boolean =>
      c.f.kind === 'max' &&
      c.f.fact.adjustable === true &&
      q.value * 10 >= c.f.official &&
      !OWN_SETTING.test(line.slice(cs, clauseEnd));
    // A maximum whose label names no place it is counted per is counted per account and Region, as a quotas
    // page lists it ("Concurrent exports": "3 concurrent exports per Region"), or per the thing its label attaches
    // it to in other words ("Records in a hosted zone": "5,000 records per hosted zone"). A count said per that
    // place reads as the quota too, unless the clause speaks of the writer's own setup ("we run 3 per Region").
    const unscopedPlace = (c: Candidate): boolean => {
      if (scopes(c.f.fact.label).size) return false;
      const label = c.f.fact.label.toLowerCase();
      return (
        !OWN_SETTING.test(line.slice(cs, clauseEnd)) &&
        [...scope].every(
          (x) => x === 'account' || x === 'region' || new RegExp(`\\b${escapeRe(x)}s?\\b`).test(label),
        )
      );
    };
    const quotaClaim =
      kind === null &&
      q.dim === 'count' &&
      ((scope.size > 0 &&
        close.every(
          (c) =>
            c.f.kind === 'max' && ([...scopes(c.f.fact.label)].some((x) => scope.has(x)) || unscopedPlace(c)),
        )) ||
        (stated && close.every((c) => c.f.quota || fixedMax(c) || adjustableQuota(c))));
    // A size, rate or duration given as the value of a quota's own words and scope ("data transfer per
    // distribution: 40 Gbps") states that quota too, when it is the only fitting fact, the words name its
    // attribute and no other figure of its dimension is in the sentence. So does one given as the value of a
    // fixed maximum's words ("history retention: 6 months", "authorizer timeout = 2 s"), whose text states no
    // range, default or setting: nothing below it is a value a note could mean instead. Not a figure that sizes
    // the thing after it ("Lambda@Edge: 2 KB event") or one joined to more ("100 MB or a multiple").
    const sole = close.length === 1 ? (close[0] as Candidate) : null;
    // "audit reports kept 60 days", "findings accessible for 30 days": a duration right after a verb of keeping
    // states how long the thing is kept, as "report retention: 60 days" does (a colon, above).
    const keptFor =
      q.dim === 'seconds' &&
      /\b(?:kept|retained|stored|accessible|held)\s+(?:for\s+)?$/i.test(line.slice(nearStart, q.start));
    // A rate of things ("throughput = 300 messages/s", "API rate: 50 requests/s") is a measure like a size or a
    // duration, not a count of the writer's things ("our layers: 2"): the same reading holds for it.
    // Not a clause about what is used or measured ("code storage used: 12 GB", "peak throughput = 300 msgs/s").
    const rateCount =
      q.dim === 'count' && q.noun.endsWith('/s') && !USAGE_WORDS.test(line.slice(cs, clauseEnd));
    // A default quota (its label says "default", so its figure is the starting value of an adjustable maximum)
    // stated as the value of its own words ("code storage: 50 GB", "bandwidth quota -> 5 Gbps") states that
    // default, as a count does (adjustableQuota): only after a label's ":"/"="/"is"/arrow, within ten times the
    // quota's figure (a cost or a unit is no quota misremembered), and not a value it was raised to. The figure
    // ends its part or the place it is counted per follows: not a case it is given for ("rate = 2 MB/s for a
    // 1080p stream" is one stream's need).
    const defaultStated =
      stated &&
      /^\s*(?:$|[,;.(]|[-–—]\s|(?:per|each)\s)/i.test(line.slice(q.end, ce)) &&
      sole !== null &&
      sole.f.quota &&
      q.value * 10 >= sole.f.official &&
      q.value <= sole.f.official * 10 &&
      !RAISABLE_WORDS.test(line.slice(cs, clauseEnd)) &&
      !RAISED_TO.test(line.slice(cs, q.start)) &&
      !USAGE_WORDS.test(line.slice(cs, clauseEnd));
    const quotaStated =
      kind === null &&
      (q.dim !== 'count' || rateCount) &&
      q.dim !== 'usd' &&
      q.dim !== 'percent' &&
      (stated || keptFor) &&
      sole !== null &&
      sole.f.kind === 'max' &&
      sole.wordsNamed === true &&
      ((sole.f.quota && ([...scopes(sole.f.fact.label)].some((x) => scope.has(x)) || defaultStated)) ||
        (!sole.f.quota &&
          // The figure ends its part or is followed by what it is of: not a thing it sizes ("8 KB item").
          (colonRatio || /^\s*(?:$|[,;.(]|[-–—]\s|of\b)/.test(line.slice(q.end, ce))) &&
          sole.f.fact.adjustable !== true &&
          !sole.f.values.some((v) => v.role === 'min' || v.role === 'default') &&
          (FIXED_TEXT.test(sole.f.fact.value) || !ADJUSTABLE_TEXT.test(sole.f.fact.value)))) &&
      !OWN_SETTING.test(part) &&
      !qs.some((x) => x !== q && x.dim === q.dim);
    // "total storage per Region: 5,000 GB", "account throttle 5,000 rps / Region": a figure given as the value of
    // a default quota's words (its label says "quota", or its quotas page calls it adjustable), after a colon or
    // with the place the quota is counted per, states that default quota. Only the one fitting fact, named by
    // the line's words, within ten times its figure, no other figure of its dimension in the sentence, and not
    // the writer's own setup or a value it was raised to.
    const placeSaid = new Set([
      ...scope,
      ...(/(?:\/\s*|\bin\s+(?:a|each|one|the)\s+)regions?\b/i.test(line.slice(q.end, ce)) ? ['region'] : []),
    ]);
    const defaultQuota =
      kind === null &&
      sole !== null &&
      sole.f.kind === 'default' &&
      sole.wordsNamed === true &&
      (sole.f.fact.adjustable === true || /\bquota\b/i.test(sole.f.fact.label)) &&
      q.value * 10 >= sole.f.official &&
      q.value <= sole.f.official * 10 &&
      (stated || [...scopes(sole.f.fact.label)].some((x) => placeSaid.has(x))) &&
      !OWN_SETTING.test(line.slice(cs, clauseEnd)) &&
      !RAISABLE_WORDS.test(line.slice(cs, clauseEnd)) &&
      !RAISED_TO.test(line.slice(cs, q.start)) &&
      !qs.some((x) => x !== q && x.dim === q.dim);
    // "keys rotate every 3 years", "sessions time out after 15 minutes": what the service does on its own, said
    // with no kind word and no setting word, is its default when a default fact is a candidate.
    const eventDefault =
      kind === null &&
      EVENT_BEFORE.test(line.slice(nearStart, q.start)) &&
      !OWN_SETTING.test(line.slice(cs, q.start)) &&
      !MAY_WORDS.test(line.slice(cs, q.start)) &&
      !NOT_SAID.test(line.slice(cs, q.start)) &&
      !REPORTED_LINE.test(line) &&
      close.some((c) => c.f.kind === 'default');
    // A CIDR prefix orders the other way round ("/12" is a larger block than "/22"): against a minimum, a
    // maximum or a fact that states a range of prefixes, only that range judges it.
    const prefixOrdered =
      isCidrPrefix(q) &&
      close.some(
        (c) =>
          c.f.kind === 'min' ||
          c.f.kind === 'max' ||
          new Set(c.f.values.filter((x) => x.role !== 'legacy').map((x) => x.value)).size >= 2,
      );
    decided = prefixOrdered
      ? null
      : decide(
          q.value,
          quotaClaim || quotaStated ? 'max' : eventDefault || defaultQuota ? 'default' : kind,
          close,
          q.dim,
          OWN_SETTING.test(part) ? '' : q.raw,
          kind !== null,
        );
    decided ??= prefixOutsideRange(q, kind, close);
    decided ??= NO_BIGGER.test(line.slice(q.end, clauseEnd)) ? biggerOptionStated(q, close) : null;
    // "st1 baseline: 40 MiB/s per TiB", "gp3: 500 MiB/s included at any size": a figure the clause calls the
    // baseline (what every volume gets before anything is provisioned) is the baseline's one value, not any value
    // above a floor. A fact whose label calls its figure the baseline or what is included, and whose text states
    // that one figure only (not one that scales, "3 IOPS per GiB, at least 100"), finds a figure above it wrong
    // too. Not a clause about the writer's own setup or about what is provisioned or paid on top of it.
    if (
      !decided &&
      kind === null &&
      BASELINE_SAID.test(clause) &&
      !OWN_SETTING.test(clause) &&
      !ON_TOP.test(clause) &&
      !close.some((c) => matches(q.value, c))
    ) {
      const floors = close.filter(
        (c) =>
          c.f.kind === 'min' &&
          BASELINE_SAID.test(c.f.fact.label) &&
          factQuantities(c.f.fact.value, index.countNouns).length === 1,
      );
      if (floors.length && new Set(floors.map((c) => c.f.official)).size === 1)
        decided = decide(q.value, 'min', floors, q.dim, '', true);
    }
  }
  // "1,000 environments per minute" of "1,000 every 10 seconds": the right count said per another period.
  if (!decided && q.dim === 'count' && q.low === undefined) {
    const said = periodAfter(line.slice(q.end, ce));
    const own = said === null ? null : close.find((c) => matches(q.value, c) && c.score >= best - 1e-9);
    const per = own ? factPeriod(own.f) : null;
    if (own && said !== null && per !== null && Math.max(said / per, per / said) > 1.5)
      decided = { f: own.f, v: q.value, hist: undefined };
  }
  // "timeout can be set in 1 ms increments", "memory in steps of 128 MB": the figure is the step a setting
  // moves by, no bound of it. A fitting fact whose text states that step ("3 seconds, adjustable in 1-second
  // steps") judges it: another step is wrong. Only when no fitting fact accepts the figure, the facts that state
  // a step agree on it, and the clause is no billing one ("billed in 1 ms increments" is the billing unit).
  if (!decided && q.low === undefined && saysStep(line, cs, q) && !BILLING_WORDS.test(line.slice(cs, ce))) {
    const stepped = close.filter((c) => statedSteps(c.f, index.countNouns).length > 0);
    const steps = [...new Set(stepped.flatMap((c) => statedSteps(c.f, index.countNouns)))];
    if (
      steps.length === 1 &&
      !close.some((c) => matches(q.value, c)) &&
      !sameValue(q.dim, q.value, steps[0] as number)
    )
      decided = { f: (stepped[0] as Candidate).f, v: q.value, hist: undefined, step: true };
  }
  if (!decided) {
    why?.(`undecided ${close.map((c) => `${c.f.fact.id}=${c.accepts.join('/')}`).join(',')} kind=${kind}`);
    return null;
  }
  // "26 months total", "5 TB in total": the figure is a total, and a fitting fact of the service is the total
  // ("Total EKS lifetime of a release"): a fact of one part of it (its extended support) does not judge it.
  // The total fact judges it instead (when it is the only one).
  const saysTotal = (f: IndexedFact): boolean => /\b(?:total|overall|combined)\b/i.test(f.fact.label);
  const judged = decided.f;
  if (TOTAL_AFTER.test(line.slice(q.end, ce)) && !saysTotal(judged)) {
    // The fitting facts first; else the service's facts of the figure's dimension whose label says a total.
    const fitting = cands.filter((c) => c.f !== judged && saysTotal(c.f)).map((c) => c.f);
    const totals = fitting.length
      ? fitting
      : (index.bySubject.get(judged.subject) ?? []).filter(
          (f) => f !== judged && f.dim === q.dim && saysTotal(f),
        );
    if (totals.length) {
      const t = totals[0] as IndexedFact;
      const accepted = [t.official, ...t.values.map((v) => v.value)].some((v) =>
        sameValue(q.dim, q.value, v),
      );
      if (
        totals.length > 1 ||
        q.low !== undefined ||
        accepted ||
        (fitting.length === 0 && t.kind !== 'max')
      ) {
        why?.(`veto:other-total ${judged.fact.id}`);
        return null;
      }
      decided = { f: t, v: q.value, hist: t.history.find((h) => sameValue(q.dim, q.value, h.value)) };
    }
  }
  // A fact AWS's texts give differently judges only a maximum above every figure its texts give ("4 hours" when
  // they say 3,600 or 4,000 seconds); and a figure one of its texts gives is said of its thing, so no other fact's.
  const aboveAll = (f: IndexedFact): boolean =>
    f.kind === 'max' &&
    q.low === undefined &&
    [
      f.official,
      ...f.values.map((v) => v.value),
      ...factQuantities(f.fact.value, index.countNouns)
        .filter((x) => x.dim === f.dim)
        .map((x) => x.value),
    ].every((v) => q.value > v * 1.001);
  if (
    (decided.f.unsettled && !aboveAll(decided.f)) ||
    close.some((c) => c.f.unsettled && matches(q.value, c))
  ) {
    why?.(
      `veto:unsettled ${close
        .filter((c) => c.f.unsettled)
        .map((c) => c.f.fact.id)
        .join(',')}`,
    );
    return null;
  }
  // Zero ("retention set to 0") is how a note turns a setting off. When another fitting fact of the service allows
  // 0 ("0 to 35 days, 0 disables backups"), the line may mean that setting: the flagged fact judges it only when
  // the line names every word of its label the allowing fact lacks ("Multi-AZ DB cluster"), not just a shared
  // word or two ("DB instance … retention 0" is the setting that allows it).
  if (q.value === 0 && q.low === undefined) {
    const dec = decided;
    const allowing = cands.filter((c) => c.f !== dec.f && c.accepts.some((a) => a === 0));
    if (allowing.length && !allowing.every((c) => namesOwnWords(dec.f.fact.label, c.f.fact.label, line))) {
      why?.(`veto:zero-allowed ${allowing.map((c) => c.f.fact.id).join(',')}`);
      return null;
    }
  }
  // A rough figure ("~5 seconds") is wrong only far from every value a fitting fact accepts, and only for a fact
  // its own words name: an aside of its own ("Global Database (failover ~1 min)") is about what the aside says.
  if (q.low === undefined && APPROX_BEFORE.test(line.slice(Math.max(cs, q.start - 16), q.start))) {
    const near = (a: number): boolean =>
      a > 0 && q.value > 0 && Math.max(q.value / a, a / q.value) <= APPROX_FACTOR;
    const open = line.slice(0, q.start).lastIndexOf('(');
    const own = (
      open > Math.max(cs, comma) && !line.slice(open, q.start).includes(')') ? line.slice(open, ce) : part
    ).toLowerCase();
    if (
      close.some((c) => c.accepts.some(near)) ||
      !decided.f.keywords.some((k) => !k.name && !k.extra && k.re.test(own))
    ) {
      why?.(`approx ${decided.f.fact.id}`);
      return null;
    }
  }
  // "100,000 standard topics and 1,000 FIFO topics": two kinds of one counted thing in a line. When the other
  // figure's qualifier is the fact's and this one's is not, this figure is about the other kind.
  if (q.dim === 'count' && q.noun) {
    const label = decided.f.fact.label.toLowerCase();
    const qualifiers = (x: Quantity): string[] =>
      (x.raw.match(/[A-Za-z][\w-]*/g) ?? []).slice(0, -1).map((w) => w.toLowerCase());
    const mine = qualifiers(q);
    const sibling = qs.some(
      (x) =>
        x !== q && x.dim === 'count' && x.noun === q.noun && qualifiers(x).some((w) => label.includes(w)),
    );
    if (mine.length && sibling && !mine.some((w) => label.includes(w))) {
      why?.(`veto:other-kind ${decided.f.fact.id}`);
      return null;
    }
  }
  // "groups per account: 300 default, max 500": the line gives the adjustable quota's default right and a larger
  // figure as its maximum. The knowledge base knows no ceiling for it (its text states none), so the larger
  // figure is the quota raised on request, which the fact cannot judge.
  if (adjustableCeiling(decided, q, qs, line)) {
    why?.(`veto:adjustable-ceiling ${decided.f.fact.id}`);
    return null;
  }
  // "1 RCU = 1 read/s up to 4 KB": a figure inside the definition of a unit describes that unit; only a fact
  // about the unit itself judges it.
  const defined = definedUnit(line.slice(cs, q.start));
  if (defined && !namesUnit(decided.f.fact.label, defined)) {
    why?.(`veto:in-definition(${defined}) ${decided.f.fact.id}`);
    return null;
  }
  // The figure names its attribute right after itself and the fact's label does not: another attribute (one
  // the KB may not know for this service), so the figure neither contradicts nor confirms the fact.
  // Not a step judged against the fact's own stated step: "increments" after it is the step word.
  if (named && !decided.step && !namesAttribute(index, decided.f, named)) {
    why?.(`veto:attribute-after(${named.join(' ')}) ${decided.f.fact.id}`);
    return null;
  }
  // Precision stage: a flag stands only when the figure's binding to the fact is clearly established.
  const variantMentions = lineVariants();
  // What the figure is likened to after it ("6 MB like real-time") is no word of this claim for the guards either.
  const likenedAt = likenedCut(line, q.end, clauseEnd);
  const vetoed = vetClaim({
    line:
      likenedAt < clauseEnd
        ? line.slice(0, likenedAt) + ' '.repeat(clauseEnd - likenedAt) + line.slice(clauseEnd)
        : line,
    clauseStart: cs,
    clauseEnd,
    qs,
    qi,
    claimKind: kind,
    fact: decided.f,
    // Facts of every service the claim may be about: the figure may be another one's.
    siblings: [...new Set([decided.f.subject, ...subjects].flatMap((x) => index.bySubject.get(x) ?? []))],
    names: [...subjectMentions(index, line, ctx), ...variantMentions],
    variants: variantMentions,
    subjects: subjectMentions(index, line, ctx),
    namesIn: (t) => index.subjects.find(t),
    outdated: decided.hist !== undefined,
    countNouns: index.countNouns,
    nounMap: nounsFor(index, decided.f.entryId),
    attributeIn: (t) => decided.f.keywords.some((k) => k.re.test(t.toLowerCase())),
    stepStated: decided.step === true,
    allLabels: allLabelsOf(index),
  });
  if (vetoed) {
    why?.(`veto:${vetoed} ${decided.f.fact.id}`);
    return null;
  }
  const { f, hist, v } = decided;
  const wrong = true;
  void v;
  if (!wrong) return null;
  const explanation = hist
    ? `${hist.text || q.raw.trim()} was the official figure${hist.to ? ` until ${fmtDate(hist.to)}` : ' before'}; it is now ${f.fact.value}.`
    : `${f.entryTitle} — ${f.fact.label.charAt(0).toLowerCase()}${f.fact.label.slice(1)} is ${f.fact.value}, not ${q.raw.trim()}.`;
  return factFlag(f, q.raw, line, explanation, hist ? { changedOn: hist.to || null } : undefined);
}

/**
 * A figure's flag against fact `f` (offsets and line index added by the caller): wrong, or outdated with the day it
 * changed when `outdated` is given; the official text, source and as-of are the fact's.
 */
function factFlag(
  f: IndexedFact,
  raw: string,
  line: string,
  explanation: string,
  outdated?: { changedOn: string | null },
): Omit<ClaimFlag, 'start' | 'end' | 'lineIndex'> {
  return {
    factId: f.fact.id,
    verdict: outdated ? 'outdated' : 'wrong',
    excerpt: raw.trim(),
    line: line.trim().slice(0, 400),
    topic: `${f.entryTitle.replace(/\s*\(.*$/, '')} · ${f.fact.label}`,
    official: `${f.fact.label}: ${f.fact.value}`,
    source: f.fact.source,
    asOf: f.fact.asOf,
    changedOn: outdated?.changedOn ?? null,
    suggestion: f.fact.value,
    explanation,
  };
}

/** "adjustable via Service Quotas", "adjustable on request", "adjustable with a support case". */
const ADJUSTABLE_QUOTA =
  /\badjustable\s+(?:(?:via|in|through|with|using|by)\s+(?:the\s+)?(?:service\s+quotas|(?:an?\s+)?(?:quota|limit|support)\s+(?:increase|request|case|ticket))|(?:on|upon|by)\s+request)\b/i;
/** Fact text that says the figure can change: a range, a default, an adjustable quota. */
const ADJUSTABLE_TEXT =
  /\b(?:configurable|adjustable|can\s+be\s+(?:raised|increased|set|changed)|raised\s+to|up\s+to|increase\s+on\s+request|request\s+a\s+higher|raise\s+(?:it\s+)?(?:with|via|through)|support\s+(?:ticket|case)|quota\s+increase)\b/i;
/** What is used, left or measured of a limit ("12 GB used", "in use", "peak throughput"): no statement of it. */
const USAGE_WORDS =
  /\b(?:used|using|usage|in\s+use|consumed|consumption|current(?:ly)?|so\s+far|remaining|left|utili[sz](?:ed|ation)|measured|observed|saw|seen|peak|average|avg|typical(?:ly)?|actual(?:ly)?|achieved|reached|got)\b/i;
const FIXED_TEXT = /\b(?:not\s+adjustable|cannot\s+be\s+(?:increased|raised|changed)|hard\s+limit|fixed)\b/i;
/** "per variable", "each layer", "each Lambda layer", "every single tape": a figure said of each one thing. */
const EACH_ONE = /\b(?:per|each|every)\s/i;
const EACH_ONE_ALL = /\b(?:per|each|every)\s+((?:[a-z@][\w@-]*\s+){0,2}[a-z][\w-]*)/gi;
/** "Total size of environment variables", "… (including layers)", "… across all route tables": the things a
 * label's figure is a total over (plural nouns, singular here); not "total payload of one request". */
const AGGREGATE_OVER =
  /\b(?:total\b[^()]*?\bof\s+(?:all\s+)?|including\s+|across\s+all\s+|of\s+all\s+)([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})/gi;
const aggregateMemo = new Map<string, Set<string>>();
export function aggregateNouns(label: string): Set<string> {
  let out = aggregateMemo.get(label);
  if (out) return out;
  out = new Set<string>();
  for (const m of label.toLowerCase().matchAll(AGGREGATE_OVER)) {
    const words = (m[1] as string).split(/\s+/);
    const stop = words.findIndex((w) => /^(?:in|on|per|of|for|and|or|with|across|plus|from|to)$/.test(w));
    const head = (stop < 0 ? words : words.slice(0, stop)).pop();
    if (head && head.length > 3 && /[^s]s$/.test(head)) out.add(singular(head));
  }
  aggregateMemo.set(label, out);
  return out;
}
/** "every engine", "all storage classes", "any volume type". */
const EVERY_VARIANT =
  /\b(?:every|all|each|any)\s+(?:(?:rds|db|database|s3|ebs|storage|volume|queue|workflow)\s+)?(?:engines?|storage\s+class(?:es)?|class(?:es)?|volume\s+types?|types?)\b/i;

/** "regardless of how it is created", "no matter which API", "however you create it", "with every API": one
 * figure said of every case. */
const EVERY_CASE =
  /\b(?:everywhere|regardless\s+of|irrespective\s+of|no\s+matter\s+(?:how|whether|what|which|who|where)|whichever|either\s+way|in\s+(?:all|every|any)\s+cases?|however\s+(?:you|it|they|the|a|an|we)|whatever|(?:for|with|in|across|on|through|via|using)\s+(?:every|all|any)\s+(?!of\b)[\w-]+)\b/i;

/** "with or without LSIs", "whether or not it is encrypted": one figure said of a case and its opposite. */
const EITHER_WAY = /\b(?:with\s+or\s+without|whether\s+or\s+not)\b/i;
/** The same with the words of the case it names, to the end of its clause ("with or without LSIs"). */
const EITHER_WAY_ALL = /\b(?:with\s+or\s+without|whether\s+or\s+not)\b[^,;.()]*/gi;
/** A label's words that limit its figure to one case: "(tables with a local secondary index)", "in a single PUT". */
const LABEL_CONDITION = [
  /\(\s*(?:[a-z][\w-]*\s+){1,2}(?:with|without|using|that\s+use|that\s+have)\s+([^)]+)\)/i,
  /\b(?:in|with|using|via|through)\s+a\s+single\s+([\w-]+(?:\s+[\w-]+)?)/i,
];
/** Words of a label's case that name nothing in particular. */
const CONDITION_STOP = new Set('the and one any its more than single'.split(' '));

/**
 * The words naming the one case a fact's label limits its figure to ("(tables with a local secondary index)" →
 * local, secondary, index, lsi; "in a single PUT" → single, put), or null when the label names none.
 */
function labelCondition(label: string, noun: string): Set<string> | null {
  for (const re of LABEL_CONDITION) {
    const m = re.exec(label);
    if (!m) continue;
    const phrase = (m[1] as string).replace(/-/g, ' ');
    const words = [...segmentWords(phrase)].filter(
      (w) => w.length >= 3 && !CONDITION_STOP.has(w) && w !== noun,
    );
    if (!words.length) continue;
    const out = new Set(words);
    // Its initials name it too ("LSI" of "local secondary index").
    const parts = phrase
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => /^[a-z]/.test(w) && !/^(?:a|an|the|of|one|or|and)$/.test(w));
    if (parts.length >= 2 && parts.length <= 5) out.add(parts.map((w) => w[0]).join(''));
    if (/\bsingle\b/i.test(m[0])) out.add('single');
    return out;
  }
  return null;
}

/** "including X", "incl X", "inclusive of X", "counting X": X is counted in the figure. */
const COUNTED_BEFORE = /\b(?:including|incl|inclusive\s+of|counting)\s+((?:[a-z][\w-]*\s*){1,4})/gi;
/** "X included", "X count toward it", "X are counted": X is counted in the figure. */
const COUNTED_AFTER =
  /((?:[a-z][\w-]*\s+){1,4})(?:(?:is|are)\s+)?(?:included|counted|counts?\s+(?:toward|towards|against))\b/gi;
/** "excluding X", "not counting X", "except X": X is left out of the figure. */
const LEFT_OUT_BEFORE =
  /\b(?:excluding|excl|exclusive\s+of|not\s+(?:counting|including)|without\s+counting|except(?:\s+for)?)\s+((?:[a-z][\w-]*\s*){1,4})/gi;
/** "X not included", "X are not billed", "X do not count", "X excluded": X is left out of the figure. */
const LEFT_OUT_AFTER =
  /((?:[a-z][\w-]*\s+){1,4})(?:(?:is|are)\s+)?(?:not\s+(?:included|counted|billed)|excluded|(?:do|does)\s*(?:not|n't)\s+count)\b/gi;
/** Words of a counted-in phrase that name nothing in particular. */
const COUNTED_STOP = new Set(
  'the all any its their them it one ones those these and or of in to are is not also too per each every total but that which with for from by on at as than into only both when if your you own new other such can may will be has have some more most up max maximum limit quota'.split(
    ' ',
  ),
);

/**
 * What a text says is counted in its figure and what it leaves out ("including layers", "SSML tags are not billed",
 * "excluding default rules"), as the words of each, without the counted noun (`noun`: "rules" of a rule quota) and
 * words that name nothing. Null when it says neither.
 */
function countedIn(text: string, noun: string): { inc: Set<string>; exc: Set<string> } | null {
  const low = text.toLowerCase();
  const inc = new Set<string>();
  const exc = new Set<string>();
  const add = (to: Set<string>, phrase: string): void => {
    for (const w of phrase.split(/[\s-]+/)) {
      const x = w.length <= 3 ? w : singular(w);
      if (x.length >= 3 && !COUNTED_STOP.has(x) && x !== noun && singular(x) !== singular(noun)) to.add(x);
    }
  };
  // The left-out forms first: "not included" holds "included", "not counting" holds "counting".
  let left = low;
  for (const re of [LEFT_OUT_BEFORE, LEFT_OUT_AFTER])
    for (const m of left.matchAll(re)) {
      add(exc, m[1] as string);
      left = left.replace(m[0], ' '.repeat(m[0].length));
    }
  for (const re of [COUNTED_BEFORE, COUNTED_AFTER])
    for (const m of left.matchAll(re)) add(inc, m[1] as string);
  return inc.size || exc.size ? { inc, exc } : null;
}

/** "too", "also", "same as", "like", "as with": the figure is said to hold for a second case as well. */
const SAME_CASE =
  /\b(?:too|also|as\s+well|(?:the\s+)?same\s+(?:as|for|in|on)|just\s+like|like|as\s+(?:with|in|for|on)|identical\s+to|likewise|similarly)\b/i;
/** A word that takes the sameness back or sets two cases against each other ("not the same as", "unlike"). */
const SAME_DENIED = /\b(?:not|never|no|unlike|differ\w*|different|instead|only|whereas|except)\b|n't\b/i;
/** Where the figure's own clause ends after it: the next clause may speak of another figure or case. */
const SAME_CASE_END =
  /[,;]\s(?!(?:the\s+)?same\b|(?:just\s+)?like\b|as\s+(?:with|in|for|on)\b|too\b|also\b|as\s+well\b|identical\b)|\s[-–—]\s|\b(?:but|whereas|while|unlike|vs\.?|versus|than|except)\b/i;
/** A word that names the cases a text's "other X" leaves ("non-major Regions", "remaining Regions"). */
const COMPLEMENT_WORD = /^(?:other|non-[a-z]+|remaining|rest)$/i;
/** Prefixes that make a word's opposite ("asynchronous" / "synchronous", "non-Nitro", "unencrypted"). */
const OPPOSITE_PREFIX = ['non-', 'non', 'un', 'in', 'a'];

/**
 * The figure's own clause when it says the figure holds for a second case too ("sync invocations can also run
 * 90 min", "99.99 % (same as single-Region tables)", "10 GB/s in other Regions like us-east-1"): the clause from
 * its last comma before the figure to the first clause break after it, and where its sameness word sits.
 */
function sameCaseSpan(q: Quantity, sentence: string): { span: string; mark: number; fig: number } | null {
  const low = sentence.toLowerCase();
  const raw = q.raw.trim().toLowerCase();
  const at = low.indexOf(raw);
  if (at < 0) return null;
  const comma = low.slice(0, at).search(/,\s(?!.*,\s)/s);
  const start = comma >= 0 ? comma + 1 : 0;
  const rest = low.slice(at + raw.length);
  const stop = SAME_CASE_END.exec(rest);
  const span = low.slice(start, at + raw.length + (stop ? stop.index : rest.length));
  const m = SAME_CASE.exec(span);
  if (!m || SAME_DENIED.test(span)) return null;
  return { span, mark: m.index, fig: at - start };
}

/**
 * Whether a clause that says a figure holds for a second case too (sameCaseSpan) names a case the fact's text
 * gives another figure than its headline ("… asynchronously …: 90 minutes; other invocations: 15 minutes"): by
 * that case's own words, or, for a text's "other X", by X qualified as the rest ("non-major Regions") or by the
 * opposite of a word of the headline's case ("synchronous" of "asynchronously"). The figure is either case's;
 * whichever it is, the two cases differ. When it is the named case's own figure, that case must be what the
 * figure is compared with (named after the sameness word: "same as single-Region tables") and the clause must
 * say a word of the fact's label before it ("global tables"): "single-Region tables also get 99.99 %" is right.
 */
function otherCaseSaid(q: Quantity, f: IndexedFact, s: { span: string; mark: number; fig: number }): boolean {
  const headline = sameValue(q.dim, f.official, q.value);
  const head = f.values.find((v) => v.role === 'official');
  const headMarks = [...(head?.marks ?? [])];
  const tokens = [...s.span.matchAll(/[a-z][a-z0-9-]*/g)].map((m) => ({
    w: m[0].length <= 3 ? m[0] : singular(m[0]),
    at: m.index,
  }));
  const parts = [...s.span.matchAll(/[a-z][a-z0-9]*/g)].map((m) => ({
    w: m[0].length <= 3 ? m[0] : singular(m[0]),
    at: m.index,
  }));
  const chunks = f.fact.value.split(TEXT_PARTS);
  const officialChunk = chunks.findIndex((t) =>
    findQuantities(t, new Set()).some((x) => x.dim === f.dim && sameValue(f.dim, x.value, f.official)),
  );
  // The nouns of the text's "other X" cases, and the part of the text that states each.
  const others = [...f.fact.value.matchAll(/\bother\s+([a-z][a-z-]+)/gi)].map((m) => ({
    noun: singular((m[1] as string).toLowerCase()),
    chunk: chunks.findIndex((t) => t.toLowerCase().includes(m[0].toLowerCase())),
  }));
  // "sync" or "synchronous" of "asynchronously": the word, or its first six letters, begins the headline word
  // once the opposite's prefix is taken off.
  const opposite = (w: string): boolean =>
    w.length >= 4 &&
    headMarks.some((m) =>
      OPPOSITE_PREFIX.some(
        (p) => m.startsWith(p) && !w.startsWith(p) && m.slice(p.length).startsWith(w.slice(0, 6)),
      ),
    );
  for (const v of f.values) {
    if (v.role === 'legacy' || sameValue(q.dim, v.value, f.official)) continue;
    const own = sameValue(q.dim, v.value, q.value);
    if (!own && !headline) continue;
    let named = -1;
    const marks = new Set([...(v.marks ?? []), ...(v.caseMarks ?? [])]);
    // A case named by two or more words is named by two of them ("single-Region tables", not "Regions" alone).
    if (marks.size) {
      const hits = parts.filter((x) => saysCase(marks, new Set([x.w])));
      const distinct = new Set(
        hits.map((x) => [...marks].find((m) => saysCase(new Set([m]), new Set([x.w])))),
      );
      if (hits.length && distinct.size >= Math.min(2, marks.size)) named = (hits[0] as { at: number }).at;
    }
    if (named < 0)
      for (const o of others) {
        if (!(v.cased || (o.chunk >= 0 && v.chunk === o.chunk && o.chunk !== officialChunk))) continue;
        // "other Regions", "non-major Regions"; or the opposite of the headline's case word on its own
        // ("sync calls" of "invoked asynchronously … other invocations").
        const i = tokens.findIndex(
          (x, k) => k > 0 && x.w === o.noun && COMPLEMENT_WORD.test(tokens[k - 1]?.w ?? ''),
        );
        const t = i > 0 ? tokens[i - 1] : tokens.find((x) => opposite(x.w));
        if (t) {
          named = t.at;
          break;
        }
      }
    if (named < 0) continue;
    if (!own) return true;
    // The named case's own figure: said of the headline's case only when compared with the named one.
    if (named < s.mark) continue;
    const label = segmentWords(f.fact.label.replace(/-/g, ' '));
    const said = segmentWords(s.span.slice(0, s.mark).replace(/-/g, ' '));
    if ([...label].some((w) => w.length >= 4 && said.has(w) && !saysCase(marks, new Set([w])))) return true;
  }
  return false;
}

/** Words that make the figure after them the value something is raised or set to ("can be raised to",
 * "increase up to", "adjustable up to", "configurable (max …)"): the figure is that ceiling, not raisable. */
const RAISED_TO =
  /\b(?:rais(?:e|ed|ing)|increas(?:e|ed|ing)|extend(?:ed|ing)?|adjust(?:ed|ing)?|adjustable|configurable|settable|set|bump(?:ed)?|go(?:es)?|request(?:ed)?)\s+(?:[\w-]+\s+){0,3}?(?:to|up\s+to|as\s+high\s+as|\(?\s*max(?:imum)?(?:\s+of)?\s*:?)\s*(?:a\s+)?(?:max(?:imum)?\s+(?:of\s+)?)?$/i;
/** The page that says whether a fact's figure can be raised. */
const adjustabilityPage = (f: Fact): string => f.adjustableSource ?? f.source;

/** Why a quota said to be fixed is adjustable (`what`: the figure or, with none, the quota's label). */
const saidFixed = (f: IndexedFact, what: string): string =>
  `${what} is a default quota AWS raises on request (adjustable in Service Quotas), not a hard limit: ${f.fact.value}.`;
/** Why a quota said to be raisable is fixed. */
const saidRaisable = (f: IndexedFact, what: string): string =>
  `${f.fact.label} is a fixed limit (not adjustable in Service Quotas): ${what} cannot be raised on request: ${f.fact.value}.`;

/** A word that takes back what follows it ("not a hard limit", "isn't adjustable" is read by FIXED_WORDS itself). */
/** A condition, an exception, a quoted myth or a label answered "no": the line does not simply say it. */
const ADJUST_UNSURE =
  /\b(?:if|unless|whether|when|once|except|excluding|other\s+than|but\s+not|myths?|misconceptions?|not\s+true|untrue|false|wrong|incorrect|mistaken)\b|:\s*no\b/i;
/** "cannot be raised independently of …", "… beyond 50", "… above the account quota": a narrower claim. */
const ADJUST_QUALIFIED =
  /^\W*(?:\w+\s+){0,2}?(?:independently|separately|beyond|above|past|over|higher\s+than|more\s+than|without|after|until|per\b)/i;
const QUOTA_RAISE = /\b(?:quotas?|limits?|rais(?:e|ed|ing)|increas(?:e|ed|es|ing)|soft|hard|adjustable)\b/i;
const DENIED_BEFORE = /\b(?:not|no|never|isn'?t|aren'?t|wasn'?t)\s+(?:an?\s+|the\s+)?$/i;

/**
 * A line without a figure that says whether a quota can be raised ("X is a hard limit, can't be raised", "Y
 * can be raised via Service Quotas"), about one quota of a service the line names: the quota fact whose label's
 * own words the line all uses, scoring above every other such fact of the service. Flagged when the fact's
 * `adjustable` (from its quotas page) says the other way. Facts that tie, both sides said, a denial before the
 * words, a question, a condition or history: no flag.
 */
function adjustabilityClaim(
  line: string,
  ctx: Ctx,
  index: FactIndex,
): { at: number; flag: Omit<ClaimFlag, 'line' | 'start' | 'end' | 'lineIndex'> } | null {
  if (line.length > 300) return null;
  const fixed = FIXED_WORDS.exec(line);
  const raisable = RAISABLE_WORDS.exec(line);
  if (!fixed === !raisable) return null;
  const m = (fixed ?? raisable) as RegExpExecArray;
  // About raising a quota, not changing a setting ("the CIDR range cannot be changed after creation").
  if (!QUOTA_RAISE.test(line)) return null;
  if (DENIED_BEFORE.test(line.slice(0, m.index))) return null;
  if (
    HISTORICAL.test(line) ||
    EXAMPLE.test(line) ||
    /\?\s*\)?\s*$/.test(line) ||
    ADJUST_UNSURE.test(line) ||
    ADJUST_QUALIFIED.test(line.slice(m.index + m[0].length))
  )
    return null;
  const subjects = new Set(subjectMentions(index, line, ctx).flatMap((x) => x.value));
  if (!subjects.size) return null;
  const lower = line.toLowerCase();
  let best: IndexedFact[] = [];
  let top = 0;
  for (const s of subjects)
    for (const f of index.bySubject.get(s) ?? []) {
      // A variant's name in the label ("HTTP" of "Integrations per HTTP API") must be said too.
      // A kind word or a place of the label ("default", "per Region") need not be said.
      const own = f.keywords.filter(
        (k) => (!k.extra || k.name) && !KIND_SYNONYM.test(k.root) && !/^(?:region|account)$/.test(k.root),
      );
      if (!own.length || !own.every((k) => k.re.test(lower))) continue;
      const said = f.keywords.filter((k) => k.re.test(lower));
      if (said.length < 2) continue;
      const score = said.reduce((n, k) => n + k.weight, 0);
      if (score > top) [best, top] = [[f], score];
      else if (score === top) best.push(f);
    }
  const f = best[0];
  if (!f) return null;
  const adjustable = f.fact.adjustable;
  if (best.some((b) => b.fact.adjustable !== adjustable)) return null;
  // A figure the line gives must be the quota's own ("10,000 rps … a hard limit"), not a ceiling it can be
  // raised to ("up to 5,000 after an increase; 5,000 is a hard cap").
  const figures = (line.match(/(?<![A-Za-z\d.,])\d[\d,]*(?:\.\d+)?/g) ?? []).map((x) =>
    Number(x.replace(/,/g, '')),
  );
  if (figures.some((x) => x !== f.fact.numeric)) return null;
  if (fixed && adjustable !== true) return null;
  if (raisable && adjustable !== false) return null;
  const why = fixed ? saidFixed(f, f.fact.label) : saidRaisable(f, 'it');
  return {
    at: m.index,
    flag: {
      factId: f.fact.id,
      verdict: 'wrong',
      excerpt: m[0],
      topic: `${f.entryTitle.replace(/\s*\(.*$/, '')} · ${f.fact.label}`,
      official: `${f.fact.label}: ${f.fact.value}`,
      source: adjustabilityPage(f.fact),
      asOf: f.fact.asOf,
      changedOn: null,
      suggestion: f.fact.value,
      explanation: why,
      figureFree: true,
    },
  };
}

/**
 * A right figure with wrong words around it: fixed vs configurable, or "every variant" when variants differ.
 * A fact's `adjustable` (from its quotas page) decides for its own figure, the default of an adjustable quota:
 * "hard limit" is wrong when it is `true`, "can be raised" when it is `false`. Any other figure of the fact
 * (a ceiling the quota can be raised to, a configurable default), and a fact without the field, fall back
 * to what the fact's text says.
 */
function wordingFlag(
  q: Quantity,
  clause: string,
  accepting: readonly Candidate[],
  sentence: string,
  /** Every best-fitting fact, the ones that do not accept the figure too. */
  close: readonly Candidate[] = accepting,
): { f: IndexedFact; why: string; source?: string } | null {
  if (!accepting.length) return null;
  const all = <T>(test: (c: Candidate) => T | null): T | null => {
    const out = accepting.map(test);
    return out.every((x) => x !== null) ? (out[0] as T) : null;
  };
  const known = (c: Candidate): boolean | undefined =>
    sameValue(q.dim, c.f.official, q.value) ? c.f.fact.adjustable : undefined;
  if (FIXED_WORDS.test(clause))
    return all((c) => {
      const adjustableQuota = known(c);
      if (adjustableQuota === true)
        return {
          f: c.f,
          why: saidFixed(c.f, q.raw.trim()),
          source: adjustabilityPage(c.f.fact),
        };
      if (adjustableQuota === false) return null;
      // The figure itself must be the default: the ceiling a quota can be raised to is fixed ("125, hard limit").
      const isDefault =
        ((c.f.kind === 'default' || c.f.quota) && sameValue(q.dim, c.f.official, q.value)) ||
        // A figure the text gives "by default" beside a larger one it may be raised to is the default too.
        c.f.values.some(
          (v) => (v.role === 'default' || v.byDefault === true) && sameValue(q.dim, v.value, q.value),
        );
      // A fact labelled a default quota is adjustable unless its text says otherwise ("10,000 (not adjustable)").
      // So is one the text gives "by default" beside a larger figure ("1 MiB when raised; 256 KiB by default").
      const adjustable =
        ADJUSTABLE_TEXT.test(c.f.fact.value) ||
        (c.f.quota && /\bquota\b/i.test(c.f.fact.label)) ||
        (c.f.values.some((v) => v.byDefault === true && sameValue(q.dim, v.value, q.value)) &&
          c.f.values.some((v) => v.role !== 'legacy' && v.value > q.value * 1.0001));
      return isDefault && !FIXED_TEXT.test(c.f.fact.value) && adjustable
        ? { f: c.f, why: `${q.raw.trim()} is a default, not a fixed value: ${c.f.fact.value}.` }
        : null;
    });
  // "can be increased to 15 minutes": the figure is what a setting or quota is raised TO, not raisable itself.
  const at = clause.indexOf(q.raw.trim().toLowerCase());
  const target = at > 0 && RAISED_TO.test(clause.slice(0, at));
  // "adjustable via Service Quotas", "adjustable on request": an "adjustable" that says how the quota is raised.
  const strongRaisable =
    RAISABLE_WORDS.test(clause.replace(/\badjustable\b/gi, ' ')) || ADJUSTABLE_QUOTA.test(clause);
  if (RAISABLE_WORDS.test(clause) && !target)
    return all((c) => {
      const adjustableQuota = known(c);
      // "max 15 minutes, adjustable": a bare "adjustable" beside a maximum may speak of the setting below it.
      if (adjustableQuota === false && !strongRaisable && MAX_WORDS.test(clause)) return null;
      if (adjustableQuota === false)
        return {
          f: c.f,
          why: saidRaisable(c.f, q.raw.trim()),
          source: adjustabilityPage(c.f.fact),
        };
      if (adjustableQuota === true) return null;
      return FIXED_TEXT.test(c.f.fact.value)
        ? { f: c.f, why: `${c.f.fact.label} cannot be raised: ${c.f.fact.value}.` }
        : null;
    });
  // "4 KB per variable", "each layer may be 250 MB": a total over many things said of each one of them.
  // Only the figure's own part: "300 nodes per Region, 90 per cluster" says "per cluster" of the 90.
  if (EACH_ONE.test(clause)) {
    const each = new Set(
      [...clause.toLowerCase().matchAll(EACH_ONE_ALL)].flatMap((m) =>
        (m[1] as string).split(/\s+/).map((w) => singular(w)),
      ),
    );
    const perOne = all((c) => {
      const over = [...aggregateNouns(c.f.fact.label)].find((n) => each.has(n));
      return over
        ? {
            f: c.f,
            why: `${q.raw.trim()} is a total over every ${over}, not a limit per ${over}: ${c.f.fact.value}.`,
          }
        : null;
    });
    if (perOne) return perOne;
  }
  if (EVERY_VARIANT.test(clause))
    return all((c) => {
      const other = c.f.values.find((v) => v.tied.size > 0 && !sameValue(q.dim, v.value, q.value));
      return other ? { f: c.f, why: `Not every variant: ${c.f.fact.value}.` } : null;
    });
  // "100 rules including the default rule" of "Rules per ALB (excluding default rules)": the figure said to count
  // what the fact says it leaves out, or to leave out what it counts.
  // Only what follows the figure qualifies it: "attribute names do not count toward the 400 KB limit" is a
  // statement about attribute names, which the yes/no facts judge.
  const figAt = sentence.toLowerCase().indexOf(q.raw.trim().toLowerCase());
  const afterFigure = figAt >= 0 ? sentence.slice(figAt + q.raw.trim().length) : '';
  const counted = all((c) => {
    const said = countedIn(afterFigure, c.f.noun);
    if (!said || !sameValue(q.dim, c.f.official, q.value)) return null;
    const fact = countedIn(`${c.f.fact.label}; ${c.f.fact.value}`, c.f.noun);
    if (!fact) return null;
    const meet = (a: Set<string>, b: Set<string>): boolean => [...a].some((w) => b.has(w));
    return meet(said.inc, fact.exc) || meet(said.exc, fact.inc)
      ? { f: c.f, why: `Not what the figure counts: ${c.f.fact.label}: ${c.f.fact.value}.` }
      : null;
  });
  if (counted) return counted;
  // "sync invocations can also run 90 min": the figure said of a second case the text gives another figure.
  const same = sameCaseSpan(q, sentence);
  if (same) {
    const other = all((c) =>
      otherCaseSaid(q, c.f, same) ? { f: c.f, why: `Not the same in every case: ${c.f.fact.value}.` } : null,
    );
    if (other) return other;
  }
  // "10 GB for every table, with or without an LSI" of "Item collection size (tables with a local secondary
  // index)", "5 GB whatever upload method" of "Largest object in a single PUT": a figure said of every case when
  // the fact's label limits it to one, and the line does not name that case outside its every-case words.
  if (EVERY_CASE.test(sentence) || EITHER_WAY.test(sentence)) {
    const low = sentence.toLowerCase().replace(/-/g, ' ');
    // The every-case words ("for every table"), and the case after "with or without" ("with or without LSIs").
    const everyRe = new RegExp(`${EITHER_WAY_ALL.source}|${EVERY_CASE.source}`, 'gi');
    const every = segmentWords([...low.matchAll(everyRe)].map((m) => m[0]).join(' '));
    const rest = segmentWords(low.replace(everyRe, ' '));
    const has = (set: Set<string>, w: string): boolean => set.has(w) || set.has(`${w}s`);
    const limited = all((c) => {
      const cond = labelCondition(c.f.fact.label, c.f.noun);
      if (!cond || [...cond].some((w) => has(rest, w))) return null;
      // The every-case words name the label's case: "with or without LSIs" of "(tables with a local secondary index)".
      if ([...cond].some((w) => has(every, w)))
        return { f: c.f, why: `Only ${c.f.fact.label.replace(/^[^(]*\(|\)$/g, '')}: ${c.f.fact.value}.` };
      // Nor named at all ("5 GB whatever upload method" of "Largest object in a single PUT"): a best-fitting fact
      // of the same kind whose label limits it to no case and shares a word with this one's outside its case
      // ("Maximum object size") states the figure of every case, and finds this one wrong.
      const own = new Set(
        [...segmentWords(c.f.fact.label.replace(/-/g, ' '))].filter(
          (w) => !cond.has(w) && w !== 'maximum' && w !== 'max',
        ),
      );
      const general = close.find(
        (g) =>
          g !== c &&
          g.f.kind === c.f.kind &&
          g.f.subject === c.f.subject &&
          !labelCondition(g.f.fact.label, g.f.noun) &&
          !g.accepts.some((a) => sameValue(q.dim, a, q.value)) &&
          [...segmentWords(g.f.fact.label.replace(/-/g, ' '))].some((w) => w.length >= 4 && own.has(w)),
      );
      return general
        ? {
            f: general.f,
            why: `${general.f.fact.label}: ${general.f.fact.value} (${q.raw.trim()} is for ${c.f.fact.label.toLowerCase()} only).`,
          }
        : null;
    });
    if (limited) return limited;
  }
  // "10 MB regardless of API" when the text gives one case's figure and another case's differs.
  if (EVERY_CASE.test(sentence))
    return all((c) => {
      const cases = c.f.values.filter((v) => v.marks);
      const own = cases.filter((v) => sameValue(q.dim, v.value, q.value));
      const other = cases.filter((v) => !sameValue(q.dim, v.value, q.value));
      // "SES v2: 40 MB for all messages": a sentence that names the figure's own case and no other speaks of
      // that case only.
      const words = segmentWords(sentence.replace(/-/g, ' '));
      const says = (v: TextValue): boolean => [...(v.marks as Set<string>)].some((w) => words.has(w));
      if (own.some(says) && !other.some(says)) return null;
      if (own.length && other.length) return { f: c.f, why: `Not in every case: ${c.f.fact.value}.` };
      // "200 MB/s in all Regions" of "10 GB/s (other Regions: 200 MB/s)": a figure the text states for a case
      // it names differs from the headline figure, which holds for the rest; either said of every case is wrong.
      const named = c.f.values.filter((v) => v.cased && !v.marks && v.role === 'other');
      const headline = sameValue(q.dim, c.f.official, q.value);
      return named.some((v) => sameValue(q.dim, v.value, q.value) !== headline)
        ? { f: c.f, why: `Not in every case: ${c.f.fact.value}.` }
        : null;
    });
  return null;
}

interface Decision {
  f: IndexedFact;
  v: number;
  hist: { value: number; text: string; to: string; source: string } | undefined;
  /** Decided as a step against the step the fact's text states ("in 1-second steps"). */
  step?: boolean;
}

/** Whether `v`, said as a `kind` figure, contradicts the best-fitting of `list` (null: right or unsure). */
function decide(
  v: number,
  kind: ClaimKind,
  list: readonly Candidate[],
  dim: Dimension,
  /** The figure as written, for a slip of unit ("29 minutes" for a fact that says 29 seconds). */
  raw = '',
  /** The kind is the line's own word, not one read into a line that says none ("time out after 30 minutes"). */
  said = true,
): Decision | null {
  if (list.some((c) => c.accepts.some((a) => sameValue(dim, v, a)))) return null;
  if (raw) {
    // A slip of unit decides whatever kind of figure either is, when the best-fitting facts all show it.
    const top = list.filter((c) => c.score >= Math.max(...list.map((x) => x.score)) - 1e-9);
    const f = (top[0] as Candidate).f;
    if (new Set(top.map((c) => c.f.official)).size === 1 && top.every((c) => unitSlip(raw, v, c.f, dim)))
      return { f, v, hist: undefined };
  }
  // A default only decides a claim about the default; a minimum only one about the minimum or below it.
  const dec = list.filter(
    (c) =>
      (c.f.kind !== 'default' || kind === 'default' || c.f.values.some((x) => x.role === kind)) &&
      (c.f.kind !== 'min' || kind === 'min' || v < c.f.official),
  );
  if (!dec.length) return null;
  const best = Math.max(...dec.map((c) => c.score));
  const top = dec.filter((c) => c.score >= best - 1e-9);
  // "retention can be set to 0 to turn backups off": zero said of a setting is below the floor of a minimum fact
  // and of every other best-fitting fact that states its own lowest value ("1 to 35 days"), so the minimum decides
  // though the facts' kinds differ. Only zero: it needs no kind word to be read as the setting's lowest value.
  if (v === 0 && new Set(top.map((c) => `${c.f.official}|${c.f.kind}`)).size !== 1) {
    const floors = top.filter((c) => c.f.kind === 'min' && c.f.official > 0);
    const allAbove = top.every(
      (c) =>
        (c.f.kind === 'min' && c.f.official > 0) || c.f.values.some((x) => x.role === 'min' && x.value > 0),
    );
    if (floors.length && allAbove && new Set(floors.map((c) => c.f.official)).size === 1)
      return { f: (floors[0] as Candidate).f, v, hist: undefined };
  }
  // Several facts may state one figure (an entry and an architecture page): unsure only if they differ.
  // Unless each of them, taken alone, finds the figure wrong ("default TTL is 1 hour" against a default TTL of one
  // day and a default maximum TTL of one year): whichever fact the line means, it contradicts it. The best-fitting
  // one is named. Only for a kind the line says itself: "builds time out after 30 minutes" may be one's own
  // setting, below a maximum, though read as a default it contradicts the default.
  if (new Set(top.map((c) => `${c.f.official}|${c.f.kind}`)).size !== 1) {
    if (!said) return null;
    const each = top.map((c) => decide(v, kind, [c], dim));
    return each.every((d) => d !== null) ? (each[0] as Decision) : null;
  }
  const f = (top[0] as Candidate).f;
  // The figure to compare with: the variant's own when the text ties one to it ("SQL Server: 5").
  const tiedTo = (top[0] as Candidate).tied ? Math.max(...(top[0] as Candidate).accepts) : undefined;
  const official = tiedTo ?? f.official;
  // An earlier official value: from the fact's history, or one its text calls older ("64 TiB on older versions").
  const legacy = f.values.find((x) => x.role === 'legacy' && sameValue(dim, v, x.value));
  // An earlier, lower maximum said with no kind word and no word of the attribute ("Fargate: 4 vCPU") reads
  // as a size below today's maximum, not as the old maximum.
  const belowMax = kind === null && f.kind === 'max' && v < f.official && !(top[0] as Candidate).wordsNamed;
  const hist = belowMax
    ? undefined
    : (f.history.find((h) => sameValue(dim, v, h.value)) ??
      (legacy ? { value: legacy.value, text: '', to: '', source: f.fact.source } : undefined));
  // A value the KB lists as a common mistake counts only when the claim says what kind of figure it is.
  const mistake = kind !== null && f.mistakes.some((m) => sameValue(dim, v, m));
  let wrong = false;
  if (hist || mistake || f.kind === 'exact') wrong = true;
  else if (kind !== null && kind !== f.kind && f.values.some((x) => x.role === kind)) wrong = true;
  else if (f.kind === 'max')
    wrong = kind === 'max' || v > official * 1.0001 || (kind === 'default' && f.quota);
  else if (f.kind === 'min') wrong = kind === 'min' || v < official * 0.9999;
  else wrong = kind === 'default';
  return wrong ? { f, v, hist } : null;
}

/** "in 1-second steps", "1 GB increments": a figure followed by the word for a step. */
const STEP_AFTER = /^\s*-?\s*(?:increments?|steps?)\b/i;
/** "in increments of 64 MB", "in steps of 1 GB". */
const STEP_BEFORE = /\b(?:increments?|steps?)\s+of\s+(?:about\s+)?$/i;
/** A clause about the bill: its step is the billing unit, not a setting's. */
const BILLING_WORDS =
  /\b(?:bill(?:s|ed|ing)?|charg(?:e|es|ed|ing)|pric(?:e|es|ed|ing)|meter(?:s|ed|ing)?|round(?:s|ed|ing)?)\b/i;

/** The figure is a step: "in 1 ms increments", "increments of 64 MB". */
function saysStep(line: string, cs: number, q: Quantity): boolean {
  return STEP_AFTER.test(line.slice(q.end)) || STEP_BEFORE.test(line.slice(cs, q.start));
}

/** The steps a fact's text states for its own dimension ("adjustable in 1-second steps", "then in 2.4 TiB
 * increments"), in base units. */
const stepMemo = new WeakMap<Fact, number[]>();
function statedSteps(f: IndexedFact, countNouns: ReadonlySet<string>): number[] {
  let out = stepMemo.get(f.fact);
  if (out) return out;
  const text = f.fact.value;
  out = findQuantities(text, countNouns)
    .filter(
      (x) =>
        x.dim === f.dim &&
        x.low === undefined &&
        (STEP_AFTER.test(text.slice(x.end)) || STEP_BEFORE.test(text.slice(0, x.start))),
    )
    .map((x) => x.value);
  stepMemo.set(f.fact, out);
  return out;
}

/** Words of a label that name neither a case nor a thing: kind, measure and function words. */
const NOT_CASE_WORD =
  /^(?:a|an|the|of|per|for|to|in|on|by|with|and|or|at|as|max(?:imum)?|min(?:imum)?|default|length|size|period|duration|time|value|range|count|number|limit|quota)$/i;

/**
 * Whether `line` says every word of `label` that `other` (a sibling fact's label) lacks, kind, measure and
 * function words aside: "Minimum backup retention period of an RDS Multi-AZ DB cluster" against "Automated
 * backup retention range" needs "RDS", "Multi-AZ", "DB" and "cluster".
 */
function namesOwnWords(label: string, other: string, line: string): boolean {
  const words = (t: string): string[] => t.replace(/\([^)]*\)/g, ' ').match(/[A-Za-z][A-Za-z0-9-]*/g) ?? [];
  const theirs = new Set(words(other).map((w) => singular(w)));
  const own = words(label).filter((w) => !NOT_CASE_WORD.test(w) && !theirs.has(singular(w)));
  const said = new Set((line.match(/[A-Za-z][A-Za-z0-9-]*/g) ?? []).map((w) => singular(w)));
  return own.length > 0 && own.every((w) => said.has(singular(w)));
}

/** A fact's words that state a multiple of another figure ("5 times the concurrent build limit", "2x"). */
const MULTIPLE_FACT = /\bmultiples?\s+of\b|\btimes\s+(?:the|its|their)\b|\d\s?[x×](?![A-Za-z0-9])/i;

/** "times out after", "rotate every", "expires after", "is deleted after": an event the service brings about. */
const EVENT_BEFORE =
  /\b(?:time[sd]?\s+out|timing\s+out|expires?|expired|rotates?|rotated|(?:is|are|gets?)\s+(?:deleted|purged|removed|evicted|terminated|stopped))(?:\s+(?:(?:automatically|only|once)\s+)?in|(?:\s+(?!(?:and|or|but|if|when|unless)\b)[\w-]+){0,4}?\s+(?:after|every))\s+(?:about\s+|~\s*)?$/i;
/** "are not rotated every", "never expire after": the event denied, no statement of its period. */
const NOT_SAID = /\b(?:not|never|no|none)\b|n['’]t\b/i;
/** A myth or a mistake quoted: the line reports the claim, it does not make it. */
const REPORTED_LINE =
  /\b(?:myths?|misconceptions?|not\s+true|untrue|false|wrong|incorrect|mistakes?|mistaken|contrary|people\s+think|claims?\s+that)\b/i;
/** "can rotate every", "you may choose": a setting the note says is possible, not what happens on its own. */
const MAY_WORDS = /\b(?:can|could|may|might|configurable|custom|choose|optionally|up\s+to)\b/i;

/** The one candidate whose words (label, keywords, value) have the figure's inner qualifiers no other one has. */
function qualifierOwner(q: Quantity, close: readonly Candidate[]): Candidate | null {
  const words = (q.raw.match(/[A-Za-z][\w-]*/g) ?? [])
    .slice(0, -1)
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= 3 && !STOP.has(w));
  // The label, the keywords and the value without its asides ("(FIFO topics: 1,000)" is another variant's).
  const text = (c: Candidate): string =>
    `${c.f.fact.label} ${(c.f.fact.check?.keywords ?? []).join(' ')} ${c.f.fact.value.replace(/\([^)]*\)/g, ' ')}`;
  const has = (c: Candidate, w: string): boolean =>
    new RegExp(`(?<![a-z0-9])${escapeRe(w)}(?![a-z0-9])`, 'i').test(text(c));
  const telling = words.filter((w) => close.filter((c) => has(c, w)).length === 1);
  if (!telling.length) return null;
  const owners = new Set(telling.map((w) => close.find((c) => has(c, w)) as Candidate));
  return owners.size === 1 ? ([...owners][0] as Candidate) : null;
}

/** A figure written as a CIDR prefix length ("/28"). */
function isCidrPrefix(q: Quantity): boolean {
  return q.dim === 'count' && q.noun === 'length' && q.raw.startsWith('/');
}

/**
 * "smallest subnet: /30", "largest VPC CIDR: /8": a CIDR prefix said as a bound, outside the range of
 * prefixes the one fitting fact that gives a range states ("Between /16 and /28"), is wrong against that
 * range. A prefix inside it, or a figure no bound word goes with ("a /24 subnet"), is left alone.
 */
function prefixOutsideRange(q: Quantity, kind: ClaimKind, list: readonly Candidate[]): Decision | null {
  if (!isCidrPrefix(q) || q.low !== undefined) return null;
  if ((kind !== 'min' && kind !== 'max') || list.some((c) => c.accepts.includes(q.value))) return null;
  const valuesOf = (c: Candidate): number[] =>
    c.f.values.filter((x) => x.role !== 'legacy').map((x) => x.value);
  const ranges = list.filter((c) => new Set(valuesOf(c)).size >= 2);
  if (ranges.length !== 1) return null;
  const f = (ranges[0] as Candidate).f;
  const values = valuesOf(ranges[0] as Candidate);
  if (q.value >= Math.min(...values) && q.value <= Math.max(...values)) return null;
  return { f, v: q.value, hist: undefined };
}

/** Words that make a figure the writer's own setting or an example, not a statement of the service's. */
const OWN_SETTING =
  /\b(?:set|sets|setting|configured?|we|our|my|i|e\.g\.|for\s+example|if|when|say|suppose)\b/i;

/** The units of a dimension a note may write a figure in, as factors of the base unit. */
const UNIT_FACTORS: Partial<Record<Dimension, number[]>> = {
  seconds: [0.001, 1, 60, 3600, 86400, 604800],
  bytes: [1, 1e3, 1024, 1e6, 1024 ** 2, 1e9, 1024 ** 3, 1e12, 1024 ** 4],
  bytesPerSecond: [1, 1e3, 1024, 1e6, 1024 ** 2, 1e9, 1024 ** 3],
  bitsPerSecond: [1, 1e3, 1e6, 1e9],
};

/**
 * The fact's own figure with another unit of the same dimension ("29 minutes" for 29 seconds, "75 MB" for
 * 75 GB): a slip of unit, wrong whatever kind of figure the claim says it is. Only when the number written,
 * in some unit of the dimension, is the official figure, and the two values are at least ten times apart.
 */
function unitSlip(raw: string, v: number, f: IndexedFact, dim: Dimension): boolean {
  const factors = UNIT_FACTORS[dim];
  const official = f.official;
  if (!raw || !factors || !(official > 0) || (v < official * 10 && v * 10 > official)) return false;
  if (f.history.some((h) => sameValue(dim, v, h.value))) return false;
  const said = /\d[\d,]*(?:\.\d+)?/.exec(raw)?.[0];
  const n = said ? Number(said.replace(/,/g, '')) : NaN;
  return n > 0 && factors.some((u) => sameValue(dim, n * u, official));
}

/**
 * A range whose high end is the official figure of exactly one fitting fact that also states a minimum
 * ("0 to 900 seconds"): the low end is then a claim about that minimum, wrong when it differs from it and
 * from every other value the fact gives. Percentages and prices are left alone (ranges of typical savings).
 */
function spansFact(low: number, high: number, list: readonly Candidate[], dim: Dimension): Decision | null {
  if (dim === 'percent' || dim === 'usd') return null;
  if (list.some((c) => c.accepts.some((a) => sameValue(dim, low, a)))) return null;
  const spans = list.filter(
    (c) =>
      sameValue(dim, high, c.f.official) &&
      c.f.values.some((x) => x.role === 'min' && x.value < c.f.official * 0.9999),
  );
  if (spans.length !== 1) return null;
  const f = (spans[0] as Candidate).f;
  if (f.values.some((x) => x.role !== 'legacy' && sameValue(dim, low, x.value))) return null;
  return { f, v: low, hist: f.history.find((h) => sameValue(dim, low, h.value)) };
}

/**
 * "1.25 Gbps per tunnel, no bigger option": the figure is said to be the largest any variant offers. Wrong when a
 * fact that accepts it states a larger figure of its own dimension in its text ("Standard, up to 1.25 Gbps per
 * tunnel (Large, up to 5 Gbps …)"): a larger option exists. Not when the larger figure is an earlier value.
 */
function biggerOptionStated(q: Quantity, list: readonly Candidate[]): Decision | null {
  if (q.low !== undefined || q.dim === 'usd' || q.dim === 'percent') return null;
  const own = list.filter(
    (c) => sameValue(q.dim, q.value, c.f.official) || c.accepts.some((a) => sameValue(q.dim, q.value, a)),
  );
  const bigger = own.filter((c) => c.f.values.some((x) => x.role !== 'legacy' && x.value > q.value * 1.0001));
  if (!bigger.length || new Set(bigger.map((c) => c.f)).size !== 1) return null;
  return { f: (bigger[0] as Candidate).f, v: q.value, hist: undefined };
}
/** "baseline", "included": the figure every instance gets before anything is provisioned. */
const BASELINE_SAID = /\b(?:baseline|includ(?:ed|es?))\b/i;
/** "provision up to", "pay for more", "extra": what is added on top of a baseline. */
const ON_TOP =
  /\b(?:provision(?:s|ed|ing)?|pay(?:s|ing)?|paid|extra|additional|more|beyond|above|over|burst(?:s|ing)?|scales?|raised?|increased?)\b/i;
/** "no bigger option", "no larger tunnel option", "there's no higher tier", "nothing faster": no variant exceeds
 * the figure. */
const NO_BIGGER =
  /\b(?:(?:no|not\s+any|there(?:['’]s|\s+is)\s+no)\s+(?:bigger|larger|higher|faster)(?:[\s-]+[a-z]+){0,2}?\s+(?:options?|tiers?|sizes?|choices?|alternatives?|variants?|types?|classes?|modes?|speeds?)|nothing\s+(?:bigger|larger|higher|faster))\b/i;

/** A range said of an exact figure ("retrievals take 3-5 hours"): wrong when the figure lies well outside. */
function decideRange(low: number, high: number, list: readonly Candidate[], dim: Dimension): Decision | null {
  const best = Math.max(...list.map((c) => c.score));
  const top = list.filter((c) => c.score >= best - 1e-9);
  if (new Set(top.map((c) => c.f.official)).size !== 1) return null;
  const f = (top[0] as Candidate).f;
  const inside = (x: number): boolean => x >= low * 0.98 && x <= high * 1.02;
  if (f.values.some((x) => x.role !== 'legacy' && inside(x.value))) return null;
  // Ten times off is more likely another attribute ("blocks of 1-6 hours" next to a 2-minute notice).
  if (f.official > high * 10 || f.official * 10 < low) return null;
  if (dim === 'percent' || dim === 'usd') return null;
  return { f, v: high, hist: f.history.find((h) => inside(h.value)) };
}

/**
 * A range whose low end is the stated minimum of exactly one fitting fact that also states a maximum
 * ("1 to 120 seconds" in its text): the range spans that fact's settings, so its high end must be that
 * maximum ("1-60 s" is wrong). The mirror of `spansFact`; percentages and prices are left alone.
 */
function spansFromMin(
  low: number,
  high: number,
  list: readonly Candidate[],
  dim: Dimension,
): Decision | null {
  if (dim === 'percent' || dim === 'usd' || list.length !== 1) return null;
  const f = (list[0] as Candidate).f;
  if (!f.values.some((x) => x.role === 'min' && sameValue(dim, low, x.value))) return null;
  const top = f.values.filter((x) => x.role === 'max' && x.value > low * 1.0001);
  if (top.length !== 1) return null;
  if (f.values.some((x) => x.role !== 'legacy' && sameValue(dim, high, x.value))) return null;
  // A high end near the maximum (3,600 for 4,000) may be an older or rounded page's figure: only a clearly
  // different one is a wrong range.
  const max = (top[0] as TextValue).value;
  if (high > max * 0.75 && high < max * 1.25) return null;
  return { f, v: high, hist: f.history.find((h) => sameValue(dim, high, h.value)) };
}

/**
 * A range whose high end, written in another unit of its dimension, is the official figure of every
 * best-fitting fact ("1-5 hours" for a fact of 5 minutes): a slip of unit, wrong whatever kind of figure it
 * is. Only when no value the facts give lies in the range and the two are at least ten times apart.
 */
function rangeUnitSlip(q: Quantity, list: readonly Candidate[]): Decision | null {
  if (q.low === undefined || !list.length) return null;
  const low = q.low;
  const best = Math.max(...list.map((c) => c.score));
  const top = list.filter((c) => c.score >= best - 1e-9);
  if (new Set(top.map((c) => c.f.official)).size !== 1) return null;
  const inside = (x: number): boolean => x >= low * 0.98 && x <= q.value * 1.02;
  if (top.some((c) => c.f.values.some((x) => inside(x.value)) || c.accepts.some(inside))) return null;
  const said = q.raw.match(/\d[\d,]*(?:\.\d+)?/g) ?? [];
  const high = said[said.length - 1];
  if (!high || said.length < 2) return null;
  if (!top.every((c) => unitSlip(high, q.value, c.f, q.dim))) return null;
  const f = (top[0] as Candidate).f;
  return { f, v: q.value, hist: undefined };
}

/** "can be 1 to 64", "must be between": a modal "be" right before a range gives the values allowed. */
const MAY_BE_RANGE = /\b(?:can|may|must)\s+be\s+(?:anywhere\s+)?(?:from\s+)?$/i;
const SETTABLE_RANGE =
  /\b(?:range|between|can\s+be\s+(?:set|configured)|configurable|settable|allowed|valid\s+values?|anywhere\s+from)\b[^.;]*$/i;

const SCOPE =
  // "attached to a role", "assigned to one group", "associated with a VPC" count per that thing as "per" does.
  // Up to three qualifying words may come between ("per Valkey/Redis OSS cluster", "per DB subnet group").
  /\b(?:per|(?:attached|assigned|associated)\s+(?:to|with))[\s-]+(?:an?\s+|one\s+)?(?:(?!(?:per|and|or|vs)\b)[A-Za-z][\w/.-]*\s+){0,3}?(account|region|vpc|availability zone|az|subnet|route table|transit gateway|tgw|gateway|vgw|web acl|user pool|hosted zone|phz|repository|pipeline|broker|table|queue|topic|function|distribution|cluster|user|role|target group|group|organization|stack|template|bucket|shard|stream|partition|prefix|instance|node|api|stage|load balancer|policy|key|secret|domain|zone|task|service|container|volume|file system|asg|alb|nlb|elb|clb)(?:e?s)?\b/gi;

/** The things a quota is counted per ("per account", "per VPC"). */
function scopes(text: string): Set<string> {
  const out = new Set<string>();
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(SCOPE)) {
    // A scope the line denies ("5 per Region (not per AZ)", "per account, rather than per Region") is the one
    // the figure is NOT counted per: it says nothing about where the figure holds.
    if (NEGATED_SCOPE.test(lower.slice(0, m.index))) continue;
    const w = m[1] as string;
    // Abbreviations count as what they stand for ("per ASG" is per Auto Scaling group).
    out.add(
      w === 'availability zone'
        ? 'az'
        : w === 'tgw'
          ? 'transit gateway'
          : w === 'phz'
            ? 'hosted zone'
            : // "per VGW": per virtual private gateway, which the labels name in full ("per virtual private gateway").
              w === 'vgw'
              ? 'gateway'
              : w === 'asg'
                ? 'group'
                : /^[acen]lb$/.test(w)
                  ? 'load balancer'
                  : w,
    );
  }
  // "per account and Region", "per account/Region": one quota counted per both places.
  for (const m of text.toLowerCase().matchAll(SCOPE_AND))
    out.add((m[1] as string) === 'availability zone' ? 'az' : (m[1] as string));
  return out;
}
/**
 * The line names fact `f` (counted per another place than it says) rather than `other`: every word of `f`'s label
 * but its place is in `part`, one of them is not in `other`'s label, and no word only `other`'s label has (its
 * place aside) is in `part`. "NAT gateway quota is 5 per Region" names "NAT gateways per Availability Zone", not
 * "Internet gateways per Region".
 */
function namedOverPlace(f: IndexedFact, other: IndexedFact, part: string, index: FactIndex): boolean {
  // Nor the services' own names ("VPC" of "Gateway VPC endpoints"): they tell no fact of theirs apart.
  const names = ownNames(index, new Set([f.subject, f.entryId, other.subject, other.entryId]));
  const words = (label: string): Set<string> =>
    new Set(
      [...contrastWords(label.replace(/\([^)]*\)/g, ' ').replace(SCOPE, ' '))].filter((w) => !names.has(w)),
    );
  // Words of the places ("per VPC") name no thing: "gateway endpoints per VPC" does not say "Gateway VPC endpoints".
  const said = contrastWords(part.replace(SCOPE, ' '));
  const mine = words(f.fact.label);
  const theirs = words(other.fact.label);
  return (
    mine.size >= 2 &&
    [...mine].every((w) => said.has(w)) &&
    [...mine].some((w) => !theirs.has(w)) &&
    ![...theirs].some((w) => !mine.has(w) && said.has(w))
  );
}

/** A case a line rules out: "except JPEGs", "not for PNG", "other than PDF and TIFF", "excluding KRaft clusters". */
const RULED_OUT_CASE =
  /\b(?:except|excluding|excl\.?|other\s+than|apart\s+from|but\s+not|not|unless|without)\b(?:\s+(?:for|on|in|with|of))?\s+[\w/.-]+(?:\s+(?:and|or|&)\s+[\w/.-]+)?/gi;
/** A denial right before a scope: "not per AZ", "(not per AZ)", "rather than per Region", "instead of per VPC". */
const NEGATED_SCOPE = /(?:\bnot|\bnever|\brather\s+than|\binstead\s+of)\s*$/;
/** The second place of a scope joined by "and" or a slash ("per account and Region"). */
const SCOPE_AND =
  /\bper[\s-]+(?:an?\s+)?(?:aws\s+)?(?:account|region|vpc|az|availability zone)s?\s*(?:\s(?:and|&)\s|\/)\s*(?:per\s+)?(?:an?\s+|each\s+)?(account|region|vpc|az|availability zone)s?\b/gi;

/**
 * Things a quota is counted per: one of them said for another is a different quota, not another wording ("3,500
 * PUT/s per bucket" of a per-prefix rate, "5 layers per account" of a per-function one). Not the words a label
 * uses loosely ("group", "policy", "key", "user", "service").
 */
const PLACES = new Set([
  'region',
  'az',
  'vpc',
  'subnet',
  'account',
  'shard',
  'stream',
  'prefix',
  'bucket',
  'partition',
  'table',
  'function',
  'volume',
  'instance',
  'node',
  'cluster',
  'queue',
  'topic',
  'distribution',
  'file system',
  'hosted zone',
  'route table',
  'transit gateway',
  'load balancer',
  'target group',
]);

/** The claim and the label count per different places and nothing else ("per AZ" against "per Region"). */
function placeClash(claim: string, label: string): boolean {
  const a = scopes(claim);
  const b = scopes(label);
  return (
    a.size === 1 &&
    b.size === 1 &&
    [...a].every((x) => PLACES.has(x)) &&
    [...b].every((x) => PLACES.has(x)) &&
    // "per table" of a quota counted per route table: the same thing, named short.
    ![...a].some((x) => [...b].some((y) => x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`))) &&
    // An account's quota is counted in each Region: "per account" and "per Region" say the same.
    !([...a, ...b].includes('account') && [...a, ...b].includes('region'))
  );
}

function scopeClash(claim: string, label: string): boolean {
  const a = scopes(claim);
  if (!a.size) return false;
  const b = scopes(label);
  // "per account" of a quota counted "per Region": an account's quota in each Region, said the everyday way.
  return b.size > 0 && ![...a].some((x) => b.has(x) || (x === 'account' && b.has('region')));
}

/** `re` finds a whole word (a plural allowed) in `text`, not a stem inside a longer one ("scal" in "scale"). */
const globalRes = new WeakMap<RegExp, RegExp>();
/**
 * A service named by an alias that carries an attribute word ("interface endpoints", "weighted routing"):
 * the alias's words that are not the service's own name say which fact, as the figure's part would. Only
 * words of a fact's label, never ones its service's title has ("endpoints" of "VPC endpoints"), and only
 * of a phrase naming the fact's own service.
 */
function aliasHits(
  line: string,
  from: number,
  q: Quantity,
  mentions: readonly Mention<string[]>[],
  cands: readonly Candidate[],
): void {
  for (const m of mentions) {
    // Before the figure in its part, or its counted noun ("255 interface endpoints"); not a condition after
    // it ("5 TB with multipart upload").
    if (m.start < from || (m.end > q.start && (m.start < q.start || m.start > q.end + 1))) continue;
    const text = line.slice(m.start, m.end).toLowerCase();
    // Words of a phrase ("weighted routing"), not a one-word name ("on-demand", "Shard").
    if (!/\S\s+\S/.test(text)) continue;
    for (const c of cands) {
      if (!m.value.includes(c.f.subject)) continue;
      const title = c.f.entryTitle.toLowerCase();
      for (const k of c.f.keywords)
        if (
          !k.name &&
          !k.extra &&
          !BOUND_WORDS.test(k.root) &&
          k.re.test(text) &&
          // A stem's word whole, or with an ending ("weighted" for "weight").
          new RegExp(`${k.re.source}(?:e?s|e?d|ing)?(?![a-z0-9])`).test(text) &&
          !k.re.test(title)
        )
          c.hits.add(k.root);
    }
  }
}

/**
 * `b` specializes `a`: every attribute word of `a`'s label is one of `b`'s, and `b` has words beyond them,
 * none of which the text `said` contains (names and check-only keywords aside).
 */
function specializes(b: Candidate, a: Candidate, said: string): boolean {
  const own = (c: Candidate): Candidate['f']['keywords'] => c.f.keywords.filter((k) => !k.name && !k.extra);
  const ak = own(a);
  const bk = own(b);
  if (!ak.length) return false;
  const bRoots = new Set(bk.map((k) => k.root));
  if (!ak.every((k) => bRoots.has(k.root))) return false;
  const aRoots = new Set(ak.map((k) => k.root));
  const extra = bk.filter((k) => !aRoots.has(k.root));
  return extra.length > 0 && extra.every((k) => !k.re.test(said));
}

/** The low and the high end of a setting, as a label or a line names them; "20 min" is minutes (UNIT_MIN). */
const LOW_END = /\b(?:minimum|min|lowest|smallest)\b/i;
const HIGH_END = /\b(?:maximum|max|highest|largest)\b/i;
const UNIT_MIN = /(?<![A-Za-z])\d[\d,.]*\s*-?\s*mins?\b/gi;
/** Which end of a setting a label names, when it names one only. */
export function endOf(label: string): 'low' | 'high' | null {
  const low = LOW_END.test(label);
  return low === HIGH_END.test(label) ? null : low ? 'low' : 'high';
}

const KIND_PHRASES = new RegExp(`${MAX_WORDS.source}|${MIN_WORDS.source}|${DEFAULT_WORDS.source}`, 'gi');

/** A keyword that is a stem ("provision", "weight") said with a verb ending ("provisioned", "weighted"). */
function stemWord(re: RegExp, text: string): boolean {
  return new RegExp(`${re.source}(?:e?d|ing)(?![a-z0-9])`).test(text);
}

/** At most this many label words of each of two sibling facts the other's lacks. */
const SIBLING_WORDS = 3;

/** Words that tell sibling facts apart: the plain words, but "value" ("tag value" vs "tag key") counts. */
const CONTRAST_STOP = new Set([...STOP].filter((w) => w !== 'value' && w !== 'values'));
function contrastWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[a-z][a-z0-9]*/g) ?? [])
      .filter((w) => w.length >= 2 && !CONTRAST_STOP.has(w))
      .map((w) => (w.length <= 3 ? w : singular(w))),
  );
}

/** One-word names of the given services (entry ids or subjects), memoised per index. */
const ownNameCache = new WeakMap<FactIndex, Map<string, Set<string>>>();
function ownNames(index: FactIndex, own: ReadonlySet<string>): Set<string> {
  const key = [...own].sort().join('|');
  const cache = ownNameCache.get(index) ?? new Map<string, Set<string>>();
  ownNameCache.set(index, cache);
  let names = cache.get(key);
  if (!names) {
    names = new Set(
      index.aliases
        // One-word names only: "private" of "AWS Private CA" still tells a private certificate's fact apart.
        .filter((a) => a.subjects.some((s) => own.has(s)) && /^[a-z0-9]+$/.test(a.lower))
        .map((a) => (a.lower.length <= 3 ? a.lower : singular(a.lower))),
    );
    cache.set(key, names);
  }
  return names;
}

/**
 * The candidates that accept the figure but are told apart from a candidate that does not by the words the
 * figure's part says: the other's label (asides and keywords included) has a word said that this one's lacks,
 * and this one's has no word said that the other's lacks. Names of the candidates' own service tell nothing.
 */
function contrastDropped(
  close: readonly Candidate[],
  said: ReadonlySet<string>,
  accepts: (c: Candidate) => boolean,
  names: ReadonlySet<string>,
): Set<Candidate> {
  const labelOf = (c: Candidate): string[] => [...contrastWords(c.f.fact.label)].filter((w) => !names.has(w));
  const wordsOf = (c: Candidate): string[] =>
    [...contrastWords(`${c.f.fact.label} ${(c.f.fact.check?.keywords ?? []).join(' ')}`)].filter(
      (w) => !names.has(w),
    );
  const has = (list: readonly string[], w: string): boolean => list.some((x) => x === w || sameStem(x, w));
  const only = (list: readonly string[], other: readonly string[]): string[] =>
    list.filter((w) => !has(other, w));
  // Siblings: labels that say the same thing but for a word or few ("tag key" / "tag value"), not two attributes
  // that happen to share a word ("maximum item size" / "attribute name maximum size").
  const siblings = (a: Candidate, b: Candidate): boolean => {
    const la = labelOf(a);
    const lb = labelOf(b);
    const shared = la.filter((w) => has(lb, w)).length;
    const oa = only(la, lb).length;
    const ob = only(lb, la).length;
    return shared >= 2 && oa >= 1 && ob >= 1 && oa <= SIBLING_WORDS && ob <= SIBLING_WORDS;
  };
  const saidIn = (list: readonly string[], other: readonly string[]): boolean =>
    [...said].some((w) => has(list, w) && !has(other, w));
  // Labels that name two things of one kind by their proper names ("Intelligent-Tiering move to Infrequent
  // Access tier" / "Intelligent-Tiering Archive Access tier: days without access before objects move"): the
  // capitalised words past a label's first that one label has and the other lacks are those names, however
  // much else the labels say. The claim says one of them and none of the other's ("objects move to the
  // Infrequent Access tier after 90 days"): the other thing's figure no longer excuses it.
  const properNames = (c: Candidate): string[] =>
    [
      ...contrastWords(
        (c.f.fact.label.replace(/\([^)]*\)/g, ' ').match(/(?<=\s)[A-Z][a-z]+\b/g) ?? []).join(' '),
      ),
    ].filter((w) => !names.has(w));
  const namedApart = (a: Candidate, b: Candidate): boolean => {
    const na = properNames(a);
    const nb = properNames(b);
    const oa = only(na, nb);
    const ob = only(nb, na);
    return (
      na.some((w) => has(nb, w)) &&
      oa.length >= 1 &&
      ob.length >= 1 &&
      [...said].some((w) => has(oa, w)) &&
      ![...said].some((w) => has(ob, w))
    );
  };
  const drop = new Set<Candidate>();
  for (const b of close) {
    if (!accepts(b)) continue;
    const wb = wordsOf(b);
    if (
      close.some((a) => {
        if (a === b || accepts(a)) return false;
        if (namedApart(a, b)) return true;
        if (!siblings(a, b)) return false;
        const wa = wordsOf(a);
        return saidIn(wa, wb) && !saidIn(wb, wa);
      })
    )
      drop.add(b);
  }
  return drop;
}

/** Two keyword roots that are forms of one word ("attach" and "attached"): one begins the other, five letters
 * at least. */
export function sameStem(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a));
}

function wholeWord(re: RegExp, text: string): boolean {
  let g = globalRes.get(re);
  if (!g) globalRes.set(re, (g = new RegExp(re.source, 'g')));
  for (const m of text.matchAll(g))
    if (/^(?:e?s)?(?![a-z0-9])/.test(text.slice((m.index ?? 0) + m[0].length))) return true;
  return false;
}

/** The one count fact of `subjects` whose noun `noun` stands for, if exactly one (memoised per index). */
const nounOwnerCache = new WeakMap<FactIndex, Map<string, IndexedFact | undefined>>();
function soleNounOwner(index: FactIndex, subjects: readonly string[], noun: string): IndexedFact | undefined {
  const cache = nounOwnerCache.get(index) ?? new Map<string, IndexedFact | undefined>();
  nounOwnerCache.set(index, cache);
  const key = `${noun}|${[...new Set(subjects)].sort().join(',')}`;
  if (cache.has(key)) return cache.get(key);
  const owners = new Set(
    [...new Set(subjects)].flatMap((s) =>
      (index.bySubject.get(s) ?? []).filter(
        (f) => f.dim === 'count' && (nounsFor(index, f.entryId).get(noun)?.has(f.noun) ?? false),
      ),
    ),
  );
  const sole = owners.size === 1 ? [...owners][0] : undefined;
  cache.set(key, sole);
  return sole;
}

/** Words a claim uses around any figure: how it is bounded, not what it is. */
const BOUND_WORDS =
  /^(?:limit(?:s|ed)?|caps?|capped|allows?|allowed|supports?|supported|takes?|gets?|gives?|provides?|offers?|returns?|has|have|can|up|at|most|least|max(?:imum)?|min(?:imum)?|default|quota|only|total|per|is|are)$/;

/** The claim's part says nothing the fact's label does not: every word left once the services, the figure
 * and bounding words are gone is one of the label's words ("account default: 1,000 requests per second"). */
function onlyWordsOf(f: IndexedFact, part: string, raw: string, index: FactIndex): boolean {
  let rest = part.replace(raw.toLowerCase(), ' ');
  for (const m of index.subjects.find(rest))
    rest = `${rest.slice(0, m.start)}${' '.repeat(m.end - m.start)}${rest.slice(m.end)}`;
  return [...segmentWords(rest)].every(
    (w) =>
      MARK_STOP.has(w) || BOUND_WORDS.test(w) || KIND_SYNONYM.test(w) || f.keywords.some((k) => k.re.test(w)),
  );
}

/** The values of the one case of `f` whose marks the claim's part uses, or null (none, several, or denied). */
function markedValues(f: IndexedFact, part: string, kind: ClaimKind): number[] | null {
  if (!f.values.some((v) => v.marks) || NEGATION.test(part) || EXCEPTION.test(part) || UNLESS.test(part))
    return null;
  const words = segmentWords(part);
  // "KRaft clusters" says "KRaft-based clusters": a note drops the "-based" of a compound the docs write.
  const said = (w: string): boolean => {
    const m = /^([a-z][a-z0-9]{2,})-(?:based|backed|powered|enabled)$/.exec(w);
    return words.has(w) || (m !== null && words.has(m[1] as string));
  };
  const hit = f.values.filter(
    (v) => v.marks && [...v.marks].some(said) && roleAccepts(kind, v.role) && !hasForeignTie(v, f),
  );
  // All from one part of the text (a range's two ends share it); parts of two cases leave it open.
  if (!hit.length || hit.some((v) => v.words !== hit[0]?.words)) return null;
  return hit.map((v) => v.value);
}

const UNLESS = /\b(?:unless|without|regardless|irrespective|whether|either|both|no\s+matter)\b/i;

/** A text value tied only to variants the claim did not name (those were handled as tiedOnly). */
function hasForeignTie(v: TextValue, f: IndexedFact): boolean {
  for (const [g, set] of v.tied) {
    const need = f.variants.get(g);
    if (!need || ![...set].some((x) => need.has(x))) return true;
  }
  return false;
}

/** "per RCU" meets "per RCU-hour"; "per GB" does not meet "per 100,000 events". */
function moneyUnitsMeet(claim: string, fact: string): boolean {
  const head = (s: string): string => (s.replace(/^[\d,\s]+/, '').split(/[\s-]/)[0] ?? '').replace(/s$/, '');
  // A flat price ("no additional charge", $0) has no unit on either side.
  if (fact.trim() === '' && claim.trim() === '') return true;
  return head(claim) !== '' && head(claim) === head(fact);
}

/** A word, the acronym in brackets after it and the word after that, with up to four words before. */
const ACRONYM_IN_LABEL =
  /((?:[A-Za-z][\w-]*\s+){0,4}?([A-Za-z][\w-]*))\s+\(([A-Z]{2,5})s?\)\s*([A-Za-z][\w-]*)?/g;
/**
 * The acronyms a count fact's label defines for what it counts: in brackets right after the counted noun written
 * plural ("Origin access controls (OAC) per AWS account") or right before it ("Network Address Usage (NAU)
 * units"), in lower case and its plural; for the latter also the words the acronym abbreviates.
 */
function labelAcronyms(label: string, noun: string): string[] {
  const out: string[] = [];
  for (const m of label.matchAll(ACRONYM_IN_LABEL)) {
    const before = m[2] as string;
    const acronym = m[3] as string;
    const forms = [acronym.toLowerCase(), `${acronym.toLowerCase()}s`];
    if (singular(before) === noun && singular(before) !== before.toLowerCase()) out.push(...forms);
    else if (singular(m[4] ?? '') === noun) {
      out.push(...forms);
      // The words it abbreviates, their initials the acronym's, name it too ("Network Address Usage").
      const words = (m[1] as string).split(/\s+/).slice(-acronym.length);
      if (
        words
          .map((w) => w[0])
          .join('')
          .toUpperCase() === acronym
      )
        out.push(words.join(' ').toLowerCase());
    }
  }
  return out;
}

/** Short forms of the periods and things prices are quoted per ("$0.10/h", "$1/mo"). */
const MONEY_UNIT_WORDS: Record<string, string> = {
  h: 'hour',
  hr: 'hour',
  hrs: 'hour',
  mo: 'month',
  mth: 'month',
  yr: 'year',
};
/** "per <one to three words>" in a fact's text, ended by another "per", punctuation or the end. */
const PER_UNIT_IN_TEXT = /\bper\s+((?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*)(?=\s+per\b|\s*[,;.()]|\s*$)/gi;
/** Words the reader may take into a price's unit that name no unit ("$1/month and …", "$0.75 per month each"). */
const MONEY_UNIT_STOP = /^(?:per|a|an|the|and|or|as|each|for|of|with|in|on|to|at|is|are|plus)$/;
const moneyWords = (text: string): string[] =>
  (text.toLowerCase().match(/[a-z]+/g) ?? [])
    .filter((w) => !MONEY_UNIT_STOP.test(w))
    .map((w) => MONEY_UNIT_WORDS[w] ?? singular(w));
/**
 * Money: a price's unit said in other words than the fact's unit, each of them a thing or period the fact's own
 * text prices per ("$0.20 per cluster hour", "$0.20 per cluster-hour", "$0.10/h" of "USD 0.10 per cluster per
 * hour"; "$1/month" of "USD 5.00 per web ACL per month"): the same unit, its words split or shortened.
 */
function moneyUnitsSaid(claim: string, f: IndexedFact): boolean {
  const said = moneyWords(claim);
  if (!said.length) return false;
  const own = new Set([
    ...moneyWords(f.noun),
    ...[...f.fact.value.matchAll(PER_UNIT_IN_TEXT)].flatMap((m) => moneyWords(m[1] as string)),
  ]);
  return said.every((w) => own.has(w));
}

/** Money: same price quoted per a shorter unit than billed ("per RCU" for "per RCU-hour"). */
export function billingUnitMismatch(claim: string, fact: string): boolean {
  return (
    moneyUnitsMeet(claim, fact) &&
    /-(?:hour|month|second|minute)/.test(fact) &&
    !/-(?:hour|month|second|minute)|\bhour|\bmonth/.test(claim)
  );
}

/** "300 default, max 500" said of an adjustable quota whose fact states no ceiling: the second figure is the raised quota. */
function adjustableCeiling(decided: Decision, q: Quantity, qs: readonly Quantity[], line: string): boolean {
  const f = decided.f;
  if (f.fact.adjustable !== true || q.value <= f.official) return false;
  if (f.values.some((x) => x.role === 'max' && x.value > f.official)) return false;
  if (
    !/\b(?:max(?:imum)?|up\s+to|raised?\s+to|increased?\s+to|adjustable\s+to)\s*:?\s*$/i.test(
      line.slice(Math.max(0, q.start - 24), q.start),
    )
  )
    return false;
  return qs.some(
    (x) =>
      x !== q &&
      x.dim === q.dim &&
      x.start < q.start &&
      sameValue(q.dim, x.value, f.official) &&
      /^\s*(?:\(?\s*(?:by\s+)?default\b|\(?\s*soft\b)/i.test(line.slice(x.end, x.end + 14)),
  );
}

/**
 * A figure counted per account or per Region ("50 per account") is one of the fact whose label counts per that
 * ("Placement groups per Region (per account)"), not of a sibling counted per something else ("… an instance
 * can be in at a time"): the one candidate whose label names the scope gets it as a hit, so the others are
 * dominated. The scope phrase is left out of the attribute words (SCOPE), so it is read here.
 */
function scopeHits(part: string, cands: readonly Candidate[]): void {
  for (const m of part.matchAll(SCOPE)) {
    const noun = (m[1] as string).toLowerCase();
    // Account and Region only: other scopes have many spellings in labels ("ALB" for a load balancer).
    if (noun !== 'account' && noun !== 'region') continue;
    const re = new RegExp(`\\b${noun.replace(/\s+/g, '\\s+')}s?\\b`, 'i');
    const naming = cands.filter((c) => re.test(c.f.fact.label));
    // Only when it picks one candidate: two with the same extra hit would each dominate the other.
    if (naming.length === 1 && cands.length > 1) (naming[0] as Candidate).hits.add(`scope:${noun}`);
  }
}

/** "100 combined", "1,000 total": a word after a figure that sums it up, naming no attribute of its own. */
function sumWord(word: string): boolean {
  return /^(?:total|combined|overall)$/i.test(word);
}

/**
 * Sibling figures on one line ("io2 durability 99.999% vs gp2/gp3 99.8-99.9%", "standard = 12 h, bulk = 48 h"):
 * a variant named after the figure at `pos`, past the connective (a comma, a semicolon, "vs", "and", "but",
 * "while", "whereas") that ends the figure's own words, with another figure after it in its comma-part, is that
 * figure's label, not this one's. "100,000 standard topics and 1,000 FIFO topics": "standard" is before the
 * "and", the 100,000's own. `figures` are the line's figures as [start, end).
 */
function withoutLaterLabels(
  ms: Mention<string>[],
  line: string,
  pos: number,
  figures: readonly (readonly [number, number])[],
): Mention<string>[] {
  const own = figures.find(([a]) => a === pos);
  if (!own || figures.length < 2) return ms;
  const tail = line.slice(own[1]);
  const cut = tail.search(/[,;]|\s(?:vs\.?|versus|and|but|while|whereas|plus)\s/i);
  if (cut < 0) return ms;
  const ownEnd = own[1] + cut;
  return ms.filter((m) => {
    if (m.start < ownEnd) return true;
    const rest = line.slice(m.end);
    const stop = rest.search(/[,;]/);
    const partEnd = m.end + (stop < 0 ? rest.length : stop);
    return !figures.some(([a]) => a >= m.end && a < partEnd);
  });
}

/**
 * Terms that name a service although they are not its name: a unit ("WCU"), an acronym or a phrase of the
 * service's own fact labels ("prefix list", "mapping template") that at most a few services' text in the
 * knowledge base uses, or a keyword phrase joined by a stop word ("origins per distribution", "access point
 * policy") that one service's text alone uses. A note line that names no service, under no heading or parent line
 * that does, is about the service its terms belong to. Built from the knowledge base at index time, never from a hand list. Pure.
 */
import type { KbEntry } from '../kb/schemas';
import { readUnit, singular } from './quantity';

export interface Term {
  /** The services whose text uses it (at most a few: "WCU" is DynamoDB's, Keyspaces' and WAF's). */
  services: string[];
  /** The facts with a figure that use it (label, value or keywords): the only ones it binds a figure to. */
  facts: Set<string>;
  /**
   * A one-word resource noun's: the words of its facts' labels and keywords. A word right before it in a line
   * must be one of them, a stop word or a figure; another ("GPU accelerators", "hardware accelerator") makes it
   * a thing of another kind.
   */
  vocab?: Set<string>;
}

export interface TermTable {
  /** term (lower-case singular phrase, or an acronym as written) → its services and facts. */
  terms: Map<string, Term>;
  /** service → its entries' ids. */
  entries: Map<string, string[]>;
  /** The stop words the table was built with (words that say nothing of their own). */
  stop?: ReadonlySet<string>;
}

export interface TermOptions {
  /** Words that say nothing of their own ("of", "maximum", "per", "data", "table", "that"…). */
  stop: ReadonlySet<string>;
  /** Whether a text is already a name of a service or a variant (those name it already). */
  isName: (text: string) => boolean;
  /** The names of services and variants in a text, each with the KB entries it names (for resource nouns). */
  names?: (text: string) => { start: number; end: number; entries: readonly string[] }[];
}

/**
 * Services a term may be shared by and still name them ("WCU": DynamoDB, Keyspaces, WAF; "inline policy": IAM
 * and IAM Identity Center): each one's facts that use the term are candidates, and a figure that facts of two
 * of them could count ("storage duration" of S3 and ECR, in days) is left alone by the checker.
 */
const SHARED_OWNERS = 3;
const WORD = /[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g;
const ACRONYM = /^[A-Z][A-Z0-9]{2,5}$/;

const normCache = new Map<string, string>();
function norm(w: string): string {
  let n = normCache.get(w);
  if (n === undefined) {
    const l = w.toLowerCase();
    n = /(?:ous|us|ss|is)$/.test(l) ? l : singular(l);
    if (normCache.size > 50_000) normCache.clear();
    normCache.set(w, n);
  }
  return n;
}

/** The text's runs of words (split at punctuation), each word lower-case and singular. */
function runs(text: string): string[][] {
  return text
    .split(/[^A-Za-z0-9\s-]+|\s-\s/)
    .map((part) => (part.match(WORD) ?? []).map(norm))
    .filter((r) => r.length);
}

function phrases(text: string): string[] {
  const out: string[] = [];
  for (const r of runs(text))
    for (const n of [2, 3]) for (let i = 0; i + n <= r.length; i++) out.push(r.slice(i, i + n).join(' '));
  return out;
}

/**
 * Stop words that join two things, qualify, or start a clause rather than name one thing with their neighbours
 * ("origin and distribution", "timeout max size", "eligible to transition", "rate of invocation"): a phrase
 * joined by them is no term. "per" stays ("origins per distribution"), as do nouns ("access point policy").
 */
const NOT_JOINING = new Set(
  [
    'a an the and or not no yes than as is be can it its does do how what which who when where only any all',
    'max maximum min minimum default',
    'of for to in on by with from at after before within about via without including excluding like up using used use',
  ]
    .join(' ')
    .split(' '),
);

/** An acronym's singular form as written ("WCUs" → "WCU"). */
function acronyms(text: string): string[] {
  return (text.match(/(?<![A-Za-z0-9-])[A-Z][A-Z0-9]{2,5}s?(?![A-Za-z0-9])/g) ?? [])
    .map((t) => (/[A-Z0-9]s$/.test(t) ? t.slice(0, -1) : t))
    .filter((t) => ACRONYM.test(t));
}

/** Everything an entry says: title, summary, body, traps, and its facts' labels, values, keywords and mistakes. */
function entryTexts(e: KbEntry): string[] {
  return [
    e.title,
    e.summary,
    e.body,
    ...e.examTraps,
    ...e.facts.flatMap((f) => [
      f.label,
      f.value,
      ...(f.check?.keywords ?? []),
      ...(f.commonMistakes ?? []).flatMap((c) => [c.claim, c.why]),
    ]),
  ];
}

export function buildTermTable(entries: readonly KbEntry[], opts: TermOptions): TermTable {
  // Everything a service's entries say (facts, summary, body, traps): a phrase another service's text uses is
  // shared, so it names neither. Architecture entries speak of many services: what they use is shared.
  const owner = (e: KbEntry): string => (e.service === 'Architecture' ? `arch:${e.id}` : e.service);
  const plainWords = new Map<string, boolean>();
  const plain = (w: string): boolean => {
    let ok = plainWords.get(w);
    if (ok === undefined) {
      ok =
        w.length >= 3 && !/\d/.test(w) && !opts.stop.has(w) && readUnit(w).dim === 'count' && !opts.isName(w);
      plainWords.set(w, ok);
    }
    return ok;
  };
  // The phrases and acronyms that could be terms: those of the facts' labels and keywords.
  const about = (f: KbEntry['facts'][number]): string[] => [
    f.label.replace(/\([^)]*\)/g, ' '),
    ...(f.check?.keywords ?? []),
  ];
  // The things many services' quotas are counted per ("per account", "per Region"): a place of any service, so
  // "<counted> per <it>" names no one service ("domains per account" is not one service's resource).
  const perServices = new Map<string, Set<string>>();
  for (const e of entries)
    for (const f of e.facts)
      for (const m of f.label.matchAll(/\bper\s+(?:an?\s+|each\s+|one\s+)?([A-Za-z][A-Za-z0-9-]*)/gi)) {
        const w = norm(m[1] as string);
        perServices.set(w, new Set([...(perServices.get(w) ?? []), owner(e)]));
      }
  const genericScope = (w: string): boolean => (perServices.get(w)?.size ?? 0) > SHARED_OWNERS;
  /**
   * Three words joined by a stop word, both ends plain ("origin per distribution", "access point policy"): a
   * term when one service alone says it, though its middle word says nothing of its own; not a thing counted per
   * a place every service has ("domain per account").
   */
  const joinedAround = (ws: readonly string[]): boolean =>
    ws.length === 3 &&
    plain(ws[0] as string) &&
    plain(ws[2] as string) &&
    opts.stop.has(ws[1] as string) &&
    !NOT_JOINING.has(ws[1] as string) &&
    !genericScope(ws[2] as string);
  const candidates = new Set<string>();
  const firstWords = new Set<string>();
  /** Each fact's phrases, read once. */
  const factPhrases = new Map<KbEntry['facts'][number], string[]>();
  for (const e of entries)
    for (const f of e.facts) {
      if (f.numeric === undefined) continue;
      const own = about(f).flatMap(phrases);
      factPhrases.set(f, own);
      // A phrase joined by a stop word only as a whole keyword of the fact: the words its KB entry chose to mark
      // the fact ("origins per distribution"), not three words cut out of a longer label or keyword ("targets
      // per target group" gives no "target per target").
      const keyed = new Set(
        (f.check?.keywords ?? [])
          .map(runs)
          .filter((r) => r.length === 1 && r[0]?.length === 3)
          .map((r) => (r[0] as string[]).join(' ')),
      );
      for (const p of own) {
        const ws = p.split(' ');
        if (ws.every(plain) || (keyed.has(p) && joinedAround(ws))) {
          candidates.add(p);
          firstWords.add(ws[0] as string);
        }
      }
      for (const a of acronyms([f.label, f.value, ...(f.check?.keywords ?? [])].join(' '))) candidates.add(a);
    }
  // candidate term → the services whose text uses it.
  const saidBy = new Map<string, Set<string>>();
  const note = (term: string, o: string): void => {
    const set = saidBy.get(term);
    if (set) set.add(o);
    else saidBy.set(term, new Set([o]));
  };
  // Lower-case words of the KB's prose: an acronym written as a plain word too ("GET" / "get", "ZIP" / "zip")
  // is an everyday word, not a term.
  const prose = new Set<string>();
  const serviceEntries = new Map<string, string[]>();
  for (const e of entries) {
    const o = owner(e);
    if (!o.startsWith('arch:')) serviceEntries.set(o, [...(serviceEntries.get(o) ?? []), e.id]);
    const texts = entryTexts(e);
    for (const t of [e.summary, e.body, ...e.examTraps, ...e.facts.flatMap((f) => [f.label, f.value])])
      for (const w of t.match(/(?<![A-Za-z0-9-])[a-z]{3,6}(?![A-Za-z0-9-])/g) ?? []) prose.add(w);
    for (const t of texts) {
      for (const r of runs(t))
        for (let i = 0; i + 1 < r.length; i++) {
          if (!firstWords.has(r[i] as string)) continue;
          const two = `${r[i]} ${r[i + 1]}`;
          if (candidates.has(two)) note(two, o);
          const three = i + 2 < r.length ? `${two} ${r[i + 2]}` : '';
          if (three && candidates.has(three)) note(three, o);
        }
      // Acronyms keyed apart from phrases by their case ("WCU" vs a lower-case phrase).
      for (const a of acronyms(t)) if (candidates.has(a)) note(a, o);
    }
  }
  const usedBy = (term: string): string[] => [...(saidBy.get(term) ?? [])];
  const terms = new Map<string, Term>();
  const add = (term: string, services: string[], fact: string): void => {
    const t = terms.get(term) ?? { services, facts: new Set<string>() };
    t.facts.add(fact);
    terms.set(term, t);
  };
  const rejectedTerms = new Set<string>();
  for (const e of entries) {
    const o = owner(e);
    if (o.startsWith('arch:')) continue;
    for (const f of e.facts) {
      if (f.numeric === undefined) continue;
      // A phrase of what the fact is about (its label outside parentheses, its keywords) that few other
      // services' text uses.
      for (const p of factPhrases.get(f) ?? []) {
        if (rejectedTerms.has(p)) continue;
        const by = terms.get(p)?.services ?? usedBy(p);
        if (
          by.length > SHARED_OWNERS ||
          by.some((b) => b.startsWith('arch:')) ||
          // Its words are all plain (no stop word, figure, unit or name), or plain around a stop word: it was a
          // candidate.
          !candidates.has(p) ||
          // Joined by a stop word, it is a term of one service only (its middle word may join anything).
          (by.length > 1 && !p.split(' ').every(plain)) ||
          opts.isName(p)
        ) {
          rejectedTerms.add(p);
          continue;
        }
        add(p, by, f.id);
      }
      // A unit or other acronym of its label, value or keywords that at most a few services' text uses.
      for (const a of acronyms([f.label, f.value, ...(f.check?.keywords ?? [])].join(' '))) {
        if (rejectedTerms.has(a)) continue;
        const by = usedBy(a);
        if (
          by.length > SHARED_OWNERS ||
          by.some((b) => b.startsWith('arch:')) ||
          opts.isName(a) ||
          prose.has(a.toLowerCase()) ||
          // A unit of measure's abbreviation ("TPS" = transactions/s) is what the figure counts, in any service.
          readUnit(a).dim !== 'count' ||
          readUnit(a).noun !== singular(a.toLowerCase()) ||
          opts.stop.has(a.toLowerCase())
        ) {
          rejectedTerms.add(a);
          continue;
        }
        add(a, by, f.id);
      }
    }
  }
  if (opts.names) resourceNouns(entries, opts, owner, plain, terms, opts.names);
  return { terms, entries: serviceEntries, stop: opts.stop };
}

/**
 * Resource nouns: a thing one service's quotas are counted per ("Listeners per accelerator", "Virtual interfaces
 * per link aggregation group (LAG)") is that service's resource, and a note line that names no service but that
 * thing ("each accelerator: 3 endpoint groups", "40 VIFs on one LAG") speaks of it. One word or up to three, and
 * the acronym the KB defines right after them ("link aggregation group (LAG)": kept though "lag" is a plain word
 * too, as the acronym is written in capitals). Only when no other service's facts count per it and no other
 * service's (or architecture entry's) text uses it on its own: inside a name ("Global Accelerator", "DynamoDB
 * Accelerator") or right after one of the owner's names it is no other service's use. So "distribution" does not
 * name CloudFront (Lightsail has distributions of its own), nor "target group" ELB (Auto Scaling and CodeDeploy
 * speak of target groups on their own). Binds a figure only to the owner's facts that use the noun.
 */
function resourceNouns(
  entries: readonly KbEntry[],
  opts: TermOptions,
  owner: (e: KbEntry) => string,
  plain: (w: string) => boolean,
  terms: Map<string, Term>,
  names: NonNullable<TermOptions['names']>,
): void {
  const serviceOf = new Map<string, string>();
  for (const e of entries) serviceOf.set(e.id, owner(e));
  // noun (lower-case singular words, or an acronym as written) → the services counting per it.
  const perBy = new Map<string, Set<string>>();
  const note = (noun: string, o: string): void => {
    perBy.set(noun, new Set([...(perBy.get(noun) ?? []), o]));
  };
  for (const e of entries)
    for (const f of e.facts) {
      if (f.numeric === undefined) continue;
      for (const m of f.label.matchAll(/\bper\s+([^,;:()]+?)(?=\s*(?:[,;:(]|\bper\b|$))/gi)) {
        // The words after "per", past names and articles ("per CloudFront distribution" → "distribution"),
        // up to the first word that is not plain ("per target group per Region", "per VPC attachment").
        const words = (m[1] as string).match(/[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*/g) ?? [];
        let i = 0;
        while (
          i < words.length &&
          (/^(?:an?|the|each|one)$/i.test(words[i] as string) || opts.isName(words[i] as string))
        )
          i++;
        const run: string[] = [];
        for (; i < words.length && run.length < 3; i++) {
          const w = norm(words[i] as string);
          if (!plain(w) || /^[A-Z0-9]{2,}s?$/.test(words[i] as string)) break;
          run.push(w);
        }
        if (!run.length || i < words.length) continue;
        const noun = run.join(' ');
        note(noun, owner(e));
        // Its acronym, defined right after it in the label: "link aggregation group (LAG)".
        const after = f.label.slice((m.index ?? 0) + m[0].length).match(/^\s*\(([A-Z][A-Z0-9]{1,5})s?\)/);
        if (after && run.length >= 2 && run.map((w) => w[0]).join('') === (after[1] as string).toLowerCase())
          note(after[1] as string, owner(e));
      }
    }
  // Each entry's texts, read once for all nouns.
  const textsOf = new Map(entries.map((e) => [e, entryTexts(e)] as const));
  const texts = (e: KbEntry): string[] => textsOf.get(e) ?? [];
  for (const [noun, by] of perBy) {
    if (by.size !== 1) continue;
    const o = [...by][0] as string;
    if (o.startsWith('arch:') || terms.has(noun) || opts.isName(noun)) continue;
    const acronym = /^[A-Z]/.test(noun);
    const body = acronym
      ? escapeRe(noun)
      : noun
          .split(' ')
          .map((w) => escapeRe(w))
          .join(String.raw`[\s-]+`);
    const re = new RegExp(String.raw`(?<![A-Za-z0-9-])${body}(?:e?s)?(?![A-Za-z0-9])`, acronym ? 'g' : 'gi');
    // Another entry's own use of the noun: not inside a name, nor right after one of the owner's.
    const usedElsewhere = entries.some((e) => {
      if (owner(e) === o) return false;
      return texts(e).some((t) => {
        if (!t) return false;
        let ns: ReturnType<typeof names> | undefined;
        for (const m of t.matchAll(re)) {
          const start = m.index ?? 0;
          const end = start + m[0].length;
          ns ??= names(t);
          if (ns.some((n) => n.start < end && n.end > start)) continue;
          if (
            ns.some(
              (n) =>
                n.end <= start &&
                /^[\s-]*$/.test(t.slice(n.end, start)) &&
                n.entries.some((x) => serviceOf.get(x) === o),
            )
          )
            continue;
          return true;
        }
        return false;
      });
    });
    if (usedElsewhere) continue;
    // The owner's facts with a figure that use it (label or keywords).
    const facts = new Set<string>();
    for (const e of entries)
      if (owner(e) === o)
        for (const f of e.facts)
          if (
            f.numeric !== undefined &&
            [f.label, ...(f.check?.keywords ?? [])].some((t) => ((re.lastIndex = 0), re.test(t)))
          )
            facts.add(f.id);
    if (!facts.size) continue;
    let vocab: Set<string> | undefined;
    if (!acronym && !noun.includes(' ')) {
      vocab = new Set<string>();
      for (const e of entries)
        if (owner(e) === o)
          for (const f of e.facts)
            if (facts.has(f.id))
              for (const t of [f.label, ...(f.check?.keywords ?? [])])
                for (const w of t.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? []) vocab.add(norm(w));
    }
    terms.set(noun, vocab ? { services: [o], facts, vocab } : { services: [o], facts });
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Whether every time `text` says the one-word resource noun `term`, a word of another kind of thing qualifies it
 * ("8 GPU accelerators", "a hardware accelerator"): not a word of its facts ("standard accelerators"), a stop
 * word ("per accelerator", "each accelerator") or a figure ("3 accelerators").
 */
function qualifiedOnly(table: TermTable, term: string, text: string): boolean {
  const vocab = (table.terms.get(term) as Term).vocab;
  if (!vocab) return false;
  let said = false;
  for (const part of text.split(/[^A-Za-z0-9\s.,-]+|\s-\s|[.,](?!\d)/)) {
    const words = (part.match(/[A-Za-z0-9][A-Za-z0-9.,]*(?:-[A-Za-z0-9]+)*/g) ?? []).map((w) =>
      w.toLowerCase(),
    );
    for (let i = 0; i < words.length; i++) {
      if (norm(words[i] as string) !== term) continue;
      said = true;
      const prev = words[i - 1];
      if (prev === undefined || /^\d/.test(prev) || table.stop?.has(prev) || vocab.has(norm(prev)))
        return false;
    }
  }
  return said;
}

/**
 * The entries of the services every term of `text` belongs to, and the facts those terms are in; null when
 * the text uses no term, or terms no one service shares.
 */
export function termSubjects(
  table: TermTable,
  text: string,
): { subjects: string[]; facts: Set<string>; terms: string[]; serviceOf: Map<string, string> } | null {
  if (!table.terms.size) return null;
  // Single words name a service only as resource nouns ("accelerator"); the table has no other one-word terms.
  const found = [...new Set([...runs(text).flat(), ...phrases(text), ...acronyms(text)])].filter(
    (t) => table.terms.has(t) && !qualifiedOnly(table, t, text),
  );
  if (!found.length) return null;
  let services: string[] | null = null;
  for (const t of found) {
    const own = (table.terms.get(t) as Term).services;
    services = services ? services.filter((s) => own.includes(s)) : [...own];
  }
  if (!services?.length) return null;
  const serviceOf = new Map<string, string>();
  for (const s of services) for (const e of table.entries.get(s) ?? []) serviceOf.set(e, s);
  const subjects = [...serviceOf.keys()];
  const facts = new Set(found.flatMap((t) => [...(table.terms.get(t) as Term).facts]));
  return subjects.length ? { subjects, facts, terms: found, serviceOf } : null;
}

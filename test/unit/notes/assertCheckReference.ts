/**
 * Test oracle: checkAssertions and buildAssertIndex exactly as they were before the word pre-filter
 * (src/shared/notes/assertCheck.ts at bdedc2a), for assertPrefilter.test.ts. Do not change.
 */
/**
 * Sentences without a figure checked against the knowledge base's yes/no facts (a fact's `assert`: "st1
 * can be a boot volume", "BatchWriteItem is atomic as a whole", "MessageGroupId is optional"). A sentence
 * is flagged only when it clearly names the fact's subject and says its property with a clear polarity
 * that is the opposite of the official one; anything unsure (a question, a condition, a myth being quoted,
 * history, two subjects contrasted, a double negation) is left alone. Pure; flags have the figure
 * checks' shape.
 */
import type { FactAssert, KbEntry } from '../../../src/shared/kb/schemas';
import type { ClaimFlag, FactIndex } from '../../../src/shared/notes/claimCheck';
// The sentence reading (clauses, polarity, subject order) is shared with the code under test since session 13's
// widening of it (and, since session 17, the unsure-wording and generic-actor tests; since session 19, unsure
// wording read beside each item's own phrases and before a trailing condition): this oracle pins down the word pre-filter, not the reading rules.
// Since session 22 also sentence splitting, the subject inside a phrase (within, outsideSubject), a second negated
// predicate (secondPredicate) and a leading condition naming the subject (situationRead).
import {
  clauses,
  genericSubjectBefore,
  invertedReads,
  namedOutside,
  onlyPredicate,
  outsideSubject,
  polarity,
  ratherAsDenial,
  readFor,
  secondPredicate,
  sentences,
  situationRead,
  unsureWording,
  within,
  withActiveVoice,
  kbVocabulary,
  COPULA,
  type Polarity,
} from '../../../src/shared/notes/assertCheck';

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
}

export interface AssertIndex {
  items: AssertItem[];
  /**
   * The longest word of every property phrase → the items it belongs to: a line is tokenised once and only
   * the items one of whose words it holds are tried (most lines of a note hold none).
   */
  byWord: Map<string, AssertItem[]>;
  /** Every item's subject names: another one in a sentence makes a heading-only subject unsure. */
  anyAbout: RegExp | null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: any run of spaces or hyphens between its words, `*` up to four words, whole words only. */
function phraseBody(p: string): string {
  const SEP = '[\\s-]+';
  // Since session 30: a copula written "=" or ":" (as in assertCheck.ts phraseBody).
  // "a * b": a, then up to four words each followed by a separator, then b.
  const GAP = "(?:[\\w'’/.]+[\\s,-]+){0,4}?";
  let out = '';
  p.trim()
    .split(/[\s-]+/)
    .forEach((w, i, all) => {
      if (w === '*') {
        out += GAP;
        return;
      }
      // Since session 24: up to two words before a closing "by default" (as in assertCheck.ts phraseBody).
      if (
        i > 0 &&
        i === all.length - 2 &&
        /^by$/i.test(w) &&
        /^default$/i.test(all[i + 1] as string) &&
        all[i - 1] !== '*'
      )
        out +=
          "(?:(?!(?:across|in|on|off|for|at|to|from|with|within|per|of|by|when|if|unless|only|not|no|never|is|are|was|were|be|been|enabled|disabled|turned|switched)\\b)[\\w'’/.]+\\s+){0,2}?";
      if (COPULA.test(w) && i < all.length - 1) {
        out =
          i > 0 && all[i - 1] !== '*'
            ? `${out.slice(0, -SEP.length)}(?:${SEP}${escapeRe(w)}${SEP}|\\s*[=:]\\s*)`
            : `${out}(?:${escapeRe(w)}${SEP}|[=:]\\s*)`;
        return;
      }
      out += escapeRe(w);
      if (i < all.length - 1) out += SEP;
    });
  return out;
}

function phrases(list: readonly string[], plural: boolean, prefix = false): RegExp {
  const body = [...new Set(list)]
    .sort((x, y) => y.length - x.length)
    .map(phraseBody)
    .join('|');
  const end = prefix ? '' : '(?![A-Za-z0-9])';
  return new RegExp(`(?<![A-Za-z0-9])(?:${body})${plural ? "(?:s|es|'s)?" : ''}${end}`, 'gi');
}

/** Lower-case words of a text, a plural "s" dropped ("volumes" → "volume"), as phrases and lines are compared. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1)
    .map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w));
}

/** The yes/no facts of `entries`, indexed for the check. */
export function buildAssertIndex(entries: readonly KbEntry[]): AssertIndex {
  const items: AssertItem[] = [];
  const vocabulary = kbVocabulary(entries);
  for (const e of entries)
    for (const f of e.facts) {
      // Since session 30: the phrases' active-voice forms, as assertCheck.ts builds them.
      const a = f.assert ? withActiveVoice(f.assert, vocabulary) : undefined;
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
      });
    }
  const all = items.flatMap((i) => i.a.about);
  const byWord = new Map<string, AssertItem[]>();
  for (const it of items)
    for (const p of [...it.a.says, ...(it.a.opposite ?? [])]) {
      const word = words(p).sort((x, y) => y.length - x.length)[0];
      if (!word) continue;
      const list = byWord.get(word) ?? [];
      if (!list.includes(it)) list.push(it);
      byWord.set(word, list);
    }
  return { items, anyAbout: all.length ? phrases(all, true) : null, byWord };
}

/** Quoted myths, corrections and the like: the sentence reports a claim rather than making it. */
const REPORTED =
  /\b(?:myths?|misconceptions?|not true|untrue|false|wrong|incorrect|mistakes?|mistaken|traps?|contrary|some (?:people|notes|say)|claims? that|people think|often said|it is said|trick)\b|[✗✘❌]/i;
/** History: the sentence may describe how things were. */
const HISTORICAL =
  /\b(?:(?<!\b(?:be|is|are|was|were|been|being|get|gets|got)\s)used to|previously|formerly|originally|in the past|no longer|historically|legacy|old(?:er)? (?:behaviou?r|version)|(?:before|until|prior to|since|as of|in)\s+(?:(?:early|late|mid)[\s-])?(?:19|20)\d\d)\b/i;

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

function firstMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(s);
}

/** Acronyms that name no AWS service or feature: they do not make a second subject. */
const GENERIC_ACRONYM =
  /^(?:IPs?|IPv[46]|AZs?|APIs?|URLs?|TLS|SSL|HTTPS?|TCP|UDP|DNS|IDs?|CIDRs?|ARNs?|JSON|SDKs?|CLI|MFA|RAM|CPUs?|[KMGT]i?B|OS|TTL)$/;

/** Acronyms and capitalised names other than the subject's: a heading-only subject is then unsure. */
function namesSomethingElse(s: string, item: AssertItem, index: AssertIndex, kb: FactIndex | null): boolean {
  const own = new RegExp(
    [item.about.source, item.context?.source, item.says.source, item.opposite?.source]
      .filter(Boolean)
      .join('|'),
    'gi',
  );
  const rest = s.replace(own, ' ');
  if (index.anyAbout && firstMatch(index.anyAbout, rest)) return true;
  if (kb && kb.subjects.find(rest).some((x) => !x.value.includes(item.entryId))) return true;
  return (rest.match(/\b[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*\b/g) ?? []).some((w) => !GENERIC_ACRONYM.test(w));
}

/** Two facts named alike ("Object Lock" for two properties of it) are one subject, not two. */
function sameNames(a: AssertItem, b: AssertItem): boolean {
  const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
  const bs = lower(b.a.about);
  return [...lower(a.a.about)].some((x) => bs.has(x));
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
 * Flags the sentences of `text` (a section body) that contradict a yes/no fact. `headingPath` may name
 * the subject when the sentence does not (then the sentence must name nothing else).
 */
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
  let offset = 0;
  lines.forEach((line, li) => {
    const lineStart = offset;
    offset += line.length + 1;
    const found = new Set<AssertItem>();
    for (const w of words(line)) for (const it of index.byWord.get(w) ?? []) found.add(it);
    if (!found.size) return;
    const candidates = [...found];
    // A table row, a question or a quoted claim is not an assertion we can read reliably.
    if (/\|.*\|/.test(line) || REPORTED.test(line) || HISTORICAL.test(line) || /\?/.test(line)) return;
    let previous = '';
    for (const [s0, s1] of sentences(line)) {
      // Mirrors session 35's reading rule: "X rather than / instead of Y" is read as "X, not Y"; exclusions are
      // still tested on the words as written.
      const written = line.slice(s0, s1);
      const sentence = ratherAsDenial(written);
      // Mirrors session 33's reading rule: the sentence before a semicolon is this one's topic, as a heading is.
      const lead =
        s0 > 0 && line[s0 - 1] === ';' && !/["“”]/.test(previous) && !unsureWording(previous) ? previous : '';
      previous = sentence;
      if (/["“”]/.test(sentence)) continue;
      const unsure = unsureWording(sentence);
      for (const item of candidates) {
        const situation = unsure ? situationRead(sentence, item) : null;
        const read = situation ?? readFor(sentence, item, unsure);
        if (read === null) continue;
        const conditioned = situation === null && read !== sentence;
        const inSentence = firstMatch(item.about, read);
        const inLead =
          !inSentence &&
          lead !== '' &&
          firstMatch(item.about, lead) !== null &&
          onlyPredicate(sentence, item);
        const inHeading = !inSentence && (inLead || firstMatch(item.about, nearest) !== null);
        if (!inSentence && !inHeading) continue;
        if (
          item.context &&
          !firstMatch(item.context, sentence) &&
          !firstMatch(item.context, heading) &&
          !(inLead && firstMatch(item.context, lead))
        )
          continue;
        if (
          item.exclude &&
          (firstMatch(item.exclude, sentence) ||
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
          if (
            inSentence &&
            (!subject ||
              (subject.index > hasPhrase.index &&
                !generic &&
                !within(subject, hasPhrase) &&
                !invertedReads(clause, hasPhrase, subject.index)))
          ) {
            ambiguous = true;
            break;
          }
          const p = polarity(inSentence ? outsideSubject(clause, item) : clause, item);
          // Mirrors session 33's reading rule: a clause restating the property with the same polarity.
          if (p && found && found.asserted === p.asserted) continue;
          if (!p || found) {
            ambiguous = true;
            break;
          }
          found = { ...p, clauseStart: c0 };
        }
        if (ambiguous || !found || found.asserted === item.a.holds) continue;
        if (conditioned && !found.asserted) continue;
        // Another yes/no fact's subject named in the sentence whose phrase is the same words: two subjects,
        // perhaps contrasted ("on by default for ALB and off for NLB").
        const span = found;
        const saidWords = sentence.slice(span.at + span.clauseStart, span.end + span.clauseStart);
        const ownTruth = firstMatch(item.says, saidWords) ? item.a.holds : !item.a.holds;
        if (
          index.items.some(
            (o) =>
              o.factId !== item.factId &&
              !sameNames(o, item) &&
              // Shared with the code under test since session 14 (a rival's own exclusions): a reading rule, not the pre-filter.
              !(o.exclude && (firstMatch(o.exclude, sentence) || firstMatch(o.exclude, heading))) &&
              // Shared with the code under test since session 27 (a rival whose context words are absent is not
              // named there): a reading rule, not the pre-filter.
              !(o.context && !firstMatch(o.context, sentence) && !firstMatch(o.context, heading)) &&
              namedOutside(o.about, item.about, sentence) &&
              // Mirrors session 35's reading rule: a rival that would judge the words the same way is no rival.
              (
                [
                  [o.says, o.a.holds],
                  [o.opposite, !o.a.holds],
                ] as const
              ).some(
                ([re, truth]) =>
                  re !== null &&
                  overlaps(re, sentence, span.at + span.clauseStart, span.end + span.clauseStart) &&
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

import { factRefIds, stringsOf } from './factRefs';

/**
 * The content check: prose in data/ (entry text, comparisons, questions and their explanations) must not
 * state a figure that contradicts the KB fact it talks about, and every `{{fact:id}}` reference must resolve.
 *
 * A sentence "talks about" a fact when it names the fact's service (or, with no service named, belongs to
 * that service's entry, comparison column or question) and shares the most label words with that fact
 * among the service's facts of the same kind of unit. Only sizes and durations are compared: those are the
 * figures that get restated and drift (message sizes, timeouts, retention); counts are too context-bound
 * to judge without false alarms. Sentences that tell history ("raised from 256 KB", "previously",
 * "default") are left alone, as are facts' own `commonMistakes`, which are wrong on purpose.
 */

/** What the check needs of a KB entry. */
export interface CheckEntry {
  id: string;
  service: string;
  facts: readonly { id: string; label: string; value: string; numeric?: number | undefined; unit?: string | undefined }[];
}

/** A piece of prose to check: `value` is any JSON (every string inside is read). */
export interface CheckDoc {
  /** e.g. "question l-sqs-claim-check" */
  where: string;
  /** The entry this prose belongs to, used when a sentence names no service. */
  entryId: string | null;
  value: unknown;
  /**
   * Scenario text (a question's stem): its figures describe the workload ("requests take up to 10 minutes"),
   * not AWS limits, so only its fact references are checked.
   */
  scenario?: unknown;
}

export interface ContentProblem {
  kind: 'unresolved-ref' | 'contradiction';
  where: string;
  path: string;
  factId: string;
  /** The sentence (contradictions) or the reference (unresolved). */
  text: string;
  stated?: string;
  official?: string;
}

type Family = 'size' | 'time';

const UNIT_SCALE: Record<string, { family: Family; dec: number; bin: number }> = {
  b: { family: 'size', dec: 1, bin: 1 },
  bytes: { family: 'size', dec: 1, bin: 1 },
  kb: { family: 'size', dec: 1e3, bin: 1024 },
  kib: { family: 'size', dec: 1024, bin: 1024 },
  mb: { family: 'size', dec: 1e6, bin: 1024 ** 2 },
  mib: { family: 'size', dec: 1024 ** 2, bin: 1024 ** 2 },
  gb: { family: 'size', dec: 1e9, bin: 1024 ** 3 },
  gib: { family: 'size', dec: 1024 ** 3, bin: 1024 ** 3 },
  tb: { family: 'size', dec: 1e12, bin: 1024 ** 4 },
  tib: { family: 'size', dec: 1024 ** 4, bin: 1024 ** 4 },
  s: { family: 'time', dec: 1, bin: 1 },
  sec: { family: 'time', dec: 1, bin: 1 },
  second: { family: 'time', dec: 1, bin: 1 },
  seconds: { family: 'time', dec: 1, bin: 1 },
  min: { family: 'time', dec: 60, bin: 60 },
  minute: { family: 'time', dec: 60, bin: 60 },
  minutes: { family: 'time', dec: 60, bin: 60 },
  hour: { family: 'time', dec: 3600, bin: 3600 },
  hours: { family: 'time', dec: 3600, bin: 3600 },
  day: { family: 'time', dec: 86400, bin: 86400 },
  days: { family: 'time', dec: 86400, bin: 86400 },
  year: { family: 'time', dec: 31536000, bin: 31536000 },
  years: { family: 'time', dec: 31536000, bin: 31536000 },
};

function scaleOf(unit: string | undefined): { family: Family; dec: number; bin: number } | undefined {
  return unit === undefined ? undefined : UNIT_SCALE[unit.trim().toLowerCase()];
}

/** A size or duration written in prose: "256 KB", "1 MiB", "15 minutes", "1,048,576 bytes". */
const QUANTITY =
  /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(KiB|MiB|GiB|TiB|KB|MB|GB|TB|bytes|seconds?|sec|minutes?|min|hours?|days?|years?)\b(?!\s*\/|\s+per\b)/g;

/** Sentences that tell how a limit changed, or name a default/old value, are not claims about the current maximum. */
const HISTORY = /\b(was|were|previously|formerly|used to|older?|raised|increased|decreased|until|before|legacy|default|defaults|up from|from \d)\b/i;

/** Words right before a figure that state it as a limit, or a table row label naming a maximum. */
const LIMIT_BEFORE =
  /(?:\bup to|\bat most|\bmaximum(?: of| is)?|\bmax\.?|\blimited to|\blimit(?:ed)? (?:of|to|is)|\bcannot exceed|\bcan't exceed|\bno (?:more|larger|longer) than|\bas (?:large|long) as|\bcapped at|^max(?:imum)?\b[^:]*:)\s*(?:about\s+|approximately\s+)?$/i;

/** Facts that are limits (a maximum), the only ones a "up to N" sentence can contradict. */
const MAX_FACT = /\bmax|\bmaximum|\blargest|\blongest|\blimit/i;

/** Services name the same thing differently: an SNS message, an EventBridge event, a Kinesis record. */
const SYNONYM: Record<string, string> = { event: 'message', record: 'message', payload: 'message', entry: 'message' };

const STOP = new Set(
  'the a an of per in on for to and or with by at is are be max maximum minimum min default size limit each one any time'.split(' '),
);

function words(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .split(' ')
      .map((w) => w.replace(/s$/, ''))
      .map((w) => SYNONYM[w] ?? w)
      .filter((w) => w.length >= 3 && !STOP.has(w)),
  );
}

function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[A-Z*(`"])|;\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sameQuantity(a: number, aUnit: string, b: number, bUnit: string): boolean {
  const sa = scaleOf(aUnit);
  const sb = scaleOf(bUnit);
  if (!sa || !sb || sa.family !== sb.family) return false;
  // AWS writes "1 MB" and "1 MiB" for the same limit; either reading of either side counts as agreement.
  for (const x of [sa.dec, sa.bin]) for (const y of [sb.dec, sb.bin]) if (Math.abs(a * x - b * y) <= 0.005 * b * y) return true;
  return false;
}

/** Checks every string in `docs` against the facts of `entries`. Pure; the order of problems follows the docs. */
export function checkContent(entries: readonly CheckEntry[], docs: readonly CheckDoc[]): ContentProblem[] {
  const factIds = new Set(entries.flatMap((e) => e.facts.map((f) => f.id)));
  const byService = new Map<string, CheckEntry[]>();
  for (const e of entries) byService.set(e.service, [...(byService.get(e.service) ?? []), e]);
  const serviceRes = [...byService.keys()]
    .filter((s) => s.length >= 2)
    .map((s) => ({ service: s, re: new RegExp(`(?<![\\w-])${escapeRe(s)}(?![\\w-])`) }));
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const problems: ContentProblem[] = [];

  for (const doc of docs) {
    for (const { path, text } of stringsOf(doc.scenario))
      for (const id of factRefIds(text))
        if (!factIds.has(id)) problems.push({ kind: 'unresolved-ref', where: doc.where, path, factId: id, text: `{{fact:${id}}}` });
    for (const { path, text } of stringsOf(doc.value)) {
      for (const id of factRefIds(text))
        if (!factIds.has(id)) problems.push({ kind: 'unresolved-ref', where: doc.where, path, factId: id, text: `{{fact:${id}}}` });
      for (const sentence of sentences(text)) {
        if (HISTORY.test(sentence) || sentence.includes('{{fact:')) continue;
        const quantities = [...sentence.matchAll(QUANTITY)].map((m) => ({
          n: Number((m[1] ?? '').replace(/,/g, '')),
          unit: m[2] ?? '',
          text: m[0],
          index: m.index,
        }));
        if (!quantities.length) continue;
        const named = serviceRes.filter((s) => s.re.test(sentence)).flatMap((s) => byService.get(s.service) ?? []);
        // A sentence naming two or more services compares them; which figure belongs to which is not ours to guess.
        const namedServices = new Set(named.map((e) => e.service));
        if (namedServices.size > 1) continue;
        const implicit = doc.entryId ? entryById.get(doc.entryId) : undefined;
        const subjects = named.length ? named : implicit ? (byService.get(implicit.service) ?? [implicit]) : [];
        if (!subjects.length) continue;
        const sw = words(sentence);
        for (const q of quantities) {
          // Only a figure stated as a limit ("up to 256 KB", "Max message size: 256 KB") is a claim about a maximum.
          if (!LIMIT_BEFORE.test(sentence.slice(0, q.index))) continue;
          const family = scaleOf(q.unit)?.family;
          const candidates = subjects
            .flatMap((e) => e.facts)
            .filter((f) => f.numeric !== undefined && scaleOf(f.unit)?.family === family)
            .map((f) => ({ f, overlap: [...words(f.label)].filter((w) => sw.has(w)).length }));
          const related = candidates.filter((c) => c.overlap > 0);
          if (!related.length) continue;
          const best = Math.max(...related.map((c) => c.overlap));
          const top = related.filter((c) => c.overlap === best);
          // A figure matching one of the facts the sentence is most about agrees with it.
          if (top.some((c) => sameQuantity(q.n, q.unit, c.f.numeric ?? NaN, c.f.unit ?? ''))) continue;
          // When unsure, don't flag: a figure that is another related fact's value (DynamoDB's 400 KB item limit
          // in a sentence that also names item collections) is most likely about that fact.
          if (related.some((c) => sameQuantity(q.n, q.unit, c.f.numeric ?? NaN, c.f.unit ?? ''))) continue;
          const limits = top.filter((c) => MAX_FACT.test(`${c.f.id} ${c.f.label}`));
          const f = limits.length === 1 ? limits[0]?.f : undefined;
          if (!f) continue;
          problems.push({
            kind: 'contradiction',
            where: doc.where,
            path,
            factId: f.id,
            text: sentence,
            stated: q.text,
            official: f.value,
          });
        }
      }
    }
  }
  return problems;
}

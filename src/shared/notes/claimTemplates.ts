/**
 * Sentences about knowledge-base facts, written from templates: right ones (the official value, in other
 * units and words), wrong ones (a value the fact contradicts), outdated ones (an earlier official value) and
 * tricky true ones (a default next to a maximum, another service's figure, a historical remark, a
 * condition). Used to measure the fact-check (npm run eval:factcheck) and to prove every numeric fact is
 * checkable. Pure and deterministic.
 */
import type { FactAssert, KbEntry } from '../kb/schemas';
import type { FactIndex, IndexedFact } from './claimCheck';
import type { Dimension } from './quantity';

export type Expected = 'correct' | 'wrong' | 'outdated';

export interface GeneratedClaim {
  text: string;
  heading: string[];
  expected: Expected;
  factId: string;
  kind: 'right' | 'wrong' | 'outdated' | 'tricky';
  template: string;
}

/** Formats a base value in a unit a note would use. */
function fmt(dim: Dimension, base: number, noun: string, variant = 0): string {
  const n = (x: number): string =>
    Number.isInteger(x) ? x.toLocaleString('en-US') : String(Number(x.toPrecision(6)));
  switch (dim) {
    case 'bytes': {
      const units: [string, number][] = [
        ['TB', 1024 ** 4],
        ['GB', 1024 ** 3],
        ['MB', 1024 ** 2],
        ['KB', 1024],
      ];
      const fits = units.filter(([, f]) => base >= f && Number.isInteger(Math.round((base / f) * 100) / 100));
      const [u, f] = fits[Math.min(variant, fits.length - 1)] ?? ['bytes', 1];
      return `${n(Math.round((base / f) * 100) / 100)} ${variant % 2 ? u.replace('B', 'iB') : u}`;
    }
    case 'seconds': {
      const units: [string, number][] = [
        ['days', 86400],
        ['hours', 3600],
        ['minutes', 60],
        ['seconds', 1],
      ];
      const exact = units.filter(([, f]) => Number.isInteger(base / f) && base / f >= 1);
      const [u, f] = exact[Math.min(variant, exact.length - 1)] ?? ['seconds', 1];
      const v = base / f;
      return `${n(v)} ${v === 1 ? u.slice(0, -1) : u}`;
    }
    case 'percent':
      return base === 99.999999999 && variant ? '11 nines' : `${n(base)}%`;
    case 'bytesPerSecond':
      return base >= 1024 ** 3 && variant ? `${n(base / 1024 ** 3)} GB/s` : `${n(base / 1024 ** 2)} MiB/s`;
    case 'bitsPerSecond':
      return base >= 1e9 ? `${n(base / 1e9)} Gbps` : `${n(base / 1e6)} Mbps`;
    case 'usd':
      return noun ? `$${base} per ${noun}` : `$${base}`;
    case 'count':
      return `${n(base)} ${plural(noun, base)}`;
    case 'ratio': {
      // A ratio per GiB, written per GiB or per TiB as notes do ("3 IOPS per GiB", "50 MiB/s per TiB").
      const what = noun.replace(/\/gib$/, '');
      if (what === 'bytesPerSecond')
        return variant % 2 ? `${n(base / 1024)} KiB/s per GiB` : `${n(base / 1024)} MiB/s per TiB`;
      if (what === 'seconds') return `${n((base * 1024) / 60)} minutes per TiB`;
      return `${n(base)} ${plural(what, base)} per GiB`;
    }
  }
}

function plural(noun: string, n: number): string {
  if (n === 1 || noun.endsWith('/s') || noun === 'iop') return noun === 'iop' ? 'IOPS' : noun;
  if (/(?:x|ch|sh|s)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** A value the fact clearly contradicts, of the same dimension. */
function wrongValue(f: IndexedFact, salt: number): number {
  const v = f.official;
  if (f.dim === 'percent')
    return v >= 99.9 ? (v === 99.9 ? 99.99 : 99.9) : v === 100 ? 99.9 : Math.max(1, Math.round(v / 2));
  if (f.dim === 'count' || f.dim === 'usd') {
    if (f.kind === 'min') return v > 1 ? Math.floor(v / 2) : v + 1;
    return salt % 2 ? v * 2 : v > 1 ? Math.max(1, Math.round(v / 2)) : v * 3;
  }
  // A zero default ("0 seconds") has no multiple: a small positive value contradicts it.
  if (v === 0) return salt % 2 ? 20 : 5;
  if (f.kind === 'min') return v / 2;
  return salt % 2 ? v * 4 : v / 4;
}

function subjectName(e: KbEntry | undefined, f: IndexedFact, index: FactIndex): string {
  const variantName = [...f.variants].map(([g, set]) => {
    const group = index.groups.find((x) => x.id === g);
    const first = group?.aliases.find((a) => set.has(a.variant));
    return first?.text ?? '';
  });
  const full = (e?.title ?? f.entryTitle).replace(/\s*\(.*$/, '');
  const short = full.replace(/^(?:Amazon|AWS)\s+/, '');
  // "Backup" or "Config" alone is an ordinary word, not a name: keep "AWS Backup".
  const base = index.aliases.some((a) => a.lower === short.toLowerCase()) ? short : full;
  const names = variantName.filter(Boolean);
  if (f.subject !== f.entryId && index.aliases.some((a) => a.subjects.includes(f.subject))) {
    const alias = index.aliases.find((a) => a.subjects.length === 1 && a.subjects[0] === f.subject);
    return [alias?.text ?? base, ...names].join(' ');
  }
  return names.some((v) => v.toLowerCase().includes(base.toLowerCase()))
    ? names.join(' ')
    : [base, ...names].join(' ');
}

function attr(label: string): string {
  const l = label.replace(/\s*\([^)]*\)/g, '').trim();
  return l.charAt(0).toLowerCase() + l.slice(1);
}

const MAX_WORDING = ['is at most', 'can be up to', 'tops out at', 'is limited to'];

/** Claims for every numeric fact in the index. */
export function generateClaims(index: FactIndex, entries: readonly KbEntry[]): GeneratedClaim[] {
  const out: GeneratedClaim[] = [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  index.facts.forEach((f, i) => {
    // A fact AWS's texts give differently has no wrong figure to write.
    if (f.unsettled) return;
    const e = byId.get(f.entryId);
    const subj = subjectName(e, f, index);
    const a = attr(f.fact.label);
    const push = pusher(out, f.fact.id);
    const right0 = fmt(f.dim, f.official, f.noun, 0);
    const right1 = fmt(f.dim, f.official, f.noun, 1);
    push(`- ${subj}: ${a} is ${right0}`, 'correct', 'right', 'label-is');
    push(`${subj} — ${a}: ${right1}.`, 'correct', 'right', 'label-colon-alt-unit');
    push(`- ${a}: ${right0}`, 'correct', 'right', 'heading-subject', [subj]);
    const wrong = wrongValue(f, i);
    const kindWord =
      f.kind === 'max' ? 'maximum ' : f.kind === 'min' ? 'minimum ' : f.kind === 'default' ? 'default ' : '';
    const stripped = a
      .replace(/\b(?:maximum|minimum|default|max|min)\s+/gi, '')
      .replace(/\s+(?:maximum|minimum)\b/gi, '');
    const limitWords = /\b(?:largest|longest|lowest|shortest|limit|most|least|highest|up to)\b/i.test(
      stripped,
    );
    // Free things ("no additional charge") are stated in words, not as a price to get wrong.
    if (
      !f.history.some((h) => h.value === wrong) &&
      !(f.dim === 'usd' && f.official === 0) &&
      !/^\d{4} year$/.test(`${f.fact.numeric} ${f.fact.unit}`)
    ) {
      push(
        `- ${subj} ${kindWord}${stripped}: ${fmt(f.dim, wrong, f.noun, 0)}`,
        'wrong',
        'wrong',
        'kind-label-colon',
      );
      if (f.kind === 'max')
        push(
          `${subj}: the ${stripped} ${MAX_WORDING[i % MAX_WORDING.length]} ${fmt(f.dim, wrong, f.noun, 1)}.`,
          'wrong',
          'wrong',
          'max-wording',
        );
      else push(`- ${a} = ${fmt(f.dim, wrong, f.noun, 1)}`, 'wrong', 'wrong', 'heading-subject', [subj]);
    }
    for (const h of f.history) {
      push(
        `- ${subj} ${kindWord}${stripped}: ${fmt(f.dim, h.value, f.noun, 0)}`,
        'outdated',
        'outdated',
        'history-value',
      );
      // Tricky: the same old value, said as history.
      push(
        `- Before ${h.to.slice(0, 4)}, the ${subj} ${stripped} was ${fmt(f.dim, h.value, f.noun, 0)}; now ${right0}.`,
        'correct',
        'tricky',
        'historical',
      );
    }
    // Tricky: a default stated next to the maximum.
    const def = f.values.find((v) => v.role === 'default' && v.value !== f.official);
    if (def && f.kind === 'max')
      push(
        `- ${subj} ${stripped}: default ${fmt(f.dim, def.value, f.noun, 0)}, up to ${right0}`,
        'correct',
        'tricky',
        'default-and-max',
      );
    // Tricky: a setting below a maximum, said as a setting.
    if (f.kind === 'max' && f.dim !== 'percent' && f.dim !== 'usd' && !limitWords)
      push(
        `- e.g. we set ${subj} ${stripped} to ${fmt(f.dim, f.official / 4, f.noun, 0)} for this workload`,
        'correct',
        'tricky',
        'setting-below-max',
      );
    // Tricky: another subject's wrong-looking figure in the same line, named nearer to the number.
    const other = index.facts.find(
      (g) => g.subject !== f.subject && g.dim === f.dim && g.fact.label === f.fact.label,
    );
    if (other) {
      const otherSubj = subjectName(byId.get(other.entryId), other, index);
      push(
        `- ${subj} ${stripped}: ${right0}; ${otherSubj}: ${fmt(other.dim, other.official, other.noun, 0)}`,
        'correct',
        'tricky',
        'two-subjects',
      );
    }
    // Tricky: the figure as a condition.
    if (f.dim === 'bytes' || f.dim === 'seconds')
      push(
        `- For jobs over ${fmt(f.dim, wrong, f.noun, 0)}, split the work before using ${subj}`,
        'correct',
        'tricky',
        'condition',
      );
  });
  return out;
}

/** `claim` with its first auxiliary negated ("can" → "cannot", "is" → "is not"). */
export function negateClaim(claim: string): string {
  return claim.replace(/\b(can|is|are|does|do|will)\b/, (aux) => (aux === 'can' ? 'cannot' : `${aux} not`));
}

/** Adds one generated claim of a fact to `out` (the claim's text, its expected verdict, kind and template). */
function pusher(
  out: GeneratedClaim[],
  factId: string,
): (
  text: string,
  expected: Expected,
  kind: GeneratedClaim['kind'],
  template: string,
  heading?: string[],
) => void {
  return (text, expected, kind, template, heading = []) => {
    out.push({ text, heading, expected, factId, kind, template });
  };
}

/** Lower-cases a sentence's first letter unless it starts an acronym or a name ("SCPs", "gp3" stay). */
function lowerFirst(s: string): string {
  return /^[A-Z](?:[a-z]|\s)/.test(s) && !/^(?:Amazon|AWS)\b/.test(s)
    ? s.charAt(0).toLowerCase() + s.slice(1)
    : s;
}

/**
 * Sentences about the KB's yes/no facts (`assert`): the claim said the right way and the wrong way, as a
 * sentence and as an answered label ("… — deny rules: no"), the antonym in place of the property, and tricky
 * true ones that must not be flagged (the wrong claim asked, quoted as a myth, or set as a condition).
 */
export function generateAssertClaims(entries: readonly KbEntry[]): GeneratedClaim[] {
  const out: GeneratedClaim[] = [];
  for (const e of entries)
    for (const f of e.facts) {
      const a: FactAssert | undefined = f.assert;
      if (!a) continue;
      const push = pusher(out, f.id);
      const pos = a.claim;
      const neg = negateClaim(pos);
      const right = a.holds ? pos : neg;
      const wrong = a.holds ? neg : pos;
      const heading = a.context ? [a.context[0] as string] : [];
      push(`- ${right}`, 'correct', 'right', 'assert-claim', heading);
      push(`- ${wrong}`, 'wrong', 'wrong', 'assert-claim', heading);
      push(`${wrong}.`, 'wrong', 'wrong', 'assert-sentence', heading);
      const plain = a.says.find((p) => !p.includes('*'));
      const subject = a.about[0] as string;
      if (plain) {
        push(
          `- ${subject} — ${plain}: ${a.holds ? 'yes' : 'no'}`,
          'correct',
          'right',
          'assert-answer',
          heading,
        );
        push(
          `- ${subject} — ${plain}: ${a.holds ? 'no' : 'yes'}`,
          'wrong',
          'wrong',
          'assert-answer',
          heading,
        );
      }
      // The antonym in place of the property: "MessageGroupId is optional" for "… is required".
      const inClaim = [...a.says]
        .sort((x, y) => y.length - x.length)
        .find((p) => !p.includes('*') && pos.toLowerCase().includes(p.toLowerCase()));
      const anti = a.opposite?.find((p) => !p.includes('*'));
      if (inClaim && anti) {
        const at = pos.toLowerCase().indexOf(inClaim.toLowerCase());
        const swapped = pos.slice(0, at) + anti + pos.slice(at + inClaim.length);
        push(
          `- ${swapped}`,
          a.holds ? 'wrong' : 'correct',
          a.holds ? 'wrong' : 'right',
          'assert-antonym',
          heading,
        );
      }
      push(`- Is it true that ${lowerFirst(wrong)}?`, 'correct', 'tricky', 'assert-question', heading);
      push(`- Myth: ${wrong}.`, 'correct', 'tricky', 'assert-myth', heading);
      push(
        `- If ${lowerFirst(wrong)}, the design would change.`,
        'correct',
        'tricky',
        'assert-condition',
        heading,
      );
    }
  return out;
}

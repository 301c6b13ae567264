import { DOMAINS, type Domain } from '../kb/provenance';
import type { Question } from './bankSchema';
import { seededRandom, shuffled } from './rng';

/** Share of each domain in the SAA-C03 exam guide (secure 30 %, resilient 26 %, performant 24 %, cost 20 %). */
export const DOMAIN_WEIGHTS: Record<Domain, number> = { secure: 30, resilient: 26, performant: 24, cost: 20 };

export const DOMAIN_LABELS: Record<Domain, string> = {
  secure: 'Secure architectures',
  resilient: 'Resilient architectures',
  performant: 'High-performing architectures',
  cost: 'Cost-optimised architectures',
};

/** The exam's passing mark, as a share of questions (720 on the 100–1000 scaled score). */
export const PASS_RATIO = 0.72;

/** What assembly needs of a question. */
export type ExamCandidate = Pick<Question, 'id' | 'domain'>;

/**
 * How many questions of each domain an exam of `count` gets: largest-remainder apportionment of the
 * weights, then any shortfall (a domain with too few questions) moved to the domains that still have some.
 */
export function apportion(count: number, available: Record<Domain, number>): Record<Domain, number> {
  const total = DOMAINS.reduce((s, d) => s + DOMAIN_WEIGHTS[d], 0);
  const quota = DOMAINS.map((d) => ({ d, exact: (count * DOMAIN_WEIGHTS[d]) / total }));
  const out = Object.fromEntries(quota.map((q) => [q.d, Math.floor(q.exact)])) as Record<Domain, number>;
  let left = count - DOMAINS.reduce((s, d) => s + out[d], 0);
  for (const q of [...quota].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)))) {
    if (left <= 0) break;
    out[q.d]++;
    left--;
  }
  // Cap at what exists, then hand the excess to domains with spare questions, heaviest weight first.
  let excess = 0;
  for (const d of DOMAINS) {
    if (out[d] > available[d]) {
      excess += out[d] - available[d];
      out[d] = available[d];
    }
  }
  const byWeight = [...DOMAINS].sort((a, b) => DOMAIN_WEIGHTS[b] - DOMAIN_WEIGHTS[a]);
  while (excess > 0) {
    const d = byWeight.find((x) => out[x] < available[x]);
    if (!d) break;
    out[d]++;
    excess--;
  }
  return out;
}

/**
 * Picks `count` question ids weighted by domain, deterministic for a seed: the same bank and seed
 * always give the same exam in the same order. Returns fewer when the bank is smaller than `count`.
 */
export function assembleExam(bank: readonly ExamCandidate[], count: number, seed: number): string[] {
  const rand = seededRandom(seed);
  // Sort first so the result does not depend on the order the bank was loaded in.
  const sorted = [...bank].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const byDomain = Object.fromEntries(DOMAINS.map((d) => [d, sorted.filter((q) => q.domain === d)])) as Record<
    Domain,
    ExamCandidate[]
  >;
  const available = Object.fromEntries(DOMAINS.map((d) => [d, byDomain[d].length])) as Record<Domain, number>;
  const take = apportion(Math.max(0, Math.floor(count)), available);
  const picked = DOMAINS.flatMap((d) => shuffled(byDomain[d], rand).slice(0, take[d]));
  return shuffled(picked, rand).map((q) => q.id);
}

/** What grading needs of a question: which options are correct. */
export interface Gradable {
  options: readonly { correct: boolean }[];
}

/** Option indexes (into the bank's order) that are correct. */
export function correctIndexes(q: Gradable): number[] {
  return q.options.flatMap((o, i) => (o.correct ? [i] : []));
}

/** All-or-nothing, like the real exam: a multi-answer question counts only when exactly the right set is chosen. */
export function isCorrect(q: Gradable, chosen: readonly number[]): boolean {
  const want = correctIndexes(q);
  const got = [...new Set(chosen)].sort((a, b) => a - b);
  return got.length === want.length && got.every((v, i) => v === want[i]);
}

export interface DomainScore {
  correct: number;
  total: number;
  /** 0–1; 0 when the domain had no questions. */
  ratio: number;
}

export interface ExamScore {
  correct: number;
  total: number;
  answered: number;
  ratio: number;
  passed: boolean;
  byDomain: Record<Domain, DomainScore>;
  /** Ids answered wrongly or not at all, in exam order: the "drill my misses" list. */
  missed: string[];
}

function ratio(c: number, t: number): number {
  return t === 0 ? 0 : c / t;
}

/** Scores an exam; unanswered questions count as wrong. */
export function scoreExam(
  questions: readonly (Gradable & Pick<Question, 'id' | 'domain'>)[],
  answers: Readonly<Record<string, readonly number[]>>,
): ExamScore {
  const byDomain = Object.fromEntries(DOMAINS.map((d) => [d, { correct: 0, total: 0, ratio: 0 }])) as Record<
    Domain,
    DomainScore
  >;
  let correct = 0;
  let answered = 0;
  const missed: string[] = [];
  for (const q of questions) {
    const chosen = answers[q.id] ?? [];
    if (chosen.length) answered++;
    const ok = chosen.length > 0 && isCorrect(q, chosen);
    byDomain[q.domain].total++;
    if (ok) {
      correct++;
      byDomain[q.domain].correct++;
    } else missed.push(q.id);
  }
  for (const d of DOMAINS) byDomain[d].ratio = ratio(byDomain[d].correct, byDomain[d].total);
  const r = ratio(correct, questions.length);
  return { correct, total: questions.length, answered, ratio: r, passed: r >= PASS_RATIO, byDomain, missed };
}

/** Seconds left of a timed exam at `now` (never negative). */
export function remainingSeconds(startedAt: string, durationS: number, now: Date): number {
  return Math.max(0, Math.round((Date.parse(startedAt) + durationS * 1000 - now.getTime()) / 1000));
}

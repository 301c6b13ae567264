import { DOMAINS, type Domain } from '../kb/provenance';
import { examDomainsOf } from './bankSchema';
import { PASS_RATIO, type ExamCandidate } from './exam';
import { EXAMS, type ExamId } from './examGuides';

/** One recorded answer, as progress needs it. */
export interface AttemptRow {
  /** Which question (per-exam readiness maps it to the exam's domains). */
  questionId?: string;
  answeredAt: string;
  domain: Domain;
  topic: string;
  kbEntry: string | null;
  correct: boolean;
}

export interface DomainPoint {
  /** Bucket start (YYYY-MM-DD, Monday of the week for weekly buckets). */
  period: string;
  attempts: number;
  /** Accuracy 0–100 per domain in this bucket; null where the domain had no answers. */
  accuracy: Record<Domain, number | null>;
  overall: number | null;
}

export interface WeakArea {
  topic: string;
  kbEntry: string | null;
  attempts: number;
  correct: number;
  /** Smoothed accuracy (Laplace: (c + 1) / (n + 2)), so one lucky or unlucky answer does not dominate. */
  score: number;
}

/** Monday (UTC) of the week containing `iso`, as YYYY-MM-DD. */
export function weekOf(iso: string): string {
  const d = new Date(iso);
  const day = (d.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day));
  return monday.toISOString().slice(0, 10);
}

export function dayOf(iso: string): string {
  return new Date(iso).toISOString().slice(0, 10);
}

function pct(c: number, n: number): number | null {
  return n === 0 ? null : Math.round((1000 * c) / n) / 10;
}

/** Accuracy per domain over time, one point per day or week that has answers, oldest first. */
export function accuracyOverTime(rows: readonly AttemptRow[], bucket: 'day' | 'week' = 'week'): DomainPoint[] {
  const key = bucket === 'day' ? dayOf : weekOf;
  const groups = new Map<string, AttemptRow[]>();
  for (const r of rows) {
    const k = key(r.answeredAt);
    const g = groups.get(k);
    if (g) g.push(r);
    else groups.set(k, [r]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([period, g]) => {
      const accuracy = Object.fromEntries(
        DOMAINS.map((d) => {
          const ds = g.filter((r) => r.domain === d);
          return [d, pct(ds.filter((r) => r.correct).length, ds.length)];
        }),
      ) as Record<Domain, number | null>;
      return { period, attempts: g.length, accuracy, overall: pct(g.filter((r) => r.correct).length, g.length) };
    });
}

export interface DomainTotal {
  domain: Domain;
  attempts: number;
  correct: number;
  accuracy: number | null;
}

export function domainTotals(rows: readonly AttemptRow[]): DomainTotal[] {
  return DOMAINS.map((domain) => {
    const ds = rows.filter((r) => r.domain === domain);
    const correct = ds.filter((r) => r.correct).length;
    return { domain, attempts: ds.length, correct, accuracy: pct(correct, ds.length) };
  });
}

/**
 * Topics to study next: those with at least `minAttempts` answers whose smoothed accuracy is below
 * `threshold`, weakest first. Recent answers matter more, so only the last `window` answers per topic count.
 */
export function weakAreas(
  rows: readonly AttemptRow[],
  opts: { minAttempts?: number; threshold?: number; window?: number; limit?: number } = {},
): WeakArea[] {
  const { minAttempts = 3, threshold = 0.7, window = 20, limit = 5 } = opts;
  const byTopic = new Map<string, AttemptRow[]>();
  for (const r of [...rows].sort((a, b) => (a.answeredAt < b.answeredAt ? -1 : 1))) {
    const g = byTopic.get(r.topic);
    if (g) g.push(r);
    else byTopic.set(r.topic, [r]);
  }
  const out: WeakArea[] = [];
  for (const [topic, all] of byTopic) {
    const g = all.slice(-window);
    if (g.length < minAttempts) continue;
    const correct = g.filter((r) => r.correct).length;
    const score = (correct + 1) / (g.length + 2);
    if (score >= threshold) continue;
    // The entry missed most often in this topic is the one to read.
    const misses = new Map<string, number>();
    for (const r of g) if (!r.correct && r.kbEntry) misses.set(r.kbEntry, (misses.get(r.kbEntry) ?? 0) + 1);
    const kbEntry = [...misses.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
    out.push({ topic, kbEntry, attempts: g.length, correct, score: Math.round(score * 1000) / 1000 });
  }
  return out.sort((a, b) => a.score - b.score || b.attempts - a.attempts).slice(0, limit);
}

/** How ready the user is for one domain of an exam. */
export interface DomainReadiness {
  domain: string;
  label: string;
  /** Exam-guide weight, percent. */
  weight: number;
  /** Questions of the bank in this domain (primary domain). */
  inBank: number;
  /** Distinct questions of the domain answered at least once. */
  seen: number;
  /** Of those, how many were right the last time they were answered. */
  rightLastTime: number;
  /** rightLastTime ÷ seen, 0–100; null before any answer. */
  accuracy: number | null;
  /** seen ÷ inBank, 0–100. */
  coverage: number;
}

export interface ExamReadiness {
  exam: ExamId;
  code: string;
  title: string;
  domains: DomainReadiness[];
  /** Weight-averaged accuracy over the domains answered so far (0–100), null before any answer. */
  projected: number | null;
  /** Every domain at or above the pass ratio with at least half its questions seen. */
  ready: boolean;
}

/**
 * Readiness per exam and domain: each question counts once, by its latest answer, under its primary
 * domain of that exam, so practising one topic over and over does not inflate a whole domain.
 */
export function examReadiness(
  rows: readonly Pick<AttemptRow, 'questionId' | 'correct' | 'answeredAt'>[],
  bank: readonly ExamCandidate[],
  exam: ExamId,
): ExamReadiness {
  const guide = EXAMS[exam];
  const domainOf = new Map<string, string>();
  for (const q of bank) {
    const d = examDomainsOf(q, exam)[0];
    if (d) domainOf.set(q.id, d);
  }
  const latest = new Map<string, { at: string; correct: boolean }>();
  for (const r of rows) {
    if (!r.questionId || !domainOf.has(r.questionId)) continue;
    const prev = latest.get(r.questionId);
    if (!prev || prev.at <= r.answeredAt) latest.set(r.questionId, { at: r.answeredAt, correct: r.correct });
  }
  const domains = guide.domains.map((d): DomainReadiness => {
    const ids = [...domainOf.entries()].filter(([, dom]) => dom === d.id).map(([id]) => id);
    const answered = ids.flatMap((id) => {
      const l = latest.get(id);
      return l ? [l] : [];
    });
    const right = answered.filter((a) => a.correct).length;
    return {
      domain: d.id,
      label: d.label,
      weight: d.weight,
      inBank: ids.length,
      seen: answered.length,
      rightLastTime: right,
      accuracy: pct(right, answered.length),
      coverage: ids.length ? Math.round((1000 * answered.length) / ids.length) / 10 : 0,
    };
  });
  const answeredDomains = domains.filter((d) => d.accuracy !== null);
  const w = answeredDomains.reduce((s, d) => s + d.weight, 0);
  const projected = w ? Math.round((10 * answeredDomains.reduce((s, d) => s + d.weight * (d.accuracy ?? 0), 0)) / w) / 10 : null;
  const ready = domains.every((d) => d.accuracy !== null && d.accuracy >= PASS_RATIO * 100 && d.coverage >= 50);
  return { exam, code: guide.code, title: guide.title, domains, projected, ready };
}

import { clipParameters, createEmptyCard, default_w, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';

/**
 * Spaced repetition with FSRS (ts-fsrs). Card state is kept in a plain, JSON-safe shape (ISO strings,
 * numbers) so it maps 1:1 to a SQLite row and to the undo snapshot in the review log.
 */

export const RATINGS = [1, 2, 3, 4] as const;
export type RatingValue = (typeof RATINGS)[number];
export const RATING_LABELS: Record<RatingValue, string> = { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' };

export interface CardState {
  due: string;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: 0 | 1 | 2 | 3;
  lastReview: string | null;
}

export interface IntervalPreview {
  rating: RatingValue;
  label: string;
  due: string;
  /** Human interval from `now` to `due`: "1m", "10m", "3d", "2.1mo". */
  interval: string;
}

/** The user's scheduler settings: desired retention (FSRS request_retention) and fitted weights (null = defaults). */
export interface SchedulerParams {
  retention: number;
  weights: readonly number[] | null;
}
export const DEFAULT_SCHEDULER: SchedulerParams = { retention: 0.9, weights: null };

// Fuzz off: intervals are reproducible (tests, the preview equals what is committed). Retention 0.9 is
// the FSRS default and a sensible target for exam prep. One scheduler per distinct setting.
const schedulers = new Map<string, ReturnType<typeof fsrs>>();
function schedulerFor(p: SchedulerParams): ReturnType<typeof fsrs> {
  const key = `${p.retention}|${p.weights?.join(',') ?? ''}`;
  let s = schedulers.get(key);
  if (!s) {
    s = fsrs({ enable_fuzz: false, request_retention: p.retention, ...(p.weights ? { w: [...p.weights] } : {}) });
    if (schedulers.size > 16) schedulers.clear();
    schedulers.set(key, s);
  }
  return s;
}

function toCard(s: CardState | null, now: Date): Card {
  if (!s) return createEmptyCard(now);
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
    ...(s.lastReview ? { last_review: new Date(s.lastReview) } : {}),
  };
}

function fromCard(c: Card): CardState {
  return {
    due: c.due.toISOString(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state as CardState['state'],
    lastReview: c.last_review ? c.last_review.toISOString() : null,
  };
}

/** A compact interval: minutes under an hour, hours under a day, then days, months, years. */
export function formatInterval(ms: number): string {
  const min = Math.max(0, ms) / 60_000;
  if (min < 1) return '<1m';
  if (min < 60) return `${Math.round(min)}m`;
  const h = min / 60;
  if (h < 24) return `${Math.round(h)}h`;
  const d = h / 24;
  if (d < 30) return `${Math.round(d)}d`;
  if (d < 365) return `${(d / 30).toFixed(1).replace(/\.0$/, '')}mo`;
  return `${(d / 365).toFixed(1).replace(/\.0$/, '')}y`;
}

/** What each rating would schedule, for the buttons' labels. `state` null = a card never reviewed. */
export function previewIntervals(state: CardState | null, now: Date, params: SchedulerParams = DEFAULT_SCHEDULER): IntervalPreview[] {
  const preview = schedulerFor(params).repeat(toCard(state, now), now);
  return RATINGS.map((r) => {
    const due = preview[r as Grade].card.due;
    return { rating: r, label: RATING_LABELS[r], due: due.toISOString(), interval: formatInterval(due.getTime() - now.getTime()) };
  });
}

/** Applies one rating; returns the next state (exactly what previewIntervals showed for that rating). */
export function applyRating(
  state: CardState | null,
  rating: RatingValue,
  now: Date,
  params: SchedulerParams = DEFAULT_SCHEDULER,
): CardState {
  return fromCard(schedulerFor(params).next(toCard(state, now), now, rating as Grade).card);
}

/** A card counts as due when its due instant has passed (new cards are always due). */
export function isDue(state: CardState | null, now: Date): boolean {
  return !state || Date.parse(state.due) <= now.getTime();
}

export const STATE_NAMES: Record<CardState['state'], string> = { 0: 'new', 1: 'learning', 2: 'review', 3: 'relearning' };
export { Rating };

/**
 * Weights the scheduler can use as they are: FSRS's count (21), finite, and inside the bounds ts-fsrs clamps
 * them to (with one relearning step, as fitted). Weights from a file or an optimiser are checked with this
 * before they are saved, so a bad set is refused rather than silently clamped.
 */
export function fsrsWeightsValid(w: readonly number[]): boolean {
  if (w.length !== default_w.length || !w.every((x) => Number.isFinite(x))) return false;
  const clipped = clipParameters([...w], 1);
  return clipped.every((x, i) => Math.abs(x - w[i]!) <= 1e-6 * Math.max(1, Math.abs(w[i]!)));
}

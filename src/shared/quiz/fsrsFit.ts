import { createEmptyCard, default_w, fsrs, forgetting_curve, type Card, type Grade } from 'ts-fsrs';

/**
 * Fitting FSRS weights to one user's review log. ts-fsrs 5.4 ships the scheduler only (its optimizer
 * lives in @open-spaced-repetition/binding, a native/WASI package not installed here), so this fits the
 * part a personal log pins down first: the four initial stabilities w0–w3 (how long a new card answered
 * Again/Hard/Good/Easy is remembered), by minimising the log loss of FSRS's own recall predictions over
 * the user's later reviews, one weight at a time (golden-section search in log space). The other weights
 * stay at the FSRS defaults, which were fitted on millions of Anki users' reviews.
 */

export interface LoggedReview {
  cardId: string;
  /** ms since epoch. */
  at: number;
  rating: Grade;
}

/** Usable reviews a fit needs before it is worth trusting over the defaults (Anki asks for a few hundred). */
export const MIN_FIT_REVIEWS = 400;
/** Upper bound on the reviews replayed (the newest), so a fit stays well under a second or two. */
export const MAX_FIT_REVIEWS = 20_000;

const DAY_MS = 86_400_000;

/** Reviews grouped by card in time order (what the replay walks). */
function byCard(log: readonly LoggedReview[]): LoggedReview[][] {
  const m = new Map<string, LoggedReview[]>();
  for (const r of log) {
    let a = m.get(r.cardId);
    if (!a) m.set(r.cardId, (a = []));
    a.push(r);
  }
  return [...m.values()].map((a) => a.sort((x, y) => x.at - y.at));
}

/** Reviews a day or more after the card's previous one: where a recall prediction can be checked. */
export function usableReviews(log: readonly LoggedReview[]): number {
  let n = 0;
  for (const a of byCard(log)) for (let i = 1; i < a.length; i++) if (a[i]!.at - a[i - 1]!.at >= DAY_MS) n++;
  return n;
}

/** Mean binary log loss of the predicted recall (rating > Again counts as recalled) with weights `w`. */
export function logLoss(cards: readonly LoggedReview[][], w: readonly number[]): number {
  const f = fsrs({ w: [...w], enable_fuzz: false });
  let sum = 0;
  let n = 0;
  for (const reviews of cards) {
    let card: Card = createEmptyCard(new Date(reviews[0]!.at));
    let last: number | null = null;
    for (const r of reviews) {
      if (last !== null && r.at - last >= DAY_MS && card.stability > 0) {
        const p = Math.min(1 - 1e-6, Math.max(1e-6, forgetting_curve(w, (r.at - last) / DAY_MS, card.stability)));
        sum += r.rating > 1 ? -Math.log(p) : -Math.log(1 - p);
        n++;
      }
      card = f.next(card, new Date(r.at), r.rating).card;
      last = r.at;
    }
  }
  return n ? sum / n : Number.NaN;
}

export interface FitResult {
  weights: number[];
  usable: number;
  logLossBefore: number;
  logLossAfter: number;
}

/**
 * Fits w0–w3 to the log, starting from `start` (the defaults or a previous fit). Returns null when the log
 * has fewer than `minReviews` usable reviews.
 */
export function fitWeights(
  log: readonly LoggedReview[],
  start: readonly number[] = default_w,
  minReviews = MIN_FIT_REVIEWS,
): FitResult | null {
  const recent = log.length > MAX_FIT_REVIEWS ? [...log].sort((a, b) => a.at - b.at).slice(-MAX_FIT_REVIEWS) : log;
  const usable = usableReviews(recent);
  if (usable < minReviews) return null;
  const cards = byCard(recent);
  const w = [...start];
  const before = logLoss(cards, w);
  // Initial stabilities are days, between 0.01 and 100 (ts-fsrs clamps them to that range too).
  const lo = Math.log(0.01);
  const hi = Math.log(100);
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let pass = 0; pass < 2; pass++)
    for (let k = 0; k < 4; k++) {
      const at = (x: number): number => {
        const t = [...w];
        t[k] = Math.exp(x);
        return logLoss(cards, t);
      };
      let a = lo;
      let b = hi;
      let c = b - phi * (b - a);
      let d = a + phi * (b - a);
      let fc = at(c);
      let fd = at(d);
      for (let it = 0; it < 18; it++) {
        if (fc < fd) {
          b = d;
          d = c;
          fd = fc;
          c = b - phi * (b - a);
          fc = at(c);
        } else {
          a = c;
          c = d;
          fc = fd;
          d = a + phi * (b - a);
          fd = at(d);
        }
      }
      const best = Math.exp((a + b) / 2);
      const t = [...w];
      t[k] = best;
      if (logLoss(cards, t) < logLoss(cards, w)) w[k] = best;
    }
  // FSRS expects the initial stabilities to grow with the rating; keep them ordered.
  for (let k = 1; k < 4; k++) w[k] = Math.max(w[k]!, w[k - 1]!);
  const after = logLoss(cards, w);
  return after <= before
    ? { weights: w.map((x) => Math.round(x * 1e4) / 1e4), usable, logLossBefore: before, logLossAfter: after }
    : { weights: [...start], usable, logLossBefore: before, logLossAfter: before };
}

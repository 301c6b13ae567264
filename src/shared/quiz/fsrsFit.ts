import { default_w, FSRSAlgorithm, generatorParameters, type FSRSState, type Grade } from 'ts-fsrs';

/**
 * Fitting FSRS weights to one user's review log without native code: the fallback when fsrs-rs (run by
 * jobs/optimize.ts through @open-spaced-repetition/binding) cannot load, errs or overruns. It fits the
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

/**
 * Usable reviews (made a study day or more after the card's previous one) before a fit is offered: at 400
 * the standard error of the measured log loss (~0.66/√n ≈ 0.03) is already larger than a typical gain, so
 * fewer could not show one; fsrs-rs itself fits only w0–w3 under 64 items and nothing under 8.
 */
export const MIN_FIT_REVIEWS = 400;
/**
 * Upper bound on the reviews replayed (the newest): the fit replays them ~60 times, about 1–2 s for 5,000
 * on this VM (20,000 took ~9 s with two passes). The initial stabilities are pinned down well before that.
 */
export const MAX_FIT_REVIEWS = 5_000;

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

/** A card's reviews as the memory model sees them: days since the previous review, and the rating. */
type Steps = { days: number; rating: Grade }[];

function toSteps(cards: readonly LoggedReview[][]): Steps[] {
  return cards.map((a) => a.map((r, i) => ({ days: i === 0 ? 0 : (r.at - a[i - 1]!.at) / DAY_MS, rating: r.rating })));
}

/**
 * Mean binary log loss of the predicted recall (rating > Again counts as recalled) with weights `w`.
 * Uses FSRS's memory model (FSRSAlgorithm.next_state), as optimisers do, not the scheduler's learning
 * steps: that is what the weights describe, and it is ~100x cheaper to replay.
 */
function stepsLoss(cards: readonly Steps[], w: readonly number[]): number {
  const algo = new FSRSAlgorithm(generatorParameters({ w: [...w], enable_fuzz: false }));
  let sum = 0;
  let n = 0;
  for (const steps of cards) {
    let state: FSRSState | null = null;
    for (const s of steps) {
      if (state && s.days >= 1) {
        const p = Math.min(1 - 1e-6, Math.max(1e-6, algo.forgetting_curve(s.days, state.stability)));
        sum += s.rating > 1 ? -Math.log(p) : -Math.log(1 - p);
        n++;
      }
      state = algo.next_state(state, s.days, s.rating);
    }
  }
  return n ? sum / n : Number.NaN;
}

/** Mean binary log loss of FSRS's recall predictions over the reviews, cards given as their reviews. */
export function logLoss(cards: readonly LoggedReview[][], w: readonly number[]): number {
  return stepsLoss(toSteps(cards.map((a) => [...a].sort((x, y) => x.at - y.at))), w);
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
  const cards = toSteps(byCard(recent));
  const w = [...start];
  const before = stepsLoss(cards, w);
  // Initial stabilities are days, between 0.01 and 100 (ts-fsrs clamps them to that range too).
  const lo = Math.log(0.01);
  const hi = Math.log(100);
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let k = 0; k < 4; k++) {
      const at = (x: number): number => {
        const t = [...w];
        t[k] = Math.exp(x);
        return stepsLoss(cards, t);
      };
      let a = lo;
      let b = hi;
      let c = b - phi * (b - a);
      let d = a + phi * (b - a);
      let fc = at(c);
      let fd = at(d);
      for (let it = 0; it < 14; it++) {
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
      if (stepsLoss(cards, t) < stepsLoss(cards, w)) w[k] = best;
    }
  // FSRS expects the initial stabilities to grow with the rating; keep them ordered.
  for (let k = 1; k < 4; k++) w[k] = Math.max(w[k]!, w[k - 1]!);
  const after = stepsLoss(cards, w);
  return after <= before
    ? { weights: w.map((x) => Math.round(x * 1e4) / 1e4), usable, logLossBefore: before, logLossAfter: after }
    : { weights: [...start], usable, logLossBefore: before, logLossAfter: before };
}

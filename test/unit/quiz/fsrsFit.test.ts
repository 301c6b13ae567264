import { default_w, forgetting_curve } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { fitWeights, logLoss, usableReviews, type LoggedReview } from '../../../src/shared/quiz/fsrsFit';
import { seededRandom } from '../../../src/shared/quiz/rng';

const DAY = 86_400_000;

/** Synthetic learners who remember a Good first answer for `s0` days (exponential-ish forgetting). */
function simulate(s0: number, cards: number, seed: number): LoggedReview[] {
  const rnd = seededRandom(seed);
  const log: LoggedReview[] = [];
  for (let c = 0; c < cards; c++) {
    const t0 = c * 3_600_000;
    log.push({ cardId: `c${c}`, at: t0, rating: 3 });
    const gap = 1 + Math.floor(rnd() * 6);
    const p = forgetting_curve(default_w, gap, s0);
    log.push({ cardId: `c${c}`, at: t0 + gap * DAY, rating: rnd() < p ? 3 : 1 });
  }
  return log;
}

describe('FSRS fit from a review log', () => {
  it('needs enough usable reviews', () => {
    const log = simulate(3, 50, 1);
    expect(usableReviews(log)).toBe(50);
    expect(fitWeights(log, default_w, 400)).toBeNull();
  });

  it('moves the Good initial stability towards what the log shows and lowers the log loss', () => {
    const log = simulate(20, 600, 7);
    const fit = fitWeights(log, default_w, 400)!;
    expect(fit).not.toBeNull();
    expect(fit.logLossAfter).toBeLessThan(fit.logLossBefore);
    // Default w2 (Good) is ~2.3 days; these learners remember for ~20.
    expect(fit.weights[2]!).toBeGreaterThan(default_w[2]! * 2);
    expect(logLoss([log.filter((r) => r.cardId === 'c1')], fit.weights)).toBeGreaterThanOrEqual(0);
  });
});

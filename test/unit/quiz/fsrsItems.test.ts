import { describe, expect, it } from 'vitest';
import { countTrainingReviews, fsrsHistories, trainingItems, type LogRow } from '../../../src/shared/quiz/fsrsItems';

const DAY = 86_400_000;
/** Day index = whole UTC days, so the tests do not depend on the machine's time zone. */
const utcDay = (ms: number): number => Math.floor(ms / DAY);
const T0 = Date.parse('2026-03-02T09:00:00Z');
const row = (cardId: string, at: number, rating: LogRow['rating'], wasNew = false): LogRow => ({ cardId, at, rating, wasNew });

describe('review log → FSRS items', () => {
  it('orders each card by time, counts delta_t in study days, keeps same-day reviews at 0 and never ends an item on one', () => {
    const log = [
      row('b', T0 + 5 * DAY, 3),
      row('a', T0 + 1 * DAY + 23 * 3_600_000, 3), // 47 h after the first answer, two study days later: delta_t 2
      row('a', T0, 1, true),
      row('a', T0 + 600_000, 3), // same day: 0
      row('b', T0, 3, true),
    ];
    const h = fsrsHistories(log, utcDay);
    expect(h).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 5 },
      ],
      [
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 2 },
      ],
    ]);
    // Day boundaries, not 24 h spans: 09:00 to 08:00 two days later is 2 study days (47 h).
    expect(trainingItems(h)).toEqual([h[0], h[1]]);
    expect(countTrainingReviews(h)).toBe(2);
  });

  it('starts a reset card at its last introduction and drops cards whose first answer is missing', () => {
    const log = [
      row('a', T0, 3, true),
      row('a', T0 + 3 * DAY, 3),
      row('a', T0 + 10 * DAY, 3, true), // reset, then new again
      row('a', T0 + 12 * DAY, 1),
      row('c', T0 + 2 * DAY, 3), // history cut: starting state unknown
      row('c', T0 + 6 * DAY, 3),
    ];
    expect(fsrsHistories(log, utcDay)).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 2 },
      ],
    ]);
  });

  it('makes one item per later-day review, each the whole history up to it', () => {
    const h = [
      [
        { rating: 3 as const, deltaT: 0 },
        { rating: 3 as const, deltaT: 1 },
        { rating: 1 as const, deltaT: 3 },
        { rating: 3 as const, deltaT: 0 },
        { rating: 3 as const, deltaT: 2 },
      ],
    ];
    expect(trainingItems(h).map((i) => i.length)).toEqual([2, 3, 5]);
  });
});

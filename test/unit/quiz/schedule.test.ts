import { describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { applyRating, formatInterval, fsrsWeightsValid, isDue, previewIntervals, type CardState } from '../../../src/shared/quiz/schedule';

const NOW = new Date('2026-11-25T09:00:00.000Z');
const MIN = 60_000;
const DAY = 86_400_000;

describe('FSRS scheduling wrapper', () => {
  it('previews the four ratings of a new card with ts-fsrs default learning steps (1m, 10m)', () => {
    const p = previewIntervals(null, NOW);
    expect(p.map((x) => x.label)).toEqual(['Again', 'Hard', 'Good', 'Easy']);
    expect(Date.parse(p[0]!.due) - NOW.getTime()).toBe(1 * MIN);
    expect(p[0]!.interval).toBe('1m');
    expect(Date.parse(p[2]!.due) - NOW.getTime()).toBe(10 * MIN);
    expect(p[2]!.interval).toBe('10m');
    // Easy graduates straight to days.
    expect(Date.parse(p[3]!.due) - NOW.getTime()).toBeGreaterThanOrEqual(DAY);
    // Longer for better ratings.
    const ms = p.map((x) => Date.parse(x.due));
    expect([...ms].sort((a, b) => a - b)).toEqual(ms);
  });

  it('commits exactly what the preview showed', () => {
    let s: CardState | null = null;
    let t = NOW;
    for (const r of [3, 3, 2, 4, 1, 3] as const) {
      const shown = previewIntervals(s, t)[r - 1]!;
      s = applyRating(s, r, t);
      expect(s.due).toBe(shown.due);
      t = new Date(Date.parse(s.due) + 1000);
    }
    expect(s!.reps).toBe(6);
    expect(s!.lapses).toBe(1);
  });

  it('Good twice on a new card graduates it to review with a due date days away', () => {
    const a = applyRating(null, 3, NOW);
    expect(a.state).toBe(1); // learning
    const t2 = new Date(Date.parse(a.due));
    const b = applyRating(a, 3, t2);
    expect(b.state).toBe(2); // review
    expect(Date.parse(b.due) - t2.getTime()).toBeGreaterThanOrEqual(DAY);
    expect(b.lastReview).toBe(t2.toISOString());
  });

  it('round-trips through JSON (what the review log stores for undo)', () => {
    const s = applyRating(applyRating(null, 3, NOW), 3, new Date(NOW.getTime() + 10 * MIN));
    const back = JSON.parse(JSON.stringify(s)) as CardState;
    const t = new Date(Date.parse(s.due));
    expect(applyRating(back, 3, t)).toEqual(applyRating(s, 3, t));
  });

  it('knows what is due', () => {
    expect(isDue(null, NOW)).toBe(true);
    const s = applyRating(null, 3, NOW);
    expect(isDue(s, NOW)).toBe(false);
    expect(isDue(s, new Date(NOW.getTime() + 11 * MIN))).toBe(true);
  });

  it('formats intervals compactly', () => {
    expect(formatInterval(30_000)).toBe('<1m');
    expect(formatInterval(10 * MIN)).toBe('10m');
    expect(formatInterval(5 * 60 * MIN)).toBe('5h');
    expect(formatInterval(3 * DAY)).toBe('3d');
    expect(formatInterval(45 * DAY)).toBe('1.5mo');
    expect(formatInterval(730 * DAY)).toBe('2y');
  });
});

describe('fsrsWeightsValid', () => {
  it('accepts the defaults and refuses a wrong count, non-finite values and values FSRS would clamp', () => {
    expect(fsrsWeightsValid(default_w)).toBe(true);
    expect(fsrsWeightsValid(default_w.slice(0, 19))).toBe(false);
    expect(fsrsWeightsValid(default_w.map((w, i) => (i === 5 ? Number.NaN : w)))).toBe(false);
    expect(fsrsWeightsValid(default_w.map(() => -1))).toBe(false);
  });
});

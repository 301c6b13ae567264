import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/app';

let app: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp();
});
afterAll(() => app.dispose());

const DAY = 86_400_000;

describe('study.optimize through the app', () => {
  it('fits the weights once the log has enough reviews and scheduling uses them', async () => {
    const short = await app.call('study.optimize', {});
    expect(short.ok && short.value.fitted).toBe(false);
    // 500 cards, each answered Good and then again 3–7 days later: these learners remember well.
    app.ctx.db.write('seed-log', (u) => {
      const ins = u.prepare(
        `INSERT INTO review_log (card_id, kind, rating, reviewed_at, state_before, due_after, scheduled_days, prev)
         VALUES (?, 'custom', ?, ?, ?, ?, 0, ?)`,
      );
      const t0 = Date.parse('2026-06-01T09:00:00Z');
      for (let c = 0; c < 500; c++) {
        const t = t0 + c * 60_000;
        // prev NULL: the card was new (its first answer); the later answer carries the state before it.
        ins.run(`custom:c${c}`, 3, new Date(t).toISOString(), 0, new Date(t).toISOString(), null);
        const later = t + (3 + (c % 5)) * DAY;
        ins.run(`custom:c${c}`, c % 10 === 0 ? 1 : 3, new Date(later).toISOString(), 2, new Date(later).toISOString(), '{}');
      }
    });
    const r = await app.call('study.optimize', {});
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ fitted: true, usable: 500, engine: 'fsrs-rs' });
    expect(r.value.logLossAfter!).toBeLessThanOrEqual(r.value.logLossBefore!);
    const summary = await app.call('study.summary', { deck: { questions: false } });
    expect(summary.ok && summary.value.settings.weights?.[2]).toBe(r.value.weights![2]);
    expect(summary.ok && summary.value.settings.weightsReviews).toBe(500);
  });
});

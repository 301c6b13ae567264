/**
 * FSRS optimisation from the review log through the app: a job on its own thread and connection, fsrs-rs in
 * a child process under a hard timeout, the pure-TypeScript fit as the fallback. Its own file, so the native
 * optimiser's child processes never share a test worker with other suites.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { optimizeJob } from '../../../src/main/jobs/optimize';
import { previewIntervals } from '../../../src/shared/quiz/schedule';
import { seedSyntheticLog } from './synthetic';
import { testApp } from '../../helpers/app';

const DAY = 86_400_000;

let app: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp();
});
afterAll(() => app.dispose());

describe('FSRS optimisation from the review log', () => {
  it('says how many reviews it still needs on a short log, and changes nothing', async () => {
    const r = await app.call('study.optimize', { apply: true });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ fitted: false, engine: null, usable: 0, needed: 400, weights: null });
    expect(r.value.message).toMatch(/0 of 400/);
  });

  it('fits all 21 weights with fsrs-rs in a job, better than the defaults on the log, and the scheduler uses them once applied', async () => {
    const rows = app.ctx.db.write('seed', (u) => seedSyntheticLog(u, 400, 7));
    expect(rows).toBeGreaterThan(2000);
    const r = await app.call('study.optimize', { apply: false });
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value;
    expect(v.engineNote).toBeNull();
    expect(v).toMatchObject({ fitted: true, engine: 'fsrs-rs', reviews: rows, previousWeights: null });
    expect(v.usable).toBeGreaterThan(1500);
    expect(v.weights).toHaveLength(21);
    // All 21 moved, not only w0–w3 (the TypeScript fallback leaves w4–w20 at the defaults).
    expect(v.weights!.slice(4).some((w, i) => Math.abs(w - default_w[i + 4]!) > 1e-3)).toBe(true);
    expect(v.logLossAfter!).toBeLessThan(v.logLossBefore!);
    expect(v.rmseAfter!).toBeLessThan(v.rmseBefore!);
    console.info(
      `fsrs-rs on ${v.usable} training reviews (${rows} logged): ${v.fitMs} ms in the child; log loss ${v.logLossBefore!.toFixed(4)} → ${v.logLossAfter!.toFixed(4)}, RMSE ${v.rmseBefore!.toFixed(4)} → ${v.rmseAfter!.toFixed(4)}`,
    );

    // Not applied yet.
    let s = await app.call('study.summary', { deck: { questions: false } });
    expect(s.ok && s.value.settings.weights).toBeNull();

    // A set outside FSRS's bounds is refused, not clamped.
    const bad = await app.call('study.weights', { action: 'apply', weights: v.weights!.map(() => -1), reviews: 1, engine: 'fsrs-rs' });
    expect(!bad.ok && bad.error.code).toBe('BAD_INPUT');
    const applied = await app.call('study.weights', { action: 'apply', weights: v.weights!, reviews: v.usable, engine: 'fsrs-rs' });
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.value).toMatchObject({ weights: v.weights, weightsEngine: 'fsrs-rs', previousWeights: null, weightsReviews: v.usable });
    // The scheduler now plans with them: a new card answered Easy goes straight to review after w3 days, and
    // this learner's w3 is far above the default's 8.3 days.
    const easyDays = (w: number[] | null): number =>
      (Date.parse(previewIntervals(null, new Date(), { retention: 0.9, weights: w })[3]!.due) - Date.now()) / DAY;
    expect(easyDays(v.weights)).toBeGreaterThan(easyDays(null) * 1.5);
    const card = await app.call('study.makeCard', { front: 'F?', back: 'B', origin: { kind: 'manual' } });
    if (!card.ok) throw new Error(card.error.message);
    const ans = await app.call('study.answer', { cardId: card.value.id, rating: 4, deck: { questions: false } });
    if (!ans.ok) throw new Error(ans.error.message);
    const committedDays = (Date.parse(ans.value.committed.due) - Date.now()) / DAY;
    expect(Math.abs(committedDays - easyDays(v.weights))).toBeLessThan(1.01);

    const reverted = await app.call('study.weights', { action: 'revert' });
    if (!reverted.ok) throw new Error(reverted.error.message);
    expect(reverted.value).toMatchObject({ weights: null, previousWeights: v.weights });
    s = await app.call('study.summary', { deck: { questions: false } });
    expect(s.ok && s.value.settings.weights).toBeNull();
  });

  it('falls back to the TypeScript fit, and says why, when fsrs-rs overruns its hard timeout', async () => {
    const progress = (): void => {};
    const r = await optimizeJob({ dbPath: app.ctx.userDb.path, timeoutMs: 1 }, progress);
    expect(r).toMatchObject({ fitted: true, engine: 'ts', rmseBefore: null });
    expect(r.engineNote).toMatch(/did not finish within .* and was stopped/);
    expect(r.weights).toHaveLength(21);
    expect(r.weights!.slice(4)).toEqual(default_w.slice(4));
    expect(r.logLossAfter!).toBeLessThanOrEqual(r.logLossBefore!);
  });

  it('reports one job in jobs.status, and the app answered reads while it ran', async () => {
    const pending = app.call('study.optimize', { apply: false });
    const read = await app.call('study.summary', { deck: { questions: false } });
    expect(read.ok).toBe(true);
    const r = await pending;
    expect(r.ok && r.value.engine).toBe('fsrs-rs');
    const jobs = await app.call('jobs.status', {});
    expect(jobs.ok && jobs.value.filter((j) => j.kind === 'study.optimize' && j.state === 'done').length).toBeGreaterThanOrEqual(2);
  });
});

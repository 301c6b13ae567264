import type { StudySettings } from '../../shared/ipc/channels/study';
import type { SchedulerParams } from '../../shared/quiz/schedule';
import type { Db } from '../db/open';
import { sql } from './sql';

interface SettingsRow {
  new_per_day: number;
  reviews_per_day: number;
  desired_retention: number;
  weights: string | null;
  weights_fitted_at: string | null;
  weights_reviews: number | null;
}

/** The user's study settings (one row, created by the migration with Anki-like defaults). */
export function readSettings(user: Db): StudySettings {
  const r = sql(user, 'SELECT * FROM study_settings WHERE id = 1').get() as SettingsRow | undefined;
  if (!r) return { newPerDay: 20, reviewsPerDay: 200, desiredRetention: 0.9, weights: null, weightsFittedAt: null, weightsReviews: null };
  let weights: number[] | null = null;
  try {
    const w = r.weights ? (JSON.parse(r.weights) as unknown) : null;
    if (Array.isArray(w) && w.every((x) => typeof x === 'number' && Number.isFinite(x))) weights = w as number[];
  } catch {
    weights = null;
  }
  return {
    newPerDay: r.new_per_day,
    reviewsPerDay: r.reviews_per_day,
    desiredRetention: r.desired_retention,
    weights,
    weightsFittedAt: r.weights_fitted_at,
    weightsReviews: r.weights_reviews,
  };
}

export function schedulerParams(s: StudySettings): SchedulerParams {
  return { retention: s.desiredRetention, weights: s.weights };
}

/** Saves the limits and retention; `resetWeights` goes back to the default FSRS weights. Run in a write transaction. */
export function saveSettings(
  user: Db,
  s: { newPerDay: number; reviewsPerDay: number; desiredRetention: number; resetWeights?: boolean },
): StudySettings {
  sql(
    user,
    `UPDATE study_settings SET new_per_day = ?, reviews_per_day = ?, desired_retention = ? WHERE id = 1`,
  ).run(s.newPerDay, s.reviewsPerDay, s.desiredRetention);
  if (s.resetWeights) sql(user, 'UPDATE study_settings SET weights = NULL, weights_fitted_at = NULL, weights_reviews = NULL WHERE id = 1').run();
  return readSettings(user);
}

export function saveWeights(user: Db, weights: readonly number[], reviews: number, now: Date): void {
  sql(user, 'UPDATE study_settings SET weights = ?, weights_fitted_at = ?, weights_reviews = ? WHERE id = 1').run(
    JSON.stringify(weights),
    now.toISOString(),
    reviews,
  );
}

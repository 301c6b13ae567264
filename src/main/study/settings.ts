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
  previous_weights?: string | null;
  weights_engine?: string | null;
}

function parseWeights(json: string | null | undefined): number[] | null {
  try {
    const w = json ? (JSON.parse(json) as unknown) : null;
    return Array.isArray(w) && w.length > 0 && w.every((x) => typeof x === 'number' && Number.isFinite(x)) ? (w as number[]) : null;
  } catch {
    return null;
  }
}

/** The user's study settings (one row, created by the migration with Anki-like defaults). */
export function readSettings(user: Db): StudySettings {
  const r = sql(user, 'SELECT * FROM study_settings WHERE id = 1').get() as SettingsRow | undefined;
  if (!r)
    return {
      newPerDay: 20,
      reviewsPerDay: 200,
      desiredRetention: 0.9,
      weights: null,
      weightsFittedAt: null,
      weightsReviews: null,
      weightsEngine: null,
      previousWeights: null,
    };
  const weights = parseWeights(r.weights);
  return {
    newPerDay: r.new_per_day,
    reviewsPerDay: r.reviews_per_day,
    desiredRetention: r.desired_retention,
    weights,
    weightsFittedAt: r.weights_fitted_at,
    weightsReviews: r.weights_reviews,
    weightsEngine: weights && (r.weights_engine === 'fsrs-rs' || r.weights_engine === 'ts') ? r.weights_engine : null,
    previousWeights: parseWeights(r.previous_weights),
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
  if (s.resetWeights)
    sql(
      user,
      `UPDATE study_settings SET previous_weights = weights, weights = NULL, weights_fitted_at = NULL, weights_reviews = NULL,
              weights_engine = NULL WHERE id = 1`,
    ).run();
  return readSettings(user);
}

/** Puts fitted weights in use; the ones in use until now are kept for "Revert". Run in a write transaction. */
export function saveWeights(user: Db, weights: readonly number[], reviews: number, now: Date, engine: 'fsrs-rs' | 'ts' = 'ts'): void {
  sql(
    user,
    `UPDATE study_settings SET previous_weights = weights, weights = ?, weights_fitted_at = ?, weights_reviews = ?, weights_engine = ?
      WHERE id = 1`,
  ).run(JSON.stringify(weights), now.toISOString(), reviews, engine);
}

/**
 * Back to the weights in use before the last apply (the defaults when there were none); the ones replaced
 * become "previous", so a second revert redoes. Run in a write transaction.
 */
export function revertWeights(user: Db): StudySettings {
  // The engine and date of the restored set are not kept: the UI says "fitted earlier" rather than guess.
  sql(
    user,
    `UPDATE study_settings SET weights = previous_weights, previous_weights = weights, weights_engine = NULL,
            weights_fitted_at = NULL, weights_reviews = CASE WHEN previous_weights IS NULL THEN NULL ELSE weights_reviews END
      WHERE id = 1`,
  ).run();
  return readSettings(user);
}

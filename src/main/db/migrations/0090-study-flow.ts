import type { Migration } from './types';

/**
 * The daily study flow: per-card suspend/bury, the user's study settings (daily limits, desired
 * retention, FSRS weights fitted from their own review log) and tags on their cards (Anki imports carry
 * them). Flags live beside study_cards rather than in it: a card can be suspended before it was ever
 * reviewed, and a reset (forget) deletes the schedule row but keeps the flag.
 */
export const migration: Migration = {
  version: 90,
  name: 'study-flow',
  up: `
CREATE TABLE study_card_flags (
  card_id TEXT PRIMARY KEY,
  suspended INTEGER NOT NULL DEFAULT 0 CHECK (suspended IN (0, 1)),
  buried_until TEXT                  -- ISO instant; the card stays out of the queue until then
) STRICT;

CREATE TABLE study_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  new_per_day INTEGER NOT NULL DEFAULT 20 CHECK (new_per_day BETWEEN 0 AND 9999),
  reviews_per_day INTEGER NOT NULL DEFAULT 200 CHECK (reviews_per_day BETWEEN 0 AND 99999),
  desired_retention REAL NOT NULL DEFAULT 0.9 CHECK (desired_retention BETWEEN 0.7 AND 0.99),
  weights TEXT,                      -- JSON array of FSRS weights fitted from review_log; NULL = defaults
  weights_fitted_at TEXT,
  weights_reviews INTEGER            -- how many reviews the fit used
) STRICT;
INSERT INTO study_settings(id) VALUES (1);

ALTER TABLE custom_cards ADD COLUMN tags TEXT NOT NULL DEFAULT '';
`,
};

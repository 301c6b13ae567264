import type { Migration } from './types';

/**
 * FSRS weights apply/revert: the weights in use before the last apply (so "Revert" restores them, not only
 * the defaults) and which optimiser fitted the current ones (fsrs-rs fits all 21; the built-in fallback w0–w3).
 */
export const migration: Migration = {
  version: 130,
  name: 'fsrs-weights',
  up: `
ALTER TABLE study_settings ADD COLUMN previous_weights TEXT;   -- JSON array; NULL = the FSRS defaults
ALTER TABLE study_settings ADD COLUMN weights_engine TEXT CHECK (weights_engine IN ('fsrs-rs', 'ts'));
`,
};

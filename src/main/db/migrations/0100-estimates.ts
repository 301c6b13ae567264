import type { Migration } from './types';

/**
 * Estimates (a design's calculator lines, variants side by side). Only inputs are stored; totals are
 * recomputed with the current prices. Deleting sets deleted_at so "Undo" can bring it back; deleted rows
 * older than a week are purged when the next one is deleted.
 */
export const migration: Migration = {
  version: 100,
  name: 'estimates',
  up: `
CREATE TABLE estimates (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  doc TEXT NOT NULL,              -- JSON EstimateDoc, validated on save
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX estimates_live ON estimates(deleted_at, updated_at);
`,
};

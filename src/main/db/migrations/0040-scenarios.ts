import type { Migration } from './types';

/** Named calculator scenarios (inputs only: results are recomputed with the current prices). */
export const migration: Migration = {
  version: 40,
  name: 'scenarios',
  up: `
CREATE TABLE scenarios (
  id TEXT PRIMARY KEY,
  calculator TEXT NOT NULL,
  name TEXT NOT NULL,
  input TEXT NOT NULL,            -- JSON, as entered
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (calculator, name)
) STRICT;
CREATE INDEX scenarios_calc ON scenarios(calculator, updated_at);
`,
};

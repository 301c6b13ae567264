import type { Migration } from './types';

/**
 * Prices imported from AWS Price List offer files. They live in the user database (never in data/) and
 * are laid over the bundled price packs and tables when those are served; deleting rows reverts to bundled.
 * One row per (region, key): the newest import of an offer replaces that offer's rows for its regions.
 */
export const migration: Migration = {
  version: 60,
  name: 'imported-prices',
  up: `
CREATE TABLE price_imports (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  offer_code TEXT NOT NULL,
  version TEXT NOT NULL,
  publication_date TEXT NOT NULL,   -- as in the file (ISO date-time)
  format TEXT NOT NULL CHECK (format IN ('json', 'csv')),
  bytes INTEGER NOT NULL,
  products INTEGER NOT NULL,
  imported_at TEXT NOT NULL
) STRICT;
CREATE TABLE imported_prices (
  region TEXT NOT NULL,
  key TEXT NOT NULL,                -- a price-pack key, or ec2.<type>.linux.<term>
  usd REAL NOT NULL CHECK (usd >= 0),
  unit TEXT NOT NULL,               -- the key's unit
  file_unit TEXT NOT NULL,          -- the offer file's unit and price, before conversion
  file_usd REAL NOT NULL,
  import_id INTEGER NOT NULL REFERENCES price_imports(id) ON DELETE CASCADE,
  PRIMARY KEY (region, key)
) STRICT, WITHOUT ROWID;
CREATE INDEX imported_prices_import ON imported_prices(import_id);
`,
};

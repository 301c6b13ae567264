import curatedFile from '../../../data/search/abbreviations.json';
import { abbreviationFileSchema, buildSynonymTable, type CuratedAbbreviation, type SynonymTable } from '../../shared/search/synonyms';
import type { Db } from '../db/open';
import { cachedStatement } from './stmt';

const curated: readonly CuratedAbbreviation[] = (() => {
  // Validated by test/unit/search/synonyms.test.ts; a broken file must not break search.
  const r = abbreviationFileSchema.safeParse(curatedFile);
  return r.success ? r.data.abbreviations : [];
})();

const tables = new WeakMap<Db, { version: string; table: SynonymTable }>();

/**
 * The abbreviation table for this index: mined from the KB documents it holds plus the curated list,
 * rebuilt when the KB copy in the index changes (its version is in meta.kbIndexedVersion).
 */
export function synonymsFor(db: Db): SynonymTable {
  const version =
    (cachedStatement(db, "SELECT value FROM meta WHERE key = 'kbIndexedVersion'").pluck().get() as string | undefined) ?? '';
  const have = tables.get(db);
  if (have && have.version === version) return have.table;
  const texts = db
    .prepare(`SELECT title || char(10) || body FROM search_docs WHERE kind IN ('entry', 'fact', 'comparison')`)
    .pluck()
    .iterate() as IterableIterator<string>;
  const table = buildSynonymTable(texts, curated);
  tables.set(db, { version, table });
  return table;
}

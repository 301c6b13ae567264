import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';
import type { Db } from './open';

/** One object of a schema as SQLite stores it, with its columns when it is a table. */
interface SchemaObject {
  type: string;
  name: string;
  tbl: string;
  /** CREATE statement with whitespace collapsed (SQLite keeps it verbatim, so equal migrations give equal text). */
  sql: string;
  columns: string[];
}

/** Versions this build can read: exactly the versions its migrations write (0 is not one of them). */
export function knownVersions(migrations: readonly Migration[] = MIGRATIONS): number[] {
  return migrations.map((m) => m.version).sort((a, b) => a - b);
}

function describeColumn(c: { name: string; type: string; notnull: number; dflt_value: unknown; pk: number }): string {
  return `${c.name} ${c.type || '(no type)'}${c.notnull ? ' NOT NULL' : ''}${c.pk ? ` PK${c.pk}` : ''}${c.dflt_value !== null ? ` DEFAULT ${String(c.dflt_value)}` : ''}`;
}

/** Every table, index, trigger and view of a database (SQLite's own objects excluded), by name. */
export function readSchema(db: Db): Map<string, SchemaObject> {
  const rows = db
    .prepare("SELECT type, name, tbl_name AS tbl, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { type: string; name: string; tbl: string; sql: string | null }[];
  const out = new Map<string, SchemaObject>();
  for (const r of rows) {
    const columns =
      r.type === 'table'
        ? (db.prepare('SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)').all(r.name) as Parameters<
            typeof describeColumn
          >[0][]).map(describeColumn)
        : [];
    out.set(r.name, { type: r.type, name: r.name, tbl: r.tbl, sql: (r.sql ?? '').replace(/\s+/g, ' ').trim(), columns });
  }
  return out;
}

const expectedCache = new Map<number, Map<string, SchemaObject>>();

/** The schema a database of `version` has: migrations up to it, run in a scratch in-memory database. */
export function expectedSchema(version: number, migrations: readonly Migration[] = MIGRATIONS): Map<string, SchemaObject> {
  const hit = migrations === MIGRATIONS ? expectedCache.get(version) : undefined;
  if (hit) return hit;
  const scratch = new Database(':memory:');
  try {
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) if (m.version <= version) scratch.exec(m.up);
    const schema = readSchema(scratch);
    if (migrations === MIGRATIONS) expectedCache.set(version, schema);
    return schema;
  } finally {
    scratch.close();
  }
}

/**
 * Differences between a database's schema and the one its version should have, in words ("missing table
 * note_cards", "table prefs: columns differ (…)"). Empty when they match exactly.
 */
export function schemaDifferences(db: Db, version: number, migrations: readonly Migration[] = MIGRATIONS): string[] {
  const want = expectedSchema(version, migrations);
  const have = readSchema(db);
  const diffs: string[] = [];
  for (const [name, w] of want) {
    const h = have.get(name);
    if (!h) diffs.push(`missing ${w.type} ${name}`);
    else if (h.type !== w.type) diffs.push(`${name} is a ${h.type}, expected a ${w.type}`);
    else if (w.type === 'table' && h.columns.join(', ') !== w.columns.join(', '))
      diffs.push(`table ${name} has columns (${h.columns.join(', ')}), expected (${w.columns.join(', ')})`);
    else if (h.sql !== w.sql) diffs.push(`${w.type} ${name} is defined differently`);
  }
  for (const [name, h] of have) if (!want.has(name)) diffs.push(`unexpected ${h.type} ${name}`);
  return diffs;
}

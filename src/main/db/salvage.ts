import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import type { SalvageTable } from '../../shared/ipc/channels/backup';
import { MIGRATIONS } from './migrations';
import { knownVersions } from './schema';
import type { Db } from './open';

export interface SalvageResult {
  schemaVersion: number;
  tables: SalvageTable[];
}

/** Rows copied per transaction in the new file: bounded memory whatever the table size. */
const BATCH = 2000;

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * Tables whose rows are data (not an FTS index's own storage, not a virtual table): the index tables are
 * rebuilt in the new file by the schema's triggers as the documents are copied.
 */
function dataTables(db: Db): { name: string; withoutRowid: boolean }[] {
  const all = db.prepare("SELECT name, type, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
    name: string;
    sql: string | null;
  }[];
  const virtual = all.filter((t) => /^\s*CREATE\s+VIRTUAL/i.test(t.sql ?? '')).map((t) => t.name);
  return all
    .filter((t) => !virtual.includes(t.name) && !virtual.some((v) => t.name.startsWith(`${v}_`)))
    .map((t) => ({ name: t.name, withoutRowid: /WITHOUT\s+ROWID/i.test(t.sql ?? '') }));
}

/**
 * Copies one table row by row in rowid order. When SQLite hits a damaged page it cannot step past it, so the
 * copy seeks to ever larger rowids beyond the last good one (through the table's interior pages, which are
 * often intact) until it finds readable rows again; the rows in the skipped stretch are counted as lost.
 */
function copyTable(src: Db, out: Db, name: string, columns: string[], withoutRowid: boolean, onRows: (n: number) => void): SalvageTable {
  const cols = columns.map(quote).join(', ');
  const report: SalvageTable = { name, rowsCopied: 0, rowsLost: 0 };
  const insert = withoutRowid
    ? out.prepare(`INSERT OR IGNORE INTO ${quote(name)} (${cols}) VALUES (${columns.map(() => '?').join(', ')})`)
    : out.prepare(`INSERT OR IGNORE INTO ${quote(name)} (rowid, ${cols}) VALUES (?, ${columns.map(() => '?').join(', ')})`);
  let buffer: unknown[][] = [];
  const flush = out.transaction(() => {
    for (const r of buffer) insert.run(...r);
  });
  const push = (row: unknown[]): void => {
    buffer.push(row);
    if (buffer.length >= BATCH) {
      flush();
      onRows(buffer.length);
      buffer = [];
    }
  };
  const finish = (): void => {
    flush();
    onRows(buffer.length);
    buffer = [];
  };
  if (withoutRowid) {
    // No rowid to seek past damage: copy what comes before it.
    try {
      for (const r of src.prepare(`SELECT ${cols} FROM ${quote(name)}`).raw().iterate() as Iterable<unknown[]>) {
        push(r);
        report.rowsCopied++;
      }
    } catch (e) {
      report.error = (e as Error).message;
    }
    finish();
    return report;
  }
  let maxRowid: number | null = null;
  try {
    maxRowid = (src.prepare(`SELECT max(rowid) AS m FROM ${quote(name)}`).get() as { m: number | null }).m;
  } catch {
    maxRowid = Number.MAX_SAFE_INTEGER; // the right edge is damaged: probe up to the largest possible rowid
  }
  if (maxRowid === null) return report;
  const read = src.prepare(`SELECT rowid, ${cols} FROM ${quote(name)} WHERE rowid > ? ORDER BY rowid`).raw();
  const next = src.prepare(`SELECT rowid FROM ${quote(name)} WHERE rowid >= ? ORDER BY rowid LIMIT 1`).pluck();
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    let failed = false;
    try {
      for (const r of read.iterate(after) as Iterable<unknown[]>) {
        push(r);
        report.rowsCopied++;
        after = Number(r[0]);
      }
    } catch (e) {
      failed = true;
      report.error ??= (e as Error).message;
    }
    if (!failed) break;
    // Find the first readable row past the damage: step 1, 2, 4, … rowids beyond the last good one.
    let resumeAt: number | null = null;
    for (let step = 1; after + step <= maxRowid && resumeAt === null; step *= 2) {
      try {
        const id = next.get(after + step) as number | undefined;
        if (id === undefined) break;
        // The row itself must be readable too (its page may be the damaged one).
        src.prepare(`SELECT ${cols} FROM ${quote(name)} WHERE rowid = ?`).raw().get(id);
        resumeAt = id;
      } catch {
        /* still inside the damage: step further */
      }
    }
    if (resumeAt === null) {
      report.rowsLost += Math.max(0, maxRowid - after);
      break;
    }
    report.rowsLost += resumeAt - after - 1;
    after = resumeAt - 1;
  }
  finish();
  return report;
}

/**
 * "Export what can be read": builds a new database at `outFile` with the schema of the source's version and
 * copies every readable row of every data table into it, skipping damaged pages. The source is opened
 * read-only and never changed. Throws only when not even the schema can be read.
 */
export function salvageInto(srcPath: string, outFile: string, onProgress: (table: string, rows: number) => void = (): void => {}): SalvageResult {
  rmSync(outFile, { force: true });
  const src = new Database(srcPath, { readonly: true, fileMustExist: true });
  const out = new Database(outFile);
  try {
    let version = 0;
    try {
      version = src.pragma('user_version', { simple: true }) as number;
    } catch {
      /* header unreadable: treat as the newest schema below */
    }
    const versions = knownVersions();
    const target = versions.includes(version) ? version : versions[versions.length - 1]!;
    // A scratch file until it is complete: no journal, no fsync per batch (the caller reads it once at the end).
    out.pragma('journal_mode = OFF');
    out.pragma('synchronous = OFF');
    out.pragma('cache_size = -32768');
    out.pragma('foreign_keys = OFF'); // rows arrive table by table; a lost parent must not drop readable children
    for (const m of MIGRATIONS) if (m.version <= target) out.exec(m.up);
    const outTables = new Map(dataTables(out).map((t) => [t.name, t]));
    const tables: SalvageTable[] = [];
    for (const t of dataTables(src)) {
      const o = outTables.get(t.name);
      if (!o) continue; // not part of our schema
      let columns: string[];
      try {
        const have = new Set((src.prepare('SELECT name FROM pragma_table_info(?)').all(t.name) as { name: string }[]).map((c) => c.name));
        columns = (out.prepare('SELECT name FROM pragma_table_info(?)').all(t.name) as { name: string }[])
          .map((c) => c.name)
          .filter((c) => have.has(c));
      } catch (e) {
        tables.push({ name: t.name, rowsCopied: 0, rowsLost: 0, error: (e as Error).message });
        continue;
      }
      let copied = 0;
      tables.push(copyTable(src, out, t.name, columns, o.withoutRowid, (n) => onProgress(t.name, (copied += n))));
    }
    out.pragma(`user_version = ${target}`);
    return { schemaVersion: target, tables };
  } finally {
    out.close();
    src.close();
  }
}

import Database from 'better-sqlite3';
import { openSync, writeSync, closeSync } from 'node:fs';

/** Leaf pages of a table's b-tree (1-based page numbers), read through SQLite's dbstat. */
export function leafPagesOf(path: string, table: string): number[] {
  const db = new Database(path, { readonly: true });
  try {
    return (
      db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").all(table) as { pageno: number }[]
    ).map((r) => r.pageno);
  } finally {
    db.close();
  }
}

/**
 * Damages one page the way a bad sector or a torn write would: the page's header and cell pointers (its
 * first bytes) become garbage, so SQLite answers SQLITE_CORRUPT when it reads that page.
 */
export function corruptPage(path: string, pageNo: number, pageSize = 4096): void {
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(64, 0xa5), 0, 64, (pageNo - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

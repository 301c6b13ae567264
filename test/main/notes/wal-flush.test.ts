import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flushWalInBackground } from '../../../src/main/db/walFlush';
import { tempUserDb } from '../../helpers/db';

describe('flushWalInBackground', () => {
  it('returns at once inside a write transaction, changes nothing, and the commit still lands', async () => {
    const { db, dispose } = tempUserDb('sd-wal-flush-');
    try {
      db.transaction(() => {
        db.prepare("INSERT INTO meta(key, value) VALUES ('walFlushProbe', ?)").run('x'.repeat(200_000));
        flushWalInBackground(db);
        flushWalInBackground(db);
      })();
      expect(existsSync(`${db.name}-wal`)).toBe(true);
      // Let the pool's fdatasync and close callbacks run.
      await new Promise((r) => setTimeout(r, 50));
      expect(db.prepare("SELECT length(value) FROM meta WHERE key = 'walFlushProbe'").pluck().get()).toBe(200_000);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      dispose();
    }
  });

  it('is a no-op for a database without a WAL file', () => {
    const mem = new Database(':memory:');
    expect(() => flushWalInBackground(mem)).not.toThrow();
    mem.close();
  });
});

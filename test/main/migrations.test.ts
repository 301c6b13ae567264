import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { openUserDb } from '../../src/main/db/open';
import { tempDir } from '../helpers/tmp';

/**
 * Representative rows for every user table, keyed by table name. A new migration that adds a table must
 * add its seed here: the test fails until it does, so every migration is proven to keep earlier data.
 */
const SEEDS: Record<string, string> = {
  prefs: `INSERT INTO prefs(key, value, updated_at) VALUES ('ui.theme', '"dark"', '2026-01-01T00:00:00Z')`,
  meta: `INSERT INTO meta(key, value) VALUES ('seed', 'yes')`,
  search_docs: `INSERT INTO search_docs(kind, ref, title, body, service) VALUES ('note', 'seed-1', 'Seed note', 'dynamodb partition keys', NULL)`,
  search_terms: `INSERT INTO search_terms(term, docs) VALUES ('seedterm', 1)`,
  estimates: `INSERT INTO estimates(id, name, doc, created_at, updated_at) VALUES ('est-seed', 'Seed', '{"version":1,"name":"Seed","variants":[{"id":"v","name":"A","lines":[]}]}', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
  search_pending: `INSERT INTO search_pending(id) VALUES (424242)`,
  search_postings: `INSERT INTO search_postings(term, last, n, data, pos) VALUES ('seedterm', 424242, 1, x'b2e31902', x'0101')`,
  search_pair_bits: `INSERT INTO search_pair_bits(blk, bits) VALUES (424, x'0f')`,
  search_postings_queue: `INSERT INTO search_postings_queue(id) VALUES (424242)`,
  study_cards: `INSERT INTO study_cards(card_id, kind, due, stability, difficulty, elapsed_days, scheduled_days, reps, lapses, state, last_review)
                VALUES ('custom:seed', 'custom', '2026-01-02T00:00:00Z', 2.5, 5.0, 1, 2, 1, 0, 2, '2026-01-01T00:00:00Z')`,
  review_log: `INSERT INTO review_log(card_id, kind, rating, reviewed_at, state_before, due_after, scheduled_days, duration_ms, prev)
               VALUES ('custom:seed', 'custom', 3, '2026-01-01T00:00:00Z', 0, '2026-01-02T00:00:00Z', 1, 4000, NULL)`,
  custom_cards: `INSERT INTO custom_cards(id, front, back, origin, created_at) VALUES ('custom:seed', 'One RCU?', '4 KB strongly consistent read/s', '{}', '2026-01-01T00:00:00Z')`,
  exams: `INSERT INTO exams(id, seed, started_at, duration_s, question_ids) VALUES ('exam-seed', 7, '2026-01-01T00:00:00Z', 600, '["q1"]')`,
  scenarios: `INSERT INTO scenarios(id, calculator, name, input, created_at, updated_at)
              VALUES ('s1', 'lambda', 'baseline', '{"memoryMB":512}', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
  note_files: `INSERT INTO note_files(id, file_key, name, content_hash, encoding, imported_at, updated_at)
               VALUES (1, '/notes/seed.md', 'seed.md', 'h', 'utf-8', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
  note_sections: `INSERT INTO note_sections(id, file_id, ord, title, heading_path, body, start_line)
                  VALUES ('ns:00000000000001', 1, 0, 'Kinesis', '["Kinesis"]', 'shards', 1)`,
  note_cards: `INSERT INTO note_cards(id, file_id, section_id, file, section, front, back, style, ord, created_at)
               VALUES ('note:00000000000001', 1, 'ns:00000000000001', 'seed.md', 'Kinesis', 'Shard write?', '1 MB/s', 'qa', 0, '2026-01-01T00:00:00Z')`,
  open_questions: `INSERT INTO open_questions(file_id, section_id, ord, text) VALUES (1, 'ns:00000000000001', 0, 'Why shards?')`,
  fact_flags: `INSERT INTO fact_flags(id, section_id, rule_id, excerpt, line, start_offset, end_offset, official, source, as_of, suggestion, explanation)
               VALUES ('ff:00000000000001', 'ns:00000000000001', 'sqs.message-size', '256kb per message', '- 256kb per message', 2, 19, '1 MiB', 'https://docs.aws.amazon.com/', '2026-11-25', '1 MiB per message', 'Raised in 2025.')`,
  study_card_flags: `INSERT INTO study_card_flags(card_id, suspended, buried_until) VALUES ('custom:seed', 1, NULL)`,
  // The migration creates the single settings row; the seed changes it so a later migration must keep it.
  study_settings: `UPDATE study_settings SET new_per_day = 15, weights = '[0.2,1.2,3.1,15.7]' WHERE id = 1`,
  quiz_attempts: `INSERT INTO quiz_attempts(question_id, mode, chosen, correct, domain, topic, kb_entry, answered_at, time_ms, exam_id)
                  VALUES ('q1', 'exam', '[0]', 1, 'resilient', 'storage', 's3', '2026-01-01T00:00:00Z', 1200, 'exam-seed')`,
  price_imports: `INSERT INTO price_imports(id, file_name, offer_code, version, publication_date, format, bytes, products, imported_at)
                  VALUES (1, 'AmazonEC2.json', 'AmazonEC2', '20261101000000', '2026-11-01T00:00:00Z', 'json', 1000, 10, '2026-11-02T00:00:00Z')`,
  imported_prices: `INSERT INTO imported_prices(region, key, usd, unit, file_unit, file_usd, import_id)
                    VALUES ('eu-central-1', 'ebs.sc1.gbMonth', 0.0162, 'USD per GB-month', 'GB-Mo', 0.0162, 1)`,
};

function userTables(db: Database.Database): string[] {
  return (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' AND name NOT LIKE 'search\\_fts%' ESCAPE '\\'
           AND name NOT LIKE 'search\\_title\\_fts%' ESCAPE '\\'`,
      )
      .all() as { name: string }[]
  ).map((r) => r.name);
}

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('migrations', () => {
  it('versions are strictly increasing and unique', () => {
    const v = MIGRATIONS.map((m) => m.version);
    expect([...v].sort((a, b) => a - b)).toEqual(v);
    expect(new Set(v).size).toBe(v.length);
  });

  it.each(MIGRATIONS.slice(0, -1).map((m, i) => [m.version, i + 1] as const))(
    'a database at schema %i with data migrates to the latest without loss',
    (version, count) => {
      const t = tempDir();
      cleanups.push(t.cleanup);
      const path = join(t.dir, 'u.sqlite');
      const old = openUserDb(path, { migrations: MIGRATIONS.slice(0, count) });
      expect(old.schemaVersion).toBe(version);
      const tables = userTables(old.db);
      const before: Record<string, unknown[]> = {};
      for (const table of tables) {
        const seed = SEEDS[table];
        expect(seed, `add a seed row for table ${table} to test/main/migrations.test.ts`).toBeDefined();
        old.db.exec(seed!);
        before[table] = old.db.prepare(`SELECT * FROM ${table}`).all();
      }
      old.db.close();

      const migrated = openUserDb(path);
      expect(migrated.schemaVersion).toBe(LATEST_VERSION);
      expect(migrated.backupPath).toBeTruthy();
      for (const table of tables) {
        const after = migrated.db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
        // Every old row is still there with every old column's value (new columns may be added).
        expect(after).toHaveLength(before[table]!.length);
        after.forEach((row, i) => expect(row).toMatchObject(before[table]![i] as Record<string, unknown>));
      }
      // The search index still finds the seeded note.
      const hit = migrated.db
        .prepare("SELECT count(*) AS n FROM search_fts WHERE search_fts MATCH 'partition'")
        .get() as { n: number };
      expect(hit.n).toBe(1);
      expect(migrated.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(migrated.db.pragma('foreign_key_check')).toEqual([]);
      migrated.db.close();
    },
  );

  it('0150 re-creates both full-text indexes with one prefix index (3) and rebuilds them from search_docs', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const path = join(t.dir, 'u.sqlite');
    const old = openUserDb(path, { migrations: MIGRATIONS.filter((m) => m.version < 150) });
    old.db.exec(SEEDS.search_docs!);
    old.db.close();
    const { db } = openUserDb(path, { migrations: MIGRATIONS.filter((m) => m.version <= 150) });
    for (const table of ['search_fts', 'search_title_fts']) {
      expect(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table)).toMatch(/prefix='3'/);
      // FTS5's own check against the content table (rank 1): every document indexed, nothing else.
      db.exec(`INSERT INTO ${table}(${table}, rank) VALUES ('integrity-check', 1)`);
    }
    const n = (match: string): number =>
      db.prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?').pluck().get(match) as number;
    expect([n('"par"*'), n('"pa"*'), n('"partition"'), n('"seed"*')]).toEqual([1, 1, 1, 1]);
    db.close();
  });

  it('0160 re-creates both full-text indexes without a prefix index and rebuilds them from search_docs; prefix queries find the same', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const path = join(t.dir, 'u.sqlite');
    const old = openUserDb(path, { migrations: MIGRATIONS.filter((m) => m.version < 160) });
    old.db.exec(SEEDS.search_docs!);
    const n = (db: typeof old.db, match: string): number =>
      db.prepare('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?').pluck().get(match) as number;
    const queries = ['"par"*', '"pa"*', '"p"*', '"partition"', '"seed"*', '"partit"*'];
    const before = queries.map((q) => n(old.db, q));
    old.db.close();
    const { db } = openUserDb(path);
    for (const table of ['search_fts', 'search_title_fts']) {
      expect(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table)).not.toMatch(/prefix/);
      db.exec(`INSERT INTO ${table}(${table}, rank) VALUES ('integrity-check', 1)`);
    }
    expect(queries.map((q) => n(db, q))).toEqual(before);
    expect(before.every((x) => x > 0)).toBe(true);
    db.close();
  });

  it('every table of the latest schema has a seed (so the next migration is tested too)', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const { db } = openUserDb(join(t.dir, 'u.sqlite'));
    for (const table of userTables(db)) expect(SEEDS[table], `seed for ${table}`).toBeDefined();
    for (const table of userTables(db)) db.exec(SEEDS[table]!);
    db.close();
  });
});

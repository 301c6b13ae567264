import { afterEach, describe, expect, it } from 'vitest';
import { startApp, type AppHandle } from '../../../src/main/app';
import { openUserDb } from '../../../src/main/db/open';
import { userDbPath } from '../../../src/main/paths';
import { upsertSearchDocs, withDeferredIndexing, FOREGROUND_SYNC_DOCS } from '../../../src/main/search';
import { search } from '../../../src/main/search/query';
import { searchRequest } from '../../../src/shared/ipc/channels/search';
import { KB_PATH, REPO } from '../../helpers/app';
import { tempDir } from '../../helpers/tmp';

/**
 * An upgrade that adds the ranked-search postings queues every existing document; a KB update queues a few
 * thousand. Start-up must not index them all on the thread that answers the user: it syncs a slice and a
 * background job (its own connection, short write transactions) drains the rest.
 */
describe('start-up with a search backlog', () => {
  let app: AppHandle | null = null;
  const t = tempDir('sd-upgrade-sync-');
  afterEach(() => {
    app?.close();
    t.cleanup();
  });

  it('syncs a slice at start-up, drains the rest in a job, and ranked search answers throughout', async () => {
    const N = 3000;
    const { db } = openUserDb(userDbPath(t.dir));
    withDeferredIndexing(db, () =>
      upsertSearchDocs(
        db,
        Array.from({ length: N }, (_, i) => ({
          kind: 'note' as const,
          ref: `n${i}`,
          title: i % 10 ? `kinesis note ${i}` : `lambda quota ${i}`,
          body: `shard stream ${'data '.repeat(i % 6)} word${i % 50}`,
          service: null,
        })),
      ),
    );
    // As migration 0110 leaves an existing database: postings empty, every document queued.
    db.exec('DELETE FROM search_postings; INSERT INTO search_postings_queue(id) SELECT id FROM search_docs ORDER BY id;');
    db.close();

    app = startApp({ mode: 'web', dataDir: t.dir, kbPath: KB_PATH, root: REPO });
    const queued = (): number =>
      app!.ctx.db.read('test', (u) => u.prepare('SELECT count(DISTINCT id) FROM search_postings_queue').pluck().get() as number);
    // Start-up indexed at most two slices (the KB's first sync and its own); the rest waits for the job.
    expect(queued()).toBeGreaterThan(N - 2 * FOREGROUND_SYNC_DOCS);
    const during = app.ctx.db.read('test', (u) => search(u, searchRequest.parse({ q: 'lambda quota ', mode: 'ranked', limit: 5 })));
    expect(during.hits.length).toBe(5);
    expect(app.ctx.jobs.running('search.sync')).toHaveLength(1);
    await app.ctx.jobs.idle();
    expect(queued()).toBe(0);
    const after = app.ctx.db.read('test', (u) => search(u, searchRequest.parse({ q: 'lambda quota ', mode: 'ranked', limit: 5 })));
    expect(after.hits.length).toBe(5);
    expect(after.rankedCandidates).toBeUndefined();
  });
});

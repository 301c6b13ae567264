/**
 * Issue 15 item 5 (database side): a large notes.import runs in a worker on its own connection, so other
 * requests are answered while it runs. Proven by order of events, not by timing: while the worker reports that
 * files remain, reads are answered (and see the data as it was before the import), writes get a clear "busy"
 * answer instead of blocking the main thread on SQLite's lock, and the import's answer is unchanged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../src/shared/ipc/channels/jobs';
import { join } from 'node:path';
import { openUserDb } from '../../src/main/db/open';
import { importFiles } from '../../src/main/notes/importer';
import { testApp } from '../helpers/app';

let app: ReturnType<typeof testApp> | null = null;
afterEach(async () => {
  await app?.ctx.jobs.idle();
  app?.dispose();
  app = null;
});

/** A Markdown note of about `kb` kilobytes: many sections with AWS-ish sentences. */
function note(n: number, kb: number): string {
  const out: string[] = [`# Notes ${n}`];
  for (let s = 0; out.join('\n').length < kb * 1024; s++)
    out.push(`## Section ${n}.${s}`, `DynamoDB tables in file ${n} scale reads per partition; Kinesis shards carry ${s} records.`.repeat(8));
  return out.join('\n\n');
}

describe('heavy work off the request path', () => {
  it('answers reads during a large import, refuses writes with "busy" instead of blocking, then shows the import', async () => {
    app = testApp();
    const a = app;
    await a.call('prefs.set', { key: 'before', value: 1 });
    const files = Array.from({ length: 6 }, (_, i) => ({ name: `big-${i}.md`, contentBase64: Buffer.from(note(i, 200)).toString('base64') }));
    const during: { list: unknown; pref: unknown; write: unknown; status: JobStatus | undefined } | null = await new Promise((resolve, reject) => {
      let seen = false;
      const off = a.ctx.jobs.subscribe((job) => {
        // The first progress report with files still to go: the worker is mid-import.
        if (seen || job.kind !== 'notes.import' || job.state !== 'running' || job.done < 1 || job.done >= job.total) return;
        seen = true;
        off();
        // Only microtasks between here and the answers: the worker's "done" message cannot be handled first.
        void Promise.all([
          a.call('notes.list', {}),
          a.call('prefs.get', { key: 'before' }),
          a.call('prefs.set', { key: 'during', value: 2 }),
          a.call('jobs.status', {}),
        ]).then(([list, pref, write, status]) => {
          const running = status.ok ? status.value.find((j) => j.kind === 'notes.import') : undefined;
          resolve({ list, pref, write, status: running });
        }, reject);
      });
      void a.call('notes.import', { files }).then((r) => {
        if (!r.ok) reject(new Error(r.error.message));
        else if (!seen) reject(new Error('the import finished without a progress report in the middle'));
      });
    });
    expect(during!.status).toMatchObject({ state: 'running', kind: 'notes.import' });
    expect(during!.list).toEqual({ ok: true, value: [] }); // answered, from the snapshot before the import
    expect(during!.pref).toMatchObject({ ok: true, value: { value: 1 } });
    expect(during!.write).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE', message: expect.stringMatching(/being imported \(\d+ of 6\)/) } });

    await a.ctx.jobs.idle();
    const list = await a.call('notes.list', {});
    expect(list.ok && list.value).toHaveLength(6);
    expect((await a.call('prefs.set', { key: 'after', value: 3 })).ok).toBe(true);
  });

  it('keeps the import answer the same and reports the finished job', async () => {
    app = testApp();
    const r = await app.call('notes.import', { files: [{ name: 'a.md', contentBase64: Buffer.from(note(1, 4)).toString('base64') }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.totals).toMatchObject({ files: 1, imported: 1, rejected: 0 });
    expect(r.value.files[0]).toMatchObject({ name: 'a.md', status: 'imported' });
    const s = await app.call('jobs.status', {});
    expect(s.ok && s.value.at(-1)).toMatchObject({ kind: 'notes.import', state: 'done', done: 1, total: 1 });
  });

  it("a large import parses in workers started from the job's worker, with the answer and rows of a one-thread import", async () => {
    app = testApp();
    // Over 2 MB: the job's importer starts parse workers (nested in the job's worker thread).
    const big = (n: number): string =>
      Array.from({ length: 700 }, (_, s) => `## Section ${n}.${s}\n\n${`DynamoDB tables in file ${n} scale reads per partition; Kinesis shards carry ${s} records. `.repeat(10)}`).join('\n\n');
    const files = Array.from({ length: 4 }, (_, i) => ({ name: `large-${i}.md`, contentBase64: Buffer.from(big(i)).toString('base64') }));
    const r = await app.call('notes.import', { files });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const ref = openUserDb(join(app.dir, 'reference.sqlite')).db;
    try {
      const one = importFiles(
        ref,
        files.map((f) => ({ name: f.name, fileKey: f.name, path: null, bytes: new Uint8Array(Buffer.from(f.contentBase64, 'base64')) })),
        { workers: 0 },
      );
      const norm = (s: typeof one): unknown => s.files.map((f) => ({ ...f, fileId: null }));
      expect(norm(r.value)).toEqual(norm(one));
      const rows = (sql: string): unknown => [ref.prepare(sql).all(), app!.ctx.db.user.prepare(sql).all()];
      const [a, b] = rows("SELECT ref, title, body FROM search_docs WHERE kind = 'note' ORDER BY ref") as [unknown, unknown];
      expect(b).toEqual(a);
      expect(r.value.totals.sections).toBe(2800);
    } finally {
      ref.close();
    }
    // Two imports of 2,800 figure-dense sections (the job's and the one-thread reference): the fact-check of
    // every sentence against 1,835 KB facts dominates, about 55 s on a quiet 2-core VM; a loaded CI needs room.
  }, 300_000);
});

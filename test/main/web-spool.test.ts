/**
 * Large bodies on disk: a streamed JSON parse with a depth limit, and backup.restore decoded from the
 * spooled body into a file without the backup ever being held in memory as a whole.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { platform } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonFile } from '../../src/main/web/request';
import { startWebServer, type WebServer } from '../../src/main/web/server';
import { extractBase64Field, restoreFromSpool } from '../../src/main/web/spooledRestore';
import { AppError } from '../../src/shared/result';
import { testApp } from '../helpers/app';
import { httpRequest, rawRequest } from '../helpers/rawHttp';
import { tempDir } from '../helpers/tmp';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir('sd-spool-')));
afterAll(() => cleanup());

const file = (name: string, text: string): string => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};

describe('parseJsonFile', () => {
  it('parses what JSON.parse parses', async () => {
    const v = { a: [1, 2.5, -3e-7, 'x"\\y', null, true, false, { b: '' }], ü: 'snow ☃ 🚀' };
    expect(await parseJsonFile(file('ok.json', JSON.stringify(v)), 64)).toEqual({ ok: true, value: v });
    expect(await parseJsonFile(file('empty.json', ''), 64)).toEqual({ ok: true, value: {} });
  });
  it('refuses deep nesting, broken and trailing text, with a reason', async () => {
    const deep = await parseJsonFile(file('deep.json', '['.repeat(100_000) + ']'.repeat(100_000)), 64);
    expect(deep).toEqual({ ok: false, reason: 'Request body is nested more than 64 levels deep.' });
    for (const bad of ['{"a":', '{"a":1}}', '   ', 'nope'])
      expect((await parseJsonFile(file('bad.json', bad), 64)).ok, bad).toBe(false);
  });
});

describe('extractBase64Field', () => {
  it('decodes the field into a 0600 file, byte for byte, and returns the other fields', async () => {
    for (const size of [0, 1, 2, 3, 255, 256, 257, 100_003]) {
      const bytes = randomBytes(size);
      const out = join(dir, `out-${size}.bin`);
      const r = await extractBase64Field(
        file('body.json', JSON.stringify({ fileName: 'b.sqlite', base64: bytes.toString('base64') })),
        {
          field: 'base64',
          outFile: out,
          maxBytes: 1_000_000,
        },
      );
      expect(r).toEqual({ ok: true, fields: { fileName: 'b.sqlite' }, bytes: size });
      expect(readFileSync(out).equals(bytes), `size ${size}`).toBe(true);
      if (platform() !== 'win32') expect(statSync(out).mode & 0o777).toBe(0o600);
    }
  });
  it('refuses bad base64, nesting, a missing field and too many bytes', async () => {
    const cases: [string, RegExp][] = [
      ['{"fileName":"a","base64":"QUJD!"}', /not base64/],
      ['{"fileName":"a","base64":"QUJ"}', /multiple of 4/],
      ['{"fileName":"a","base64":"QQ==QUJD"}', /not base64/],
      ['{"fileName":{"x":1},"base64":""}', /plain fields/],
      ['{"fileName":"a"}', /missing/],
      [`{"fileName":"a","base64":"${Buffer.alloc(3000).toString('base64')}"}`, /larger than/],
      ['{"fileName":"a","base64":"QUJD"', /not valid JSON|not a JSON object/],
    ];
    for (const [i, [body, reason]] of cases.entries()) {
      const r = await extractBase64Field(file('bad.json', body), {
        field: 'base64',
        outFile: join(dir, `bad-${i}.bin`),
        maxBytes: 2048,
      });
      expect(r.ok, body.slice(0, 60)).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(reason);
    }
  });
});

describe('backup.restore through a spooled handler (web mode)', () => {
  let app: ReturnType<typeof testApp>;
  let web: WebServer;
  const seen: Buffer[] = [];
  let fail: Error | null = null;

  beforeAll(async () => {
    app = testApp();
    const rendererDir = join(app.dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
    // A stand-in for the real restore: records the file it was handed.
    const restore = restoreFromSpool(async (_ctx, src) => {
      if (fail) throw fail;
      seen.push(readFileSync(src.file));
      return { restoredSchemaVersion: 1, previousSavedAs: 'before.sqlite' };
    });
    web = await startWebServer({ ctx: app.ctx, rendererDir, spooledHandlers: { 'backup.restore': restore } });
  });
  afterAll(async () => {
    await web.close();
    app.dispose();
  });

  const post = (body: string): ReturnType<typeof rawRequest> =>
    rawRequest(
      web.port,
      httpRequest({
        method: 'POST',
        target: '/api/backup.restore',
        port: web.port,
        headers: { 'Content-Type': 'application/json', 'X-Study-Desk-Token': web.token },
        body,
      }),
    );

  it('hands the restore the decoded upload as a file, then removes every temporary file', async () => {
    const bytes = randomBytes(3 * 1024 * 1024);
    const r = await post(JSON.stringify({ fileName: 'b.sqlite', base64: bytes.toString('base64') }));
    expect(JSON.parse(r.body)).toEqual({
      ok: true,
      value: { restoredSchemaVersion: 1, previousSavedAs: 'before.sqlite' },
    });
    expect(seen.at(-1)?.equals(bytes)).toBe(true);
    const tmp = join(app.dir, 'tmp');
    expect(existsSync(tmp) ? readdirSync(tmp) : []).toEqual([]);
  });

  it('answers schema problems and the restore’s own errors as typed results', async () => {
    const nul = await post(JSON.stringify({ fileName: '\u0000', base64: 'QUJD' }));
    expect(nul.status).toBe(400);
    expect(JSON.parse(nul.body).error.issues[0].path).toBe('fileName');
    const extra = await post(JSON.stringify({ fileName: 'a', base64: 'QUJD', admin: true }));
    expect(JSON.parse(extra.body).error.code).toBe('VALIDATION');
    fail = new AppError('BAD_INPUT', 'This file is not an AWS Study Desk backup.');
    const refused = await post(JSON.stringify({ fileName: 'a', base64: 'QUJD' }));
    fail = null;
    expect(JSON.parse(refused.body)).toEqual({
      ok: false,
      error: { code: 'BAD_INPUT', message: 'This file is not an AWS Study Desk backup.' },
    });
  });
});

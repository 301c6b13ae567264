import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/ipc/dispatch';
import { testApp } from '../helpers/app';

let app: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp();
});
afterAll(() => app.dispose());

describe('dispatch', () => {
  it('rejects unknown channels with a typed error', async () => {
    expect(await dispatch('fs.readFile', {}, app.ctx)).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', message: 'Unknown channel "fs.readFile"' },
    });
  });

  it('validates payloads before the handler runs, naming the field', async () => {
    const r = await dispatch('search.query', { q: 'x', limit: 0 }, app.ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('VALIDATION');
      expect(r.error.message).toMatch(/limit/);
      expect(r.error.issues?.[0]?.path).toBe('limit');
    }
    const extra = await dispatch('app.info', { admin: true }, app.ctx);
    expect(!extra.ok && extra.error.code).toBe('VALIDATION');
    const notObj = await dispatch('app.info', 'hello', app.ctx);
    expect(!notObj.ok && notObj.error.code).toBe('VALIDATION');
  });

  it('rejects payloads over the channel limit', async () => {
    const r = await dispatch('prefs.set', { key: 'k', value: 'x'.repeat(200_000) }, app.ctx);
    expect(!r.ok && r.error.code).toBe('TOO_LARGE');
  });

  it('round-trips a preference through SQLite', async () => {
    expect(await app.call('prefs.set', { key: 'ui.test', value: { a: [1, 2] } })).toEqual({ ok: true, value: { key: 'ui.test' } });
    expect(await app.call('prefs.get', { key: 'ui.test' })).toEqual({ ok: true, value: { key: 'ui.test', value: { a: [1, 2] } } });
    expect(await app.call('prefs.get', { key: 'ui.none' })).toEqual({ ok: true, value: { key: 'ui.none', value: null } });
  });

  it('answers NOT_FOUND for missing KB ids', async () => {
    const r = await app.call('kb.entry', { id: 'no-such-service' });
    expect(!r.ok && r.error.code).toBe('NOT_FOUND');
  });

  it('reports the KB and user DB in app.info', async () => {
    const r = await app.call('app.info', {});
    expect(r.ok && r.value.kb?.version).toMatch(/^[0-9a-f]{12}$/);
    expect(r.ok && r.value.userDb.schemaVersion).toBeGreaterThanOrEqual(10);
  });
});

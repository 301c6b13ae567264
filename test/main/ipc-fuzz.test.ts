import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { dispatch } from '../../src/main/ipc/dispatch';
import { CHANNELS, contract } from '../../src/shared/ipc/contract';
import { testApp } from '../helpers/app';

const CODES = new Set(['VALIDATION', 'UNKNOWN_CHANNEL', 'TOO_LARGE', 'NOT_FOUND', 'CONFLICT', 'BAD_INPUT', 'UNAVAILABLE', 'INTERNAL']);
// Channels whose valid calls replace or remove user data wholesale are fuzzed with invalid payloads only.
const DESTRUCTIVE = new Set(['backup.restore']);
// Channels whose valid calls start a worker thread (a whole-database copy each) are fuzzed with invalid payloads;
// their valid calls are covered by backup.test.ts, restore.test.ts, damage.test.ts, and for the study jobs
// (an FSRS fit in a child process, a whole-collection .apkg build) by fsrs-optimize.test.ts and apkg.test.ts.
const HEAVY = new Set(['backup.export', 'backup.salvage', 'study.optimize', 'study.exportApkg']);

let app: ReturnType<typeof testApp>;
beforeAll(() => {
  app = testApp();
});
afterAll(() => app.dispose());

function keysOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Payloads: any JSON, and objects built from the channel's own field names with arbitrary values. */
function payloads(channel: (typeof CHANNELS)[number]): fc.Arbitrary<unknown> {
  const keys = keysOf(contract[channel].request);
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.string({ maxLength: 40 }),
    fc.integer(),
    fc.double(),
    fc.constantFrom(null, true, -1, 0, 1e308, '', 'us-east-1', 'dynamodb', 'ec2-instances', '../../etc/passwd', '"', 'AND('),
  );
  const shaped = keys.length
    ? fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length })
    : fc.constant({});
  return fc.oneof(fc.jsonValue({ maxDepth: 3 }), shaped, shaped);
}

describe('IPC fuzzing: every channel answers a result or a typed error, and the database stays valid', () => {
  it.each(CHANNELS)('%s', async (channel) => {
    await fc.assert(
      fc.asyncProperty(payloads(channel), async (payload) => {
        if ((DESTRUCTIVE.has(channel) || HEAVY.has(channel)) && contract[channel].request.safeParse(payload).success) return;
        const r = await dispatch(channel, payload, app.ctx);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) {
          expect(CODES.has(r.error.code)).toBe(true);
          expect(r.error.message.length).toBeGreaterThan(0);
          expect(r.error.message).not.toMatch(/\n\s+at /); // no stack traces
          expect(r.error.code).not.toBe('INTERNAL');
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('unknown channels and hostile names are refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 60 }), fc.jsonValue(), async (name, payload) => {
        if ((CHANNELS as string[]).includes(name)) return;
        const r = await dispatch(name, payload, app.ctx);
        expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
      }),
      { numRuns: 500 },
    );
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(await dispatch(name, {}, app.ctx)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('the database passes integrity_check after the fuzzing', () => {
    expect(app.ctx.db.user.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(app.ctx.db.user.pragma('foreign_key_check')).toEqual([]);
  });
});

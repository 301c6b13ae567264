import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openUserDb, type Db } from '../../../src/main/db/open';
import { deleteSearchDocs, upsertSearchDocs, type SearchDoc } from '../../../src/main/search';
import { search } from '../../../src/main/search/query';
import { searchRequest } from '../../../src/shared/ipc/channels/search';
import { tempDir } from '../../helpers/tmp';

let db: Db;
let cleanup: () => void;

const DOCS: SearchDoc[] = [
  {
    kind: 'entry',
    ref: 'dynamodb-capacity',
    title: 'DynamoDB capacity: RCU and WCU',
    body: 'One RCU is one strongly consistent read per second of an item up to 4 KB; eventually consistent reads cost half.',
    service: 'DynamoDB',
  },
  {
    kind: 'entry',
    ref: 'dynamodb',
    title: 'Amazon DynamoDB',
    body: 'Serverless key-value and document database. Capacity modes: provisioned (RCU/WCU) and on-demand.',
    service: 'DynamoDB',
  },
  {
    kind: 'entry',
    ref: 'organizations',
    title: 'AWS Organizations',
    body: 'Service control policies across accounts in an organization.',
    service: 'Organizations',
  },
  {
    kind: 'entry',
    ref: 's3',
    title: 'Amazon S3',
    body: 'Object storage with 99.999999999% durability. Lifecycle rules move objects to Glacier.',
    service: 'S3',
  },
  {
    kind: 'note',
    ref: 'n1',
    title: 'My notes: caching',
    body: 'ElastiCache in front of RDS reduces read load; DynamoDB has DAX.',
    service: null,
  },
];

const q = (input: Record<string, unknown>): ReturnType<typeof search> =>
  search(db, searchRequest.parse(input));

beforeAll(() => {
  const t = tempDir();
  cleanup = t.cleanup;
  db = openUserDb(`${t.dir}/u.sqlite`).db;
  db.transaction(() => upsertSearchDocs(db, DOCS))();
});
afterAll(() => {
  db.close();
  cleanup();
});

describe('search', () => {
  it('ranks a title match first (RCU finds DynamoDB capacity before DynamoDB)', () => {
    const r = q({ q: 'RCU' });
    expect(r.hits[0]?.ref).toBe('dynamodb-capacity');
    expect(r.total).toBe(2);
    expect(r.hits[0]?.snippet).toContain('\u0002RCU\u0003');
  });

  it('matches prefixes while typing, including words a stemmer would mangle', () => {
    expect(q({ q: 'organiza' }).hits.map((h) => h.ref)).toContain('organizations');
    expect(q({ q: 'dyna' }).total).toBe(3);
  });

  it('corrects typos when nothing matches (dynamdb finds DynamoDB)', () => {
    const r = q({ q: 'dynamdb capacty' });
    expect(r.correctedQuery).toBe('dynamodb capacity');
    expect(r.hits[0]?.ref).toBe('dynamodb-capacity');
  });

  it('never errors on malformed FTS syntax: falls back to a literal search', () => {
    for (const bad of [
      '"',
      'AND(',
      '*',
      'NEAR(',
      'dynamodb AND',
      '"unterminated phrase',
      '((',
      'title:',
      '^',
      'OR OR',
    ]) {
      const r = q({ q: bad });
      expect(r).toHaveProperty('hits');
    }
    const r = q({ q: 'dynamodb AND' });
    expect(r.literal).toBe(true);
    expect(r.total).toBeGreaterThan(0);
  });

  it('supports phrases and boolean operators when they are valid', () => {
    expect(q({ q: '"strongly consistent"' }).hits.map((h) => h.ref)).toEqual(['dynamodb-capacity']);
    expect(
      q({ q: 'dynamodb NOT dax' })
        .hits.map((h) => h.ref)
        .sort(),
    ).toEqual(['dynamodb', 'dynamodb-capacity']);
  });

  it('filters by kind and service', () => {
    expect(q({ q: 'dynamodb', kinds: ['note'] }).hits.map((h) => h.ref)).toEqual(['n1']);
    expect(q({ q: 'dynamodb', service: 'dynamodb' }).total).toBe(2);
  });

  it('keeps the index in sync on update and delete', () => {
    db.transaction(() => upsertSearchDocs(db, [{ ...DOCS[4]!, body: 'Redis cluster mode enabled' }]))();
    expect(q({ q: 'DAX', kinds: ['note'] }).total).toBe(0);
    expect(q({ q: 'redis' }).hits.map((h) => h.ref)).toEqual(['n1']);
    db.transaction(() => deleteSearchDocs(db, 'note', ['n1']))();
    expect(q({ q: 'redis' }).total).toBe(0);
  });

  it('any typed text gets an answer, never an exception (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const r = q({ q: text });
        expect(Array.isArray(r.hits)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});

/**
 * Session 34 (DATA34-d2): database quota and limit facts added to the KB (DocumentDB limits, DAX table and
 * subnet limits, RDS and Aurora naming/password/connection limits, Neptune property size, Keyspaces batches).
 * Each sentence is written for these tests: a wrong figure is flagged with the new fact, a right one is not.
 */
import { describe, expect, it } from 'vitest';
import { singular } from '../../../src/shared/notes/quantity';
import { ids } from './claimCases';

const flagged = (text: string): string[] => ids(text).map((s) => s.split(' ')[0]);

describe('DocumentDB limits', () => {
  it('flags wrong per-collection and per-cluster limits', () => {
    expect(flagged('DocumentDB supports up to 32 indexes per collection.')).toEqual([
      'documentdb.indexes.per-collection',
    ]);
    expect(flagged('A DocumentDB collection can be up to 64 TiB.')).toEqual([
      'documentdb.collection.max-size',
    ]);
    expect(flagged('DocumentDB index keys can be up to 1,024 bytes.')).toEqual(['documentdb.index.key-size']);
  });
  it('leaves the right figures alone', () => {
    expect(ids('DocumentDB supports up to 64 indexes per collection.')).toEqual([]);
    expect(ids('A DocumentDB cluster can hold 100,000 collections.')).toEqual([]);
    expect(ids('DocumentDB aggregation pipelines support up to 500 stages.')).toEqual([]);
    expect(ids('Each DocumentDB instance can have up to 5 VPC security groups.')).toEqual([]);
  });
});

describe('DAX, RDS, Aurora, Neptune and Keyspaces limits', () => {
  it('flags wrong figures', () => {
    expect(flagged('One DAX cluster can cache up to 100 DynamoDB tables.')).toEqual([
      'dynamodb.dax.max-tables',
    ]);
    expect(flagged('A DynamoDB resource-based policy can be up to 10 KB.')).toEqual([
      'dynamodb.resource-policy.max-size',
    ]);
    expect(flagged('RDS master password for PostgreSQL can be up to 41 characters.')).toEqual([
      'rds.master-password.postgresql-max-length',
    ]);
    expect(flagged('Keyspaces logged batches can contain up to 30 statements.')).toEqual([
      'keyspaces.logged-batch.max-statements',
    ]);
  });
  it('leaves the right figures alone', () => {
    expect(ids('One DAX cluster can cache up to 500 DynamoDB tables.')).toEqual([]);
    expect(ids('DAX subnet groups: 50 per Region, each with up to 20 subnets.')).toEqual([]);
    expect(ids('RDS master password for MySQL can be up to 41 characters.')).toEqual([]);
    expect(ids('RDS for Oracle passwords can be 8 to 30 characters.')).toEqual([]);
    expect(ids('Aurora PostgreSQL master password up to 99 characters.')).toEqual([]);
    expect(ids('RDS total storage quota is 100,000 GB per Region.')).toEqual([]);
    expect(ids('Neptune properties can be up to 55 MB each.')).toEqual([]);
    expect(ids('Keyspaces logged batches can contain up to 100 statements.')).toEqual([]);
  });
});

describe('"alias" is already singular', () => {
  it('keeps "alias" whole, so "1 alias per account" counts aliases', () => {
    expect(singular('alias')).toBe('alias');
    expect(singular('aliases')).toBe('alias');
    expect(ids('IAM: an AWS account can have 1 alias.')).toEqual([]);
  });
});

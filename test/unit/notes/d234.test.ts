/**
 * Session 34 (DATA34-d2): database quota and limit facts added to the KB (RDS master password lengths, RDS total
 * storage and integrations quotas, DynamoDB resource-based policy size, Aurora Limitless shard groups, Keyspaces
 * ADD REGION restores). The facts the verifier could not read on a current page stay on branch s34d2.
 * Each sentence is written for these tests: a wrong figure is flagged with the new fact, a right one is not.
 */
import { describe, expect, it } from 'vitest';
import { singular } from '../../../src/shared/notes/quantity';
import { ids } from './claimCases';

const flagged = (text: string): string[] => ids(text).map((s) => s.split(' ')[0]);

describe('DynamoDB and RDS limits', () => {
  it('flags wrong figures', () => {
    expect(flagged('A DynamoDB resource-based policy can be up to 10 KB.')).toEqual([
      'dynamodb.resource-policy.max-size',
    ]);
    expect(flagged('RDS master password for PostgreSQL can be up to 41 characters.')).toEqual([
      'rds.master-password.postgresql-max-length',
    ]);
  });
  it('leaves the right figures alone', () => {
    expect(ids('RDS master password for MySQL can be up to 41 characters.')).toEqual([]);
    expect(ids('RDS for Oracle passwords can be 8 to 30 characters.')).toEqual([]);
    expect(ids('RDS total storage quota is 100,000 GB per Region.')).toEqual([]);
  });
});

describe('"alias" is already singular', () => {
  it('keeps "alias" whole, so "1 alias per account" counts aliases', () => {
    expect(singular('alias')).toBe('alias');
    expect(singular('aliases')).toBe('alias');
    expect(ids('IAM: an AWS account can have 1 alias.')).toEqual([]);
  });
});

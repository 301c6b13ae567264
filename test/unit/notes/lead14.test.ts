/**
 * Session 14 (lead): a range whose low end follows a counted label ("retention period: 1 to 14 days"), a kind
 * word opening a bracket after a range ("7-30 days (default 7)"), and words of a fact's own kind ("buffering
 * hint"). Sentences written for these tests, about services other than the evaluation sets' examples where
 * the KB allows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { checkClaims } from '../../../src/shared/notes/claimCheck';
import { findQuantities } from '../../../src/shared/notes/quantity';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const index = loadFactRules(ROOT).index;
const ids = (text: string): string[] => checkClaims(text, [], index).map((f) => f.factId);
const read = (text: string): [string, number | undefined, number][] =>
  findQuantities(text, index.countNouns, true).map((q) => [q.raw, q.low, q.value]);

describe('a range after a counted label', () => {
  it("takes the high end's unit for a low end the label gave a noun", () => {
    expect(read('retention period: 1 to 14 days')).toEqual([['1 to 14 days', 86400, 1209600]]);
    expect(read('key deletion: 7-30 days')).toEqual([['7-30 days', 604800, 2592000]]);
  });
  it('keeps a count range a count range', () => {
    expect(read('GSIs per table: 5-20 GSIs')).toEqual([['5-20 GSIs', 5, 20]]);
  });
  it('judges the range against the fact', () => {
    expect(ids('KMS: pending deletion waiting period 1 to 30 days')).toEqual(['kms.deletion.waiting-period']);
    expect(ids('KMS: pending deletion waiting period 7 to 30 days')).toEqual([]);
  });
});

describe('a kind word that opens a bracket after a range', () => {
  it('types the figure inside the bracket', () => {
    expect(ids('KMS: pending deletion waiting period 7 to 30 days (default 14)')).toEqual([
      'kms.deletion.waiting-period',
    ]);
    expect(ids('KMS: pending deletion waiting period 7 to 30 days (default 30)')).toEqual([]);
    expect(ids('SQS retention 1 min to 14 days (default 5 days)')).toEqual(['sqs.retention.default']);
    expect(ids('SQS retention 1 min to 14 days (default 4 days)')).toEqual([]);
  });
});

describe('a general fact over a special case the note does not name', () => {
  it('binds "buffering hints" to the delivery stream\'s buffer, not the Lambda transform\'s', () => {
    expect(
      ids('Firehose buffering hints: interval 0-900 s (default 300 s), size 1-128 MiB (default 5 MiB)'),
    ).toEqual([]);
    expect(ids('Firehose buffering hints: interval (default 120 s)')).toEqual([
      'kinesis-firehose.buffer.default-interval',
    ]);
  });
});

describe('a default quota said to be fixed', () => {
  it('is adjustable unless the fact says otherwise', () => {
    expect(ids('VPC: 5 VPCs per Region, hard limit')).toEqual(['vpc.region.default-quota']);
  });
});

describe('true lines a helper found flagged (session 14)', () => {
  it('orders CIDR prefixes by block size: a smaller prefix is a larger block', () => {
    expect(ids('Client VPN client CIDR can be as large as /12')).toEqual([]);
    expect(ids('Client VPN: /16 client CIDRs are common')).toEqual([]);
    // Outside the fact's own range of prefixes it is still wrong.
    expect(ids('Client VPN client CIDR: smallest /24')).toEqual(['client-vpn.client-cidr.size']);
    expect(ids('VPC CIDR: largest /8')).toHaveLength(1);
  });
  it('reads the address count of a prefix the sentence writes as arithmetic, not a quota', () => {
    expect(ids('A /24 subnet has 256 addresses')).toEqual([]);
    expect(ids('/28 subnet: 16 IPs, 11 usable')).toEqual([]);
    expect(ids('A /24 subnet: AWS reserves 6 addresses')).toEqual(['vpc.subnet.reserved-ips']);
  });
  it('binds "deleted after" to message retention, not to a purge', () => {
    expect(ids('SQS messages are deleted after 4 days')).toEqual([]);
    expect(ids('SQS messages are deleted after 7 days by default')).toEqual(['sqs.retention.default']);
  });
});

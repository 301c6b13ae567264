/**
 * Session 12's general reading and decision rules for the notes fact-check, each in wording written for these
 * tests (none copied from an evaluation set).
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../src/shared/notes/quantity';
import { ids } from './claimCases';

describe('recall: kind words', () => {
  it('reads "maxes at" as a maximum', () => {
    expect(ids('An io1 volume maxes at 32,000 IOPS')).toEqual(['ebs.io1.max-iops 32,000 IOPS']);
    expect(ids('An io1 volume maxes at 64,000 IOPS')).toEqual([]);
  });
  it('reads "lowered down to" and "cannot go below" as a minimum', () => {
    expect(ids('SQS message retention can be lowered down to 30 seconds')).toHaveLength(1);
    expect(ids('SQS message retention can be lowered down to 60 seconds')).toEqual([]);
    expect(ids('Lambda memory cannot go below 64 MB')).toEqual(['lambda.memory.min 64 MB']);
    expect(ids('Lambda memory cannot go below 128 MB')).toEqual([]);
  });
  it('does not read a bare "go to" as a minimum', () => {
    expect(ids('SQS messages go to 5 consumers')).toEqual([]);
  });
});

describe('recall: binary rate units written as one word', () => {
  it('reads MiBps and GiBps as bytes per second', () => {
    const [q] = findQuantities('throughput of 500 MiBps per volume', new Set());
    expect(q?.dim).toBe('bytesPerSecond');
    expect(q?.value).toBe(500 * 1024 ** 2);
    const [g] = findQuantities('up to 2 GiBps', new Set());
    expect(g?.dim).toBe('bytesPerSecond');
    expect(g?.value).toBe(2 * 1024 ** 3);
  });
});

describe('recall: a range that spans a fact stating both of its ends', () => {
  it('flags a low end other than the stated minimum when the high end is the official top', () => {
    expect(ids('Lambda memory: 64 MB to 10,240 MB')).toHaveLength(1);
    expect(ids('Lambda memory is settable from 128 MB to 10,240 MB')).toEqual([]);
  });
});

describe('recall: a quota stated as the value of its own words and scope', () => {
  it('reads "<quota words> per <scope>: <size>" as the quota itself', () => {
    expect(ids('Lambda code storage per Region: 50 GB')).toEqual(['lambda.code-storage.quota 50 GB']);
    expect(ids('Lambda code storage per Region: 75 GB')).toEqual([]);
  });
  it("leaves the writer's own figure alone", () => {
    expect(ids('Lambda: we keep 50 GB of code storage per Region')).toEqual([]);
  });
});

describe('recall: abbreviated scopes', () => {
  it('reads "per ASG" as per Auto Scaling group', () => {
    expect(ids('Auto Scaling: 50 scheduled actions per ASG')).toEqual([
      'auto-scaling.group.max-scheduled-actions 50 scheduled actions',
    ]);
    expect(ids('Auto Scaling: 125 scheduled actions per ASG')).toEqual([]);
    expect(ids('Auto Scaling: our ASG runs 20 scheduled actions')).toEqual([]);
  });
});

describe('precision stage: loosened only where the sentence names the flagged attribute', () => {
  it('sibling: a figure of another fact of the subject matched only by the subject name is not vetoed', () => {
    expect(ids('One Zone-IA gives you 99.5% durability')).toHaveLength(1);
    expect(ids('One Zone-IA is designed for 99.5% availability')).toEqual([]);
    // Both attributes said: still unsure.
    expect(ids('One Zone-IA: durability 99.5%, availability 99.5%')).toEqual([]);
  });
  it("other-name: the label's name said in words of the clause apart counts as said", () => {
    expect(ids('Parameter Store (standard): each value can be up to 8 KB')).toEqual([
      'systems-manager.parameter.standard-max-size 8 KB',
    ]);
    expect(ids('Parameter Store (standard): each value can be up to 4 KB')).toEqual([]);
  });
  it("attribute-after: a word after the figure that the fact's own value text holds names its attribute", () => {
    expect(ids('CloudTrail Event history shows 30 days of management events')).toEqual([
      'cloudtrail.event-history.retention 30 days',
    ]);
    expect(ids('CloudTrail Event history shows 90 days of management events')).toEqual([]);
  });
});

describe('subjects: a service named after the figure only as a comparison', () => {
  it('reads "…, like X" and "(same as X)" as said of the subject named first', () => {
    // (500 would be ambiguous: it is the per-NLB ceiling with cross-zone load balancing on.)
    expect(ids('NLB: 1,200 targets per load balancer (same as ALB)')).toEqual([
      'nlb.targets.per-nlb 1,200 targets',
    ]);
    expect(ids('NLB: 3,000 targets per load balancer (same as ALB)')).toEqual([]);
    expect(ids('ElastiCache clusters can have up to 15 read replicas, like Aurora')).toHaveLength(1);
  });
  it('keeps a compared service that has a figure of its own after its name', () => {
    expect(ids("Kinesis retention defaults to 24 hours, same as SQS's default of 4 days")).toEqual([]);
  });
});

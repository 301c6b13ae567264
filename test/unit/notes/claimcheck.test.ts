import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules, loadKbEntries } from '../../../src/main/notes/rules';
import { checkClaims } from '../../../src/shared/notes/claimCheck';
import { generateClaims } from '../../../src/shared/notes/claimTemplates';
import { factRulesFileSchema } from '../../../src/shared/notes/factRules';
import { findQuantities } from '../../../src/shared/notes/quantity';
import { SEEDS_DIR } from './seeds';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const checker = loadFactRules(ROOT);
const index = checker.index;
const flags = (
  text: string,
  heading: string[] = [],
): { id: string; verdict: string; excerpt: string; changedOn: string | null }[] =>
  checkClaims(text, heading, index).map((f) => ({
    id: f.factId,
    verdict: f.verdict,
    excerpt: f.excerpt,
    changedOn: f.changedOn,
  }));

describe('quantities', () => {
  it('normalises units, ranges, nines and counts', () => {
    const q = findQuantities(
      '128MB - 10 GB, 900 sec, 11 nines, up to 5 read replicas, 7–35 days',
      new Set(['replica']),
    );
    expect(q.map((x) => [x.dim, x.low ?? null, x.value, x.noun])).toEqual([
      ['bytes', 128 * 1024 ** 2, 10 * 1024 ** 3, ''],
      ['seconds', null, 900, ''],
      ['percent', null, 99.999999999, ''],
      ['count', null, 5, 'replica'],
      ['seconds', 7 * 86400, 35 * 86400, ''],
    ]);
  });
  it('does not read names as quantities (gp3, S3, EC2, FIPS 140, Route 53)', () => {
    expect(
      findQuantities('gp3 and S3 on EC2, FIPS 140 level 3, Route 53 records', new Set(['record', 'level'])),
    ).toEqual([]);
  });
});

describe('quantities: scale words, rates and the counted noun', () => {
  const nouns = new Set([
    'request/s',
    'call/s',
    'queue',
    'account',
    'iop',
    'volume',
    'topic',
    'vpc',
    'connection',
  ]);
  const read = (text: string): [number, string][] =>
    findQuantities(text, nouns).map((q) => [q.value, q.noun]);

  it('multiplies by million, billion and thousand', () => {
    expect(read('about 2 million queues and 1.5 billion topics')).toEqual([
      [2_000_000, 'queue'],
      [1_500_000_000, 'topic'],
    ]);
  });
  it('reads request and call rates written short or in words', () => {
    expect(read('throttled at 8,000 RPS; 40 calls per second')).toEqual([
      [8000, 'request/s'],
      [40, 'call/s'],
    ]);
  });
  it('takes the noun before a bare figure, not the one after "per"', () => {
    expect(read('queue limit is 7,500 per account')).toEqual([[7500, 'queue']]);
    expect(read('max topics per account = 50')).toEqual([[50, 'topic']]);
    expect(read('IOPS for a large io1 volume: 12000')).toEqual([[12000, 'iop']]);
  });
  it('reads byte units spelled out, byte rates written with "per second", and number words that count', () => {
    const q = findQuantities(
      '50 megabytes, 2 MB per second, five read replicas, one region',
      new Set(['replica', 'region']),
    );
    expect(q.map((x) => [x.dim, x.value, x.noun])).toEqual([
      ['bytes', 50 * 1024 ** 2, ''],
      ['bytesPerSecond', 2 * 1024 ** 2, ''],
      ['count', 5, 'replica'],
    ]);
  });
  it('counts the last noun of a compound, and stops at punctuation', () => {
    expect(read('20 VPC peering connections')).toEqual([[20, 'connection']]);
    expect(read('3 VPCs, each with connections')).toEqual([[3, 'vpc']]);
  });
});

describe('claims checked against the knowledge base', () => {
  it('every numeric fact is recognised in a sentence written from its label', () => {
    const entries = loadKbEntries(ROOT);
    const generated = generateClaims(index, entries).filter((g) => g.kind === 'right' || g.kind === 'wrong');
    const recognised = new Set<string>();
    for (const g of generated)
      checkClaims(g.text, g.heading, index, (_q, ids) => ids.includes(g.factId) && recognised.add(g.factId));
    // A fact AWS's texts disagree on (indexed with its text's figures, `unsettled`) gets no generated claims.
    const numeric = index.facts.filter((f) => !f.unsettled).map((f) => f.fact.id);
    // Calendar years ("added in 2021") are dates, not quantities a note states with a unit.
    const missing = numeric.filter((id) => !recognised.has(id) && !/\.added$/.test(id));
    expect(missing).toEqual([]);
    expect(numeric.length).toBeGreaterThan(340);
    // Checks every generated claim of every fact (thousands), so it grows with the KB: a loaded CI machine needs room.
  }, 300_000);

  it('flags a wrong figure with the official text, source and date', () => {
    const [f] = checkClaims('- DynamoDB maximum item size: 4 KB', [], index);
    expect(f).toMatchObject({
      factId: 'dynamodb.item.max-size',
      verdict: 'wrong',
      excerpt: '4 KB',
      lineIndex: 0,
    });
    expect(f?.official).toContain('400 KB');
    expect(f?.source).toMatch(/^https:\/\//);
  });

  it('marks an earlier official value as outdated, with the date it changed', () => {
    expect(flags('Lambda functions: max memory 3,008 MB')).toEqual([
      { id: 'lambda.memory.max', verdict: 'outdated', excerpt: '3,008 MB', changedOn: '2020-12' },
    ]);
    expect(flags('gp3 volumes: up to 16,000 IOPS')[0]).toMatchObject({
      id: 'ebs.gp3.max-iops',
      verdict: 'outdated',
    });
    expect(flags('- The largest S3 object is 5 TB')[0]).toMatchObject({
      id: 's3.object.max-size',
      verdict: 'outdated',
    });
  });

  it('reads another class or service named nearer to the figure as the subject', () => {
    expect(flags('- S3 Standard-IA: 99.9% availability')).toEqual([]);
    expect(flags('- S3 One Zone-IA: 99.5% availability')).toEqual([]);
    expect(flags('- S3 Standard: 99.9% availability')[0]).toMatchObject({
      id: 's3-storage-classes.standard.availability',
    });
    expect(flags('*Standard-IA*\n- 99.9% availability over a year')).toEqual([]);
    expect(flags('- SQS messages up to 1 MiB; SNS messages up to 256 KB')).toEqual([]);
    expect(flags('- Glacier Deep Archive minimum storage duration: 180 days; Standard-IA: 30 days')).toEqual(
      [],
    );
  });

  it('keeps history, defaults, settings, conditions and per-engine figures apart', () => {
    expect(flags('- Before 2020, Lambda memory was capped at 3,008 MB')).toEqual([]);
    expect(flags('- Lambda used to time out after 5 minutes')).toEqual([]);
    expect(flags('- SQS: default retention 4 days, max 14 days')).toEqual([]);
    expect(flags('- Lambda /tmp: 512 MB by default')).toEqual([]);
    expect(flags('- We give this Lambda function 512 MB of memory')).toEqual([]);
    expect(flags('- Transactions cost two WCUs per write for items up to 1 KB', ['DynamoDB'])).toEqual([]);
    expect(flags('- RDS for Oracle: up to 5 read replicas')).toEqual([]);
    expect(flags('- RDS for MySQL: up to 5 read replicas')[0]).toMatchObject({
      id: 'rds.read-replicas.max',
      verdict: 'wrong',
    });
    expect(flags('- Convertible RIs: up to 54% discount')).toEqual([]);
    expect(flags('- Is the Lambda timeout 5 minutes?')).toEqual([]);
    expect(flags('- e.g. a Lambda function with a 5 minute timeout')).toEqual([]);
  });

  it('passes ordinary correct cheat-sheet lines', () => {
    for (const line of [
      '- Kinesis retention 24 hours by default, up to 365 days',
      '- Glacier Deep Archive: 12 hours standard retrieval, 48 hours bulk',
      '- S3: single PUT up to 5 GB; objects up to 50 TB',
      '- gp3: 3,000 IOPS baseline, up to 80,000 IOPS',
      '- SQS message retention from 1 minute to 14 days',
      '- Lambda memory 128 MB to 10 GB',
      '- Step Functions Standard: up to 1 year; Express: 5 minutes',
      '- S3 Standard-IA minimum 30 days, Glacier Flexible 90 days, Deep Archive 180 days',
      '- SSM Parameter Store: store secrets up to 4 KB (standard), 8 KB (advanced)',
      '- Each shard: 1 MB/s in, 2 MB/s out',
      '- API Gateway timeout 29 seconds; Lambda timeout 15 minutes',
    ])
      expect(flags(line), line).toEqual([]);
  });

  it('catches a price quoted per the wrong billing unit', () => {
    expect(flags('- Provisioned writes cost $0.00065 per WCU', ['DynamoDB'])[0]).toMatchObject({
      id: 'dynamodb-capacity.provisioned.wcu-price',
      verdict: 'wrong',
    });
    expect(flags('- Provisioned writes cost $0.00065 per WCU-hour', ['DynamoDB'])).toEqual([]);
  });
});

describe('claim wording that decides the kind, subject and scope of a figure', () => {
  const ids = (text: string, heading: string[] = []): string[] => flags(text, heading).map((f) => f.id);

  it('reads "as small as" as a minimum and a trailing "by default" as a default', () => {
    expect(ids('- st1 volumes can be as small as 10 GiB')).toEqual(['ebs.st1.min-size']);
    expect(ids('- IAM users: 20 managed policies attached by default')).toEqual([
      'iam.user.attached-policies-default',
    ]);
    expect(ids('- Firehose buffers 64 MiB by default')).toEqual(['kinesis-firehose.buffer.default-size']);
  });
  it("reads a count said per the quota's own scope as the quota", () => {
    expect(ids('- IAM roles per account: 500')).toEqual(['iam.account.max-roles']);
    expect(ids('- IAM roles per account: 1,000')).toEqual([]);
  });
  it('does not compare a quota per Region with one per VPC', () => {
    expect(ids('- 5 internet gateways per Region')).toEqual([]);
    expect(ids('- 3 internet gateways per VPC')).toEqual(['vpc.igw.per-vpc']);
  });
  it('tells CloudWatch data-point resolutions apart', () => {
    expect(ids('- CloudWatch keeps 5-minute data points for 15 days')).toEqual([
      'cloudwatch.metrics.five-minute-retention',
    ]);
    expect(ids('- CloudWatch keeps 1-minute data points for 15 days')).toEqual([]);
  });
  it('ends a condition at a verb, and reads "for up to" as a duration', () => {
    expect(ids('- RDS for Oracle supports up to 15 read replicas')).toEqual(['rds.read-replicas.max']);
    expect(ids('- Step Functions Express workflows run for up to 30 minutes')).toEqual([
      'step-functions.express.max-duration',
    ]);
    expect(ids('- DynamoDB: for items up to 4 KB, one RCU is enough')).toEqual([]);
  });
});

describe('tables and unit abbreviations', () => {
  it('reads a table row with its column headers, and points at the figure cell', () => {
    const text = [
      '| Service | Max timeout | Max payload |',
      '|:--|--:|--:|',
      '| Lambda | 20 min | 6 MB |',
      '| SQS | n/a | 4 MB |',
    ].join('\n');
    const found = checkClaims(text, [], index).map((f) => [
      f.factId,
      text.slice(f.start, f.end),
      f.lineIndex,
    ]);
    expect(found).toEqual([
      ['lambda.timeout.max', '20 min', 2],
      ['sqs.message.max-size', '4 MB', 3],
    ]);
  });
  it('reads a row without a header as one sentence, and leaves correct rows alone', () => {
    expect(flags('| Lambda | maximum memory | 3 GB |').map((f) => f.id)).toEqual(['lambda.memory.max']);
    expect(flags('| S3 Standard | availability | 99.99% |\n| One Zone-IA | availability | 99.5% |')).toEqual(
      [],
    );
  });
  it('lets the attribute named next to a figure decide, not one named earlier in the line', () => {
    expect(flags('- Standard: 11 9s durability, 99.99% availability', ['S3'])).toEqual([]);
    const durability = flags('- Standard: 11 9s durability, 99.9% durability', ['S3']);
    expect(durability.map((f) => [f.excerpt, f.id.endsWith('.durability')])).toEqual([['99.9%', true]]);
  });
  it('does not read "min" after a number as "minimum"', () => {
    expect(flags('- Lambda max timeout: 20 min').map((f) => f.id)).toEqual(['lambda.timeout.max']);
  });
});

describe('the right figure with the wrong words around it', () => {
  const ids = (text: string): string[] => flags(text).map((f) => f.id);

  it('flags a default or adjustable quota said to be fixed, not a real maximum called hard', () => {
    expect(ids('- Lambda concurrent executions: 1,000 per Region, a hard limit')).toEqual([
      'lambda.concurrency.default',
    ]);
    expect(ids('- CLB idle timeout: fixed at 60 seconds')).toEqual(['elb.clb.idle-timeout-default']);
    expect(ids('- Lambda timeout is a hard limit of 15 minutes')).toEqual([]);
  });
  it('reads a fact labelled a default quota as adjustable unless its text says it is not', () => {
    expect(ids('- Transit gateways per Region: 5 (hard limit)')).toEqual([
      'transit-gateway.per-region.default-quota',
    ]);
    expect(ids('- Transit gateways per Region: 5, can be raised')).toEqual([]);
    // "10,000 (not adjustable)": the text says the default quota is fixed.
    expect(ids('- API Gateway API keys: 10,000 per Region, a hard limit')).toEqual([]);
  });
  it('flags a fixed figure said to be adjustable', () => {
    expect(ids('- API Gateway HTTP API integration timeout is 30 seconds but can be raised')).toEqual([
      'api-gateway.http-api.max-integration-timeout',
    ]);
  });
  it('flags a per-variant figure said of every variant, and only that', () => {
    expect(ids('- All RDS engines allow 15 read replicas')).toEqual(['rds.read-replicas.max']);
    expect(ids('- RDS for PostgreSQL allows 15 read replicas; each engine differs')).toEqual([]);
  });
});

describe('statements a non-numeric fact contradicts', () => {
  it('flags billing by the hour and immediate key deletion, not their denial', () => {
    const ec2 = flags('- EC2 On-Demand Linux instances are charged by the hour');
    expect(ec2.map((f) => [f.id, f.verdict, f.changedOn])).toEqual([
      ['ec2-purchasing.on-demand.min-billing', 'outdated', '2017-10-02'],
    ]);
    expect(flags('- KMS removes the key material: it deletes the key immediately').map((f) => f.id)).toEqual([
      'kms.deletion.waiting-period',
    ]);
    expect(flags('- KMS never deletes a key immediately; it waits 7 to 30 days')).toEqual([]);
  });

  it('flags them when said of the service, and not when denied or historical', () => {
    expect(flags('- RDS Multi-AZ: the standby can serve reads')[0]).toMatchObject({
      id: 'rds.multi-az.standby-readable',
      verdict: 'wrong',
    });
    expect(flags('- RDS Multi-AZ: the standby does not serve reads')).toEqual([]);
    expect(flags('- VPC peering is transitive')[0]).toMatchObject({ id: 'vpc.peering.transitive' });
    expect(flags('- VPC peering is not transitive')).toEqual([]);
    expect(flags('### EBS\n- sc1 volumes can be used as boot volumes')[0]).toMatchObject({
      id: 'ebs.hdd.boot-volume',
    });
    expect(flags('- S3 offers eventual consistency for overwrite PUTs')[0]).toMatchObject({
      id: 's3.consistency.model',
      verdict: 'outdated',
      changedOn: '2020-12-01',
    });
    expect(flags('- Before Dec 2020, S3 had eventual consistency for overwrite PUTs')).toEqual([]);
  });
});

describe('data/factcheck/rules.json', () => {
  it('keeps only rules no fact can express, none quoting the seed notes', () => {
    const text = readFileSync(join(ROOT, 'data', 'factcheck', 'rules.json'), 'utf8');
    const file = factRulesFileSchema.parse(JSON.parse(text));
    expect(file.rules.length).toBeLessThanOrEqual(5);
    expect(text).not.toMatch(/Relative Database Service/);
    const seedLines = readdirSync(SEEDS_DIR)
      .flatMap((f) => readFileSync(join(SEEDS_DIR, f), 'utf8').split('\n'))
      .map((l) => l.replace(/^[\s\-*>#\d.)]+/, '').trim())
      .filter((l) => l.length >= 20);
    for (const r of file.rules)
      for (const ex of [...r.examples.flag, ...r.examples.pass])
        for (const l of seedLines) expect(ex.includes(l), `${r.id} quotes a seed line: ${l}`).toBe(false);
  });
});

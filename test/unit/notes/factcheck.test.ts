import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactRules } from '../../../src/main/notes/rules';
import { checkSection, checkText, type FactFlag } from '../../../src/shared/notes/factCheck';
import { factRulesFileSchema } from '../../../src/shared/notes/factRules';
import { haveSeeds, parseSeed, SEED_FILES } from './seeds';

const checker = loadFactRules(join(import.meta.dirname, '..', '..', '..'));
const file = factRulesFileSchema.parse(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'factcheck', 'rules.json'), 'utf8'),
  ),
);

describe('data/factcheck/rules.json', () => {
  it('is valid, with unique ids and official https sources', () => {
    const ids = file.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of file.rules)
      expect(r.source).toMatch(/^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//);
  });
  it('rejects a rule whose pattern does not compile', () => {
    const bad = { ...file.rules[0], pattern: '(unclosed' };
    expect(factRulesFileSchema.safeParse({ version: 1, rules: [bad] }).success).toBe(false);
  });
  for (const r of file.rules)
    it(`${r.id}: flags its wrong examples and passes its correct ones`, () => {
      const one = checker.rules.filter((c) => c.rule.id === r.id);
      for (const s of r.examples.flag)
        expect(
          checkText(s, one).map((f) => f.ruleId),
          s,
        ).toEqual([r.id]);
      for (const s of r.examples.pass) expect(checkText(s, one), s).toEqual([]);
    });
});

describe('checkSection', () => {
  it('reports the claim, its line, offsets, verdict, the official figure and its source', () => {
    const text = '- Provisioned\n\t- Throughput for Writes ($0.00065 per WCU)\n';
    const [f] = checkSection(text, ['DynamoDB'], checker);
    expect(f).toMatchObject({
      ruleId: 'kb:dynamodb-capacity.provisioned.wcu-price',
      verdict: 'wrong',
      lineIndex: 1,
      excerpt: '$0.00065 per WCU',
      line: '- Throughput for Writes ($0.00065 per WCU)',
      asOf: '2026-11-25',
    });
    expect(f?.official).toMatch(/WCU-hour/);
    expect(text.slice(f?.start, f?.end)).toBe('$0.00065 per WCU');
  });
  it('uses the heading path when the text does not name the service', () => {
    expect(
      checkSection('- 99.9 % durability', ['Storage', 'S3 (Simple Storage Service)'], checker).map(
        (f) => f.ruleId,
      ),
    ).toEqual(['kb:data-lake.s3.durability']);
    expect(checkSection('- 99.9 % durability', ['Storage', 'EBS'], checker)).toEqual([]);
    expect(checkSection('- 99.9 % durability', [], checker)).toEqual([]);
  });
});

describe.skipIf(!haveSeeds)('fact-checking the seed notes', () => {
  const all: (FactFlag & { file: string })[] = [];
  for (const f of Object.values(SEED_FILES)) {
    const p = parseSeed(f);
    for (const s of p.sections)
      for (const fl of checkSection(s.body, s.headingPath, checker)) all.push({ ...fl, file: f });
  }

  it('flags the contradictions, most of them from knowledge-base facts', () => {
    expect(all.map((f) => [f.ruleId, f.verdict, f.line])).toEqual([
      [
        'kb:lambda.tmp.max',
        'outdated',
        '4. Temporary Storage: Utilize /tmp directory efficiently (512MB limit)',
      ],
      // CloudWatch allows 30 dimensions per metric.
      [
        'kb:cloudwatch.metric.max-dimensions',
        'wrong',
        '- You can assign up to 10 *dimensions* to a *metric*',
      ],
      ['kb:cloudwatch.metric.max-dimensions', 'wrong', '- Up to 10 *dimensions* per *metric*'],
      [
        'kb:ec2-purchasing.ri.max-discount',
        'wrong',
        '- Up to 72-75% discount compare to on-demand but upfront payment',
      ],
      ['kb:ebs.gp3.max-iops', 'outdated', '- Can increase IOPS up to 16000 and throughput up to 1000 MiB/s'],
      [
        'kb:ebs.gp3.max-throughput',
        'outdated',
        '- Can increase IOPS up to 16000 and throughput up to 1000 MiB/s',
      ],
      ['kb:ebs.io2.max-iops-per-gib', 'wrong', '- Max PIOPS 256000 with an IOPS:GiB ratio 100:1'],
      ['kb:s3.object.max-size', 'outdated', '- S3 - For big objects (up to 5TB)'],
      ['kb:aurora.storage.max-size', 'outdated', '- Automatically grows in increment of 10GB, up to 64TB'],
      [
        'kb:aurora.global.max-secondary-regions',
        'outdated',
        '- *Global Database*: 1 Primary region (r/w), 5 secondary (r only) region with < 1sec replication lag, up to 16 RR per secondary region and promoting another region with RTO < 1 min',
      ],
      ['kb:s3.object.max-size', 'outdated', '- Serverless, scales infinitely, max object size 5TB'],
      ['kb:s3.object.max-size', 'outdated', '- Max size of object 5TB'],
      ['kb:data-lake.s3.durability', 'wrong', '- High Durability (99.9%) of objects across Multi-AZ'],
      ['kb:s3-storage-classes.standard.availability', 'wrong', '- 99.9% Availability over a given year'],
      ['kb:data-lake.s3.durability', 'wrong', '- High Durability (99.9%) of objects across Multi-AZ'],
      [
        'kb:data-lake.s3.durability',
        'wrong',
        '- High Durability (99.9%) of objects in a single AZ, but when AZ destroyed data will be lost',
      ],
      ['kb:data-lake.s3.durability', 'wrong', '- High Durability (99.9%) of objects across Multi-AZ'],
      [
        'kb:s3-storage-classes.intelligent-tiering.min-duration',
        'wrong',
        '- Minimum storage duration charge for  30 days',
      ],
      ['kb:data-lake.s3.durability', 'wrong', '- High Durability (99.9%)'],
      ['kb:data-lake.s3.durability', 'wrong', '- 99.9 % durability'],
      ['kb:sqs.message.max-size', 'outdated', '- 256kb per message sent'],
      ['kb:sns.subscriptions.per-standard-topic', 'wrong', '- Up tp 10,000,000 subscriptions per topic'],
      ['lambda.duration-price', 'wrong', '- After that $1 for 600,000 GB-secs'],
      ['kb:lambda.memory.increment', 'wrong', '- Memory 128MB - 10 GB (64MB increments)'],
      ['kb:lambda.tmp.max', 'outdated', '- Disk capacity in the function container is 512 MB'],
      ['kb:dynamodb-capacity.provisioned.rcu-price', 'wrong', '- Throughput for Reads ($0.00013 per RCU)'],
      ['kb:dynamodb-capacity.provisioned.wcu-price', 'wrong', '- Throughput for Writes ($0.00065 per WCU)'],
      [
        'kb:well-architected.pillars.count',
        'wrong',
        "- We're considering 5 pillars for a well architect application: Cost, Performance, Reliability, Security & Operational Excellence",
      ],
    ]);
    expect(all.filter((f) => f.ruleId.startsWith('kb:'))).toHaveLength(27);
  });

  it('does not flag the correct statements around them', () => {
    const flagged = new Set(all.map((f) => f.line));
    for (const ok of [
      '- Max execution time 900 sec (15 mins)',
      '- Baseline of 3000 IOPS and throughput of 125 MiB/s',
      '- Size of the volumes and IOPS are linked, max IOPS is 16000',
      '- Max PIOPS 64000 for Nitro EC2 & 32000 for other',
      '- 99.5% Availability over a given year',
      '- Minimum storage duration charge for 30 days',
      '- Minimum storage duration charge is 30 days',
      '- Minimum storage duration charge for  90 days',
      '- Enable **automated backups** (7–35 days retention).',
      '- Free usage tier includes 400,000 GB-seconds of compute time per month',
      '- $0.20 per 1 million requests thereafter ($0.0000002/request)',
      '- 1 RCU = 1 strongly consistent read of 4KB/s',
      '- Default retention of messages 4 days, max 14 days',
      '- For upload more than 5gb, must use multi-part upload',
      '- Highly available across 3 AZ, with up to 15 read replicas',
      '- Max size of uncompressed deployment (Code + Dependencies) is 250 MB',
      '- Each shard allows for 1MB/s incoming and 2MB/s outgoing of data',
      'Design for sub-100ms detection latency with 99.99% availability',
      'Define measurable SLA metrics (99.9% availability, <2 hour data freshness)',
    ])
      expect(flagged.has(ok), ok).toBe(false);
    // The correct lines do exist in the corpus (so the check above is not vacuous).
    const corpus = Object.values(SEED_FILES)
      .map((f) =>
        parseSeed(f)
          .sections.map((s) => s.body)
          .join('\n'),
      )
      .join('\n');
    expect(corpus).toContain('Max execution time 900 sec (15 mins)');
    expect(corpus).toContain('99.5% Availability over a given year');
    expect(corpus).toContain('(7–35 days retention)');
    expect(corpus).toContain('Design for sub-100ms detection latency with 99.99% availability');
    // Standard-IA's 99.9% availability is right; only S3 Standard's is flagged.
    expect(corpus.match(/- 99\.9% Availability over a given year/g)?.length).toBe(3);
  });
});

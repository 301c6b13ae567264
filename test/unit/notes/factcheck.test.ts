import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText, compileRules, type FactFlag } from '../../../src/shared/notes/factCheck';
import { factRulesFileSchema } from '../../../src/shared/notes/factRules';
import { haveSeeds, parseSeed, SEED_FILES } from './seeds';

const file = factRulesFileSchema.parse(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'factcheck', 'rules.json'), 'utf8'),
  ),
);
const rules = compileRules(file.rules);

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
      const one = rules.filter((c) => c.rule.id === r.id);
      for (const s of r.examples.flag)
        expect(
          checkText(s, one).map((f) => f.ruleId),
          s,
        ).toEqual([r.id]);
      for (const s of r.examples.pass) expect(checkText(s, one), s).toEqual([]);
    });
});

describe('checkText', () => {
  it('reports offsets, the official figure, its source and a suggested correction', () => {
    const text = '- Provisioned\n\t- Throughput for Reads ($0.00013 per RCU)\n';
    const [f] = checkText(text, rules);
    expect(f).toMatchObject({
      ruleId: 'dynamodb.capacity-price-unit',
      excerpt: '$0.00013 per RCU',
      line: '- Throughput for Reads ($0.00013 per RCU)',
      suggestion: '$0.00013 per RCU-hour',
      source: 'https://aws.amazon.com/dynamodb/pricing/provisioned/',
      asOf: '2026-11-25',
    });
    expect(text.slice(f?.start, f?.end)).toBe('$0.00013 per RCU');
  });
  it('uses the heading path when the text does not name the service', () => {
    expect(
      checkText('- 99.9 % durability', rules, 'Storage › S3 (Simple Storage Service)').map((f) => f.ruleId),
    ).toEqual(['s3.durability']);
    expect(checkText('- 99.9 % durability', rules, 'Storage › EBS')).toEqual([]);
    expect(checkText('- 99.9 % durability', rules)).toEqual([]);
  });
});

describe.skipIf(!haveSeeds)('fact-checking the seed notes', () => {
  const all: (FactFlag & { file: string })[] = [];
  for (const f of Object.values(SEED_FILES)) {
    const p = parseSeed(f);
    for (const s of p.sections)
      for (const fl of checkText(s.body, rules, s.headingPath.join(' › '))) all.push({ ...fl, file: f });
  }
  const lines = (id: string): string[] => all.filter((f) => f.ruleId === id).map((f) => f.line);

  it('flags the real contradictions (29 claims, 18 rules)', () => {
    expect(all).toHaveLength(29);
    expect(new Set(all.map((f) => f.ruleId)).size).toBe(18);
    expect(lines('s3.durability')).toEqual([
      '- High Durability (99.9%) of objects across Multi-AZ',
      '- High Durability (99.9%) of objects across Multi-AZ',
      '- High Durability (99.9%) of objects in a single AZ, but when AZ destroyed data will be lost',
      '- High Durability (99.9%) of objects across Multi-AZ',
      '- High Durability (99.9%)',
      '- 99.9 % durability',
    ]);
    expect(lines('s3.standard-availability')).toEqual(['- 99.9% Availability over a given year']);
    expect(lines('s3.max-object-size')).toEqual([
      '- S3 - For big objects (up to 5TB)',
      '- Serverless, scales infinitely, max object size 5TB',
      '- Max size of object 5TB',
    ]);
    expect(lines('s3.intelligent-tiering-min-duration')).toEqual([
      '- Minimum storage duration charge for  30 days',
    ]);
    expect(lines('lambda.memory-increment')).toEqual(['- Memory 128MB - 10 GB (64MB increments)']);
    expect(lines('lambda.tmp-storage')).toEqual([
      '4. Temporary Storage: Utilize /tmp directory efficiently (512MB limit)',
      '- Disk capacity in the function container is 512 MB',
    ]);
    expect(lines('lambda.duration-price')).toEqual(['- After that $1 for 600,000 GB-secs']);
    expect(lines('dynamodb.capacity-price-unit')).toEqual([
      '- Throughput for Reads ($0.00013 per RCU)',
      '- Throughput for Writes ($0.00065 per WCU)',
    ]);
    expect(lines('ebs.gp3-max-iops')).toEqual([
      '- Can increase IOPS up to 16000 and throughput up to 1000 MiB/s',
    ]);
    expect(lines('ebs.gp3-max-throughput')).toEqual([
      '- Can increase IOPS up to 16000 and throughput up to 1000 MiB/s',
    ]);
    expect(lines('ebs.io2-iops-ratio')).toEqual(['- Max PIOPS 256000 with an IOPS:GiB ratio 100:1']);
    expect(lines('rds.read-replicas')).toEqual(['- Up to 5 RR']);
    expect(lines('rds.only-five-replicas')).toHaveLength(2);
    expect(lines('rds.backup-retention')).toEqual(['- 7 days retentions']);
    expect(lines('aurora.max-storage')).toEqual(['- Automatically grows in increment of 10GB, up to 64TB']);
    expect(lines('aurora.global-secondary-regions')[0]).toMatch(
      /^- \*Global Database\*: 1 Primary region \(r\/w\), 5 secondary/,
    );
    expect(lines('sts.credential-lifetime')).toEqual([
      '- Token is valid for up to one hour and then must be refreshed',
      '- Temporary credentials can be valid between 15 min to 1 hour',
    ]);
    expect(lines('sqs.message-size')).toEqual(['- 256kb per message sent']);
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

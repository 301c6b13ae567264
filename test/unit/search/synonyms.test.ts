import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalQuery } from '../../../src/shared/search/queryText';
import { abbreviationFileSchema, buildSynonymTable, mineAbbreviations, phraseQuery } from '../../../src/shared/search/synonyms';

const root = join(import.meta.dirname, '..', '..', '..');

describe('abbreviation table', () => {
  it('mines "Full name (ABBR)" and "ABBR (Full name)" when the initials agree', () => {
    const text =
      'Global secondary indexes (GSI) and Local secondary indexes (LSIs). Point-in-time recovery (PITR). ' +
      'AWS Identity and Access Management (IAM). NLB (Network Load Balancer). Amazon S3 (Simple Storage Service). ' +
      'See the docs (HTML). Reads (RCU/WCU). including on-premises (IP).';
    const got = mineAbbreviations(text).map((m) => `${m.abbr}=${m.full.join(' ')}`);
    expect(got).toEqual([
      'gsi=global secondary indexes',
      'lsi=local secondary indexes',
      'pitr=point in time recovery',
      'iam=identity and access management',
      'nlb=network load balancer',
    ]);
  });

  it('merges the curated list, once per name', () => {
    const t = buildSynonymTable(['Auto Scaling group (ASG)'], [{ abbr: 'ASG', full: ['Auto Scaling group'] }, { abbr: 'SG', full: ['security group'] }]);
    expect(t.get('asg')).toEqual([['auto', 'scaling', 'group']]);
    expect(t.get('sg')).toEqual([['security', 'group']]);
  });

  it('expands into FTS5: the word OR its full names, the long last word a prefix', () => {
    expect(phraseQuery(['global', 'secondary', 'index'])).toBe('"global secondary index"*');
    expect(phraseQuery(['network', 'acl'])).toBe('"network acl"');
    expect(literalQuery(['dynamodb', 'gsi'], false, null, new Map([[1, ['"global secondary index"*']]]))).toBe(
      '"dynamodb" AND ("gsi" OR "global secondary index"*)',
    );
  });

  it('data/search/abbreviations.json is valid, each expansion sourced, no abbreviation twice', () => {
    const file = abbreviationFileSchema.parse(JSON.parse(readFileSync(join(root, 'data/search/abbreviations.json'), 'utf8')));
    const abbrs = file.abbreviations.map((a) => a.abbr);
    expect(new Set(abbrs).size).toBe(abbrs.length);
    for (const a of ['GSI', 'LSI', 'RCU', 'WCU', 'IA', 'EFO', 'PITR', 'ALB', 'NLB', 'SG', 'NACL', 'ASG']) expect(abbrs).toContain(a);
  });
});

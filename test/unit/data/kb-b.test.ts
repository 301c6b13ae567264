import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisonSchema, kbEntrySchema, type Comparison, type Fact, type KbEntry } from '../../../src/shared/kb/schemas';
import { renderFactRefs, type RefFact } from '../../../src/shared/kb/factRefs';
import { entryChecks } from './entryChecks';

// Part B of the curated knowledge base: the _ids.json entries from "elasticache" through "sagemaker",
// plus every comparison table in data/comparisons/.
const root = resolve(import.meta.dirname, '../../..');
const allIds: string[] = (JSON.parse(readFileSync(resolve(root, 'data/kb/_ids.json'), 'utf8')) as { ids: string[] }).ids;
const first = allIds.indexOf('elasticache');
const last = allIds.indexOf('sagemaker');
const myIds = allIds.slice(first, last + 1);
const known = new Set(allIds);
// Facts may be dated up to today (as-of dates are when a figure was checked, never in the future).
const TODAY = new Date().toISOString().slice(0, 10);
const OFFICIAL = /(^|\.)(docs\.aws\.amazon\.com|aws\.amazon\.com)$/;

function loadEntry(id: string): KbEntry {
  const raw: unknown = JSON.parse(readFileSync(resolve(root, 'data/kb', `${id}.json`), 'utf8'));
  const parsed = kbEntrySchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${id}: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
  return parsed.data;
}

const comparisonDir = resolve(root, 'data/comparisons');
const comparisonFiles = existsSync(comparisonDir) ? readdirSync(comparisonDir).filter((f) => f.endsWith('.json')).sort() : [];

function loadComparison(file: string): Comparison {
  const raw: unknown = JSON.parse(readFileSync(resolve(comparisonDir, file), 'utf8'));
  const parsed = comparisonSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${file}: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
  return parsed.data;
}

const entries = new Map<string, KbEntry>();
for (const id of myIds) if (existsSync(resolve(root, 'data/kb', `${id}.json`))) entries.set(id, loadEntry(id));

function fact(id: string): Fact {
  for (const e of entries.values()) {
    const hit = e.facts.find((f) => f.id === id);
    if (hit) return hit;
  }
  throw new Error(`no fact ${id}`);
}

describe('knowledge base part B', () => {
  it('covers exactly the 46 ids from elasticache to sagemaker', () => {
    expect(myIds).toHaveLength(46);
    expect(myIds[0]).toBe('elasticache');
    expect(myIds.at(-1)).toBe('sagemaker');
    expect([...entries.keys()]).toEqual(myIds);
  });

  describe.each(myIds)('%s', (id) => entryChecks(id, loadEntry, known, TODAY));

  it('uses unique fact ids across all part-B entries', () => {
    const ids = [...entries.values()].flatMap((e) => e.facts.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('states the key figures as current docs do', () => {
    expect(fact('lambda.memory.max')).toMatchObject({ numeric: 10240, unit: 'MB' });
    expect(fact('lambda.memory.min')).toMatchObject({ numeric: 128, unit: 'MB' });
    expect(fact('lambda.memory.increment')).toMatchObject({ numeric: 1, unit: 'MB' });
    expect(fact('lambda.timeout.max')).toMatchObject({ numeric: 15, unit: 'minutes' });
    expect(fact('lambda.payload.async-max')).toMatchObject({ numeric: 1, unit: 'MB' });
    expect(fact('lambda.payload.sync-max')).toMatchObject({ numeric: 6, unit: 'MB' });
    expect(fact('lambda.concurrency.default')).toMatchObject({ numeric: 1000 });
    expect(fact('sqs.message.max-size')).toMatchObject({ numeric: 1, unit: 'MiB' });
    expect(fact('sqs.retention.max')).toMatchObject({ numeric: 14, unit: 'days' });
    expect(fact('sqs.visibility-timeout.max')).toMatchObject({ numeric: 12, unit: 'hours' });
    expect(fact('sqs.long-polling.max-wait')).toMatchObject({ numeric: 20, unit: 'seconds' });
    expect(fact('sqs.delay.max')).toMatchObject({ numeric: 15, unit: 'minutes' });
    expect(fact('kinesis-data-streams.shard.write-mbps')).toMatchObject({ numeric: 1, unit: 'MB/s' });
    expect(fact('kinesis-data-streams.shard.write-records')).toMatchObject({ numeric: 1000 });
    expect(fact('kinesis-data-streams.shard.read-mbps')).toMatchObject({ numeric: 2, unit: 'MB/s' });
    expect(fact('kinesis-data-streams.retention.max')).toMatchObject({ numeric: 365, unit: 'days' });
    expect(fact('sns.message.max-size')).toMatchObject({ numeric: 1, unit: 'MiB' });
    expect(fact('sns.message.default-max-size')).toMatchObject({ numeric: 256, unit: 'KiB' });
    expect(fact('eventbridge.event.max-size')).toMatchObject({ numeric: 1, unit: 'MB' });
    expect(fact('elasticache.cluster.default-max-nodes')).toMatchObject({ numeric: 90, unit: 'nodes' });
    expect(fact('api-gateway.throttle.account-rps')).toMatchObject({ numeric: 10000 });
    expect(fact('api-gateway.integration.timeout-default')).toMatchObject({ numeric: 29, unit: 'seconds' });
    expect(fact('step-functions.standard.max-duration')).toMatchObject({ numeric: 1, unit: 'year' });
    expect(fact('step-functions.express.max-duration')).toMatchObject({ numeric: 5, unit: 'minutes' });
    expect(fact('ecs.task-definition.max-containers').numeric).toBe(10);
    expect(fact('fargate.task.max-vcpu').numeric).toBe(16);
    expect(fact('vpc.subnet.reserved-ips').numeric).toBe(5);
    expect(fact('site-to-site-vpn.tunnel.standard-bandwidth')).toMatchObject({ numeric: 1.25, unit: 'Gbps' });
    expect(fact('global-accelerator.static-ips.count').numeric).toBe(2);
    expect(fact('neptune.replicas.max').numeric).toBe(15);
    expect(fact('elasticache.shard.max-replicas').numeric).toBe(5);
    expect(fact('athena.price.per-tb')).toMatchObject({ numeric: 5, unit: 'USD/TB' });
    expect(fact('well-architected.pillars.count').numeric).toBe(6);
  });

  it('records the classic wrong figures as common mistakes', () => {
    const claims = (id: string): string => (fact(id).commonMistakes ?? []).map((m) => m.claim).join(' | ');
    expect(claims('lambda.memory.increment')).toMatch(/64 MB/);
    expect(claims('lambda.timeout.max')).toMatch(/5 minutes/);
    expect(claims('sqs.message.max-size')).toMatch(/256 KB/);
    expect(claims('lambda.payload.async-max')).toMatch(/256 KB/);
    expect(claims('step-functions.standard.max-duration').length + claims('well-architected.pillars.count').length).toBeGreaterThan(0);
  });
});

describe('comparison tables', () => {
  const required = [
    'sqs-sns-kinesis-mq-eventbridge.json',
    'databases.json',
    'load-balancers.json',
    'analytics.json',
    'edge.json',
  ];

  it('include the five tables the issue asks for plus at least two more', () => {
    for (const f of required) expect(comparisonFiles, f).toContain(f);
    expect(comparisonFiles.length).toBeGreaterThanOrEqual(required.length + 2);
  });

  describe.each(comparisonFiles)('%s', (file) => {
    it('validates, is named after its id and references known entries', () => {
      const c = loadComparison(file);
      expect(`${c.id}.json`).toBe(file);
      const ids = c.items.map((i) => i.entryId);
      for (const id of ids) expect(known.has(id), `entryId ${id}`).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
      for (const s of c.sources) expect(new URL(s).hostname).toMatch(OFFICIAL);
      expect(c.asOf <= TODAY).toBe(true);
    });

    it('gives every item a value for every dimension and nothing else', () => {
      const c = loadComparison(file);
      expect(new Set(c.dimensions).size).toBe(c.dimensions.length);
      for (const item of c.items) {
        expect(Object.keys(item.values).sort(), item.entryId).toEqual([...c.dimensions].sort());
        for (const d of c.dimensions) expect(item.values[d]?.trim().length, `${item.entryId} / ${d}`).toBeGreaterThan(0);
      }
    });
  });

  it('covers the services each required table is about', () => {
    const ids = (file: string): string[] => loadComparison(file).items.map((i) => i.entryId);
    expect(ids('sqs-sns-kinesis-mq-eventbridge.json')).toEqual(
      expect.arrayContaining(['sqs', 'sns', 'kinesis-data-streams', 'mq', 'eventbridge']),
    );
    expect(ids('databases.json')).toEqual(
      expect.arrayContaining(['rds', 'aurora', 'dynamodb', 'redshift', 'elasticache', 'neptune', 'opensearch']),
    );
    expect(ids('load-balancers.json')).toEqual(expect.arrayContaining(['alb', 'nlb', 'gwlb']));
    expect(ids('analytics.json')).toEqual(expect.arrayContaining(['redshift', 'athena', 'emr']));
    expect(ids('edge.json')).toEqual(expect.arrayContaining(['cloudfront', 'global-accelerator']));
  });

  it('keeps comparison figures consistent with the entries', () => {
    const msg = loadComparison('sqs-sns-kinesis-mq-eventbridge.json');
    // The table names the facts; the build writes their values in, so the two cannot drift apart.
    const facts = new Map<string, RefFact>([...entries.values()].flatMap((e) => e.facts.map((f) => [f.id, f] as const)));
    const cell = (entryId: string): string =>
      renderFactRefs(Object.values(msg.items.find((i) => i.entryId === entryId)?.values ?? {}).join(' '), facts);
    expect(cell('sqs')).toMatch(/\b1 MiB/);
    expect(cell('sns')).toMatch(/\b1 MiB .*default 256 KiB/);
    expect(cell('eventbridge')).toMatch(/\b1 MB/);
    const edge = loadComparison('edge.json');
    const ga = edge.items.find((i) => i.entryId === 'global-accelerator');
    expect(Object.values(ga?.values ?? {}).join(' ')).toMatch(/2 static/i);
  });
});

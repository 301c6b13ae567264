import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kbEntrySchema, type Fact, type KbEntry } from '../../../src/shared/kb/schemas';
import { entryChecks } from './entryChecks';

// Part A of the curated knowledge base: the _ids.json entries from "iam" through "dynamodb-capacity".
const root = resolve(import.meta.dirname, '../../..');
const allIds: string[] = (JSON.parse(readFileSync(resolve(root, 'data/kb/_ids.json'), 'utf8')) as { ids: string[] }).ids;
const last = allIds.indexOf('dynamodb-capacity');
const myIds = allIds.slice(0, last + 1);
const known = new Set(allIds);
// Facts may be dated up to today (as-of dates are when a figure was checked, never in the future).
const TODAY = new Date().toISOString().slice(0, 10);

function load(id: string): KbEntry {
  const raw: unknown = JSON.parse(readFileSync(resolve(root, 'data/kb', `${id}.json`), 'utf8'));
  const parsed = kbEntrySchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${id}: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
  return parsed.data;
}

const entries = new Map<string, KbEntry>();
for (const id of myIds) if (existsSync(resolve(root, 'data/kb', `${id}.json`))) entries.set(id, load(id));

function fact(id: string): Fact {
  for (const e of entries.values()) {
    const hit = e.facts.find((f) => f.id === id);
    if (hit) return hit;
  }
  throw new Error(`no fact ${id}`);
}

describe('knowledge base part A', () => {
  it('covers exactly the 40 ids from iam to dynamodb-capacity', () => {
    expect(myIds).toHaveLength(40);
    expect(myIds[0]).toBe('iam');
    expect([...entries.keys()]).toEqual(myIds);
  });

  describe.each(myIds)('%s', (id) => entryChecks(id, load, known, TODAY));

  it('states the key figures as current docs do', () => {
    expect(fact('s3.standard.durability').numeric).toBe(99.999999999);
    expect(fact('s3.object.max-size')).toMatchObject({ numeric: 50, unit: 'TB' });
    expect(fact('s3.put.max-size')).toMatchObject({ numeric: 5, unit: 'GB' });
    expect(fact('s3.prefix.get-rate').numeric).toBe(5500);
    expect(fact('s3-storage-classes.one-zone-ia.availability').numeric).toBe(99.5);
    expect(fact('s3-storage-classes.ia.min-object-size')).toMatchObject({ numeric: 128, unit: 'KB' });
    expect(fact('s3-glacier.deep-archive.min-duration').numeric).toBe(180);
    expect(fact('dynamodb.item.max-size')).toMatchObject({ numeric: 400, unit: 'KB' });
    expect(fact('dynamodb-capacity.rcu.definition')).toMatchObject({ numeric: 4, unit: 'KB' });
    expect(fact('dynamodb-capacity.wcu.definition')).toMatchObject({ numeric: 1, unit: 'KB' });
    expect(fact('dynamodb-capacity.provisioned.wcu-price').unit).toMatch(/hour/);
    expect(fact('ebs.gp2.max-iops').numeric).toBe(16000);
    expect(fact('ebs.io1.max-iops').numeric).toBe(64000);
    expect(fact('ebs.io2.max-iops').numeric).toBe(256000);
    expect(fact('ebs.gp3.max-iops').numeric).toBe(80000);
    expect(fact('kms.encrypt.max-plaintext').numeric).toBe(4096);
    expect(fact('cloudtrail.event-history.retention').numeric).toBe(90);
    expect(fact('rds.read-replicas.max').numeric).toBe(15);
    expect(fact('aurora.replicas.max').numeric).toBe(15);
  });

  it('records the classic wrong figures as common mistakes', () => {
    const claims = (id: string): string => (fact(id).commonMistakes ?? []).map((m) => m.claim).join(' | ');
    expect(claims('s3.standard.durability')).toContain('99.9%');
    expect(claims('s3.object.max-size')).toContain('5 TB');
    expect(claims('ec2.instance-store.persistence')).toMatch(/stop/);
    expect(claims('dynamodb-capacity.provisioned.wcu-price')).toMatch(/per WCU$/);
    expect(claims('ebs.gp3.max-iops')).toContain('16,000');
  });

  it('uses unique fact ids across all part-A entries', () => {
    const ids = [...entries.values()].flatMap((e) => e.facts.map((f) => f.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

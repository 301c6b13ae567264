import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kbEntrySchema, type KbEntry } from '../../../src/shared/kb/schemas';
import { entryChecks } from './entryChecks';

// Part C of the curated knowledge base: the in-scope services of SAA-C03 and DVA-C02 that parts A and B
// did not cover (issue 16), listed in _ids.json after "sagemaker".
const root = resolve(import.meta.dirname, '../../..');
const allIds: string[] = (JSON.parse(readFileSync(resolve(root, 'data/kb/_ids.json'), 'utf8')) as { ids: string[] }).ids;
const myIds = allIds.slice(allIds.indexOf('sagemaker') + 1);
const known = new Set(allIds);
const TODAY = new Date().toISOString().slice(0, 10);

function load(id: string): KbEntry {
  const raw: unknown = JSON.parse(readFileSync(resolve(root, 'data/kb', `${id}.json`), 'utf8'));
  const parsed = kbEntrySchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${id}: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
  return parsed.data;
}

const REQUIRED = [
  'dms', 'application-migration-service', 'cost-explorer', 'budgets', 'cost-usage-reports', 'compute-optimizer',
  'trusted-advisor', 'acm', 'batch', 'lightsail', 'kinesis-video-streams', 'local-zones-outposts', 'control-tower',
  'ram', 'directory-service', 'appsync', 'amplify', 'sam', 'appconfig', 'codeartifact', 'sts', 'ai-services',
];

describe('knowledge base part C (exam-guide coverage)', () => {
  it('has an entry for every in-scope service issue 16 found missing', () => {
    for (const id of REQUIRED) expect(myIds, id).toContain(id);
    for (const id of myIds) expect(existsSync(resolve(root, 'data/kb', `${id}.json`)), id).toBe(true);
  });

  describe.each(myIds)('%s', (id) => entryChecks(id, load, known, TODAY));

  it('uses fact ids unique across the whole knowledge base', () => {
    const ids = allIds.filter((id) => existsSync(resolve(root, 'data/kb', `${id}.json`))).flatMap((id) => load(id).facts.map((f) => f.id));
    expect(ids.length - new Set(ids).size).toBe(0);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_REGIONS, REGION_LIST, REGIONS, regionName, regionsFileSchema } from '../../../src/shared/kb/provenance';
import { datasetSchema, pricePackSchema } from '../../../src/shared/kb/schemas';

const root = resolve(import.meta.dirname, '../../..');
const json = (p: string): unknown => JSON.parse(readFileSync(resolve(root, p), 'utf8'));

describe('data/regions.json', () => {
  it('validates, with unique codes, names and source', () => {
    const f = regionsFileSchema.parse(json('data/regions.json'));
    expect(f.regions.length).toBeGreaterThanOrEqual(30);
    expect(regionName('eu-central-1')).toBe('Europe (Frankfurt)');
    expect(regionName('us-gov-west-1')).toBe('AWS GovCloud (US-West)');
    expect(ALL_REGIONS[0]).toBe('us-east-1');
  });

  it('says exactly which regions have a price pack (data/prices/<code>.json)', () => {
    const packs = readdirSync(resolve(root, 'data/prices'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -5))
      .sort();
    expect([...REGIONS].sort()).toEqual(packs);
    for (const code of REGIONS) expect(pricePackSchema.parse(json(`data/prices/${code}.json`)).region).toBe(code);
  });

  it('says exactly which datasets have prices in each region (re-run scripts/data/gen-regions.ts when this fails)', () => {
    const priced = new Map<string, Set<string>>();
    for (const f of readdirSync(resolve(root, 'data/datasets')).filter((x) => x.endsWith('.json'))) {
      const d = datasetSchema.parse(json(`data/datasets/${f}`));
      const keys = d.columns.filter((c) => c.regional && c.money).map((c) => c.key);
      for (const r of d.rows)
        for (const k of keys)
          for (const [code, v] of Object.entries((r[k] ?? {}) as Record<string, number | null>))
            if (typeof v === 'number') (priced.get(code) ?? priced.set(code, new Set()).get(code)!).add(d.id);
    }
    for (const code of priced.keys()) expect(ALL_REGIONS, `${code} has prices but is not in data/regions.json`).toContain(code);
    for (const r of REGION_LIST) expect(r.pricedDatasets, r.code).toEqual([...(priced.get(r.code) ?? [])].sort());
  });

});

/**
 * Generator for data/regions.json: the AWS Regions the app knows and, for each, which bundled data has prices
 * for it. Deterministic; run after any change to data/datasets or data/prices (test/unit/data/regions.test.ts
 * fails when the file no longer matches them):
 *
 *   npx tsx scripts/data/gen-regions.ts
 *
 * Region codes and names are facts from the endpoint metadata AWS publishes with its SDKs (botocore's
 * data/endpoints.json, partitions "aws" and "aws-us-gov"); pass ENDPOINTS_JSON to use another copy. Without it,
 * the names already in data/regions.json are kept, so re-running only refreshes the coverage fields.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'data/regions.json');
const SOURCE = 'https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html';

interface RegionOut {
  code: string;
  name: string;
  partition: 'aws' | 'aws-us-gov';
  pricePack: boolean;
  pricedDatasets: string[];
}
interface RegionsFile {
  source: string;
  asOf: string;
  notes: string[];
  regions: RegionOut[];
}

function namesFromEndpoints(file: string): Map<string, { name: string; partition: RegionOut['partition'] }> {
  const doc = JSON.parse(readFileSync(file, 'utf8')) as {
    partitions: { partition: string; regions: Record<string, { description: string }> }[];
  };
  const out = new Map<string, { name: string; partition: RegionOut['partition'] }>();
  for (const p of doc.partitions) {
    if (p.partition !== 'aws' && p.partition !== 'aws-us-gov') continue;
    for (const [code, r] of Object.entries(p.regions)) out.set(code, { name: r.description, partition: p.partition });
  }
  return out;
}

const previous: RegionsFile | null = existsSync(OUT) ? (JSON.parse(readFileSync(OUT, 'utf8')) as RegionsFile) : null;
const names = process.env.ENDPOINTS_JSON
  ? namesFromEndpoints(process.env.ENDPOINTS_JSON)
  : new Map((previous?.regions ?? []).map((r) => [r.code, { name: r.name, partition: r.partition }]));
if (names.size === 0) throw new Error('no region names: set ENDPOINTS_JSON to a botocore data/endpoints.json');

// Which datasets carry at least one price for a region (their regional money columns).
const priced = new Map<string, Set<string>>();
for (const f of readdirSync(resolve(ROOT, 'data/datasets')).filter((x) => x.endsWith('.json')).sort()) {
  const d = JSON.parse(readFileSync(resolve(ROOT, 'data/datasets', f), 'utf8')) as {
    id: string;
    columns: { key: string; regional?: boolean; money?: boolean }[];
    rows: Record<string, unknown>[];
  };
  const keys = d.columns.filter((c) => c.regional && c.money).map((c) => c.key);
  for (const r of d.rows)
    for (const k of keys) {
      const m = r[k];
      if (!m || typeof m !== 'object') continue;
      for (const [code, v] of Object.entries(m as Record<string, unknown>))
        if (typeof v === 'number') (priced.get(code) ?? priced.set(code, new Set()).get(code)!).add(d.id);
    }
}
const packs = new Set(
  readdirSync(resolve(ROOT, 'data/prices'))
    .filter((x) => x.endsWith('.json'))
    .map((x) => x.slice(0, -5)),
);
for (const code of [...priced.keys(), ...packs])
  if (!names.has(code)) throw new Error(`${code} has prices but is not a known region`);

// The file's order is the app's menu order: regions already listed keep their place, new ones follow by code.
const kept = (previous?.regions ?? []).map((r) => r.code);
const order = (c: string): string => (kept.includes(c) ? `0${String(kept.indexOf(c)).padStart(4, '0')}` : `1${c}`);
const regions: RegionOut[] = [...names]
  .sort(([a], [b]) => (order(a) < order(b) ? -1 : 1))
  .map(([code, n]) => ({
    code,
    name: n.name,
    partition: n.partition,
    pricePack: packs.has(code),
    pricedDatasets: [...(priced.get(code) ?? [])].sort(),
  }));

const out: RegionsFile = {
  source: SOURCE,
  asOf: process.env.ENDPOINTS_JSON ? new Date().toISOString().slice(0, 10) : (previous?.asOf ?? new Date().toISOString().slice(0, 10)),
  notes: [
    'Codes and names: the commercial ("aws") and GovCloud ("aws-us-gov") partitions of the endpoint metadata AWS ships with its SDKs (botocore 1.43.11, data/endpoints.json); China and isolated partitions are left out.',
    'pricePack: data/prices/<code>.json exists (the calculators can run in this region). pricedDatasets: reference tables with at least one price for this region; a table without the region shows no price there rather than a stand-in.',
    'Derived from data/datasets and data/prices by scripts/data/gen-regions.ts; test/unit/data/regions.test.ts fails when it drifts from them.',
  ],
  regions,
};
writeFileSync(OUT, `${JSON.stringify({ ...out, regions: undefined }, null, 1).replace(/\n}$/, '')},\n "regions": [\n${regions.map((r) => `  ${JSON.stringify(r)}`).join(',\n')}\n ]\n}\n`);
console.error(`${regions.length} regions; ${regions.filter((r) => r.pricePack).length} with price packs; ${regions.filter((r) => r.pricedDatasets.length).length} priced in some dataset`);

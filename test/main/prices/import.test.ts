import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importOfferFile } from '../../../src/main/prices/importer';
import { OfferFileError } from '../../../src/main/prices/offerFile';
import { datasetScope, importedFor, overlayDataset, overlayPack, priceList, revertPrices, importedByRegion } from '../../../src/main/prices/overlay';
import { runCalculator } from '../../../src/shared/calc';
import { datasetSchema, pricePackSchema, type PricePack } from '../../../src/shared/kb/schemas';
import type { Db } from '../../../src/main/db/open';
import { tempUserDb } from '../../helpers/db';
import { dynamoFrankfurt, ec2Frankfurt, lambdaTwoRegions, offerCsv, offerJson, s3Frankfurt, writeText } from './fixtures';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pack = (region: string): PricePack => pricePackSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'prices', `${region}.json`), 'utf8')));
const price = (db: Db, region: string, key: string): number | undefined => importedFor(db, region, 'all').find((r) => r.key === key)?.usd;

let t: ReturnType<typeof tempUserDb>;
beforeEach(() => {
  t = tempUserDb('sd-prices-');
});
afterEach(() => t.dispose());

describe('importing an EC2 offer file (JSON)', () => {
  it('maps EBS prices and EC2 Linux on-demand and Reserved prices; ignores other OS, reservations, Local Zones', async () => {
    const f = writeText(join(t.dir, 'AmazonEC2-eu-central-1.json'), offerJson(ec2Frankfurt()));
    const s = await importOfferFile(t.db, f);
    expect(s).toMatchObject({ offerCode: 'AmazonEC2', version: '20261101000000', format: 'json', regions: ['eu-central-1'], products: 9 });
    expect(price(t.db, 'eu-central-1', 'ebs.sc1.gbMonth')).toBe(0.0162);
    expect(price(t.db, 'eu-central-1', 'ebs.gp3.gbMonth')).toBe(0.0952);
    // GiB/s-month → MiB/s-month
    expect(price(t.db, 'eu-central-1', 'ebs.gp3.throughputMiBpsMonth')).toBe(0.048);
    expect(price(t.db, 'eu-central-1', 'ebs.io2.iopsTier2Month')).toBe(0.0546);
    expect(price(t.db, 'eu-central-1', 'ec2.m5.large.linux.onDemandHour')).toBe(0.115);
    expect(price(t.db, 'eu-central-1', 'ec2.t2.micro.linux.onDemandHour')).toBe(0.0134);
    expect(price(t.db, 'eu-central-1', 'ec2.m5.large.linux.reserved.1yr.standard.partialUpfront.upfront')).toBe(350);
    expect(price(t.db, 'eu-central-1', 'ec2.m5.large.linux.reserved.1yr.standard.partialUpfront.hourly')).toBe(0.04);
    expect(price(t.db, 'eu-central-1', 'ec2.m5.large.linux.reserved.3yr.convertible.noUpfront.hourly')).toBe(0.06);
    expect(s.ec2Prices).toBe(5);
    expect(s.packPrices).toBe(4);
    expect(s.keysNotInFile).toContain('ebs.st1.gbMonth');
  });

  it('issue 13: after the import, EBS sc1 in eu-central-1 cites the offer file, not a stand-in', async () => {
    await importOfferFile(t.db, writeText(join(t.dir, 'ec2.json'), offerJson(ec2Frankfurt())));
    const p = overlayPack(pack('eu-central-1'), importedFor(t.db, 'eu-central-1', 'all'));
    const r = runCalculator('ebs', { region: 'eu-central-1', volumeType: 'sc1', sizeGiB: 1000 }, p);
    if (!r.ok) throw new Error(r.error.message);
    const out = r.value as { warnings: string[]; trace: { fact?: { priceKey?: string; status?: string; statusNote?: string; source?: string; asOf?: string } }[]; monthly: { total: number } };
    const fact = out.trace.find((s) => s.fact?.priceKey === 'ebs.sc1.gbMonth')!.fact!;
    expect(fact.status).toBe('imported');
    expect(fact.statusNote).toBe('imported from ec2.json (AmazonEC2 20261101000000, published 2026-11-01)');
    expect(fact.source).toBe('https://pricing.us-east-1.amazonaws.com/offers/v1.0/aws/AmazonEC2/20261101000000/eu-central-1/index.json');
    expect(fact.asOf).toBe('2026-11-01');
    expect(out.warnings.join(' ')).not.toMatch(/stand-in/i);
    expect(out.monthly.total).toBe(16.2);
    // The overlaid pack is still a valid pack.
    expect(pricePackSchema.safeParse(p).success).toBe(true);
  });

  it('the same file as CSV gives the same prices', async () => {
    const json = await importOfferFile(t.db, writeText(join(t.dir, 'a.json'), offerJson(ec2Frankfurt())));
    const fromJson = importedFor(t.db, 'eu-central-1', 'all').map((r) => [r.key, r.usd]);
    revertPrices(t.db, { all: true });
    const csv = await importOfferFile(t.db, writeText(join(t.dir, 'a.csv'), offerCsv(ec2Frankfurt())));
    expect(csv.format).toBe('csv');
    expect(importedFor(t.db, 'eu-central-1', 'all').map((r) => [r.key, r.usd])).toEqual(fromJson);
    expect(csv.products).toBe(json.products);
  });

  it('the EC2 and EBS tables show imported cells, with a note naming the file', async () => {
    await importOfferFile(t.db, writeText(join(t.dir, 'ec2.json'), offerJson(ec2Frankfurt())));
    for (const id of ['ec2-instances', 'ebs-volume-types']) {
      const d = datasetSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'datasets', `${id}.json`), 'utf8')));
      const o = overlayDataset(d, importedByRegion(t.db, datasetScope(id)));
      const row = o.rows.find((r) => r[d.keyColumn] === (id === 'ec2-instances' ? 'm5.large' : 'sc1'))!;
      const col = id === 'ec2-instances' ? 'priceLinuxOnDemand' : 'priceGBMonth';
      expect((row[col] as Record<string, number>)['eu-central-1']).toBe(id === 'ec2-instances' ? 0.115 : 0.0162);
      expect(o.notes?.at(-1)).toMatch(/imported offer file ec2\.json/);
      // Bundled data is untouched.
      expect(d.rows.find((r) => r[d.keyColumn] === row[d.keyColumn])![col]).not.toBe(row[col]);
    }
  });
});

describe('tiers, free tiers, several regions (Lambda CSV, DynamoDB JSON)', () => {
  it('Lambda duration tiers go to the tier keys by beginRange, in each region of a service file', async () => {
    const s = await importOfferFile(t.db, writeText(join(t.dir, 'AWSLambda.csv'), offerCsv(lambdaTwoRegions())));
    expect(s.regions).toEqual(['ap-northeast-1', 'eu-west-1']);
    expect(price(t.db, 'eu-west-1', 'lambda.x86.gbSecondTier1')).toBe(0.000017);
    expect(price(t.db, 'eu-west-1', 'lambda.x86.gbSecondTier2')).toBe(0.000015);
    expect(price(t.db, 'eu-west-1', 'lambda.x86.gbSecondTier3')).toBe(0.000013);
    expect(price(t.db, 'ap-northeast-1', 'lambda.x86.gbSecondTier1')).toBe(0.000018);
    // per request → per million; the free-tier "Global-Request" usage type is not the regional price
    expect(price(t.db, 'eu-west-1', 'lambda.x86.requestsMillion')).toBe(0.21);
  });

  it('DynamoDB: the leading $0 band (free tier) is dropped; IA is not confused with standard', async () => {
    await importOfferFile(t.db, writeText(join(t.dir, 'ddb.json'), offerJson(dynamoFrankfurt())));
    expect(price(t.db, 'eu-central-1', 'dynamodb.provisioned.wcuHour')).toBe(0.0008);
    expect(price(t.db, 'eu-central-1', 'dynamodb.provisionedIa.wcuHour')).toBe(0.00099);
    expect(price(t.db, 'eu-central-1', 'dynamodb.storage.gbMonth')).toBe(0.31);
  });
});

describe('S3', () => {
  it('Standard storage maps each volume band (first 50 TB, next 450 TB, over 500 TB); transitions map by operation, not by the PUT price', async () => {
    const s = await importOfferFile(t.db, writeText(join(t.dir, 's3.json'), offerJson(s3Frankfurt())));
    expect(price(t.db, 'eu-central-1', 's3.standard.gbMonth')).toBe(0.0245);
    expect(price(t.db, 'eu-central-1', 's3.standardIa.gbMonth')).toBe(0.0135);
    expect(price(t.db, 'eu-central-1', 's3.standardIa.transitionPer1000')).toBe(0.01);
    expect(price(t.db, 'eu-central-1', 's3.deepArchive.transitionPer1000')).toBe(0.054);
    // A restore request on the same usage type is not a transition; a PUT into Standard-IA is not either.
    expect(importedFor(t.db, 'eu-central-1', 'all').map((r) => r.key).sort()).toEqual([
      's3.deepArchive.transitionPer1000',
      's3.standard.gbMonth',
      's3.standard.gbMonthNext450TB',
      's3.standard.gbMonthOver500TB',
      's3.standardIa.gbMonth',
      's3.standardIa.transitionPer1000',
    ]);
    expect(s.keysNotInFile).toContain('s3.glacierIr.gbMonth');
  });
});

describe('bad files change nothing', () => {
  async function seed(): Promise<Array<[string, number]>> {
    await importOfferFile(t.db, writeText(join(t.dir, 'good.json'), offerJson(ec2Frankfurt())));
    return importedFor(t.db, 'eu-central-1', 'all').map((r) => [r.key, r.usd]);
  }
  const cases: [string, (good: string) => string, RegExp][] = [
    ['truncated JSON (download cut at 60%)', (g) => g.slice(0, Math.floor(g.length * 0.6)), /the file ends early or is malformed near its end in bytes [\d,]+–[\d,]+ \(lines \d+–\d+\) \(truncated download\?\)/],
    ['malformed JSON (a stray character mid-file)', (g) => g.replace('"productFamily": "Storage"', '"productFamily": Storage"'), /malformed JSON in bytes [\d,]+–[\d,]+ \(lines \d+–\d+\)/],
    ['a price that is not a number', (g) => g.replace('"USD": "0.0999"', '"USD": "n/a"'), /rate .* of SKU SC1: price "n\/a" is not a non-negative number/],
    ['an unsupported offer', (g) => g.replace('"offerCode": "AmazonEC2"', '"offerCode": "AmazonRDS"'), /"AmazonRDS" is not supported/],
    ['not an offer file', () => '{"hello": "world"}', /missing formatversion, offercode, version, publicationdate|no "products"/],
    ['an empty file', () => '', /empty/],
  ];
  for (const [name, mutate, msg] of cases)
    it(`${name}: a clear error, the earlier import stays`, async () => {
      const before = await seed();
      const bad = writeText(join(t.dir, 'bad.json'), mutate(offerJson(ec2Frankfurt('20261201000000', '0.0999'))));
      const err = await importOfferFile(t.db, bad, { chunkBytes: 1024 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OfferFileError);
      expect((err as Error).message).toMatch(msg);
      expect(importedFor(t.db, 'eu-central-1', 'all').map((r) => [r.key, r.usd])).toEqual(before);
    });

  it('a malformed JSON file: the error names a byte range that holds the fault', async () => {
    const g = offerJson(ec2Frankfurt()).replace('"productFamily": "Storage"', '"productFamily": Storage"');
    const at = g.indexOf(': Storage"');
    const err = (await importOfferFile(t.db, writeText(join(t.dir, 'bad.json'), g), { chunkBytes: 512 }).catch((e: unknown) => e)) as Error;
    const m = /in bytes ([\d,]+)–([\d,]+)/.exec(err.message)!;
    const [from, to] = [Number(m[1]!.replace(/,/g, '')), Number(m[2]!.replace(/,/g, ''))];
    expect(to - from).toBeLessThanOrEqual(512);
    expect(at).toBeGreaterThanOrEqual(from);
    expect(at).toBeLessThan(to);
  });

  it('truncated CSV: names the line; nothing replaced', async () => {
    const before = await seed();
    const csv = offerCsv(ec2Frankfurt('20261201000000', '0.0999'));
    const cut = csv.slice(0, csv.indexOf('"M5L"') + 30);
    const err = await importOfferFile(t.db, writeText(join(t.dir, 'bad.csv'), cut)).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/^(line \d+: \d+ of \d+ columns|malformed CSV at line \d+)/);
    expect(importedFor(t.db, 'eu-central-1', 'all').map((r) => [r.key, r.usd])).toEqual(before);
  });

  it('CSV without the metadata rows', async () => {
    const csv = offerCsv(ec2Frankfurt()).split('\n').slice(5).join('\n');
    const err = await importOfferFile(t.db, writeText(join(t.dir, 'nometa.csv'), csv)).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/not an AWS Price List offer file|metadata/);
  });
});

describe('swap and revert', () => {
  it('a newer file of the same offer replaces that offer’s prices for its regions (stale keys go too)', async () => {
    await importOfferFile(t.db, writeText(join(t.dir, 'v1.json'), offerJson(ec2Frankfurt())));
    const v2 = ec2Frankfurt('20261201000000', '0.0170');
    v2.terms = v2.terms.filter((x) => x.sku === 'SC1');
    await importOfferFile(t.db, writeText(join(t.dir, 'v2.json'), offerJson(v2)));
    expect(importedFor(t.db, 'eu-central-1', 'all').map((r) => [r.key, r.usd, r.version])).toEqual([['ebs.sc1.gbMonth', 0.017, '20261201000000']]);
    // the old import has no prices left and is gone
    expect(t.db.prepare('SELECT count(*) FROM price_imports').pluck().get()).toBe(1);
  });

  it('other offers are untouched; revert by import, by region, or all', async () => {
    const a = await importOfferFile(t.db, writeText(join(t.dir, 'ec2.json'), offerJson(ec2Frankfurt())));
    await importOfferFile(t.db, writeText(join(t.dir, 'ddb.json'), offerJson(dynamoFrankfurt())));
    await importOfferFile(t.db, writeText(join(t.dir, 'l.csv'), offerCsv(lambdaTwoRegions())));
    expect(price(t.db, 'eu-central-1', 'ebs.sc1.gbMonth')).toBe(0.0162);
    expect(revertPrices(t.db, { importId: a.importId! }).removedImports).toBe(1);
    expect(price(t.db, 'eu-central-1', 'ebs.sc1.gbMonth')).toBeUndefined();
    expect(price(t.db, 'eu-central-1', 'dynamodb.storage.gbMonth')).toBe(0.31);
    revertPrices(t.db, { region: 'eu-central-1' });
    expect(importedFor(t.db, 'eu-central-1', 'all')).toEqual([]);
    expect(importedFor(t.db, 'eu-west-1', 'all').length).toBeGreaterThan(0);
    revertPrices(t.db, { all: true });
    expect(t.db.prepare('SELECT count(*) FROM price_imports').pluck().get()).toBe(0);
  });

  it('the Prices list shows bundled, stand-in and imported prices with their source and date', async () => {
    await importOfferFile(t.db, writeText(join(t.dir, 'ec2.json'), offerJson(ec2Frankfurt())));
    const v = priceList(t.db, 'eu-central-1', pack('eu-central-1'), ['eu-central-1'], true);
    const sc1 = v.prices.find((p) => p.key === 'ebs.sc1.gbMonth')!;
    expect(sc1).toMatchObject({ status: 'imported', usd: 0.0162, asOf: '2026-11-01', bundledUsd: pack('eu-central-1').prices['ebs.sc1.gbMonth']!.usd });
    expect(v.prices.find((p) => p.key === 'dynamodb.provisionedIa.wcuHour')!.status).toBe('stand-in');
    expect(v.prices.find((p) => p.key === 'ebs.gp2.gbMonth')!.status).toBe('bundled');
    expect(v.counts.imported).toBe(4);
    expect(v.counts['stand-in'] + v.counts.bundled + v.counts.imported).toBe(v.prices.length);
    expect(v.ec2.map((e) => e.instanceType)).toContain('m5.large');
    expect(v.ec2Count).toBe(5);
    expect(priceList(t.db, 'eu-central-1', pack('eu-central-1'), ['eu-central-1']).ec2).toEqual([]);
    expect(v.imports[0]).toMatchObject({ fileName: 'ec2.json', regions: [{ region: 'eu-central-1', packPrices: 4, ec2Prices: 5 }] });
  });
});

describe('schema', () => {
  it('a calculator run reads only the pack keys of its region, through the primary key', async () => {
    await importOfferFile(t.db, writeText(join(t.dir, 'ec2.json'), offerJson(ec2Frankfurt())));
    expect(importedFor(t.db, 'eu-central-1').map((r) => r.key)).toEqual(['ebs.gp3.gbMonth', 'ebs.gp3.throughputMiBpsMonth', 'ebs.io2.iopsTier2Month', 'ebs.sc1.gbMonth']);
    const plan = (t.db.prepare("EXPLAIN QUERY PLAN SELECT * FROM imported_prices p WHERE p.region = ? AND (p.key < 'ec2.' OR p.key >= 'ec2/')").all('x') as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan).toMatch(/SEARCH p USING PRIMARY KEY \(region=\?/);
    expect(plan).not.toMatch(/SCAN/);
  });

  it('migration 0060 creates STRICT tables', () => {
    const sql = (t.db.prepare("SELECT group_concat(sql, ';') FROM sqlite_master WHERE name IN ('price_imports', 'imported_prices')").pluck().get() as string);
    expect(sql.match(/STRICT/g)?.length).toBe(2);
    writeFileSync(join(t.dir, 'x'), '');
  });
});

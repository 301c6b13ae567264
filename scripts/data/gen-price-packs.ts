/**
 * Writes data/prices/<region>.json. Storage prices for S3 and EBS come from our own reference datasets
 * (data/datasets/*.json) so the tables and the calculators can never disagree; the other unit prices are
 * the published figures below. Where a region's figure was not verified, the us-east-1 figure is used and
 * the price carries a note saying so (the UI shows it; users can override any price).
 * Run: npx tsx scripts/data/gen-price-packs.ts
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REGIONS, type Region } from '../../src/shared/kb/provenance';
import { pricePackSchema, type PricePack } from '../../src/shared/kb/schemas';

const ROOT = join(import.meta.dirname, '..', '..');
const AS_OF = '2026-11-25';
const SRC = {
  dynamodb: 'https://aws.amazon.com/dynamodb/pricing/',
  dynamodbProvisioned: 'https://aws.amazon.com/dynamodb/pricing/provisioned/',
  dynamodbOnDemand: 'https://aws.amazon.com/dynamodb/pricing/on-demand/',
  kinesis: 'https://aws.amazon.com/kinesis/data-streams/pricing/',
  lambda: 'https://aws.amazon.com/lambda/pricing/',
  ebs: 'https://aws.amazon.com/ebs/pricing/',
  s3: 'https://aws.amazon.com/s3/pricing/',
};

type Base = { usd: number; unit: string; source: string; byRegion?: Partial<Record<Region, number>>; note?: string };

/** us-east-1 figures; `byRegion` where another region's figure is known to differ. */
const BASE: Record<string, Base> = {
  'dynamodb.provisioned.wcuHour': { usd: 0.00065, unit: 'USD per WCU-hour', source: SRC.dynamodbProvisioned, byRegion: { 'eu-west-1': 0.000735, 'eu-central-1': 0.000793, 'ap-southeast-1': 0.00074, 'ap-northeast-1': 0.000742 } },
  'dynamodb.provisioned.rcuHour': { usd: 0.00013, unit: 'USD per RCU-hour', source: SRC.dynamodbProvisioned, byRegion: { 'eu-west-1': 0.000147, 'eu-central-1': 0.0001586, 'ap-southeast-1': 0.000148, 'ap-northeast-1': 0.0001484 } },
  'dynamodb.provisioned.replicatedWcuHour': { usd: 0.00065, unit: 'USD per replicated WCU-hour', source: SRC.dynamodbProvisioned, byRegion: { 'eu-west-1': 0.000735, 'eu-central-1': 0.000793, 'ap-southeast-1': 0.00074, 'ap-northeast-1': 0.000742 } },
  'dynamodb.provisionedIa.wcuHour': { usd: 0.00081, unit: 'USD per WCU-hour (Standard-IA table class)', source: SRC.dynamodbProvisioned },
  'dynamodb.provisionedIa.rcuHour': { usd: 0.00016, unit: 'USD per RCU-hour (Standard-IA table class)', source: SRC.dynamodbProvisioned },
  'dynamodb.onDemand.writeRequestUnitMillion': { usd: 0.625, unit: 'USD per million write request units', source: SRC.dynamodbOnDemand, note: 'After the November 2024 on-demand price cut.', byRegion: { 'eu-west-1': 0.7063, 'eu-central-1': 0.7625, 'ap-southeast-1': 0.7125, 'ap-northeast-1': 0.7125 } },
  'dynamodb.onDemand.readRequestUnitMillion': { usd: 0.125, unit: 'USD per million read request units', source: SRC.dynamodbOnDemand, note: 'After the November 2024 on-demand price cut.', byRegion: { 'eu-west-1': 0.1413, 'eu-central-1': 0.1525, 'ap-southeast-1': 0.1425, 'ap-northeast-1': 0.1425 } },
  'dynamodb.onDemand.replicatedWriteRequestUnitMillion': { usd: 0.625, unit: 'USD per million replicated write request units', source: SRC.dynamodbOnDemand },
  'dynamodb.onDemandIa.writeRequestUnitMillion': { usd: 0.78125, unit: 'USD per million write request units (Standard-IA)', source: SRC.dynamodbOnDemand },
  'dynamodb.onDemandIa.readRequestUnitMillion': { usd: 0.15625, unit: 'USD per million read request units (Standard-IA)', source: SRC.dynamodbOnDemand },
  'dynamodb.storage.gbMonth': { usd: 0.25, unit: 'USD per GB-month (first 25 GB free each month)', source: SRC.dynamodb, byRegion: { 'eu-west-1': 0.283, 'eu-central-1': 0.306, 'ap-southeast-1': 0.285, 'ap-northeast-1': 0.285 } },
  'dynamodb.storageIa.gbMonth': { usd: 0.1, unit: 'USD per GB-month (Standard-IA table class)', source: SRC.dynamodb },
  'kinesis.provisioned.shardHour': { usd: 0.015, unit: 'USD per shard-hour', source: SRC.kinesis, byRegion: { 'eu-central-1': 0.0179, 'ap-southeast-1': 0.018, 'ap-northeast-1': 0.0195 } },
  'kinesis.provisioned.putPayloadUnitMillion': { usd: 0.014, unit: 'USD per million PUT payload units (25 KB each)', source: SRC.kinesis, byRegion: { 'eu-central-1': 0.0166, 'ap-southeast-1': 0.0168, 'ap-northeast-1': 0.0182 } },
  'kinesis.retention.extendedShardHour': { usd: 0.02, unit: 'USD per shard-hour (retention up to 7 days)', source: SRC.kinesis },
  'kinesis.retention.longTermGBMonth': { usd: 0.023, unit: 'USD per GB-month (retention beyond 7 days)', source: SRC.kinesis },
  'kinesis.efo.consumerShardHour': { usd: 0.015, unit: 'USD per consumer-shard-hour', source: SRC.kinesis },
  'kinesis.efo.dataGB': { usd: 0.013, unit: 'USD per GB retrieved by enhanced fan-out', source: SRC.kinesis },
  'kinesis.onDemand.streamHour': { usd: 0.04, unit: 'USD per stream-hour', source: SRC.kinesis },
  'kinesis.onDemand.ingestGB': { usd: 0.08, unit: 'USD per GB ingested', source: SRC.kinesis },
  'kinesis.onDemand.retrievalGB': { usd: 0.04, unit: 'USD per GB retrieved', source: SRC.kinesis },
  'kinesis.onDemand.efoRetrievalGB': { usd: 0.05, unit: 'USD per GB retrieved by enhanced fan-out (on-demand)', source: SRC.kinesis },
  'lambda.x86.requestsMillion': { usd: 0.2, unit: 'USD per million requests', source: SRC.lambda },
  'lambda.x86.gbSecondTier1': { usd: 0.0000166667, unit: 'USD per GB-second (first 6 billion GB-s / month)', source: SRC.lambda },
  'lambda.x86.gbSecondTier2': { usd: 0.000015, unit: 'USD per GB-second (next 9 billion GB-s / month)', source: SRC.lambda },
  'lambda.x86.gbSecondTier3': { usd: 0.0000133334, unit: 'USD per GB-second (over 15 billion GB-s / month)', source: SRC.lambda },
  'lambda.arm.requestsMillion': { usd: 0.2, unit: 'USD per million requests', source: SRC.lambda },
  'lambda.arm.gbSecondTier1': { usd: 0.0000133334, unit: 'USD per GB-second (first 7.5 billion GB-s / month)', source: SRC.lambda },
  'lambda.arm.gbSecondTier2': { usd: 0.0000120001, unit: 'USD per GB-second (next 11.25 billion GB-s / month)', source: SRC.lambda },
  'lambda.arm.gbSecondTier3': { usd: 0.0000106667, unit: 'USD per GB-second (over 18.75 billion GB-s / month)', source: SRC.lambda },
  'lambda.ephemeral.gbSecond': { usd: 0.0000000309, unit: 'USD per GB-second of ephemeral storage above 512 MB', source: SRC.lambda },
  'lambda.x86.provisionedGbSecond': { usd: 0.0000041667, unit: 'USD per GB-second of provisioned concurrency', source: SRC.lambda },
  'lambda.x86.provisionedDurationGbSecond': { usd: 0.0000097222, unit: 'USD per GB-second of duration on provisioned concurrency', source: SRC.lambda },
  'lambda.arm.provisionedGbSecond': { usd: 0.0000033334, unit: 'USD per GB-second of provisioned concurrency', source: SRC.lambda },
  'lambda.arm.provisionedDurationGbSecond': { usd: 0.0000077778, unit: 'USD per GB-second of duration on provisioned concurrency', source: SRC.lambda },
  'ebs.gp3.iopsMonth': { usd: 0.005, unit: 'USD per provisioned IOPS-month above 3,000', source: SRC.ebs, byRegion: { 'eu-west-1': 0.0055, 'eu-central-1': 0.006, 'ap-southeast-1': 0.006, 'ap-northeast-1': 0.006 } },
  'ebs.gp3.throughputMiBpsMonth': { usd: 0.04, unit: 'USD per provisioned MiB/s-month above 125', source: SRC.ebs, byRegion: { 'eu-west-1': 0.044, 'eu-central-1': 0.048, 'ap-southeast-1': 0.048, 'ap-northeast-1': 0.048 } },
  'ebs.io1.iopsMonth': { usd: 0.065, unit: 'USD per provisioned IOPS-month', source: SRC.ebs, byRegion: { 'eu-west-1': 0.072, 'eu-central-1': 0.078, 'ap-southeast-1': 0.072, 'ap-northeast-1': 0.074 } },
  'ebs.io2.iopsTier1Month': { usd: 0.065, unit: 'USD per provisioned IOPS-month, up to 32,000', source: SRC.ebs, byRegion: { 'eu-west-1': 0.072, 'eu-central-1': 0.078, 'ap-southeast-1': 0.072, 'ap-northeast-1': 0.074 } },
  'ebs.io2.iopsTier2Month': { usd: 0.0455, unit: 'USD per provisioned IOPS-month, 32,001 to 64,000', source: SRC.ebs, byRegion: { 'eu-west-1': 0.0504, 'eu-central-1': 0.0546, 'ap-southeast-1': 0.0504, 'ap-northeast-1': 0.0518 } },
  'ebs.io2.iopsTier3Month': { usd: 0.03185, unit: 'USD per provisioned IOPS-month, above 64,000', source: SRC.ebs, byRegion: { 'eu-west-1': 0.03528, 'eu-central-1': 0.03822, 'ap-southeast-1': 0.03528, 'ap-northeast-1': 0.03626 } },
  's3.standard.putPer1000': { usd: 0.005, unit: 'USD per 1,000 PUT/COPY/POST/LIST requests', source: SRC.s3 },
  's3.standardIa.transitionPer1000': { usd: 0.01, unit: 'USD per 1,000 lifecycle transition requests into Standard-IA', source: SRC.s3 },
  's3.onezoneIa.transitionPer1000': { usd: 0.01, unit: 'USD per 1,000 lifecycle transition requests into One Zone-IA', source: SRC.s3 },
  's3.intelligentTiering.transitionPer1000': { usd: 0.01, unit: 'USD per 1,000 lifecycle transition requests into Intelligent-Tiering', source: SRC.s3 },
  's3.glacierIr.transitionPer1000': { usd: 0.02, unit: 'USD per 1,000 lifecycle transition requests into Glacier Instant Retrieval', source: SRC.s3 },
  's3.glacierFlexible.transitionPer1000': { usd: 0.03, unit: 'USD per 1,000 lifecycle transition requests into Glacier Flexible Retrieval', source: SRC.s3 },
  's3.deepArchive.transitionPer1000': { usd: 0.05, unit: 'USD per 1,000 lifecycle transition requests into Glacier Deep Archive', source: SRC.s3 },
  's3.intelligentTiering.monitoringPer1000Objects': { usd: 0.0025, unit: 'USD per 1,000 objects monitored per month', source: SRC.s3 },
  's3.standardIa.retrievalGB': { usd: 0.01, unit: 'USD per GB retrieved', source: SRC.s3 },
  's3.onezoneIa.retrievalGB': { usd: 0.01, unit: 'USD per GB retrieved', source: SRC.s3 },
  's3.glacierIr.retrievalGB': { usd: 0.03, unit: 'USD per GB retrieved', source: SRC.s3 },
  's3.glacierFlexible.retrievalGB.expedited': { usd: 0.03, unit: 'USD per GB retrieved (expedited)', source: SRC.s3 },
  's3.glacierFlexible.retrievalGB.standard': { usd: 0.01, unit: 'USD per GB retrieved (standard)', source: SRC.s3 },
  's3.glacierFlexible.retrievalGB.bulk': { usd: 0, unit: 'USD per GB retrieved (bulk)', source: SRC.s3 },
  's3.deepArchive.retrievalGB.standard': { usd: 0.02, unit: 'USD per GB retrieved (standard)', source: SRC.s3 },
  's3.glacierFlexible.restoreRequestsPer1000.expedited': { usd: 10, unit: 'USD per 1,000 restore requests (expedited)', source: SRC.s3 },
  's3.glacierFlexible.restoreRequestsPer1000.standard': { usd: 0.05, unit: 'USD per 1,000 restore requests (standard)', source: SRC.s3 },
  's3.glacierFlexible.restoreRequestsPer1000.bulk': { usd: 0, unit: 'USD per 1,000 restore requests (bulk)', source: SRC.s3, note: 'Bulk restores from Glacier Flexible Retrieval are free (per GB and per request).' },
  's3.deepArchive.restoreRequestsPer1000.standard': { usd: 0.1, unit: 'USD per 1,000 restore requests (standard)', source: SRC.s3 },
  's3.deepArchive.restoreRequestsPer1000.bulk': { usd: 0.025, unit: 'USD per 1,000 restore requests (bulk)', source: SRC.s3 },
  'kinesis.onDemand.extendedRetentionGBMonth': { usd: 0.1, unit: 'USD per GB-month of data kept beyond 24 hours, up to 7 days (on-demand)', source: SRC.kinesis },
  's3.deepArchive.retrievalGB.bulk': { usd: 0.0025, unit: 'USD per GB retrieved (bulk)', source: SRC.s3 },
};

/**
 * S3 Standard and the Intelligent-Tiering Frequent Access tier are priced in three volume bands per month;
 * the first band comes from the S3 table, the next two are here. In every region we list, each band is
 * $0.001 below the one before.
 */
const S3_BAND = (label: string, usd: number, byRegion: Partial<Record<Region, number>>): Base => ({ usd, unit: `USD per GB-month (${label} / month)`, source: SRC.s3, byRegion });
const NEXT_450 = { 'eu-west-1': 0.022, 'eu-central-1': 0.0235, 'ap-southeast-1': 0.024, 'ap-northeast-1': 0.024 };
const OVER_500 = { 'eu-west-1': 0.021, 'eu-central-1': 0.0225, 'ap-southeast-1': 0.023, 'ap-northeast-1': 0.023 };
Object.assign(BASE, {
  's3.standard.gbMonthNext450TB': S3_BAND('next 450 TB', 0.022, NEXT_450),
  's3.standard.gbMonthOver500TB': S3_BAND('over 500 TB', 0.021, OVER_500),
  's3.intelligentTiering.frequent.gbMonthNext450TB': S3_BAND('Frequent Access tier, next 450 TB', 0.022, NEXT_450),
  's3.intelligentTiering.frequent.gbMonthOver500TB': S3_BAND('Frequent Access tier, over 500 TB', 0.021, OVER_500),
});

/** Our dataset row → price key for storage per GB-month. */
const S3_ROWS: Record<string, string> = {
  'S3 Standard': 's3.standard.gbMonth',
  'S3 Intelligent-Tiering: Frequent Access tier': 's3.intelligentTiering.frequent.gbMonth',
  'S3 Intelligent-Tiering: Infrequent Access tier': 's3.intelligentTiering.infrequent.gbMonth',
  'S3 Intelligent-Tiering: Archive Instant Access tier': 's3.intelligentTiering.archiveInstant.gbMonth',
  'S3 Intelligent-Tiering: Archive Access tier (optional)': 's3.intelligentTiering.archive.gbMonth',
  'S3 Intelligent-Tiering: Deep Archive Access tier (optional)': 's3.intelligentTiering.deepArchive.gbMonth',
  'S3 Standard-IA': 's3.standardIa.gbMonth',
  'S3 One Zone-IA': 's3.onezoneIa.gbMonth',
  'S3 Glacier Instant Retrieval': 's3.glacierIr.gbMonth',
  'S3 Glacier Flexible Retrieval': 's3.glacierFlexible.gbMonth',
  'S3 Glacier Deep Archive': 's3.deepArchive.gbMonth',
};
const EBS_ROWS: Record<string, string> = {
  gp3: 'ebs.gp3.gbMonth',
  gp2: 'ebs.gp2.gbMonth',
  io1: 'ebs.io1.gbMonth',
  io2: 'ebs.io2.gbMonth',
  st1: 'ebs.st1.gbMonth',
  sc1: 'ebs.sc1.gbMonth',
};

type Row = Record<string, unknown>;
function datasetPrices(file: string, keyCol: string, priceCol: string, map: Record<string, string>, unit: string, source: string): Record<string, Base> {
  const d = JSON.parse(readFileSync(join(ROOT, 'data', 'datasets', file), 'utf8')) as { rows: Row[] };
  const out: Record<string, Base> = {};
  for (const r of d.rows) {
    const key = map[String(r[keyCol])];
    if (!key) continue;
    const prices = r[priceCol] as Partial<Record<Region, number | null>>;
    const byRegion: Partial<Record<Region, number>> = {};
    for (const reg of REGIONS) if (typeof prices[reg] === 'number') byRegion[reg] = prices[reg]!;
    // A banded price's table figure is its first band.
    const banded = `${key.slice(0, -'.gbMonth'.length)}.gbMonthNext450TB` in BASE;
    out[key] = { usd: prices['us-east-1']!, unit: banded ? `${unit} (first 50 TB / month)` : unit, source, byRegion };
  }
  return out;
}

const ALL: Record<string, Base> = {
  ...BASE,
  ...datasetPrices('s3-storage-classes.json', 'storageClass', 'storagePriceGBMonth', S3_ROWS, 'USD per GB-month', SRC.s3),
  ...datasetPrices('ebs-volume-types.json', 'volumeType', 'priceGBMonth', EBS_ROWS, 'USD per GB-month of provisioned storage', SRC.ebs),
};

mkdirSync(join(ROOT, 'data', 'prices'), { recursive: true });
for (const region of REGIONS) {
  const prices: PricePack['prices'] = {};
  for (const [key, b] of Object.entries(ALL)) {
    const regional = region === 'us-east-1' ? b.usd : b.byRegion?.[region];
    // us-west-2 (Oregon) lists the same unit prices as N. Virginia for these services.
    const known = regional ?? (region === 'us-west-2' ? b.usd : undefined);
    const notes = [b.note, known === undefined ? `No ${region} figure verified: the us-east-1 price is used. Override it if you know the regional price.` : undefined].filter(Boolean);
    prices[key] = {
      usd: known ?? b.usd,
      unit: b.unit,
      source: b.source,
      asOf: AS_OF,
      ...(notes.length ? { note: notes.join(' ') } : {}),
      // The status is data, not a reading of the note: every consumer (trace, warnings, Prices screen) keys off it.
      ...(known === undefined ? { standInFrom: 'us-east-1' as const } : {}),
    };
  }
  const pack = pricePackSchema.parse({ region, currency: 'USD', asOf: AS_OF, prices });
  writeFileSync(join(ROOT, 'data', 'prices', `${region}.json`), `${JSON.stringify(pack, null, 2)}\n`);
}
console.log(`wrote ${REGIONS.length} price packs with ${Object.keys(ALL).length} prices each`);

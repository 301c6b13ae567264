/**
 * Offer files written in the documented AWS Price List format (JSON and CSV), small enough to read in a
 * test, with the shapes real files have: region prefixes on usage types, a $0 free-tier band, tiered
 * ranges, Reserved terms with an upfront fee and an hourly rate, and products the importer must ignore.
 * Prices are made up (round, recognisable), not AWS's.
 */
import { createWriteStream, writeFileSync } from 'node:fs';

export interface FxProduct {
  sku: string;
  productFamily: string;
  attributes: Record<string, string>;
}
export interface FxDim {
  unit: string;
  usd: string;
  begin?: string;
  end?: string;
  description?: string;
}
export interface FxTerm {
  sku: string;
  type: 'OnDemand' | 'Reserved';
  code: string;
  dims: FxDim[];
  termAttributes?: Record<string, string>;
}

export interface FxOffer {
  offerCode: string;
  version: string;
  publicationDate: string;
  products: FxProduct[];
  terms: FxTerm[];
}

function termsJson(terms: FxTerm[]): Record<string, Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const t of terms) {
    const byType = (out[t.type] ??= {});
    const bySku = (byType[t.sku] ??= {});
    const priceDimensions: Record<string, unknown> = {};
    t.dims.forEach((d, i) => {
      const rateCode = `${t.sku}.${t.code}.R${i}`;
      priceDimensions[rateCode] = {
        rateCode,
        description: d.description ?? `${d.usd} per ${d.unit}`,
        beginRange: d.begin ?? '0',
        endRange: d.end ?? 'Inf',
        unit: d.unit,
        pricePerUnit: { USD: d.usd },
        appliesTo: [],
      };
    });
    bySku[`${t.sku}.${t.code}`] = {
      offerTermCode: t.code,
      sku: t.sku,
      effectiveDate: '2026-10-01T00:00:00Z',
      priceDimensions,
      termAttributes: t.termAttributes ?? {},
    };
  }
  return out;
}

export function offerJson(o: FxOffer): string {
  const products = Object.fromEntries(o.products.map((p) => [p.sku, p]));
  return JSON.stringify(
    {
      formatVersion: 'v1.0',
      disclaimer: 'Test fixture in the documented format.',
      offerCode: o.offerCode,
      version: o.version,
      publicationDate: o.publicationDate,
      products,
      terms: termsJson(o.terms),
    },
    null,
    2,
  );
}

/** CSV: five metadata rows, the header row, then one row per price dimension (product columns last). */
export function offerCsv(o: FxOffer): string {
  const attrNames = [...new Set(o.products.flatMap((p) => Object.keys(p.attributes)))];
  const label = (a: string): string =>
    ({ usagetype: 'usageType', instanceType: 'Instance Type', operatingSystem: 'Operating System', preInstalledSw: 'Pre Installed S/W', regionCode: 'Region Code', volumeApiName: 'Volume API Name', locationType: 'Location Type' })[a] ?? a;
  const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  const lines = [
    ['FormatVersion', 'v1.0'],
    ['Disclaimer', 'Test fixture in the documented format.'],
    ['Publication Date', o.publicationDate],
    ['Version', o.version],
    ['OfferCode', o.offerCode],
    ['SKU', 'OfferTermCode', 'RateCode', 'TermType', 'PriceDescription', 'EffectiveDate', 'StartingRange', 'EndingRange', 'Unit', 'PricePerUnit', 'Currency', 'LeaseContractLength', 'PurchaseOption', 'OfferingClass', 'Product Family', ...attrNames.map(label)],
  ].map((r) => r.map(q).join(','));
  const bySku = new Map(o.products.map((p) => [p.sku, p]));
  for (const t of o.terms) {
    const p = bySku.get(t.sku)!;
    t.dims.forEach((d, i) => {
      const ta = t.termAttributes ?? {};
      lines.push(
        [t.sku, t.code, `${t.sku}.${t.code}.R${i}`, t.type, d.description ?? '', '2026-10-01', d.begin ?? '0', d.end ?? 'Inf', d.unit, d.usd, 'USD', ta.LeaseContractLength ?? '', ta.PurchaseOption ?? '', ta.OfferingClass ?? '', p.productFamily, ...attrNames.map((a) => p.attributes[a] ?? '')]
          .map(q)
          .join(','),
      );
    });
  }
  return `${lines.join('\n')}\n`;
}

const EUC1 = { regionCode: 'eu-central-1', location: 'EU (Frankfurt)', locationType: 'AWS Region' };

function instance(sku: string, type: string, extra: Record<string, string> = {}): FxProduct {
  return {
    sku,
    productFamily: 'Compute Instance',
    attributes: { ...EUC1, servicecode: 'AmazonEC2', instanceType: type, operatingSystem: 'Linux', tenancy: 'Shared', preInstalledSw: 'NA', capacitystatus: 'Used', licenseModel: 'No License required', usagetype: `EUC1-BoxUsage:${type}`, ...extra },
  };
}

/** An EC2 region file for eu-central-1: EBS prices, m5.large on-demand + Reserved, and decoys. */
export function ec2Frankfurt(version = '20261101000000', sc1 = '0.0162'): FxOffer {
  const ebs = (sku: string, fam: string, ut: string, vol: string): FxProduct => ({ sku, productFamily: fam, attributes: { ...EUC1, usagetype: ut, volumeApiName: vol } });
  return {
    offerCode: 'AmazonEC2',
    version,
    publicationDate: '2026-11-01T00:00:00Z',
    products: [
      ebs('SC1', 'Storage', 'EUC1-EBS:VolumeUsage.sc1', 'sc1'),
      ebs('GP3', 'Storage', 'EUC1-EBS:VolumeUsage.gp3', 'gp3'),
      ebs('GP3TP', 'Provisioned Throughput', 'EUC1-EBS:VolumeP-Throughput.gp3', 'gp3'),
      ebs('IO2T2', 'System Operation', 'EUC1-EBS:VolumeP-IOPS.io2.tier2', 'io2'),
      instance('M5L', 'm5.large'),
      instance('M5LWIN', 'm5.large', { operatingSystem: 'Windows' }),
      instance('M5LRES', 'm5.large', { capacitystatus: 'UnusedCapacityReservation' }),
      instance('T2M', 't2.micro'),
      // A Local Zone product: not a region price.
      { sku: 'LZ', productFamily: 'Storage', attributes: { regionCode: 'eu-central-1', location: 'Germany (Berlin)', locationType: 'AWS Local Zone', usagetype: 'EUC1-BER1-EBS:VolumeUsage.sc1', volumeApiName: 'sc1' } },
    ],
    terms: [
      { sku: 'SC1', type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'GB-Mo', usd: sc1 }] },
      { sku: 'GP3', type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'GB-Mo', usd: '0.0952000000' }] },
      { sku: 'GP3TP', type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'GiBps-mo', usd: '49.1520000000' }] },
      { sku: 'IO2T2', type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'IOPS-Mo', usd: '0.0546000000' }] },
      { sku: 'M5L', type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'Hrs', usd: '0.1150000000' }] },
      {
        sku: 'M5L',
        type: 'Reserved',
        code: '38NPMPTW36',
        termAttributes: { LeaseContractLength: '1yr', OfferingClass: 'standard', PurchaseOption: 'Partial Upfront' },
        dims: [
          { unit: 'Quantity', usd: '350', description: 'Upfront Fee' },
          { unit: 'Hrs', usd: '0.0400000000' },
        ],
      },
      { sku: 'M5L', type: 'Reserved', code: '4NA7Y494T4', termAttributes: { LeaseContractLength: '3yr', OfferingClass: 'convertible', PurchaseOption: 'No Upfront' }, dims: [{ unit: 'Hrs', usd: '0.0600000000' }] },
      { sku: 'M5LWIN', type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'Hrs', usd: '0.2070000000' }] },
      { sku: 'M5LRES', type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'Hrs', usd: '0.0000000000' }] },
      { sku: 'T2M', type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'Hrs', usd: '0.0134000000' }] },
      { sku: 'LZ', type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'GB-Mo', usd: '0.0200000000' }] },
    ],
  };
}

/** A Lambda service file covering two regions: tiered duration, requests, a free-tier usage type to ignore. */
export function lambdaTwoRegions(): FxOffer {
  const p = (sku: string, region: string, prefix: string, ut: string): FxProduct => ({
    sku,
    productFamily: 'Serverless',
    attributes: { regionCode: region, locationType: 'AWS Region', usagetype: `${prefix}${ut}`, group: 'AWS-Lambda-Duration' },
  });
  const tiers = (a: string, b: string, c: string): FxDim[] => [
    { unit: 'Lambda-GB-Second', usd: c, begin: '15000000000', end: 'Inf' },
    { unit: 'Lambda-GB-Second', usd: a, begin: '0', end: '6000000000' },
    { unit: 'Lambda-GB-Second', usd: b, begin: '6000000000', end: '15000000000' },
  ];
  return {
    offerCode: 'AWSLambda',
    version: '20261020000000',
    publicationDate: '2026-10-20T12:00:00Z',
    products: [
      p('L1', 'eu-west-1', 'EU-', 'Lambda-GB-Second'),
      p('L2', 'eu-west-1', 'EU-', 'Request'),
      p('L3', 'ap-northeast-1', 'APN1-', 'Lambda-GB-Second'),
      p('L4', 'eu-west-1', '', 'Global-Request'),
    ],
    terms: [
      { sku: 'L1', type: 'OnDemand', code: 'JRTCKXETXF', dims: tiers('0.0000170000', '0.0000150000', '0.0000130000') },
      { sku: 'L2', type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'Requests', usd: '0.0000002100' }] },
      { sku: 'L3', type: 'OnDemand', code: 'JRTCKXETXF', dims: tiers('0.0000180000', '0.0000160000', '0.0000140000') },
      { sku: 'L4', type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'Requests', usd: '0' }] },
    ],
  };
}

/** A DynamoDB file for eu-central-1 whose capacity and storage carry the $0 free-tier band first. */
export function dynamoFrankfurt(): FxOffer {
  const p = (sku: string, ut: string, fam: string): FxProduct => ({ sku, productFamily: fam, attributes: { ...EUC1, usagetype: `EUC1-${ut}` } });
  return {
    offerCode: 'AmazonDynamoDB',
    version: '20261015000000',
    publicationDate: '2026-10-15T00:00:00Z',
    products: [p('W', 'WriteCapacityUnit-Hrs', 'Provisioned IOPS'), p('IAW', 'IA-WriteCapacityUnit-Hrs', 'Provisioned IOPS'), p('S', 'TimedStorage-ByteHrs', 'Database Storage')],
    terms: [
      { sku: 'W', type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'WriteCapacityUnit-Hrs', usd: '0', begin: '0', end: '18600' }, { unit: 'WriteCapacityUnit-Hrs', usd: '0.0008', begin: '18600' }] },
      { sku: 'IAW', type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'WriteCapacityUnit-Hrs', usd: '0.00099' }] },
      { sku: 'S', type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'GB-Mo', usd: '0', begin: '0', end: '25' }, { unit: 'GB-Mo', usd: '0.31', begin: '25' }] },
    ],
  };
}

export function writeText(path: string, text: string): string {
  writeFileSync(path, text);
  return path;
}

/**
 * Streams a large synthetic EC2 region file to disk (never whole in memory): `n` products, mostly ones the
 * importer ignores (other operating systems), each with an on-demand term and two Reserved terms, as a
 * region's EC2 file has. Returns the size in bytes.
 */
export async function writeLargeEc2(path: string, n: number): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  const w = (s: string): Promise<void> | void => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) return new Promise((r) => out.once('drain', () => r()));
  };
  const OS = ['Windows', 'RHEL', 'SUSE', 'Ubuntu Pro', 'Linux'];
  const type = (i: number): string => `x${Math.floor(i / 20)}.${['large', 'xlarge', '2xlarge', '4xlarge'][i % 4]}`;
  await w('{\n  "formatVersion" : "v1.0",\n  "disclaimer" : "synthetic",\n  "offerCode" : "AmazonEC2",\n  "version" : "20261101000000",\n  "publicationDate" : "2026-11-01T00:00:00Z",\n  "products" : {\n');
  for (let i = 0; i < n; i++) {
    const sku = `SKU${String(i).padStart(12, '0')}`;
    const attrs = { ...EUC1, servicecode: 'AmazonEC2', instanceType: type(i), operatingSystem: OS[i % OS.length]!, tenancy: 'Shared', preInstalledSw: i % 10 === 4 ? 'NA' : 'SQL Std', capacitystatus: 'Used', licenseModel: 'No License required', usagetype: `EUC1-BoxUsage:${type(i)}`, vcpu: '2', memory: '8 GiB', storage: 'EBS only', networkPerformance: 'Up to 10 Gigabit', processorArchitecture: '64-bit' };
    await w(`    "${sku}" : ${JSON.stringify({ sku, productFamily: 'Compute Instance', attributes: attrs })}${i < n - 1 ? ',' : ''}\n`);
  }
  await w('  },\n  "terms" : {\n    "OnDemand" : {\n');
  for (let i = 0; i < n; i++) {
    const sku = `SKU${String(i).padStart(12, '0')}`;
    const t = termsJson([{ sku, type: 'OnDemand', code: 'JRTCKXETXF', dims: [{ unit: 'Hrs', usd: (0.01 + i / 1e6).toFixed(10) }] }]).OnDemand![sku];
    await w(`      "${sku}" : ${JSON.stringify(t)}${i < n - 1 ? ',' : ''}\n`);
  }
  await w('    },\n    "Reserved" : {\n');
  for (let i = 0; i < n; i++) {
    const sku = `SKU${String(i).padStart(12, '0')}`;
    const t = termsJson([
      { sku, type: 'Reserved', code: 'AAAA', termAttributes: { LeaseContractLength: '1yr', OfferingClass: 'standard', PurchaseOption: 'All Upfront' }, dims: [{ unit: 'Quantity', usd: '500' }, { unit: 'Hrs', usd: '0' }] },
      { sku, type: 'Reserved', code: 'BBBB', termAttributes: { LeaseContractLength: '3yr', OfferingClass: 'convertible', PurchaseOption: 'No Upfront' }, dims: [{ unit: 'Hrs', usd: '0.02' }] },
    ]).Reserved![sku];
    await w(`      "${sku}" : ${JSON.stringify(t)}${i < n - 1 ? ',' : ''}\n`);
  }
  await w('    }\n  }\n}\n');
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
  return bytes;
}

/** An S3 file for eu-central-1: tiered Standard storage, transitions told apart by operation, a decoy. */
export function s3Frankfurt(): FxOffer {
  const p = (sku: string, ut: string, fam: string, operation?: string): FxProduct => ({
    sku,
    productFamily: fam,
    attributes: { ...EUC1, servicecode: 'AmazonS3', usagetype: `EUC1-${ut}`, ...(operation ? { operation } : {}) },
  });
  const od = (sku: string, dims: FxDim[]): FxTerm => ({ sku, type: 'OnDemand', code: 'JRTCKXETXF', dims });
  return {
    offerCode: 'AmazonS3',
    version: '20261110000000',
    publicationDate: '2026-11-10T00:00:00Z',
    products: [
      p('STD', 'TimedStorage-ByteHrs', 'Storage'),
      p('SIA', 'TimedStorage-SIA-ByteHrs', 'Storage'),
      p('T4SIA', 'Requests-Tier4', 'API Request', 'S3-SIATransition'),
      p('T3GDA', 'Requests-Tier3', 'API Request', 'S3-GDATransition'),
      p('T3RESTORE', 'Requests-Tier3', 'API Request', 'RestoreObject'),
      p('PUTSIA', 'Requests-SIA-Tier1', 'API Request', 'PutObject'),
    ],
    terms: [
      od('STD', [
        { unit: 'GB-Mo', usd: '0.0235', begin: '51200', end: '512000' },
        { unit: 'GB-Mo', usd: '0.0245', begin: '0', end: '51200' },
        { unit: 'GB-Mo', usd: '0.0225', begin: '512000' },
      ]),
      od('SIA', [{ unit: 'GB-Mo', usd: '0.0135' }]),
      od('T4SIA', [{ unit: 'Requests', usd: '0.0000100000' }]),
      od('T3GDA', [{ unit: 'Requests', usd: '0.0000540000' }]),
      od('T3RESTORE', [{ unit: 'Requests', usd: '0.0000540000' }]),
      od('PUTSIA', [{ unit: 'Requests', usd: '0.0000100000' }]),
    ],
  };
}

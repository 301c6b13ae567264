/**
 * How AWS Price List offer-file products map onto our price-pack keys and EC2 instance prices.
 *
 * Facts only (usage types, product families, attribute values and units as the Price List publishes them);
 * each rule names the usage type after its region prefix ("EUC1-", "EU-", "USE1-"; us-east-1 often has
 * none), the unit(s) it accepts and the factor from the file's unit to the pack key's unit. A price whose
 * unit is not one the rule knows is skipped and reported, never imported at a guessed scale.
 *
 * Tiered prices (priceDimensions with beginRange/endRange) map by tier order: the dimensions of one
 * product are sorted by beginRange, a leading $0 band (AWS's way of writing a free tier) is dropped when
 * the key excludes the free tier, and the n-th remaining band goes to the n-th key of the rule.
 */
import { ALL_PRICE_KEYS } from '../../shared/calc';

/** S3 Glacier Deep Archive's storage and restore prices are published under their own offer code. */
export const SUPPORTED_OFFERS = ['AmazonEC2', 'AmazonDynamoDB', 'AmazonKinesis', 'AWSLambda', 'AmazonS3', 'AmazonS3GlacierDeepArchive'] as const;
export type OfferCode = (typeof SUPPORTED_OFFERS)[number];

/** Product attributes with normalised names: lower case, letters and digits only (JSON and CSV agree). */
export type Attrs = Record<string, string>;

export function normName(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Region prefixes of usage types: three or four capitals and a digit (EUC1, USE1, APN1), or eu-west-1's "EU". */
const REGION_PREFIX = /^(?:[A-Z]{3,4}\d|EU)-/;
export function usageTypeSuffix(usagetype: string): string {
  return usagetype.replace(REGION_PREFIX, '');
}

/** Older files have no regionCode; their location names for the regions we know. */
const LOCATIONS: Record<string, string> = {
  'US East (N. Virginia)': 'us-east-1',
  'US East (Ohio)': 'us-east-2',
  'US West (N. California)': 'us-west-1',
  'US West (Oregon)': 'us-west-2',
  'EU (Ireland)': 'eu-west-1',
  'EU (London)': 'eu-west-2',
  'EU (Paris)': 'eu-west-3',
  'EU (Frankfurt)': 'eu-central-1',
  'EU (Stockholm)': 'eu-north-1',
  'Asia Pacific (Singapore)': 'ap-southeast-1',
  'Asia Pacific (Sydney)': 'ap-southeast-2',
  'Asia Pacific (Tokyo)': 'ap-northeast-1',
  'Asia Pacific (Seoul)': 'ap-northeast-2',
  'Asia Pacific (Mumbai)': 'ap-south-1',
  'Canada (Central)': 'ca-central-1',
  'South America (Sao Paulo)': 'sa-east-1',
};

/** The product's region, or null for products outside a region (Local Zones, Outposts, global). */
export function regionOf(attrs: Attrs): string | null {
  const lt = attrs.locationtype;
  if (lt !== undefined && lt !== 'AWS Region') return null;
  const rc = attrs.regioncode;
  if (rc && /^[a-z]{2}(-[a-z]+)+-\d$/.test(rc)) return rc;
  return (attrs.location && LOCATIONS[attrs.location]) ?? null;
}

/** A unit the rule accepts and its factor to the key's unit (case-insensitive exact match). */
type Units = Record<string, number>;

interface KeyRule {
  offer: OfferCode | readonly OfferCode[];
  /** Usage type after the region prefix. */
  usagetype: string | RegExp;
  /** Keys by tier order; one key for a flat price. */
  keys: string[];
  units: Units;
  /** Drop a leading $0 band (a free tier) before assigning tiers. */
  skipFree?: boolean;
  /** Extra attribute conditions (normalised names). */
  attrs?: Attrs;
}

const M = 1e6;
const K = 1e3;
const REQ: Units = { requests: M, request: M };
const GBMO: Units = { 'gb-mo': 1, 'gb-month': 1 };

const S3_OFFERS = ['AmazonS3', 'AmazonS3GlacierDeepArchive'] as const;
const HOURS: Units = { hrs: 1, hours: 1, hour: 1 };

const EBS_VOLUMES = ['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1'];

export const KEY_RULES: readonly KeyRule[] = [
  // EBS (in AmazonEC2). Storage per GB-month by volumeApiName; IOPS and throughput by usage type.
  ...EBS_VOLUMES.map(
    (v): KeyRule => ({ offer: 'AmazonEC2', usagetype: /^EBS:VolumeUsage(\.|$)/, attrs: { productfamily: 'Storage', volumeapiname: v }, keys: [`ebs.${v}.gbMonth`], units: GBMO }),
  ),
  { offer: 'AmazonEC2', usagetype: 'EBS:VolumeP-IOPS.gp3', keys: ['ebs.gp3.iopsMonth'], units: { 'iops-mo': 1 } },
  // The Price List quotes gp3 throughput per GiB/s-month; our key is per MiB/s-month.
  { offer: 'AmazonEC2', usagetype: 'EBS:VolumeP-Throughput.gp3', keys: ['ebs.gp3.throughputMiBpsMonth'], units: { 'gibps-mo': 1 / 1024, 'mibps-mo': 1 } },
  { offer: 'AmazonEC2', usagetype: 'EBS:VolumeP-IOPS.piops', keys: ['ebs.io1.iopsMonth'], units: { 'iops-mo': 1 } },
  { offer: 'AmazonEC2', usagetype: 'EBS:VolumeP-IOPS.io2', keys: ['ebs.io2.iopsTier1Month'], units: { 'iops-mo': 1 } },
  { offer: 'AmazonEC2', usagetype: 'EBS:VolumeP-IOPS.io2.tier2', keys: ['ebs.io2.iopsTier2Month'], units: { 'iops-mo': 1 } },
  { offer: 'AmazonEC2', usagetype: 'EBS:VolumeP-IOPS.io2.tier3', keys: ['ebs.io2.iopsTier3Month'], units: { 'iops-mo': 1 } },

  // DynamoDB. Capacity and storage list the monthly free tier as a leading $0 band.
  { offer: 'AmazonDynamoDB', usagetype: 'WriteCapacityUnit-Hrs', keys: ['dynamodb.provisioned.wcuHour'], units: { 'writecapacityunit-hrs': 1, hrs: 1 }, skipFree: true },
  { offer: 'AmazonDynamoDB', usagetype: 'ReadCapacityUnit-Hrs', keys: ['dynamodb.provisioned.rcuHour'], units: { 'readcapacityunit-hrs': 1, hrs: 1 }, skipFree: true },
  { offer: 'AmazonDynamoDB', usagetype: 'ReplWriteCapacityUnit-Hrs', keys: ['dynamodb.provisioned.replicatedWcuHour'], units: { 'replicatedwritecapacityunit-hrs': 1, 'replwritecapacityunit-hrs': 1, hrs: 1 }, skipFree: true },
  { offer: 'AmazonDynamoDB', usagetype: 'IA-WriteCapacityUnit-Hrs', keys: ['dynamodb.provisionedIa.wcuHour'], units: { 'writecapacityunit-hrs': 1, hrs: 1 }, skipFree: true },
  { offer: 'AmazonDynamoDB', usagetype: 'IA-ReadCapacityUnit-Hrs', keys: ['dynamodb.provisionedIa.rcuHour'], units: { 'readcapacityunit-hrs': 1, hrs: 1 }, skipFree: true },
  { offer: 'AmazonDynamoDB', usagetype: 'ReadRequestUnits', keys: ['dynamodb.onDemand.readRequestUnitMillion'], units: { readrequestunits: M }, skipFree: true },
  { offer: 'AmazonDynamoDB', usagetype: 'WriteRequestUnits', keys: ['dynamodb.onDemand.writeRequestUnitMillion'], units: { writerequestunits: M }, skipFree: true },
  { offer: 'AmazonDynamoDB', usagetype: 'ReplWriteRequestUnits', keys: ['dynamodb.onDemand.replicatedWriteRequestUnitMillion'], units: { replicatedwriterequestunits: M, writerequestunits: M, replwriterequestunits: M }, skipFree: true },
  { offer: 'AmazonDynamoDB', usagetype: 'IA-ReadRequestUnits', keys: ['dynamodb.onDemandIa.readRequestUnitMillion'], units: { readrequestunits: M }, skipFree: true },
  { offer: 'AmazonDynamoDB', usagetype: 'IA-WriteRequestUnits', keys: ['dynamodb.onDemandIa.writeRequestUnitMillion'], units: { writerequestunits: M }, skipFree: true },
  { offer: 'AmazonDynamoDB', usagetype: 'TimedStorage-ByteHrs', keys: ['dynamodb.storage.gbMonth'], units: GBMO, skipFree: true },
  { offer: 'AmazonDynamoDB', usagetype: 'IA-TimedStorage-ByteHrs', keys: ['dynamodb.storageIa.gbMonth'], units: GBMO, skipFree: true },

  // Kinesis Data Streams: provisioned shard-hours and 25 KB PUT payload units, retention, enhanced
  // fan-out, and on-demand mode (stream-hours and GB in/out).
  { offer: 'AmazonKinesis', usagetype: 'Storage-ShardHour', keys: ['kinesis.provisioned.shardHour'], units: { ...HOURS, shardhour: 1, 'shard-hour': 1 } },
  { offer: 'AmazonKinesis', usagetype: 'PutRequestPayloadUnits', keys: ['kinesis.provisioned.putPayloadUnitMillion'], units: { putrequest: M, putrequests: M, requests: M } },
  { offer: 'AmazonKinesis', usagetype: 'Extended-ShardHour', keys: ['kinesis.retention.extendedShardHour'], units: { ...HOURS, shardhour: 1, 'shard-hour': 1 } },
  { offer: 'AmazonKinesis', usagetype: 'LongTermRetention-ByteHrs', keys: ['kinesis.retention.longTermGBMonth'], units: GBMO },
  { offer: 'AmazonKinesis', usagetype: 'EnhancedFanoutHour', keys: ['kinesis.efo.consumerShardHour'], units: { ...HOURS, consumershardhour: 1, 'consumer-shard-hour': 1 } },
  { offer: 'AmazonKinesis', usagetype: 'ReadBytes', keys: ['kinesis.efo.dataGB'], units: { gb: 1 } },
  { offer: 'AmazonKinesis', usagetype: 'OnDemand-StreamHour', keys: ['kinesis.onDemand.streamHour'], units: { ...HOURS, streamhour: 1, 'stream-hour': 1 } },
  { offer: 'AmazonKinesis', usagetype: 'OnDemand-BilledIncomingBytes', keys: ['kinesis.onDemand.ingestGB'], units: { gb: 1 } },
  { offer: 'AmazonKinesis', usagetype: 'OnDemand-BilledOutgoingBytes', keys: ['kinesis.onDemand.retrievalGB'], units: { gb: 1 } },
  { offer: 'AmazonKinesis', usagetype: 'OnDemand-BilledOutgoingEFOBytes', keys: ['kinesis.onDemand.efoRetrievalGB'], units: { gb: 1 } },
  { offer: 'AmazonKinesis', usagetype: 'OnDemand-ExtendedRetention-ByteHrs', keys: ['kinesis.onDemand.extendedRetentionGBMonth'], units: GBMO },

  // Lambda: requests, duration by monthly tier, provisioned concurrency, ephemeral storage.
  { offer: 'AWSLambda', usagetype: 'Request', keys: ['lambda.x86.requestsMillion'], units: REQ },
  { offer: 'AWSLambda', usagetype: 'Request-ARM', keys: ['lambda.arm.requestsMillion'], units: REQ },
  { offer: 'AWSLambda', usagetype: 'Lambda-GB-Second', keys: ['lambda.x86.gbSecondTier1', 'lambda.x86.gbSecondTier2', 'lambda.x86.gbSecondTier3'], units: { 'lambda-gb-second': 1, 'gb-second': 1, 'gb-seconds': 1 } },
  { offer: 'AWSLambda', usagetype: 'Lambda-GB-Second-ARM', keys: ['lambda.arm.gbSecondTier1', 'lambda.arm.gbSecondTier2', 'lambda.arm.gbSecondTier3'], units: { 'lambda-gb-second': 1, 'gb-second': 1, 'gb-seconds': 1 } },
  { offer: 'AWSLambda', usagetype: 'Lambda-Provisioned-Concurrency', keys: ['lambda.x86.provisionedGbSecond'], units: { 'lambda-gb-second': 1, 'gb-second': 1 } },
  { offer: 'AWSLambda', usagetype: 'Lambda-Provisioned-Concurrency-ARM', keys: ['lambda.arm.provisionedGbSecond'], units: { 'lambda-gb-second': 1, 'gb-second': 1 } },
  { offer: 'AWSLambda', usagetype: 'Lambda-Provisioned-GB-Second', keys: ['lambda.x86.provisionedDurationGbSecond'], units: { 'lambda-gb-second': 1, 'gb-second': 1 } },
  { offer: 'AWSLambda', usagetype: 'Lambda-Provisioned-GB-Second-ARM', keys: ['lambda.arm.provisionedDurationGbSecond'], units: { 'lambda-gb-second': 1, 'gb-second': 1 } },
  { offer: 'AWSLambda', usagetype: 'Lambda-Storage-GB-Second', keys: ['lambda.ephemeral.gbSecond'], units: { 'gb-seconds': 1, 'gb-second': 1, 'lambda-gb-second': 1 } },

  // S3 storage per GB-month (Standard is tiered: first 50 TB, next 450 TB, over 500 TB).
  { offer: S3_OFFERS, usagetype: 'TimedStorage-ByteHrs', keys: ['s3.standard.gbMonth', 's3.standard.gbMonthNext450TB', 's3.standard.gbMonthOver500TB'], units: GBMO },
  // Intelligent-Tiering: the Frequent tier has the same volume bands as Standard; the other tiers are flat.
  { offer: S3_OFFERS, usagetype: 'TimedStorage-INT-FA-ByteHrs', keys: ['s3.intelligentTiering.frequent.gbMonth', 's3.intelligentTiering.frequent.gbMonthNext450TB', 's3.intelligentTiering.frequent.gbMonthOver500TB'], units: GBMO },
  { offer: S3_OFFERS, usagetype: 'TimedStorage-INT-IA-ByteHrs', keys: ['s3.intelligentTiering.infrequent.gbMonth'], units: GBMO },
  { offer: S3_OFFERS, usagetype: 'TimedStorage-INT-AIA-ByteHrs', keys: ['s3.intelligentTiering.archiveInstant.gbMonth'], units: GBMO },
  { offer: S3_OFFERS, usagetype: 'TimedStorage-INT-AA-ByteHrs', keys: ['s3.intelligentTiering.archive.gbMonth'], units: GBMO },
  { offer: S3_OFFERS, usagetype: 'TimedStorage-INT-DAA-ByteHrs', keys: ['s3.intelligentTiering.deepArchive.gbMonth'], units: GBMO },
  { offer: S3_OFFERS, usagetype: 'TimedStorage-SIA-ByteHrs', keys: ['s3.standardIa.gbMonth'], units: GBMO },
  { offer: S3_OFFERS, usagetype: 'TimedStorage-ZIA-ByteHrs', keys: ['s3.onezoneIa.gbMonth'], units: GBMO },
  { offer: S3_OFFERS, usagetype: 'TimedStorage-GIR-ByteHrs', keys: ['s3.glacierIr.gbMonth'], units: GBMO },
  { offer: S3_OFFERS, usagetype: 'TimedStorage-GlacierByteHrs', keys: ['s3.glacierFlexible.gbMonth'], units: GBMO },
  { offer: S3_OFFERS, usagetype: 'TimedStorage-GDA-ByteHrs', keys: ['s3.deepArchive.gbMonth'], units: GBMO },
  // Lifecycle transitions are request usage types (Tier 3 into the Glacier classes, Tier 4 into the
  // others) told apart by their operation; per request → per 1,000.
  ...(
    [
      ['S3-INTTransition', 's3.intelligentTiering.transitionPer1000'],
      ['S3-SIATransition', 's3.standardIa.transitionPer1000'],
      ['S3-ZIATransition', 's3.onezoneIa.transitionPer1000'],
      ['S3-GIRTransition', 's3.glacierIr.transitionPer1000'],
      ['S3-GlacierTransition', 's3.glacierFlexible.transitionPer1000'],
      ['S3-GDATransition', 's3.deepArchive.transitionPer1000'],
    ] as const
  ).map(([operation, key]): KeyRule => ({ offer: S3_OFFERS, usagetype: /^Requests-Tier[34]$/, attrs: { operation }, keys: [key], units: { requests: K } })),
  { offer: S3_OFFERS, usagetype: 'Monitoring-Automation-INT', keys: ['s3.intelligentTiering.monitoringPer1000Objects'], units: { objects: K } },
  { offer: S3_OFFERS, usagetype: 'Retrieval-SIA', keys: ['s3.standardIa.retrievalGB'], units: { gb: 1 } },
  { offer: S3_OFFERS, usagetype: 'Retrieval-ZIA', keys: ['s3.onezoneIa.retrievalGB'], units: { gb: 1 } },
  { offer: S3_OFFERS, usagetype: 'Retrieval-GIR', keys: ['s3.glacierIr.retrievalGB'], units: { gb: 1 } },
  // Deep Archive restore requests: standard (Tier 3) and bulk (Tier 5).
  { offer: S3_OFFERS, usagetype: 'Requests-GDA-Tier3', keys: ['s3.deepArchive.restoreRequestsPer1000.standard'], units: { requests: K } },
  { offer: S3_OFFERS, usagetype: 'Requests-GDA-Tier5', keys: ['s3.deepArchive.restoreRequestsPer1000.bulk'], units: { requests: K } },
];

/** Pack keys some rule can fill (those the calculators know today). */
export function mappableKeys(): string[] {
  const known = new Set(ALL_PRICE_KEYS);
  return [...new Set(KEY_RULES.flatMap((r) => r.keys))].filter((k) => known.has(k)).sort();
}

/** What a product is for: a pack-key rule (by index) or an EC2 Linux instance type. */
export type Target = { kind: 'key'; rule: number; region: string } | { kind: 'ec2'; instanceType: string; region: string };

function attrsMatch(want: Attrs | undefined, attrs: Attrs): boolean {
  if (!want) return true;
  return Object.entries(want).every(([k, v]) => attrs[k] === v);
}

/**
 * The target of one product, or null when it maps to nothing we use. EC2 instance prices: Linux, shared
 * tenancy, no pre-installed software, capacity status Used (not reservations' unused capacity), no license.
 */
export function targetOf(offer: OfferCode, productFamily: string, attrs: Attrs): Target | null {
  const region = regionOf(attrs);
  if (!region) return null;
  if (
    offer === 'AmazonEC2' &&
    productFamily.startsWith('Compute Instance') &&
    attrs.instancetype &&
    attrs.operatingsystem === 'Linux' &&
    attrs.tenancy === 'Shared' &&
    attrs.preinstalledsw === 'NA' &&
    (attrs.capacitystatus ?? 'Used') === 'Used' &&
    (attrs.licensemodel ?? 'No License required') === 'No License required' &&
    (attrs.marketoption ?? 'OnDemand') === 'OnDemand'
  )
    return { kind: 'ec2', instanceType: attrs.instancetype, region };
  const ut = attrs.usagetype ? usageTypeSuffix(attrs.usagetype) : '';
  if (!ut) return null;
  const fam = { ...attrs, productfamily: productFamily };
  const i = KEY_RULES.findIndex(
    (r) => (typeof r.offer === 'string' ? r.offer === offer : r.offer.includes(offer)) && (typeof r.usagetype === 'string' ? r.usagetype === ut : r.usagetype.test(ut)) && attrsMatch(r.attrs, fam),
  );
  return i < 0 ? null : { kind: 'key', rule: i, region };
}

export function ruleAt(i: number): KeyRule {
  return KEY_RULES[i]!;
}

/** The factor from a file unit to the rule's key unit, or undefined when the unit is not one it knows. */
export function unitFactor(rule: KeyRule, unit: string): number | undefined {
  return rule.units[unit.toLowerCase()];
}

/** EC2 instance price keys (stored beside the pack keys; the EC2 table's price column reads the on-demand one). */
export function ec2OnDemandKey(instanceType: string): string {
  return `ec2.${instanceType}.linux.onDemandHour`;
}

export interface ReservedTerm {
  lease: '1yr' | '3yr';
  offeringClass: 'standard' | 'convertible';
  purchase: 'noUpfront' | 'partialUpfront' | 'allUpfront';
}

/** Reserved term attributes as published ("1yr", "standard", "Partial Upfront"), or null when unknown. */
export function reservedTermOf(termAttrs: Attrs): ReservedTerm | null {
  const lease = termAttrs.leasecontractlength?.replace(/\s+/g, '').toLowerCase();
  const cls = termAttrs.offeringclass?.toLowerCase();
  const po = termAttrs.purchaseoption?.toLowerCase();
  const purchase = po === 'no upfront' ? 'noUpfront' : po === 'partial upfront' ? 'partialUpfront' : po === 'all upfront' ? 'allUpfront' : null;
  if ((lease !== '1yr' && lease !== '3yr') || (cls !== 'standard' && cls !== 'convertible') || !purchase) return null;
  return { lease, offeringClass: cls, purchase };
}

export function ec2ReservedKey(instanceType: string, t: ReservedTerm, part: 'hourly' | 'upfront'): string {
  return `ec2.${instanceType}.linux.reserved.${t.lease}.${t.offeringClass}.${t.purchase}.${part}`;
}

/** Parses an EC2 key back: the instance type and the rest, or null for a pack key. */
export function parseEc2Key(key: string): { instanceType: string; term: string } | null {
  const m = /^ec2\.(.+)\.linux\.(onDemandHour|reserved\..+)$/.exec(key);
  return m ? { instanceType: m[1]!, term: m[2]! } : null;
}

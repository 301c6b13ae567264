import { describe, expect, it } from 'vitest';
import { mappableKeys, normName, reservedTermOf, ruleAt, targetOf, usageTypeSuffix, type Attrs } from '../../../src/main/prices/mapping';
import { ALL_PRICE_KEYS } from '../../../src/shared/calc';

const at = (usagetype: string, extra: Attrs = {}): Attrs => ({ regioncode: 'eu-west-1', locationtype: 'AWS Region', usagetype, ...extra });
const keyOf = (offer: Parameters<typeof targetOf>[0], a: Attrs, fam = 'X'): string | null => {
  const t = targetOf(offer, fam, a);
  return t?.kind === 'key' ? ruleAt(t.rule).keys[0]! : t?.kind === 'ec2' ? `ec2:${t.instanceType}` : null;
};

describe('offer-file mapping', () => {
  it('strips region prefixes (EUC1-, USE1-, eu-west-1’s EU-) but not the IA- table class or Global-', () => {
    expect(usageTypeSuffix('EUC1-EBS:VolumeUsage.gp3')).toBe('EBS:VolumeUsage.gp3');
    expect(usageTypeSuffix('EU-WriteCapacityUnit-Hrs')).toBe('WriteCapacityUnit-Hrs');
    expect(usageTypeSuffix('IA-WriteCapacityUnit-Hrs')).toBe('IA-WriteCapacityUnit-Hrs');
    expect(usageTypeSuffix('EU-IA-WriteCapacityUnit-Hrs')).toBe('IA-WriteCapacityUnit-Hrs');
    expect(usageTypeSuffix('Global-Request')).toBe('Global-Request');
  });

  it('maps by the whole usage type, so look-alikes do not collide', () => {
    expect(keyOf('AmazonDynamoDB', at('EU-WriteCapacityUnit-Hrs'))).toBe('dynamodb.provisioned.wcuHour');
    expect(keyOf('AmazonDynamoDB', at('EU-IA-WriteCapacityUnit-Hrs'))).toBe('dynamodb.provisionedIa.wcuHour');
    expect(keyOf('AmazonDynamoDB', at('EU-ReplWriteCapacityUnit-Hrs'))).toBe('dynamodb.provisioned.replicatedWcuHour');
    expect(keyOf('AmazonKinesis', at('EU-ReadBytes'))).toBe('kinesis.efo.dataGB');
    expect(keyOf('AmazonKinesis', at('EU-LongTermRetention-ReadBytes'))).toBeNull();
    expect(keyOf('AWSLambda', at('EU-Lambda-GB-Second-ARM'))).toBe('lambda.arm.gbSecondTier1');
    expect(keyOf('AWSLambda', at('EU-Lambda-Edge-GB-Second'))).toBeNull();
    // the same usage type under another offer code is not ours
    expect(keyOf('AmazonS3', at('EU-WriteCapacityUnit-Hrs'))).toBeNull();
  });

  it('EC2 instances: Linux, shared, no software, Used; Local Zones and other OS are not region prices', () => {
    const inst = (extra: Attrs = {}): Attrs => at('EU-BoxUsage:c5.large', { instancetype: 'c5.large', operatingsystem: 'Linux', tenancy: 'Shared', preinstalledsw: 'NA', capacitystatus: 'Used', ...extra });
    expect(keyOf('AmazonEC2', inst(), 'Compute Instance')).toBe('ec2:c5.large');
    expect(keyOf('AmazonEC2', inst(), 'Compute Instance (bare metal)')).toBe('ec2:c5.large');
    expect(keyOf('AmazonEC2', inst({ tenancy: 'Dedicated' }), 'Compute Instance')).toBeNull();
    expect(keyOf('AmazonEC2', inst({ preinstalledsw: 'SQL Web' }), 'Compute Instance')).toBeNull();
    expect(keyOf('AmazonEC2', inst({ capacitystatus: 'AllocatedCapacityReservation' }), 'Compute Instance')).toBeNull();
    expect(keyOf('AmazonEC2', inst({ locationtype: 'AWS Local Zone' }), 'Compute Instance')).toBeNull();
    // older files without regionCode: the location name
    expect(targetOf('AmazonEC2', 'Compute Instance', { ...inst(), regioncode: '', location: 'EU (Frankfurt)' })?.region).toBe('eu-central-1');
  });

  it('Reserved terms as published', () => {
    expect(reservedTermOf({ leasecontractlength: '1yr', offeringclass: 'standard', purchaseoption: 'All Upfront' })).toEqual({ lease: '1yr', offeringClass: 'standard', purchase: 'allUpfront' });
    expect(reservedTermOf({ leasecontractlength: '3 yr', offeringclass: 'convertible', purchaseoption: 'No Upfront' })).toEqual({ lease: '3yr', offeringClass: 'convertible', purchase: 'noUpfront' });
    expect(reservedTermOf({ leasecontractlength: '1yr', offeringclass: 'standard', purchaseoption: 'Heavy Utilization' })).toBeNull();
  });

  it('normalises JSON and CSV attribute names alike', () => {
    expect(normName('preInstalledSw')).toBe(normName('Pre Installed S/W'));
    expect(normName('regionCode')).toBe(normName('Region Code'));
  });

  it('covers most calculator keys; lists what it cannot map', () => {
    const mapped = mappableKeys();
    const missing = ALL_PRICE_KEYS.filter((k) => !mapped.includes(k));
    expect(mapped.length).toBeGreaterThanOrEqual(60);
    // Glacier Flexible / Deep Archive retrieval (per GB) and Flexible restore requests stay bundled.
    expect(missing.every((k) => /^s3\.(glacierFlexible|deepArchive)\.(retrievalGB|restoreRequests)|^s3\.standard\.putPer1000$/.test(k)), missing.join(', ')).toBe(true);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_PRICE_KEYS, runCalculator } from '../../../src/shared/calc';
import { priceStatusOf, standInWarning } from '../../../src/shared/calc/prices';
import type { TraceStep } from '../../../src/shared/calc/trace';
import { pricePackSchema, type PricePack } from '../../../src/shared/kb/schemas';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pack = (region: string): PricePack =>
  pricePackSchema.parse(JSON.parse(readFileSync(join(ROOT, 'data', 'prices', `${region}.json`), 'utf8')));

type Out = { warnings: string[]; trace: TraceStep[] };

describe('stand-in prices are visible in results', () => {
  it('issue 13 reproduction: EBS sc1 in eu-central-1 says its price is the us-east-1 stand-in', () => {
    const r = runCalculator('ebs', { region: 'eu-central-1', volumeType: 'sc1', sizeGiB: 1000 }, pack('eu-central-1'));
    if (!r.ok) throw new Error(r.error.message);
    const out = r.value as unknown as Out;
    const step = out.trace.find((s) => s.fact?.priceKey === 'ebs.sc1.gbMonth');
    expect(step?.fact?.status).toBe('stand-in');
    expect(step?.fact?.statusNote).toBe('stand-in: us-east-1 price, no verified eu-central-1 price');
    expect(out.warnings.some((w) => w.includes('ebs.sc1.gbMonth') && w.includes('us-east-1') && w.includes('eu-central-1'))).toBe(true);
  });

  it('a verified regional price carries no stand-in status and no warning', () => {
    const r = runCalculator('ebs', { region: 'eu-central-1', volumeType: 'gp3', sizeGiB: 100, iops: 3000, throughputMiBps: 125 }, pack('eu-central-1'));
    if (!r.ok) throw new Error(r.error.message);
    const out = r.value as unknown as Out;
    expect(out.trace.filter((s) => s.fact).every((s) => s.fact?.status === 'bundled')).toBe(true);
    expect(out.warnings.join(' ')).not.toMatch(/stand-in/i);
  });

  it('an override is not a stand-in', () => {
    const r = runCalculator('ebs', { region: 'eu-central-1', volumeType: 'sc1', sizeGiB: 1000, prices: { 'ebs.sc1.gbMonth': 0.0162 } }, pack('eu-central-1'));
    if (!r.ok) throw new Error(r.error.message);
    const out = r.value as unknown as Out;
    expect(out.trace.find((s) => s.fact?.priceKey === 'ebs.sc1.gbMonth')?.fact?.status).toBe('override');
    expect(out.warnings.join(' ')).not.toMatch(/stand-in/i);
  });

  it('outside the US most prices are stand-ins, each carrying the us-east-1 figure; US packs have none', () => {
    for (const region of ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-1', 'ap-northeast-1']) {
      const p = pack(region);
      const standIns = ALL_PRICE_KEYS.filter((k) => p.prices[k]?.standInFrom);
      if (region.startsWith('us-')) expect(standIns).toEqual([]);
      else expect(standIns.length).toBeGreaterThan(40);
      for (const k of standIns) expect(p.prices[k]!.usd).toBe(pack('us-east-1').prices[k]!.usd);
    }
  });

  it('priceStatusOf: imported beats stand-in; the warning groups keys and names the regions', () => {
    const base = { usd: 1, unit: 'USD per x', source: 'https://aws.amazon.com/', asOf: '2026-01-01' };
    expect(priceStatusOf('eu-west-1', { ...base, standInFrom: 'us-east-1', importedFrom: { fileName: 'a.json', offerCode: 'AmazonEC2', version: 'v1', publicationDate: '2026-02-03T00:00:00Z' } }))
      .toEqual({ status: 'imported', statusNote: 'imported from a.json (AmazonEC2 v1, published 2026-02-03)' });
    const w = standInWarning('eu-west-1', [
      { source: 's', asOf: 'd', priceKey: 'b', status: 'stand-in', standInFrom: 'us-east-1' },
      { source: 's', asOf: 'd', priceKey: 'a', status: 'stand-in', standInFrom: 'us-east-1' },
      { source: 's', asOf: 'd', priceKey: 'a', status: 'stand-in', standInFrom: 'us-east-1' },
      { source: 's', asOf: 'd', priceKey: 'c', status: 'bundled' },
    ]);
    expect(w).toContain('a, b are us-east-1 prices');
    expect(w).not.toContain(' c');
    expect(standInWarning('eu-west-1', [undefined])).toBeNull();
  });
});

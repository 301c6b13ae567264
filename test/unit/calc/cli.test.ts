import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
function calc(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/cli/calc.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run calc', () => {
  it('prints the result JSON with its trace', () => {
    const r = calc('lambda', '{"requestsPerMonth":3000000,"avgDurationMs":1000,"memoryMB":512,"includeFreeTier":true}');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { monthly: { total: number }; trace: unknown[]; priceAsOf: string };
    expect(out.monthly.total).toBe(18.73);
    expect(out.trace.length).toBeGreaterThan(3);
    expect(out.priceAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('uses the EC2 table for the EBS instance check', () => {
    const r = calc('ebs', '{"volumeType":"gp3","sizeGiB":500,"iops":16000,"throughputMiBps":1000,"instanceType":"m5.large"}');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { bottleneck: string }).bottleneck).toBe('instance');
  });

  // Issue 13: an override of 1e308 used to print null totals (JSON has no Infinity); now it is rejected.
  it('rejects implausible unit-price overrides naming the key, for every calculator', () => {
    for (const [id, input] of [
      ['dynamodb', '{"itemSizeKB":6,"readsPerSecond":100,"writesPerSecond":10,"storageGB":50,"prices":{"dynamodb.storage.gbMonth":1e308}}'],
      ['kinesis', '{"recordsPerSecond":1000,"avgRecordKB":1,"prices":{"kinesis.provisioned.shardHour":1e308}}'],
      ['lambda', '{"requestsPerMonth":3000000,"avgDurationMs":1000,"memoryMB":512,"prices":{"lambda.x86.requestsMillion":1e308}}'],
      ['ebs', '{"volumeType":"gp3","sizeGiB":100,"prices":{"ebs.gp3.gbMonth":1e308}}'],
      ['s3-lifecycle', '{"months":3,"initialGB":1000,"monthlyIngestGB":0,"avgObjectSizeKB":1024,"prices":{"s3.standard.gbMonth":1e308}}'],
    ] as const) {
      const r = calc(id, input);
      expect(r.status, id).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^prices\.\S+: a unit price above 1,000,000,000 USD is not plausible/);
      expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
    }
  });

  it('prices S3 volume bands and takes a pasted lifecycle configuration', () => {
    // https://aws.amazon.com/s3/pricing/: 51,200 GB × $0.023 + 1,700 GB × $0.022 = $1,215.00
    const bands = calc('s3-lifecycle', '{"months":1,"initialGB":52900,"monthlyIngestGB":0,"avgObjectSizeKB":1024}');
    expect((JSON.parse(bands.stdout) as { total: number }).total).toBe(1215);
    const pasted = calc('s3-lifecycle', '{"months":12,"initialGB":1000,"monthlyIngestGB":0,"avgObjectSizeKB":1024,"rules":[{"Days":30,"StorageClass":"STANDARD_IA"},{"Days":90,"StorageClass":"GLACIER"}]}');
    expect(pasted.status).toBe(0);
  });

  it('rejects bad input on stderr with exit code 2', () => {
    for (const args of [
      ['dynamodb', '{"itemSizeKB":500,"readsPerSecond":1,"writesPerSecond":1}'],
      ['kinesis', 'not json'],
      ['ec2', '{}'],
      ['lambda'],
      ['lambda', '{"region":"mars-1","requestsPerMonth":1,"avgDurationMs":1,"memoryMB":128}'],
    ]) {
      const r = calc(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.length).toBeGreaterThan(10);
    }
  });
});

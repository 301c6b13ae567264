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

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../src/shared/kb/schemas';
import { parseTableArgv, resolveTableArgs, splitColumnFilter } from '../../../src/shared/table/cliArgs';
import { buildExport, exportCsv, parseCsv } from '../../../src/shared/table/export';
import { runTable } from '../../../src/shared/table/pipeline';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const ec2 = datasetSchema.parse(
  JSON.parse(readFileSync(join(ROOT, 'data', 'datasets', 'ec2-instances.json'), 'utf8')),
);

function table(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/cli/table.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('table arguments', () => {
  it('names a column by key or label, the longest match first', () => {
    expect(splitColumnFilter(ec2.columns, 'memoryGiB >= 64 GiB')).toMatchObject({
      col: { key: 'memoryGiB' },
      expr: '>= 64 GiB',
    });
    expect(splitColumnFilter(ec2.columns, 'Memory>=64')).toMatchObject({
      col: { key: 'memoryGiB' },
      expr: '>=64',
    });
    expect(splitColumnFilter(ec2.columns, 'network performance > 10 Gbps')).toMatchObject({
      col: { key: 'networkPerformance' },
    });
    expect(splitColumnFilter(ec2.columns, 'EBS max IOPS >= 40000')).toMatchObject({
      col: { key: 'ebsMaxIops' },
    });
    expect(splitColumnFilter(ec2.columns, 'vcpus > 2')).toBeNull();
  });

  it('checks region, period and filters against the table', () => {
    const args = (...a: string[]): Exclude<ReturnType<typeof parseTableArgv>, string> => {
      const r = parseTableArgv(['ec2-instances', ...a]);
      if (typeof r === 'string') throw new Error(r);
      return r;
    };
    expect(resolveTableArgs(ec2, args('--region', 'mars-1'))).toMatch(/unknown region "mars-1"/);
    expect(resolveTableArgs(ec2, args('--period', 'week'))).toMatch(/unknown period/);
    expect(resolveTableArgs(ec2, args('--filter', 'nope > 1'))).toMatch(/unknown column/);
    expect(resolveTableArgs(ec2, args('--filter', 'vCPU >= 1 GiB'))).toMatch(/no unit/);
    expect(resolveTableArgs(ec2, args('--sort', 'nope'))).toMatch(/unknown column in --sort/);
    expect(parseTableArgv(['ec2-instances', '--frobnicate'])).toMatch(/unknown option/);
    expect(parseTableArgv([])).toMatch(/missing table id/);
    const ok = resolveTableArgs(
      ec2,
      args(
        '--region=eu-west-1',
        '--period',
        'month',
        '--filter',
        'Memory >= 64 GiB',
        '--sort',
        'priceLinuxOnDemand:desc',
      ),
    );
    expect(ok).toMatchObject({
      units: { region: 'eu-west-1', period: 'month', basis: 'unit' },
      query: {
        filters: [{ id: 'memoryGiB', value: '>= 64 GiB' }],
        sorting: [{ id: 'priceLinuxOnDemand', desc: true }],
      },
    });
  });
});

describe('npm run table', () => {
  it('--csv prints what the screen exports for the same state (values and units)', () => {
    const r = table(
      'ec2-instances',
      '--region',
      'eu-west-1',
      '--period',
      'month',
      '--filter',
      'memoryGiB >= 64 GiB',
      '--filter',
      'networkPerformance > 10 Gbps',
      '--csv',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const req = resolveTableArgs(
      ec2,
      parseTableArgv([
        'ec2-instances',
        '--region',
        'eu-west-1',
        '--period',
        'month',
        '--filter',
        'memoryGiB >= 64 GiB',
        '--filter',
        'networkPerformance > 10 Gbps',
      ]) as never,
    );
    if (typeof req === 'string') throw new Error(req);
    const { derived, result } = runTable(ec2, req.units, req.query);
    expect(r.stdout).toBe(exportCsv(buildExport(ec2, derived, result, req.query, req.visible)));
    const [headers, ...rows] = parseCsv(r.stdout);
    expect(headers).toContain('Linux on-demand (USD/month, eu-west-1)');
    expect(rows.length).toBeGreaterThan(10);
    const mem = headers!.indexOf('Memory (GiB)');
    for (const row of rows) expect(Number(row[mem])).toBeGreaterThanOrEqual(64);
  });

  it('--json gives numbers as numbers; the default is an aligned text table', () => {
    const j = table('ec2-instances', '--period', 'month', '--filter', 'instanceType =c5.large', '--json');
    expect(j.status).toBe(0);
    const doc = JSON.parse(j.stdout) as { rows: { priceLinuxOnDemand: number }[] };
    expect(doc.rows[0]!.priceLinuxOnDemand).toBe(62.05);
    const t = table('s3-storage-classes', '--region', 'eu-central-1');
    expect(t.status).toBe(0);
    const lines = t.stdout.split('\n');
    expect(lines[0]).toMatch(/^Storage class\s+.*Storage price \(USD\/GB-month, eu-central-1\)$/);
    expect(lines[1]).toMatch(/^-+( +-+)+$/);
    expect(t.stdout).toMatch(/S3 Standard .* 0\.0245\n/);
  });

  it('unknown ids, columns and regions: one clear line on stderr, exit 2', () => {
    for (const args of [
      ['nope'],
      ['ec2-instances', '--region', 'mars-1'],
      ['ec2-instances', '--filter', 'vcpus > 2'],
      ['s3-storage-classes', '--period', 'month'],
    ]) {
      const r = table(...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});

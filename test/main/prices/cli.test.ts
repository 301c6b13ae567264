import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/app';
import { tempDir } from '../../helpers/tmp';
import { ec2Frankfurt, lambdaTwoRegions, offerCsv, offerJson, writeText } from './fixtures';

let t: ReturnType<typeof tempDir>;
beforeAll(() => {
  t = tempDir('sd-prices-cli-');
});
afterAll(() => t.cleanup());

function run(script: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `src/main/cli/${script}.ts`, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, AWS_STUDY_DESK_DATA_DIR: t.dir },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run prices', () => {
  it('imports JSON and CSV offer files, lists statuses, feeds the calc CLI, and reverts', () => {
    const ec2 = writeText(join(t.dir, 'AmazonEC2-eu-central-1.json'), offerJson(ec2Frankfurt()));
    const lam = writeText(join(t.dir, 'AWSLambda.csv'), offerCsv(lambdaTwoRegions()));
    const imp = run('prices', 'import', ec2, lam);
    expect(imp.status, imp.stderr).toBe(0);
    expect(imp.stdout).toMatch(/imported {2}AmazonEC2-eu-central-1\.json: AmazonEC2 20261101000000, published 2026-11-01 \(JSON/);
    expect(imp.stdout).toMatch(/4 unit prices and 5 EC2 instance prices in eu-central-1/);
    expect(imp.stdout).toMatch(/imported {2}AWSLambda\.csv: AWSLambda .*\(CSV/);
    // Progress on stderr (not a TTY here: a line per 10%).
    expect(imp.stderr).toMatch(/\[100%\] .*AmazonEC2-eu-central-1\.json: .* products, .* prices/);

    const list = run('prices', 'list', 'eu-central-1');
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(/^eu-central-1: \d+ bundled, \d+ stand-ins, 4 imported; 5 EC2 instance prices imported/);
    expect(list.stdout).toMatch(/ebs\.sc1\.gbMonth +0\.0162 +imported +2026-11-01 +imported from AmazonEC2-eu-central-1\.json/);
    expect(list.stdout).toMatch(/dynamodb\.provisionedIa\.wcuHour .* stand-in .* stand-in: us-east-1 price, no verified eu-central-1 price/);

    const calc = run('calc', 'ebs', '{"region":"eu-central-1","volumeType":"sc1","sizeGiB":1000}');
    expect(calc.status).toBe(0);
    const out = JSON.parse(calc.stdout) as { warnings: string[]; trace: { fact?: { priceKey?: string; status?: string; statusNote?: string } }[] };
    expect(out.trace.find((s) => s.fact?.priceKey === 'ebs.sc1.gbMonth')?.fact).toMatchObject({ status: 'imported' });
    expect(calc.stderr).not.toMatch(/stand-in/i);

    const rv = run('prices', 'revert', 'eu-central-1');
    expect(rv.stdout).toMatch(/Removed 9 imported prices and 1 import\(s\)/);
    const calc2 = run('calc', 'ebs', '{"region":"eu-central-1","volumeType":"sc1","sizeGiB":1000}');
    expect(calc2.stderr).toMatch(/warning: Stand-in prices/);
    expect(run('prices', 'revert', '--all').status).toBe(0);
  });

  it('a truncated file is rejected with its position, exit 1, nothing imported; bad usage exits 2', () => {
    const text = offerJson(ec2Frankfurt());
    const bad = writeText(join(t.dir, 'cut.json'), text.slice(0, text.length / 2));
    const r = run('prices', 'import', bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/rejected {2}.*cut\.json: the file ends early .* in bytes [\d,]+–[\d,]+ \(lines \d+–\d+\) \(truncated download\?\).*\(nothing imported from it\)/);
    expect(run('prices', 'list', 'eu-central-1').stdout).toMatch(/, 0 imported/);
    expect(run('prices').status).toBe(2);
    expect(run('prices', 'import').status).toBe(2);
    expect(run('prices', 'revert', 'nowhere').status).toBe(2);
  });
});

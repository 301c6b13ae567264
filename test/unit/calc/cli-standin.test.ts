import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('npm run calc: stand-in prices', () => {
  it('issue 13 reproduction: the EBS sc1 price in eu-central-1 is cited as a us-east-1 stand-in (trace, warnings, stderr)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/main/cli/calc.ts', 'ebs', '{"region":"eu-central-1","volumeType":"sc1","sizeGiB":1000}'], {
      cwd: ROOT,
      encoding: 'utf8',
      // No user database: the bundled pack alone.
      env: { ...process.env, AWS_STUDY_DESK_DATA_DIR: join(ROOT, 'test', 'no-such-dir') },
    });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { warnings: string[]; trace: { fact?: { priceKey?: string; status?: string; statusNote?: string } }[] };
    const fact = out.trace.find((s) => s.fact?.priceKey === 'ebs.sc1.gbMonth')?.fact;
    expect(fact?.status).toBe('stand-in');
    expect(fact?.statusNote).toBe('stand-in: us-east-1 price, no verified eu-central-1 price');
    expect(out.warnings.some((w) => /ebs\.sc1\.gbMonth is the us-east-1 price/.test(w))).toBe(true);
    expect(r.stderr).toMatch(/^warning: Stand-in prices: no verified eu-central-1 price/m);
  });
});

import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectNotePaths } from '../../../src/main/cli/import';
import { REPO } from '../../helpers/app';
import { tempDir } from '../../helpers/tmp';
import { haveSeeds, SEEDS_DIR } from '../../unit/notes/seeds';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function run(dataDir: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'src/main/cli/import.ts'), ...args], {
    cwd: REPO,
    env: { ...process.env, AWS_STUDY_DESK_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('import CLI', () => {
  it('collects .md/.markdown/.txt files from folders, recursively, and files named directly', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    mkdirSync(join(t.dir, 'a', 'b'), { recursive: true });
    for (const f of [
      'a/one.md',
      'a/b/two.TXT',
      'a/b/three.markdown',
      'a/skip.pdf',
      'a/.hidden.md',
      'direct.pdf',
    ])
      writeFileSync(join(t.dir, f), 'x');
    expect(
      collectNotePaths([join(t.dir, 'a'), join(t.dir, 'direct.pdf')]).map((p) => p.slice(t.dir.length + 1)),
    ).toEqual(['a/b/three.markdown', 'a/b/two.TXT', 'a/one.md', 'direct.pdf']);
    expect(() => collectNotePaths([join(t.dir, 'missing')])).toThrow(/Not found/);
  });

  it.skipIf(!haveSeeds)('imports a folder into the user database, then reports it unchanged', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    const first = run(t.dir, SEEDS_DIR);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain('[5/5] 004_c22ddc31c41c0fbe.txt');
    expect(first.stdout).toContain(
      'imported  000_8bb555adefb04375.txt: 90 sections, 90 cards, 0 open questions, 0 fact-check flags, 140 mojibake repairs',
    );
    expect(first.stdout).toContain(
      'Total: 5 files (5 imported, 0 updated, 0 unchanged, 0 rejected); 271 sections, 281 cards, 41 open questions, 28 fact-check flags.',
    );
    const again = run(t.dir, '--json', SEEDS_DIR);
    expect(again.status).toBe(0);
    const json = JSON.parse(again.stdout) as {
      totals: { unchanged: number };
      files: {
        flagged: {
          line: number;
          claim: string;
          verdict: string;
          official: string;
          source: string;
          asOf: string;
        }[];
      }[];
    };
    expect(json.totals.unchanged).toBe(5);
    // Each file lists its flags: line in the file, the claim, the official figure, verdict, source, as-of.
    expect(json.files.map((f) => f.flagged.length)).toEqual([0, 0, 0, 1, 27]);
    expect(json.files[4]?.flagged.find((f) => f.line === 836)).toMatchObject({
      line: 836,
      claim: '- Up to 72-75% discount compare to on-demand but upfront payment',
      verdict: 'wrong',
      official: expect.stringContaining('72%') as string,
      source: expect.stringMatching(/^https:\/\//) as string,
      asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string,
    });
  });

  it('exits 2 without arguments and 1 when every file is rejected', () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    expect(run(t.dir).status).toBe(2);
    writeFileSync(join(t.dir, 'empty.md'), '');
    const r = run(t.dir, join(t.dir, 'empty.md'));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('rejected  empty.md: The file is empty.');
  });
});

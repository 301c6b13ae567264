import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { collectNotes } from '../../../src/main/cli/import';
import { readNoteFile } from '../../../src/main/notes/readFile';
import { MAX_IMPORT_BYTES } from '../../../src/shared/notes/decode';
import { REPO } from '../../helpers/app';
import { tempDir } from '../../helpers/tmp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function dir(): string {
  const t = tempDir('sd-robust-');
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('reading note files', () => {
  it('rejects a file over the size limit from its size alone, before reading it', () => {
    const d = dir();
    const p = join(d, 'big.md');
    // Sparse: the size is there, the bytes are not; a reader that read it whole would take seconds.
    writeFileSync(p, '');
    truncateSync(p, MAX_IMPORT_BYTES + 1);
    const r = readNoteFile(p);
    expect(r).toEqual({ ok: false, reason: expect.stringMatching(/5\.0 MB; notes up to 5\.0 MB/) });
  });

  it('gives a clear error for a file over 2 GB (no stack trace, no allocation)', () => {
    const d = dir();
    const p = join(d, 'huge.txt');
    writeFileSync(p, '');
    truncateSync(p, 3 * 1024 ** 3);
    const r = readNoteFile(p);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(/^The file is 3\.0 GB; notes up to 5\.0 MB can be imported/);
  });

  it('refuses a FIFO and a device without opening them (never hangs)', () => {
    const d = dir();
    const fifo = join(d, 'pipe.md');
    const made = spawnSync('mkfifo', [fifo]);
    if (made.status === 0)
      expect(readNoteFile(fifo)).toEqual({ ok: false, reason: expect.stringMatching(/named pipe/) });
    expect(readNoteFile('/dev/zero')).toEqual({ ok: false, reason: expect.stringMatching(/a device/) });
    expect(readNoteFile(d)).toEqual({ ok: false, reason: expect.stringMatching(/a folder/) });
    expect(readNoteFile(join(d, 'missing.md'))).toEqual({
      ok: false,
      reason: expect.stringMatching(/ENOENT/),
    });
  });

  it('reads a regular file whole', () => {
    const d = dir();
    writeFileSync(join(d, 'a.md'), '# A\n- one\n');
    const r = readNoteFile(join(d, 'a.md'));
    expect(r.ok && new TextDecoder().decode(r.bytes)).toBe('# A\n- one\n');
  });
});

describe('collecting note files', () => {
  it('follows a symlinked file once, reports symlinked folders and broken links', () => {
    const d = dir();
    mkdirSync(join(d, 'notes', 'sub'), { recursive: true });
    mkdirSync(join(d, 'elsewhere'));
    writeFileSync(join(d, 'notes', 'a.md'), '# A');
    writeFileSync(join(d, 'elsewhere', 'b.md'), '# B');
    symlinkSync(join(d, 'notes', 'a.md'), join(d, 'notes', 'sub', 'a-again.md'));
    symlinkSync(join(d, 'elsewhere', 'b.md'), join(d, 'notes', 'b-link.md'));
    symlinkSync(join(d, 'elsewhere'), join(d, 'notes', 'linked-folder'));
    symlinkSync(join(d, 'nowhere.md'), join(d, 'notes', 'broken.md'));
    symlinkSync(join(d, 'notes'), join(d, 'notes', 'sub', 'loop'));
    const c = collectNotes([join(d, 'notes')], d);
    expect(c.paths.map((p) => p.slice(d.length + 1))).toEqual(['notes/a.md', 'notes/b-link.md']);
    expect(c.skipped.map((s) => [s.path.slice(d.length + 1), s.reason])).toEqual([
      ['notes/broken.md', 'a broken symbolic link'],
      ['notes/linked-folder', 'a symbolic link to a folder (not followed)'],
      ['notes/sub/loop', 'a symbolic link to a folder (not followed)'],
    ]);
  });

  it('resolves relative paths against the directory the user ran the command from (INIT_CWD)', () => {
    const d = dir();
    mkdirSync(join(d, 'my-notes'));
    writeFileSync(join(d, 'my-notes', 'x.md'), '# Lambda\n- max memory 3,008 MB\n');
    expect(collectNotes(['my-notes'], d).paths).toEqual([join(d, 'my-notes', 'x.md')]);
    // npm run starts the script in the package root; INIT_CWD is where the user was.
    const data = dir();
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(REPO, 'src/main/cli/import.ts'), '--json', 'my-notes'],
      {
        cwd: REPO,
        env: { ...process.env, AWS_STUDY_DESK_DATA_DIR: data, INIT_CWD: d },
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      files: {
        status: string;
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
    expect(out.files[0]?.status).toBe('imported');
    expect(out.files[0]?.flagged).toEqual([
      {
        line: 2,
        claim: '- max memory 3,008 MB',
        excerpt: '3,008 MB',
        official: 'Maximum memory: 10,240 MB',
        verdict: 'outdated',
        changedOn: '2020-12',
        source: expect.stringMatching(/^https:\/\//),
        asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
  });

  it('the CLI reports unreadable files as rejected with a reason and imports the rest', () => {
    const d = dir();
    writeFileSync(join(d, 'ok.md'), '# S3\n- fine\n');
    writeFileSync(join(d, 'big.md'), '');
    truncateSync(join(d, 'big.md'), 3 * 1024 ** 3);
    const data = dir();
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'src/main/cli/import.ts'), d], {
      cwd: REPO,
      env: { ...process.env, AWS_STUDY_DESK_DATA_DIR: data },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/rejected {2}big\.md: The file is 3\.0 GB/);
    expect(r.stdout).toMatch(/imported {2}ok\.md/);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

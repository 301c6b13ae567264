/**
 * Files web mode writes: the ready-file with the token, the data folder, the database and its backups are
 * for this user only (issue 15 #7), and an explicit --data-dir beats AWS_STUDY_DESK_DATA_DIR.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { platform } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp } from '../../src/main/app';
import { DATA_DIR_ENV, resolveDataDir, restrictUserData, userDbPath } from '../../src/main/paths';
import { KB_PATH, REPO } from '../helpers/app';
import { tempDir } from '../helpers/tmp';

const posix = platform() !== 'win32';
const mode = (p: string): number => statSync(p).mode & 0o777;
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});
function temp(): string {
  const t = tempDir('sd-files-');
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('data folder precedence', () => {
  it('an explicit folder beats the environment variable, which beats the default', () => {
    const saved = process.env[DATA_DIR_ENV];
    try {
      process.env[DATA_DIR_ENV] = '/tmp/from-env';
      expect(resolveDataDir('/tmp/from-flag')).toEqual({ dir: '/tmp/from-flag', source: 'flag' });
      expect(resolveDataDir()).toEqual({ dir: '/tmp/from-env', source: 'env' });
      delete process.env[DATA_DIR_ENV];
      expect(resolveDataDir().source).toBe('default');
    } finally {
      if (saved === undefined) delete process.env[DATA_DIR_ENV];
      else process.env[DATA_DIR_ENV] = saved;
    }
  });
});

describe.runIf(posix)('permissions (Linux and macOS)', () => {
  it('the data folder is 0700 and the database files 0600 after start, even if they were 0755/0644', () => {
    const dir = join(temp(), 'data');
    mkdirSync(join(dir, 'backups'), { recursive: true, mode: 0o755 });
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'backups', 'old.sqlite'), 'x', { mode: 0o644 });
    const app = startApp({ mode: 'web', dataDir: dir, kbPath: KB_PATH, root: REPO });
    try {
      const db = userDbPath(dir);
      expect(mode(dir)).toBe(0o700);
      expect(mode(db)).toBe(0o600);
      if (existsSync(`${db}-wal`)) expect(mode(`${db}-wal`)).toBe(0o600);
      expect(mode(join(dir, 'backups'))).toBe(0o700);
      expect(mode(join(dir, 'backups', 'old.sqlite'))).toBe(0o600);
    } finally {
      app.close();
    }
  });

  it('a folder that does not hold the database (say, --data-dir ~ before the first start) is left alone', () => {
    const dir = temp();
    chmodSync(dir, 0o755);
    restrictUserData(dir);
    expect(mode(dir)).toBe(0o755);
  });

  it('web mode: --data-dir wins over the env var and is named at start; the ready-file is 0600', async () => {
    const root = temp();
    const flagDir = join(root, 'flag');
    const envDir = join(root, 'env');
    const rendererDir = join(root, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
    const ready = join(root, 'ready.json');
    writeFileSync(ready, 'stale', { mode: 0o644 }); // an old ready-file must not keep its mode
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/main/web/cli.ts',
        '--port',
        '0',
        '--data-dir',
        flagDir,
        '--renderer-dir',
        rendererDir,
        '--ready-file',
        ready,
      ],
      {
        cwd: REPO,
        env: { ...process.env, [DATA_DIR_ENV]: envDir, AWS_STUDY_DESK_KB: KB_PATH },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    try {
      // The ready signal: the file is replaced by one holding the URL (renamed into place, never partial).
      for (let i = 0; i < 300; i++) {
        if (readFileSync(ready, 'utf8').startsWith('{')) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const info = JSON.parse(readFileSync(ready, 'utf8')) as { token: string; port: number };
      expect(info.token.length).toBeGreaterThan(10);
      expect(mode(ready)).toBe(0o600);
      expect(existsSync(userDbPath(flagDir))).toBe(true);
      expect(existsSync(envDir)).toBe(false);
      expect(mode(flagDir)).toBe(0o700);
      expect(mode(userDbPath(flagDir))).toBe(0o600);
      expect(out).toContain(`Data: ${flagDir} (from --data-dir)`);
    } finally {
      child.kill('SIGTERM');
      await exited;
    }
  }, 30_000);
});

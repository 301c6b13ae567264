import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireInstanceLock, LOCK_FILE_NAME, readLockHolder } from '../../src/main/instanceLock';
import { startApp } from '../../src/main/app';
import { KB_PATH, REPO } from '../helpers/app';
import { tempDir } from '../helpers/tmp';

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
});

function sleeper(): ChildProcess {
  const c = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  children.push(c);
  return c;
}

function webMode(dataDir: string, readyFile: string): { child: ChildProcess; out: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'src/main/web/cli.ts'), '--data-dir', dataDir, '--ready-file', readyFile, '--port', '0'], {
    cwd: REPO,
    env: { ...process.env, AWS_STUDY_DESK_DATA_DIR: '', AWS_STUDY_DESK_KB: KB_PATH },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let text = '';
  child.stdout?.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (text += d.toString()));
  const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, out: () => text, exit };
}

async function until(cond: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (cond()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('one writer per data folder', () => {
  it('is re-entrant within a process and released by the last holder', () => {
    const { dir } = tempDir('lock-');
    const a = acquireInstanceLock(dir, 'web');
    const b = acquireInstanceLock(dir, 'web');
    expect(readLockHolder(dir)?.pid).toBe(process.pid);
    a.release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(true);
    b.release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('names the live process that holds the folder, and takes over a stale or garbled lock', async () => {
    const { dir } = tempDir('lock-');
    const other = sleeper();
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: other.pid, mode: 'electron', startedAt: '2026-12-03T09:00:00Z', host: '' }));
    expect(() => acquireInstanceLock(dir, 'web')).toThrow(new RegExp(`already open in the desktop app \\(process ${other.pid}, started 2026-12-03T09:00:00Z\\)`));
    // Its process ends (a crash, kill -9): the lock is stale.
    other.kill('SIGKILL');
    await new Promise((r) => other.on('exit', r));
    const l = acquireInstanceLock(dir, 'web');
    expect(readLockHolder(dir)?.pid).toBe(process.pid);
    l.release();
    writeFileSync(join(dir, LOCK_FILE_NAME), '{"pid":');
    acquireInstanceLock(dir, 'cli').release();
  });

  it('startApp refuses a folder held by another process and leaves its database alone', () => {
    const { dir } = tempDir('lock-');
    const first = startApp({ mode: 'web', dataDir: dir, kbPath: KB_PATH });
    first.close();
    const other = sleeper();
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: other.pid, mode: 'web', startedAt: 'now', host: '' }));
    expect(() => startApp({ mode: 'electron', dataDir: dir, kbPath: KB_PATH })).toThrow(/already open in web mode/);
    expect(readLockHolder(dir)?.pid).toBe(other.pid);
  });

  it('the import CLI refuses a folder the app holds, naming it', () => {
    const { dir } = tempDir('lock-cli-');
    const other = sleeper();
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: other.pid, mode: 'electron', startedAt: 'now', host: '' }));
    const notes = join(dir, 'n.md');
    writeFileSync(notes, '# S3\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO, 'src/main/cli/import.ts'), notes], {
      cwd: REPO,
      env: { ...process.env, AWS_STUDY_DESK_DATA_DIR: dir },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`already open in the desktop app (process ${other.pid}`);
    expect(existsSync(join(dir, 'study-desk.sqlite'))).toBe(false);
  });

  it('two real web-mode processes: the second says which process holds the folder and exits', async () => {
    const { dir } = tempDir('lock-web-');
    const first = webMode(dir, join(dir, 'ready-1.json'));
    await until(() => existsSync(join(dir, 'ready-1.json')), 'the first web mode');
    const second = webMode(dir, join(dir, 'ready-2.json'));
    expect(await second.exit).toBe(1);
    expect(second.out()).toContain(`already open in web mode (process ${first.child.pid}`);
    expect(existsSync(join(dir, 'ready-2.json'))).toBe(false);
    // The first one still serves; once it stops, the folder is free again.
    const { port, token } = JSON.parse(readFileSync(join(dir, 'ready-1.json'), 'utf8')) as { port: number; token: string };
    const r = await fetch(`http://127.0.0.1:${port}/api/app.info`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-study-desk-token': token },
      body: '{}',
    });
    expect(((await r.json()) as { ok: boolean }).ok).toBe(true);
    first.child.kill('SIGTERM');
    await first.exit;
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
    const third = webMode(dir, join(dir, 'ready-3.json'));
    await until(() => existsSync(join(dir, 'ready-3.json')), 'the third web mode');
    third.child.kill('SIGTERM');
    await third.exit;
  }, 60_000);
});

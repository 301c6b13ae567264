/**
 * Issue 15 item 2: a healthy database must never be moved aside because the disk is full, another program
 * holds a lock, or the folder is read-only. Only SQLite's own verdict of corruption moves a file.
 */
import Database from 'better-sqlite3';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startApp } from '../../src/main/app';
import { classifyDbError, DbUnavailableError } from '../../src/main/db/errors';
import { LATEST_VERSION, MIGRATIONS } from '../../src/main/db/migrations';
import { openUserDb } from '../../src/main/db/open';
import { AppError } from '../../src/shared/result';
import { KB_PATH, REPO } from '../helpers/app';
import { corruptPage, leafPagesOf } from '../helpers/corrupt';
import { tempDir } from '../helpers/tmp';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
function tmp(): string {
  const t = tempDir('sd-open-');
  cleanups.push(t.cleanup);
  return t.dir;
}

/** A migrated user database holding `n` prefs rows, closed cleanly. */
function seeded(dir: string, n = 200): string {
  const path = join(dir, 'study-desk.sqlite');
  const { db } = openUserDb(path);
  const ins = db.prepare("INSERT INTO prefs(key, value, updated_at) VALUES (?, ?, 'now')");
  db.transaction(() => {
    for (let i = 0; i < n; i++) ins.run(`k${i}`, JSON.stringify('x'.repeat(200)));
  })();
  db.close();
  return path;
}

const sha = (p: string): string => createHash('sha256').update(readFileSync(p)).digest('hex');
const asideFiles = (dir: string): string[] => readdirSync(dir).filter((n) => n.includes('.corrupt-'));

function caught(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

describe('classifyDbError on real SQLite errors', () => {
  it('tells corruption from a full database, a lock, a read-only connection and an unopenable path', () => {
    const dir = tmp();
    // SQLITE_FULL: the page limit is SQLite's own "disk full" path.
    const full = new Database(join(dir, 'full.sqlite'));
    full.exec('CREATE TABLE t(x)');
    full.pragma('max_page_count = 2');
    const eFull = caught(() => full.prepare('INSERT INTO t VALUES (?)').run('y'.repeat(20_000)));
    expect((eFull as { code: string }).code).toBe('SQLITE_FULL');
    expect(classifyDbError(eFull)).toBe('full');
    full.close();

    // SQLITE_BUSY: another connection holds an exclusive lock.
    const lockPath = join(dir, 'lock.sqlite');
    const holder = new Database(lockPath);
    holder.exec('CREATE TABLE t(x)');
    holder.pragma('locking_mode = EXCLUSIVE');
    holder.prepare('INSERT INTO t VALUES (1)').run();
    const other = new Database(lockPath, { timeout: 10 });
    const eBusy = caught(() => other.prepare('SELECT * FROM t').all());
    expect(classifyDbError(eBusy)).toBe('locked');
    other.close();
    holder.close();

    // SQLITE_READONLY: writing through a read-only connection.
    const ro = new Database(lockPath, { readonly: true });
    expect(classifyDbError(caught(() => ro.exec('INSERT INTO t VALUES (2)')))).toBe('readonly');
    ro.close();

    // SQLITE_NOTADB and SQLITE_CORRUPT.
    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, Buffer.alloc(8192, 0x42));
    const g = new Database(garbage);
    expect(classifyDbError(caught(() => g.prepare('SELECT * FROM sqlite_master').all()))).toBe('corrupt');
    g.close();
    const damaged = seeded(join(dir), 400);
    corruptPage(damaged, leafPagesOf(damaged, 'prefs')[3]!);
    const d = new Database(damaged);
    const eCorrupt = caught(() => d.prepare('SELECT count(*), sum(length(value)) FROM prefs').get());
    expect((eCorrupt as { code: string }).code).toMatch(/^SQLITE_CORRUPT/);
    expect(classifyDbError(eCorrupt)).toBe('corrupt');
    d.close();

    // SQLITE_CANTOPEN: the folder does not exist.
    expect(classifyDbError(caught(() => new Database(join(dir, 'no', 'such', 'x.sqlite'))))).toBe('cantopen');
    // File-system errors as Node reports them.
    expect(classifyDbError(Object.assign(new Error('no space'), { code: 'ENOSPC' }))).toBe('full');
    expect(classifyDbError(Object.assign(new Error('denied'), { code: 'EACCES' }))).toBe('permission');
    expect(classifyDbError(Object.assign(new Error('denied'), { code: 'EPERM' }))).toBe('permission');
    expect(classifyDbError(new Error('plain'))).toBe('unknown');
  });
});

describe('openUserDb never moves a healthy database', () => {
  it('disk full while migrating: the file stays, unchanged, and the error says the disk is full', () => {
    const dir = tmp();
    const path = seeded(dir);
    const before = sha(path);
    // A migration that runs into SQLite's real "database or disk is full" through the real open path.
    const fills = {
      version: LATEST_VERSION + 1,
      name: 'fills-the-disk',
      up: `PRAGMA max_page_count = 1;
           CREATE TABLE filler(x TEXT);
           INSERT INTO filler WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) SELECT hex(randomblob(500)) FROM n;`,
    };
    const e = caught(() => openUserDb(path, { migrations: [...MIGRATIONS, fills], backupDir: join(dir, 'bk') }));
    expect(e).toBeInstanceOf(DbUnavailableError);
    expect((e as DbUnavailableError).kind).toBe('full');
    expect((e as AppError).message).toMatch(/disk .* is full.*not moved or changed/);
    expect(asideFiles(dir)).toEqual([]);
    // The data is all there and the next start (with space again) opens it.
    const again = openUserDb(path);
    expect(again.db.prepare('SELECT count(*) AS n FROM prefs').get()).toEqual({ n: 200 });
    expect(again.schemaVersion).toBe(LATEST_VERSION);
    again.db.close();
    expect(before).toBeTruthy();
  });

  it('another process holds an exclusive lock: refused as locked, nothing moved, data intact', async () => {
    const dir = tmp();
    const path = seeded(dir);
    const child: ChildProcess = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(process.argv[1]);
         db.pragma('locking_mode = EXCLUSIVE');
         db.prepare("INSERT INTO prefs(key, value, updated_at) VALUES ('held', '1', 'now')").run();
         process.stdout.write('locked\\n'); process.stdin.on('data', () => { db.close(); process.exit(0); });`,
        path,
      ],
      { cwd: REPO, stdio: ['pipe', 'pipe', 'inherit'] },
    );
    cleanups.push(() => child.kill('SIGKILL'));
    await new Promise<void>((resolve) => child.stdout!.on('data', (b: Buffer) => b.toString().includes('locked') && resolve()));
    const e = caught(() => openUserDb(path, { busyTimeoutMs: 20 }));
    expect(e).toBeInstanceOf(DbUnavailableError);
    expect((e as DbUnavailableError).kind).toBe('locked');
    expect((e as AppError).message).toMatch(/locked by another program.*not moved or changed/);
    expect(asideFiles(dir)).toEqual([]);
    // start-up refuses the same way (no empty database is started behind the user's back)
    expect(() => startApp({ mode: 'web', dataDir: dir, kbPath: KB_PATH, root: REPO, busyTimeoutMs: 20 })).toThrow(/locked by another program/);
    child.stdin!.write('x');
    await new Promise((r) => child.on('exit', r));
    const r = openUserDb(path);
    expect(r.movedAside).toBeUndefined();
    expect(r.db.prepare('SELECT count(*) AS n FROM prefs').get()).toEqual({ n: 201 });
    r.db.close();
  });

  it('a read-only data folder: refused as read-only, not called corrupt, nothing moved', () => {
    const dir = tmp();
    const path = seeded(dir);
    const before = sha(path);
    if (process.getuid?.() === 0) {
      // Root ignores mode bits, so chmod alone would prove nothing: run the open as an unprivileged user
      // (nobody) who owns the folder but whose folder is r-x only.
      chownSync(dir, 65534, 65534);
      chownSync(path, 65534, 65534);
      chmodSync(dir, 0o500);
      cleanups.unshift(() => chmodSync(dir, 0o700));
      const script = `
        import { openUserDb } from ${JSON.stringify(join(REPO, 'src/main/db/open.ts'))};
        try { openUserDb(process.argv[2]); console.log(JSON.stringify({ opened: true })); }
        catch (e) { console.log(JSON.stringify({ kind: e.kind, message: e.message })); }`;
      const scriptPath = join(tmp(), 'ro-open.ts');
      writeFileSync(scriptPath, script);
      chmodSync(join(scriptPath, '..'), 0o755);
      const r = spawnSync(process.execPath, ['--import', 'tsx', scriptPath, path], {
        cwd: REPO,
        uid: 65534,
        gid: 65534,
        env: { ...process.env, HOME: '/tmp' },
        encoding: 'utf8',
      });
      const out = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { kind?: string; message?: string };
      expect(out.kind, r.stderr).toBe('readonly');
      expect(out.message).toMatch(/read-only.*not moved or changed/);
    } else {
      chmodSync(dir, 0o500);
      cleanups.unshift(() => chmodSync(dir, 0o700));
      const e = caught(() => openUserDb(path));
      expect((e as DbUnavailableError).kind).toMatch(/readonly|permission/);
      expect((e as AppError).message).not.toMatch(/corrupt/);
    }
    expect(asideFiles(dir)).toEqual([]);
    expect(sha(path)).toBe(before);
  });

  it('a real full disk (tmpfs) when this machine lets us mount one: file stays, no 0-byte database left', (ctx) => {
    if (process.getuid?.() !== 0) return ctx.skip();
    const probe = spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs /mnt && echo ok'], { encoding: 'utf8' });
    if (!probe.stdout?.includes('ok')) return ctx.skip();
    const script = `
      import { openUserDb } from ${JSON.stringify(join(REPO, 'src/main/db/open.ts'))};
      import { readdirSync, writeFileSync, statSync } from 'node:fs';
      const dir = process.argv[2];
      const path = dir + '/study-desk.sqlite';
      const first = openUserDb(path); first.db.exec("INSERT INTO prefs VALUES ('k', '1', 'now')"); first.db.close();
      // Fill the disk completely.
      try { for (let i = 0; ; i++) writeFileSync(dir + '/fill' + i, Buffer.alloc(64 * 1024)); } catch {}
      try { for (let i = 0; ; i++) writeFileSync(dir + '/small' + i, Buffer.alloc(512)); } catch {}
      const out = {};
      try { openUserDb(path); out.existing = 'opened'; } catch (e) { out.existing = e.kind; }
      try { openUserDb(dir + '/new.sqlite'); out.created = 'opened'; } catch (e) { out.created = e.kind; }
      out.files = readdirSync(dir).filter((n) => !/^(fill|small)/.test(n));
      out.size = statSync(path).size;
      console.log(JSON.stringify(out));`;
    const scriptPath = join(tmp(), 'full.ts');
    writeFileSync(scriptPath, script);
    const r = spawnSync(
      'unshare',
      ['-m', 'sh', '-c', `mount -t tmpfs -o size=2m tmpfs /mnt && "${process.execPath}" --import tsx "${scriptPath}" /mnt`],
      { cwd: REPO, encoding: 'utf8' },
    );
    const out = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { existing: string; created: string; files: string[]; size: number };
    expect(out.existing, r.stderr).toBe('full');
    expect(out.created).toBe('full');
    expect(out.files.filter((n) => n.includes('corrupt'))).toEqual([]);
    expect(out.files).not.toContain('new.sqlite'); // no 0-byte database for the next start to mistake for new
    expect(out.size).toBeGreaterThan(0);
  });
});

describe('what does move a file, and what start-up says', () => {
  it('a corrupt file is moved aside and the notice says where it is and how to get it back', () => {
    const dir = tmp();
    const path = seeded(dir, 400);
    corruptPage(path, leafPagesOf(path, 'prefs')[2]!);
    const app = startApp({ mode: 'web', dataDir: dir, kbPath: KB_PATH, root: REPO });
    try {
      const moved = app.ctx.userDb.movedAside!;
      expect(existsSync(moved)).toBe(true);
      const text = app.notices.join('\n');
      expect(text).toContain(moved);
      expect(text).toMatch(/kept|not deleted/);
      expect(text).toMatch(/rename/);
      expect(text).toMatch(/Export what can be read/);
    } finally {
      app.close();
    }
  });

  it('a 0-byte database starts as new only with a notice that names earlier copies', () => {
    const dir = tmp();
    const path = join(dir, 'study-desk.sqlite');
    writeFileSync(path, '');
    writeFileSync(`${path}.corrupt-2026-01-01T00-00-00-000Z`, 'earlier');
    const app = startApp({ mode: 'web', dataDir: dir, kbPath: KB_PATH, root: REPO });
    try {
      const text = app.notices.join('\n');
      expect(text).toMatch(/empty \(0 bytes\)/);
      expect(text).toContain('.corrupt-2026-01-01T00-00-00-000Z');
      expect(app.ctx.userDb.schemaVersion).toBe(LATEST_VERSION);
    } finally {
      app.close();
    }
  });
});

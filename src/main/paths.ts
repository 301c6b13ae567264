import { chmodSync, existsSync, lstatSync, readdirSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Env var that overrides the user-data folder (tests, portable installs). */
export const DATA_DIR_ENV = 'AWS_STUDY_DESK_DATA_DIR';
/** Env var that overrides the bundled knowledge-base file. */
export const KB_PATH_ENV = 'AWS_STUDY_DESK_KB';

/** The OS user-data folder for this app, without Electron (Electron's app.getPath('userData') agrees). */
export function defaultUserDataDir(): string {
  const home = homedir();
  const name = 'aws-study-desk';
  switch (platform()) {
    case 'win32':
      return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), name);
    case 'darwin':
      return join(home, 'Library', 'Application Support', name);
    default:
      return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), name);
  }
}

export type DataDirSource = 'flag' | 'env' | 'default';

/**
 * Where the user's data lives and why: an explicit folder (`--data-dir`, Electron's userData) wins over
 * `AWS_STUDY_DESK_DATA_DIR`, which wins over the OS default. An explicit choice must never be overridden
 * silently by something left in the environment.
 */
export function resolveDataDir(explicit?: string): { dir: string; source: DataDirSource } {
  if (explicit) return { dir: resolve(explicit), source: 'flag' };
  const env = process.env[DATA_DIR_ENV];
  if (env) return { dir: resolve(env), source: 'env' };
  return { dir: defaultUserDataDir(), source: 'default' };
}

export function userDataDir(explicit?: string): string {
  return resolveDataDir(explicit).dir;
}

/** POSIX permissions only mean "this user only" on Linux and macOS; Windows ACLs are left to the installer. */
const POSIX = platform() !== 'win32';

/**
 * Makes a folder the app created (or owns) private: 0700. Best effort — a folder on a file system without
 * modes (FAT, some network shares) still works.
 */
export function restrictDir(dir: string): void {
  if (!POSIX) return;
  try {
    chmodSync(dir, 0o700);
  } catch {
    /* not ours to change, or no modes here */
  }
}

/** Makes a file holding user data or a secret readable only by this user: 0600. Best effort, as above. */
export function restrictFile(file: string): void {
  if (!POSIX) return;
  try {
    chmodSync(file, 0o600);
  } catch {
    /* missing already, or no modes here */
  }
}

/**
 * Makes the user-data folder and what the app keeps in it private (folders 0700, files 0600): the
 * database with its -wal/-shm, and the backups/ and tmp/ folders with their files. Run at every start, so
 * an install made before this rule is tightened too. The folder itself is only changed when it is clearly
 * the app's (it holds the database): `--data-dir ~` must not lock the user out of their own home.
 */
export function restrictUserData(dir: string, dbFile: string = userDbPath(dir)): void {
  if (!POSIX || !existsSync(dbFile)) return;
  try {
    restrictOwnFiles(dir, dbFile);
  } catch {
    /* best effort: an unreadable entry must not stop the app from starting */
  }
}

function restrictOwnFiles(dir: string, dbFile: string): void {
  restrictDir(dir);
  for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) if (existsSync(f)) restrictFile(f);
  for (const sub of ['backups', 'tmp']) {
    const d = join(dir, sub);
    if (!existsSync(d)) continue;
    restrictDir(d);
    for (const n of readdirSync(d)) {
      const f = join(d, n);
      if (lstatSync(f).isFile()) restrictFile(f); // never through a symlink
    }
  }
  // Files moved aside (corrupt, before-restore, before-migration) sit next to the database.
  const base = basename(dbFile);
  for (const n of readdirSync(dir)) if (n.startsWith(`${base}.`) && lstatSync(join(dir, n)).isFile()) restrictFile(join(dir, n));
}

export function userDbPath(dir: string = userDataDir()): string {
  return join(dir, 'study-desk.sqlite');
}

/** Repo root when running from source (tsx) or from out/main (built). */
export function appRoot(): string {
  const here = fileURLToPath(new URL('.', import.meta.url));
  // src/main or out/main → two levels up
  return resolve(here, '..', '..');
}

export function defaultKbPath(): string {
  return process.env[KB_PATH_ENV] || join(appRoot(), 'resources', 'kb.sqlite');
}

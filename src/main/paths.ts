import { homedir, platform } from 'node:os';
import { join, resolve } from 'node:path';
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

export function userDataDir(fallback?: string): string {
  return process.env[DATA_DIR_ENV] || fallback || defaultUserDataDir();
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

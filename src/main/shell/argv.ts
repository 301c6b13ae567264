/**
 * Note files named on the desktop app's command line (a second launch, "Open with", a file manager's
 * drop onto the launcher). Plain Node so it is tested without Electron.
 */
import { statSync } from 'node:fs';
import { extname, isAbsolute, resolve } from 'node:path';

export const NOTE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

/**
 * The paths among `argv` that name an existing note file or folder, absolute. `argv` is the whole
 * command line; `skip` drops the executable (and, unpackaged, the app folder). Flags are ignored, as is
 * anything Chromium or the OS appends.
 */
export function notePathsFromArgv(argv: readonly string[], cwd: string, skip: number): string[] {
  const out: string[] = [];
  for (const arg of argv.slice(skip)) {
    if (!arg || arg.startsWith('-')) continue;
    const p = isAbsolute(arg) ? arg : resolve(cwd, arg);
    try {
      const st = statSync(p);
      if (st.isDirectory() || (st.isFile() && NOTE_EXTENSIONS.has(extname(p).toLowerCase()))) out.push(p);
    } catch {
      // Not a path (or gone): not ours to open.
    }
  }
  return [...new Set(out)];
}

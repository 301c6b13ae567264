/**
 * `npm run --silent import -- [--json] <file or folder>…`
 * Imports Markdown / plain-text notes (folders are searched recursively for .md, .markdown and .txt) into the
 * user database (AWS_STUDY_DESK_DATA_DIR or the app's user-data folder), in one transaction. Progress goes
 * to stderr, the summary to stdout. Exit 0 when at least one file was imported or was already up to date,
 * 1 when every file was rejected, 2 on bad usage.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { ImportSummary } from '../../shared/ipc/channels/notes';
import { openUserDb } from '../db/open';
import { importFiles, type ImportFile } from '../notes/importer';
import { acquireInstanceLock } from '../instanceLock';
import { userDataDir, userDbPath } from '../paths';

const NOTE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

function usage(msg: string): never {
  process.stderr.write(`${msg}\nUsage: npm run --silent import -- [--json] <file or folder>…\n`);
  process.exit(2);
}

/** Files named on the command line are taken as they are; folders contribute their note files. */
export function collectNotePaths(args: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name.startsWith('.')) continue;
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && NOTE_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(p);
    }
  };
  for (const a of args) {
    const p = resolve(a);
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new Error(`Not found: ${a}`);
    }
    if (st.isDirectory()) walk(p);
    else out.push(p);
  }
  return [...new Set(out)];
}

function n(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function formatSummary(s: ImportSummary): string {
  const lines = s.files.map((f) => {
    const head = `${f.status.padEnd(9)} ${f.name}`;
    if (f.status === 'rejected') return `${head}: ${f.reason ?? 'rejected'}`;
    const parts = [
      n(f.sections, 'section'),
      n(f.cards, 'card'),
      n(f.openQuestions, 'open question'),
      n(f.flags, 'fact-check flag'),
      n(f.repairs.mojibake, 'mojibake repair'),
      `${f.repairs.rejoinedLines} lines rejoined`,
    ];
    return [`${head}: ${parts.join(', ')}`, ...f.warnings.map((w) => `          ! ${w}`)].join('\n');
  });
  const t = s.totals;
  lines.push(
    `Total: ${n(t.files, 'file')} (${t.imported} imported, ${t.updated} updated, ${t.unchanged} unchanged, ${t.rejected} rejected); ` +
      `${n(t.sections, 'section')}, ${n(t.cards, 'card')}, ${n(t.openQuestions, 'open question')}, ${n(t.flags, 'fact-check flag')}.`,
  );
  return lines.join('\n');
}

function main(argv: readonly string[]): void {
  const json = argv.includes('--json');
  const args = argv.filter((a) => a !== '--json');
  if (!args.length) usage('Name at least one note file or folder.');
  let paths: string[];
  try {
    paths = collectNotePaths(args);
  } catch (e) {
    usage((e as Error).message);
  }
  if (!paths.length) usage('No .md, .markdown or .txt files found.');
  const files: ImportFile[] = paths.map((p) => ({
    name: basename(p),
    fileKey: p,
    bytes: new Uint8Array(readFileSync(p)),
  }));
  const dataDir = userDataDir();
  const dbPath = userDbPath(dataDir);
  let lock;
  try {
    // The app may be running on this folder: it is the one writer; import from its Notes screen instead.
    lock = acquireInstanceLock(dataDir, 'cli');
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n`);
    process.exit(1);
  }
  const { db } = openUserDb(dbPath);
  try {
    const summary = importFiles(db, files, {
      onProgress: (p) => {
        if (p.name) process.stderr.write(`[${p.done + 1}/${p.total}] ${p.name}\n`);
      },
    });
    process.stderr.write(`Imported into ${dbPath}\n`);
    process.stdout.write(`${json ? JSON.stringify(summary, null, 2) : formatSummary(summary)}\n`);
    if (summary.totals.rejected === summary.totals.files) process.exitCode = 1;
  } finally {
    db.close();
    lock.release();
  }
}

// Run only as a script (tests import the helpers above).
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
  main(process.argv.slice(2));

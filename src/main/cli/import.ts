/**
 * `npm run --silent import -- [--json] <file or folder>…`
 * Imports Markdown / plain-text notes (folders are searched recursively for .md, .markdown and .txt) into the
 * user database (AWS_STUDY_DESK_DATA_DIR or the app's user-data folder), in one transaction. Progress goes
 * to stderr, the summary to stdout. Exit 0 when at least one file was imported or was already up to date,
 * 1 when every file was rejected, 2 on bad usage.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { ImportFileSummary, ImportSummary } from '../../shared/ipc/channels/notes';
import { openUserDb } from '../db/open';
import { importFiles, type ImportFile } from '../notes/importer';
import { acquireInstanceLock } from '../instanceLock';
import { listFlags } from '../notes/queries';
import { readNoteFile } from '../notes/readFile';
import { userDataDir, userDbPath } from '../paths';

const NOTE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

function usage(msg: string): never {
  process.stderr.write(`${msg}\nUsage: npm run --silent import -- [--json] <file or folder>…\n`);
  process.exit(2);
}

/** The directory the user ran the command from: npm run changes cwd to the package root, INIT_CWD keeps it. */
export function userCwd(): string {
  return process.env.INIT_CWD || process.cwd();
}

export interface CollectedNotes {
  paths: string[];
  /** Entries not imported, with why (a symlinked folder, a broken link): reported, never silently skipped. */
  skipped: { path: string; reason: string }[];
}

/**
 * Files named on the command line are taken as they are; folders contribute their note files, recursively.
 * A symlink to a note file is followed once (the same target twice is imported once); a symlink to a folder
 * is not followed (loops) and is reported, as is a broken link. Relative arguments resolve against `cwd`.
 */
export function collectNotes(args: readonly string[], cwd: string = userCwd()): CollectedNotes {
  const out: string[] = [];
  const skipped: CollectedNotes['skipped'] = [];
  const seenTargets = new Set<string>();
  const add = (p: string): void => {
    let real = p;
    try {
      real = realpathSync(p);
    } catch {
      // Unreadable: the reader reports it.
    }
    if (seenTargets.has(real)) return;
    seenTargets.add(real);
    out.push(p);
  };
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name.startsWith('.')) continue;
      const p = join(dir, entry.name);
      const isNote = NOTE_EXTENSIONS.has(extname(entry.name).toLowerCase());
      if (entry.isSymbolicLink()) {
        let st;
        try {
          st = statSync(p);
        } catch {
          skipped.push({ path: p, reason: 'a broken symbolic link' });
          continue;
        }
        if (st.isDirectory()) skipped.push({ path: p, reason: 'a symbolic link to a folder (not followed)' });
        else if (isNote) add(p);
        continue;
      }
      if (entry.isDirectory()) walk(p);
      else if (isNote) add(p);
    }
  };
  for (const a of args) {
    const p = resolve(cwd, a);
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new Error(`Not found: ${a}`);
    }
    if (st.isDirectory()) walk(p);
    else add(p);
  }
  return { paths: out, skipped };
}

/** Paths only (see collectNotes). */
export function collectNotePaths(args: readonly string[], cwd: string = userCwd()): string[] {
  return collectNotes(args, cwd).paths;
}

function rejected(name: string, path: string, reason: string): ImportFileSummary {
  return {
    name,
    fileKey: path,
    status: 'rejected',
    reason,
    fileId: null,
    sections: 0,
    cards: 0,
    openQuestions: 0,
    flags: 0,
    repairs: { mojibake: 0, rejoinedLines: 0 },
    warnings: [],
  };
}

/** Adds the files that could not be read to an import summary. */
function withUnread(s: ImportSummary, unread: readonly ImportFileSummary[]): ImportSummary {
  if (!unread.length) return s;
  return {
    files: [...s.files, ...unread],
    totals: {
      ...s.totals,
      files: s.totals.files + unread.length,
      rejected: s.totals.rejected + unread.length,
    },
  };
}

function n(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

type FlagLine = { line: number | null; claim: string; official: string; verdict: string };

export function formatSummary(s: {
  files: (ImportFileSummary & { flagged?: FlagLine[] })[];
  totals: ImportSummary['totals'];
}): string {
  const lines = s.files.map((f) => {
    const head = `${f.status.padEnd(9)} ${f.name}`;
    if (f.status === 'rejected' || f.status === 'choose') return `${head}: ${f.reason ?? f.status}`;
    const parts = [
      n(f.sections, 'section'),
      n(f.cards, 'card'),
      n(f.openQuestions, 'open question'),
      n(f.flags, 'fact-check flag'),
      n(f.repairs.mojibake, 'mojibake repair'),
      `${f.repairs.rejoinedLines} lines rejoined`,
    ];
    const flagged = (f.flagged ?? []).map(
      (x) =>
        `          ${x.verdict === 'outdated' ? 'outdated' : 'wrong'} line ${x.line ?? '?'}: ${x.claim.slice(0, 90)}\n            official: ${x.official}`,
    );
    return [`${head}: ${parts.join(', ')}`, ...f.warnings.map((w) => `          ! ${w}`), ...flagged].join(
      '\n',
    );
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
  let collected: CollectedNotes;
  try {
    collected = collectNotes(args);
  } catch (e) {
    usage((e as Error).message);
  }
  for (const s of collected.skipped) process.stderr.write(`skipped ${s.path}: ${s.reason}\n`);
  const paths = collected.paths;
  if (!paths.length) usage('No .md, .markdown or .txt files found.');
  const files: ImportFile[] = [];
  const unread: ImportFileSummary[] = [];
  for (const p of paths) {
    const r = readNoteFile(p);
    if (r.ok) files.push({ name: basename(p), fileKey: p, path: p, bytes: r.bytes });
    else unread.push(rejected(basename(p), p, r.reason));
  }
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
    const summary = withUnread(
      importFiles(db, files, {
        onProgress: (p) => {
          if (p.name) process.stderr.write(`[${p.done + 1}/${p.total}] ${p.name}\n`);
        },
      }),
      unread,
    );
    process.stderr.write(`Imported into ${dbPath}\n`);
    // Each file's open fact-check flags: where (line), what (claim), the official figure and its source.
    const withFlags = {
      ...summary,
      files: summary.files.map((f) => ({
        ...f,
        flagged:
          f.fileId === null
            ? []
            : listFlags(db, { fileId: f.fileId }).map((x) => ({
                line: x.lineNo,
                claim: x.line,
                excerpt: x.excerpt,
                official: x.official,
                verdict: x.verdict,
                changedOn: x.changedOn,
                source: x.source,
                asOf: x.asOf,
              })),
      })),
    };
    process.stdout.write(`${json ? JSON.stringify(withFlags, null, 2) : formatSummary(withFlags)}\n`);
    if (summary.totals.rejected === summary.totals.files) process.exitCode = 1;
  } finally {
    db.close();
    lock.release();
  }
}

// Run only as a script (tests import the helpers above).
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
  main(process.argv.slice(2));

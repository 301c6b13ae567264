import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { FactFlagView, ImportFileSummary, ImportSummary, NoteSectionView } from '../../../shared/ipc/channels/notes';
import { api } from '../api';
import { fileToBase64 } from '../components/download';
import { ErrorNote, Loading, SourceTag } from '../components/Status';
import { navigate, useApi } from '../hooks';
import { MakeCardButton } from '../quiz/MakeCard';
import { onDropped } from '../notes/drop';

/** "1 card", "2 cards", "1,024 lines". */
function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

/** Files per request: the import channel accepts five files at the size limit. */
const BATCH = 5;

type Pick = { file: File; replace?: number | 'new' };

/**
 * The desktop shell gives picked and dropped files their path (their identity, so the same file imported
 * from the CLI and the window is one file); a browser upload has none. Electron 32+ answers through the
 * preload's webUtils bridge; `File.path` is what older shells set.
 */
function pathOf(f: File): string | undefined {
  const p = window.studyDeskFiles?.pathForFile(f) ?? (f as File & { path?: string }).path;
  return typeof p === 'string' && p.length > 0 ? p : undefined;
}

async function payloadOf({ file, replace }: Pick): Promise<{ name: string; fileKey: string; path?: string; replace?: number | 'new'; contentBase64: string }> {
  const path = pathOf(file);
  return {
    name: file.name,
    fileKey: path ?? ((file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name),
    ...(path ? { path } : {}),
    ...(replace !== undefined ? { replace } : {}),
    contentBase64: await fileToBase64(file),
  };
}

/** "Replace which file?": an upload named like other imported files waits for the user's answer. */
function ChooseReplace({ result, onPick }: { result: ImportFileSummary; onPick: (replace: number | 'new') => void }): ReactNode {
  return (
    <div className="choose-replace" data-testid="notes-choose">
      <p>
        <strong>{result.name}</strong>: {result.reason}
      </p>
      {(result.candidates ?? []).map((c) => (
        <button key={c.id} type="button" onClick={() => onPick(c.id)}>
          Replace {c.path ?? c.name} (imported {c.importedAt.slice(0, 16).replace('T', ' ')})
        </button>
      ))}{' '}
      <button type="button" onClick={() => onPick('new')}>
        Import as a new file
      </button>
    </div>
  );
}

function ImportPanel({ onDone }: { onDone: () => void }): ReactNode {
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** Uploads waiting for "replace which file?", by name. */
  const [waiting, setWaiting] = useState<Map<string, File>>(new Map());

  const run = async (picks: Pick[]): Promise<void> => {
    const files = picks;
    if (!files.length) return setError('Choose Markdown (.md) or text (.txt) files.');
    setError(null);
    setSummary(null);
    const merged: ImportSummary = {
      files: [],
      totals: { files: 0, imported: 0, updated: 0, unchanged: 0, rejected: 0, choose: 0, sections: 0, cards: 0, openQuestions: 0, flags: 0, repairs: { mojibake: 0, rejoinedLines: 0 } },
    };
    const wait = new Map<string, File>();
    for (let i = 0; i < files.length; i += BATCH) {
      const batch = files.slice(i, i + BATCH);
      setProgress(`Importing ${Math.min(i + batch.length, files.length)} of ${files.length}…`);
      const payload = await Promise.all(batch.map(payloadOf));
      const r = await api['notes.import']({ files: payload });
      if (!r.ok) {
        setError(`${batch.map((f) => f.file.name).join(', ')}: ${r.error.message}`);
        continue;
      }
      merged.files.push(...r.value.files);
      r.value.files.forEach((f, j) => {
        const picked = batch[j];
        if (f.status === 'choose' && picked) wait.set(f.name, picked.file);
      });
      const t = merged.totals;
      const n = r.value.totals;
      for (const k of ['files', 'imported', 'updated', 'unchanged', 'rejected', 'choose', 'sections', 'cards', 'openQuestions', 'flags'] as const) t[k] += n[k];
      t.repairs.mojibake += n.repairs.mojibake;
      t.repairs.rejoinedLines += n.repairs.rejoinedLines;
    }
    setProgress(null);
    setSummary(merged);
    setWaiting(wait);
    if (input.current) input.current.value = '';
    onDone();
  };
  const fromList = (list: FileList | readonly File[] | null): Pick[] =>
    [...(list ?? [])].filter((f) => /\.(md|markdown|txt)$/i.test(f.name) || list?.length === 1).map((file) => ({ file }));

  const runRef = useRef(run);
  runRef.current = run;
  // Files dropped onto the window (App.tsx) arrive here, with the same progress and summary.
  useEffect(() => onDropped((files) => void runRef.current(fromList(files))), []);

  return (
    <section className="panel" aria-labelledby="import-h" data-testid="notes-import">
      <h2 id="import-h">Import notes</h2>
      <p className="muted">Markdown or text files (up to 5 MB each), or drop files and folders anywhere on the window. Re-importing a file updates it and keeps the review history of unchanged cards.</p>
      <label className="file-button primary-file">
        Choose files…
        <input ref={input} type="file" multiple accept=".md,.markdown,.txt,text/plain,text/markdown" onChange={(e) => void run(fromList(e.target.files))} data-testid="notes-file-input" />
      </label>{' '}
      <label className="file-button">
        Choose a folder…
        <input type="file" multiple {...({ webkitdirectory: '' } as object)} onChange={(e) => void run(fromList(e.target.files))} />
      </label>
      {progress && (
        <p role="status" aria-live="polite">
          {progress}
        </p>
      )}
      {error && <p className="bad">{error}</p>}
      {summary && (
        <div data-testid="notes-import-summary">
          <p>
            <strong>{summary.totals.imported + summary.totals.updated}</strong> imported or updated, {summary.totals.unchanged} unchanged,{' '}
            {summary.totals.rejected} rejected{summary.totals.choose > 0 && `, ${summary.totals.choose} waiting for your choice`} · {count(summary.totals.sections, 'section')}, {count(summary.totals.cards, 'flashcard')},{' '}
            {count(summary.totals.openQuestions, 'open question')}, {count(summary.totals.flags, 'fact-check flag')},{' '}
            {count(summary.totals.repairs.mojibake, 'encoding repair')}, {count(summary.totals.repairs.rejoinedLines, 'line')} rejoined.
          </p>
          <table className="grid">
            <thead>
              <tr>
                <th>File</th>
                <th>Result</th>
                <th>Sections</th>
                <th>Cards</th>
                <th>Open questions</th>
                <th>Flags</th>
                <th>Notes</th>
              </tr>
            </thead>
            <tbody>
              {summary.files.map((f) => (
                <tr key={f.fileKey} data-status={f.status}>
                  <td>{f.name}</td>
                  <td className={f.status === 'rejected' ? 'bad' : undefined}>{f.status}</td>
                  <td className="rt-num">{f.sections}</td>
                  <td className="rt-num">{f.cards}</td>
                  <td className="rt-num">{f.openQuestions}</td>
                  <td className="rt-num">{f.flags}</td>
                  <td className="muted">{[f.status === 'choose' ? 'Waiting for your choice below.' : f.reason, ...f.warnings].filter(Boolean).join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {summary.files
            .filter((f) => f.status === 'choose' && waiting.has(f.name))
            .map((f) => (
              <ChooseReplace key={f.name} result={f} onPick={(replace) => void run([{ file: waiting.get(f.name) as File, replace }])} />
            ))}
        </div>
      )}
    </section>
  );
}

function FlagCard({ flag, onChange, jump }: { flag: FactFlagView; onChange: () => void; jump?: boolean }): ReactNode {
  const [busy, setBusy] = useState(false);
  const where = `#/notes/section/${flag.sectionId}/${flag.id}`;
  return (
    <div className={`flag ${flag.dismissed ? 'dismissed' : ''}`} data-testid="fact-flag" data-flag-card={flag.id}>
      <p className="flag-claim">
        <span className={`flag-verdict ${flag.verdict}`} data-testid="flag-verdict">
          {flag.verdict === 'outdated' ? `Outdated${flag.changedOn ? ` since ${flag.changedOn}` : ''}` : 'Wrong'}
        </span>{' '}
        {flag.lineNo !== null && (jump ? <a href={where} data-testid="flag-line">{flag.fileName}, line {flag.lineNo}</a> : <span className="muted">line {flag.lineNo}</span>)}
      </p>
      <p className="flag-claim">
        <span className="flag-mark">⚑</span> Your note says: <q>{flag.line}</q>
      </p>
      <p>
        <strong>Official:</strong> {flag.official}
      </p>
      <p>
        <strong>Suggested:</strong> {flag.suggestion}
      </p>
      <p className="muted">{flag.explanation}</p>
      <SourceTag source={flag.source} asOf={flag.asOf} />{' '}
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void api['notes.dismissFlag']({ id: flag.id, dismissed: !flag.dismissed }).then(() => {
            setBusy(false);
            onChange();
          });
        }}
      >
        {flag.dismissed ? 'Restore flag' : 'Dismiss'}
      </button>
    </div>
  );
}

/** The body as written, with flagged claims highlighted in place (the note itself is never changed). */
function FlaggedBody({ body, flags }: { body: string; flags: FactFlagView[] }): ReactNode {
  const ranges = flags.filter((f) => !f.dismissed && f.end > f.start).sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let pos = 0;
  for (const f of ranges) {
    if (f.start < pos) continue;
    out.push(body.slice(pos, f.start));
    out.push(
      <mark key={f.id} id={`flag-${f.id}`} className="flag-inline" title={`${f.verdict === 'outdated' ? 'Outdated' : 'Wrong'} · official: ${f.official}`} data-testid="flag-inline" data-flag-id={f.id}>
        {body.slice(f.start, f.end)}
      </mark>,
    );
    pos = f.end;
  }
  out.push(body.slice(pos));
  return <div className="note-body">{out}</div>;
}

function SectionView({ id, flagId }: { id: string; flagId?: string }): ReactNode {
  const [tick, setTick] = useState(0);
  const res = useApi('notes.section', { id }, `${id}:${tick}`);
  const [selection, setSelection] = useState('');
  // Jumping to a flag: scroll its claim into view and mark it.
  useEffect(() => {
    if (!flagId || !res.data) return;
    const el = document.getElementById(`flag-${flagId}`);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.classList.add('flag-target');
    }
  }, [flagId, res.data]);
  if (res.error) return <ErrorNote error={res.error} />;
  if (!res.data) return <Loading what="note" />;
  const s: NoteSectionView = res.data;
  return (
    <article className="screen" data-testid="note-section">
      <p className="crumbs">
        <a href="#/notes">Notes</a> › <a href={`#/notes/file/${s.fileId}`}>{s.fileName}</a> › line {s.startLine}
      </p>
      <h1>{s.headingPath.join(' › ')}</h1>
      <div className="note-layout">
        <div onMouseUp={() => setSelection(window.getSelection()?.toString().trim() ?? '')}>
          <FlaggedBody body={s.body} flags={s.flags} />
          {selection && (
            <p className="muted">
              Selected: “{selection.slice(0, 80)}{selection.length > 80 ? '…' : ''}”{' '}
              <MakeCardButton label="Make a card from the selection" front={selection} back="" origin={{ kind: 'note', ref: `note-section:${s.id}`, label: s.fileName }} />
            </p>
          )}
          <p className="note-nav">
            {s.prevId && <a href={`#/notes/section/${s.prevId}`}>← previous section</a>} {s.nextId && <a href={`#/notes/section/${s.nextId}`}>next section →</a>}
          </p>
        </div>
        <aside>
          {s.flags.length > 0 && (
            <section>
              <h2>Fact-check ({s.flags.filter((f) => !f.dismissed).length})</h2>
              {s.flags.map((f) => (
                <FlagCard key={f.id} flag={f} jump onChange={() => setTick((t) => t + 1)} />
              ))}
            </section>
          )}
          {s.cards.length > 0 && (
            <section>
              <h2>Flashcards from this section ({s.cards.length})</h2>
              <ul className="note-cards">
                {s.cards.map((c) => (
                  <li key={c.id}>
                    <strong>{c.front}</strong>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {s.openQuestions.length > 0 && (
            <section>
              <h2>Open questions</h2>
              <ul>
                {s.openQuestions.map((q) => (
                  <li key={q.id}>{q.text}</li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}

function FileView({ id }: { id: number }): ReactNode {
  const res = useApi('notes.file', { id }, String(id));
  if (res.error) return <ErrorNote error={res.error} />;
  if (!res.data) return <Loading what="file" />;
  const { file, sections } = res.data;
  return (
    <section className="screen" data-testid="note-file">
      <p className="crumbs">
        <a href="#/notes">Notes</a>
      </p>
      <h1>{file.name}</h1>
      <p className="muted">
        {count(file.sections, 'section')} · {count(file.cards, 'flashcard')} · {count(file.openQuestions, 'open question')} ·{' '}
        {count(file.flags, 'flag')} · imported {file.importedAt.slice(0, 16).replace('T', ' ')}
        {file.repairs.mojibake > 0 && ` · ${file.repairs.mojibake} encoding repairs`}
        {file.repairs.rejoinedLines > 0 && ` · ${file.repairs.rejoinedLines} lines rejoined`}
      </p>
      {file.warnings.length > 0 && (
        <ul className="calc-warnings">
          {file.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <ol className="note-toc">
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#/notes/section/${s.id}`}>{s.headingPath.join(' › ')}</a>
            {s.flags > 0 && <span className="flag-count"> ⚑ {s.flags}</span>}
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          if (window.confirm(`Remove ${file.name} and its flashcards from the app? The file on disk is not touched.`))
            void api['notes.delete']({ id: file.id }).then(() => navigate('notes'));
        }}
      >
        Remove from the app
      </button>
    </section>
  );
}

function Overview(): ReactNode {
  const [tick, setTick] = useState(0);
  const [tab, setTab] = useState<'files' | 'flags' | 'open'>('files');
  const files = useApi('notes.list', {}, `files:${tick}`);
  const flags = useApi('notes.flags', { includeDismissed: false }, `flags:${tick}`);
  const open = useApi('notes.openQuestions', {}, `open:${tick}`);
  return (
    <section className="screen" aria-labelledby="notes-h">
      <h1 id="notes-h">Notes</h1>
      <ImportPanel onDone={() => setTick((t) => t + 1)} />
      <nav className="qz-tabs calc-tabs" aria-label="Notes views">
        {(
          [
            ['files', `Files (${files.data?.length ?? 0})`],
            ['flags', `Fact-check (${flags.data?.length ?? 0})`],
            ['open', `Open questions (${open.data?.length ?? 0})`],
          ] as const
        ).map(([k, label]) => (
          <button key={k} type="button" className={tab === k ? 'on' : undefined} onClick={() => setTab(k)} data-testid={`notes-tab-${k}`}>
            {label}
          </button>
        ))}
      </nav>
      {tab === 'files' && (
        <ul className="cards" data-testid="notes-files">
          {(files.data ?? []).map((f) => (
            <li key={f.id}>
              <a href={`#/notes/file/${f.id}`}>{f.name}</a>
              <p className="muted">
                {count(f.sections, 'section')} · {count(f.cards, 'card')} · {count(f.openQuestions, 'open question')}
                {f.flags > 0 && <span className="flag-count"> · ⚑ {count(f.flags, 'flag')}</span>}
              </p>
            </li>
          ))}
          {files.data?.length === 0 && <p className="muted">No notes yet: import your Markdown or text files above.</p>}
        </ul>
      )}
      {tab === 'flags' && (
        <div data-testid="notes-flags">
          {(flags.data ?? []).map((f) => (
            <div key={f.id}>
              <p className="crumbs">
                <a href={`#/notes/section/${f.sectionId}`}>
                  {f.fileName} › {f.sectionTitle}
                </a>
              </p>
              <FlagCard flag={f} jump onChange={() => setTick((t) => t + 1)} />
            </div>
          ))}
          {flags.data?.length === 0 && <p className="muted">Nothing flagged.</p>}
        </div>
      )}
      {tab === 'open' && (
        <ul data-testid="notes-open">
          {(open.data ?? []).map((q) => (
            <li key={q.id}>
              {q.text} <span className="muted">({q.fileName})</span>{' '}
              {q.sectionId && <a href={`#/notes/section/${q.sectionId}`}>open</a>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function NotesScreen({ args }: { args: string[] }): ReactNode {
  if (args[0] === 'section' && args[1]) return <SectionView id={args[1]} flagId={args[2]} />;
  if (args[0] === 'file' && args[1]) return <FileView id={Number(args[1])} />;
  return <Overview />;
}

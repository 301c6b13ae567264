import { useState, type ReactNode } from 'react';
import { mode } from '../api';
import { ErrorNote, Loading } from '../components/Status';
import { useApi } from '../hooks';
import { api } from '../api';
import { base64ToBytes, downloadBlob, fileToBase64 } from '../components/download';
import { JobProgress, salvageAndSave } from '../components/Notices';

const BACKUP_JOBS = ['backup.export', 'backup.restore', 'backup.salvage'] as const;

export function AboutScreen(): ReactNode {
  const res = useApi('app.info', {}, 'about');
  if (res.error) return <ErrorNote error={res.error} />;
  if (!res.data) return <Loading what="app information" />;
  const i = res.data;
  return (
    <section className="screen" aria-labelledby="about-h">
      <h1 id="about-h">About AWS Study Desk</h1>
      <dl className="about" data-testid="about">
        <dt>App version</dt>
        <dd>{i.appVersion}</dd>
        <dt>Running as</dt>
        <dd>{mode === 'electron' ? 'Desktop app (Electron)' : 'Web mode (local server on 127.0.0.1)'}</dd>
        <dt>Runtime</dt>
        <dd data-testid="about-versions">
          {i.versions.electron && <>Electron {i.versions.electron} · Chromium {i.versions.chromium} · </>}
          Node {i.versions.node} · SQLite {i.versions.sqlite}
        </dd>
        <dt>Knowledge base</dt>
        <dd data-testid="kb-version">
          {i.kb ? (
            <>
              version {i.kb.version}, figures as of <strong data-testid="kb-asof">{i.kb.asOf}</strong> (built{' '}
              {i.kb.builtAt.slice(0, 10)}): {i.kb.entries} entries, {i.kb.datasets} tables, {i.kb.questions} questions
            </>
          ) : (
            <span className="warn">{i.kbProblem ?? 'not available'}</span>
          )}
        </dd>
        <dt>Your data</dt>
        <dd>
          <code>{i.userDb.path}</code> (schema {i.userDb.schemaVersion})
          {i.userDb.movedAside && (
            <p className="warn">An unreadable database was moved aside to {i.userDb.movedAside}.</p>
          )}
        </dd>
      </dl>
      <BackupPanel />
      <p className="muted">
        Prices and limits change: every figure shows its source and the date it was checked. Verify before you sign a
        contract.
      </p>
    </section>
  );
}

function BackupPanel(): ReactNode {
  const [status, setStatus] = useState<{ kind: 'ok' | 'bad'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const doExport = async (): Promise<void> => {
    setBusy(true);
    const r = await api['backup.export']({});
    setBusy(false);
    if (!r.ok) return setStatus({ kind: 'bad', text: r.error.message });
    downloadBlob(r.value.fileName, base64ToBytes(r.value.base64), 'application/vnd.sqlite3');
    setStatus({ kind: 'ok', text: `Saved ${r.value.fileName} (${(r.value.bytes / 1024).toFixed(0)} KB).` });
  };
  const doSalvage = async (): Promise<void> => {
    setBusy(true);
    const r = await salvageAndSave('live');
    setBusy(false);
    setStatus({ kind: r.ok ? 'ok' : 'bad', text: r.text });
  };
  const doRestore = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    if (!window.confirm(`Replace all your study data with the backup "${file.name}"? Your current data is kept aside, not deleted.`)) return;
    setBusy(true);
    const r = await api['backup.restore']({ fileName: file.name, base64: await fileToBase64(file) });
    setBusy(false);
    setStatus(
      r.ok
        ? { kind: 'ok', text: `Restored. Your previous data was kept at ${r.value.previousSavedAs}.` }
        : { kind: 'bad', text: r.error.message },
    );
  };
  return (
    <section className="panel" aria-labelledby="backup-h" data-testid="backup-panel">
      <h2 id="backup-h">Backup and restore</h2>
      <p className="muted">One file with all your notes, cards, review history, scenarios and settings.</p>
      <button type="button" onClick={() => void doExport()} disabled={busy} data-testid="backup-export">
        Export backup…
      </button>{' '}
      <button
        type="button"
        onClick={() => void doSalvage()}
        disabled={busy}
        data-testid="backup-salvage"
        title="For a damaged database: copies every row that can still be read into a new file"
      >
        Export what can be read…
      </button>{' '}
      <label className="file-button">
        Restore from file…
        <input
          type="file"
          accept=".sqlite,.db,application/vnd.sqlite3"
          onChange={(e) => void doRestore(e.target.files?.[0])}
          disabled={busy}
          data-testid="backup-restore"
        />
      </label>
      <JobProgress active={busy} kinds={BACKUP_JOBS} />
      {status && (
        <p className={status.kind === 'ok' ? 'good' : 'bad'} role="status">
          {status.text}
        </p>
      )}
    </section>
  );
}

import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { AppNotice, JobStatus } from '../../../shared/ipc/channels/jobs';
import { api } from '../api';
import { callPrimed } from '../hooks';
import { base64ToBytes, downloadBlob } from './download';

/** How often the banner asks for new findings (a background check may report damage after start-up). */
const POLL_MS = 15_000;

/** Runs "Export what can be read" and saves the file; answers a one-line summary for the user. */
export async function salvageAndSave(source: 'live' | 'movedAside'): Promise<{ ok: boolean; text: string }> {
  const r = await api['backup.salvage']({ source });
  if (!r.ok) return { ok: false, text: r.error.message };
  downloadBlob(r.value.fileName, base64ToBytes(r.value.base64), 'application/vnd.sqlite3');
  const copied = r.value.tables.reduce((a, t) => a + t.rowsCopied, 0);
  const lost = r.value.tables.filter((t) => t.rowsLost > 0 || t.error);
  return {
    ok: true,
    text:
      `Saved ${r.value.fileName}: ${copied.toLocaleString()} rows kept` +
      (lost.length ? `; unreadable: ${lost.map((t) => `${t.rowsLost.toLocaleString()} in ${t.name}`).join(', ')}` : '; nothing was lost') +
      '. Restore it from About → Backup and restore.',
  };
}

/** Notices about the user's data (damaged, moved aside, empty file, KB missing), with their action. */
export function NoticesBanner(): ReactNode {
  const [items, setItems] = useState<AppNotice[]>([]);
  const [result, setResult] = useState<Record<string, { ok: boolean; text: string }>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const load = useCallback((first = false): void => {
    // The first load takes the call boot.ts started before React rendered; polls ask again.
    void (first ? callPrimed('app.notices', {}) : api['app.notices']({})).then((r) => r.ok && setItems(r.value));
  }, []);
  useEffect(() => {
    load(true);
    const t = setInterval(load, POLL_MS);
    return () => clearInterval(t);
  }, [load]);
  if (!items.length) return null;
  return (
    <div className="notices" data-testid="notices">
      {items.map((n) => (
        <div key={n.id} className={`panel notice notice-${n.level}`} role={n.level === 'error' ? 'alert' : 'status'} data-testid={`notice-${n.id}`}>
          <p>{n.text}</p>
          {n.action && (
            <button
              type="button"
              disabled={busy !== null}
              data-testid={`notice-action-${n.id}`}
              onClick={() => {
                setBusy(n.id);
                void salvageAndSave(n.action!.source).then((r) => {
                  setBusy(null);
                  setResult((prev) => ({ ...prev, [n.id]: r }));
                  load();
                });
              }}
            >
              {busy === n.id ? 'Reading what can be read…' : `${n.action.label}…`}
            </button>
          )}
          {result[n.id] && <p className={result[n.id]!.ok ? 'good' : 'bad'}>{result[n.id]!.text}</p>}
        </div>
      ))}
    </div>
  );
}

/** While `active`, shows what the running heavy job is doing (jobs.status), so a long restore is not a frozen button. */
export function JobProgress({ active, kinds }: { active: boolean; kinds: readonly JobStatus['kind'][] }): ReactNode {
  const [job, setJob] = useState<JobStatus | null>(null);
  useEffect(() => {
    if (!active) {
      setJob(null);
      return;
    }
    const poll = (): void => {
      void api['jobs.status']({}).then((r) => {
        if (r.ok) setJob(r.value.filter((j) => j.state === 'running' && kinds.includes(j.kind)).at(-1) ?? null);
      });
    };
    poll();
    const t = setInterval(poll, 400);
    return () => clearInterval(t);
  }, [active, kinds]);
  if (!active || !job) return null;
  return (
    <p className="muted" role="status" aria-live="polite" data-testid="job-progress">
      {job.step}
      {job.total > 0 ? ` (${Math.min(job.done + 1, job.total)} of ${job.total})` : ''}…
    </p>
  );
}

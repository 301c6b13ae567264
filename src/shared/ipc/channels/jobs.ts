import { z } from 'zod';
import { channel } from '../define';

/** Something the user should know about their data (shown once at start-up and in the app's banner). */
export interface AppNotice {
  id: string;
  level: 'info' | 'warning' | 'error';
  text: string;
  /** "Export what can be read": a salvage export of the live database or of the file moved aside. */
  action?: { kind: 'salvage'; source: 'live' | 'movedAside'; label: string };
  at: string;
}

export type JobKind = 'notes.import' | 'backup.export' | 'backup.restore' | 'backup.salvage' | 'db.check' | 'study.optimize' | 'study.apkg' | 'search.sync';

/** Heavy work running off the request path, with its progress. */
export interface JobStatus {
  id: number;
  kind: JobKind;
  state: 'running' | 'done' | 'failed';
  /** What it is doing now ("importing notes.md", "checking integrity"). */
  step: string;
  done: number;
  total: number;
  startedAt: string;
  finishedAt?: string;
  error?: string;
}

export const jobsChannels = {
  'app.notices': channel<AppNotice[]>()(z.strictObject({})),
  /** The running and recently finished heavy jobs (imports, exports, restores, checks) and their progress. */
  'jobs.status': channel<JobStatus[]>()(z.strictObject({})),
};

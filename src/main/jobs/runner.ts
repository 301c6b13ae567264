import { Worker } from 'node:worker_threads';
import type { JobKind, JobStatus } from '../../shared/ipc/channels/jobs';
import { AppError } from '../../shared/result';
import { workerEntry } from './entry';
import type { FromWorker, WorkerInput } from './protocol';
import type { TaskInputs, TaskKind, TaskOutputs } from './tasks';

/** Finished jobs kept for `jobs.status`. */
const KEEP_FINISHED = 20;

function errorFrom(m: Extract<FromWorker, { type: 'error' }>['error']): Error {
  if (m.appError) return new AppError(m.appError.code, m.appError.message, m.appError.issues);
  // Keep SQLite's code so callers classify it (busy, full, corrupt) exactly as if it had been thrown here.
  return Object.assign(new Error(m.message), { name: m.name, code: m.code });
}

/**
 * Runs heavy work (imports, exports, restores, checks) in worker threads and keeps its progress for
 * `jobs.status`. A job marked `writes` holds the database's write lock for its duration: the service asks
 * `writer()` and answers other writes with "busy" instead of blocking the main thread on SQLite's lock.
 */
export class JobRunner {
  private readonly list: JobStatus[] = [];
  private readonly workers = new Map<number, Worker>();
  private readonly writing = new Set<number>();
  private nextId = 1;
  private closed = false;
  /** Each job's worker until it exits (after its answer it may still finish work, such as a checkpoint). */
  private readonly pending = new Map<number, { kind: JobKind; until: Promise<unknown> }>();
  private readonly listeners = new Set<(job: JobStatus) => void>();

  constructor(private readonly opts: { nativeBinding?: string; onChange?: (job: JobStatus) => void } = {}) {}

  /** Calls `fn` on every job change (start, progress, end); returns the unsubscribe function. */
  subscribe(fn: (job: JobStatus) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(job: JobStatus): void {
    this.opts.onChange?.(job);
    for (const fn of this.listeners) fn({ ...job });
  }

  /** The running job that holds the write lock, if any. */
  writer(): JobStatus | null {
    for (const j of this.list) if (this.writing.has(j.id) && j.state === 'running') return j;
    return null;
  }

  status(): JobStatus[] {
    return this.list.map((j) => ({ ...j }));
  }

  running(kind?: JobKind): JobStatus[] {
    return this.list.filter((j) => j.state === 'running' && (!kind || j.kind === kind));
  }

  run<K extends TaskKind>(kind: K, args: TaskInputs[K], opts: { writes?: boolean } = {}): Promise<TaskOutputs[K]> {
    if (this.closed) return Promise.reject(new AppError('UNAVAILABLE', 'The app is closing; nothing was started.'));
    const job: JobStatus = { id: this.nextId++, kind, state: 'running', step: 'starting', done: 0, total: 0, startedAt: new Date().toISOString() };
    this.list.push(job);
    if (opts.writes) this.writing.add(job.id);
    const entry = workerEntry();
    const input: WorkerInput = { kind, args, nativeBinding: this.opts.nativeBinding };
    const worker = new Worker(entry.code, { workerData: input, eval: entry.eval });
    this.workers.set(job.id, worker);
    this.changed(job);
    const promise = new Promise<TaskOutputs[K]>((resolve, reject) => {
      let settled = false;
      const finish = (error?: Error, value?: unknown): void => {
        if (settled) return;
        settled = true;
        job.state = error ? 'failed' : 'done';
        job.finishedAt = new Date().toISOString();
        if (error) job.error = error.message;
        this.writing.delete(job.id);
        while (this.list.filter((j) => j.state !== 'running').length > KEEP_FINISHED) {
          const i = this.list.findIndex((j) => j.state !== 'running');
          this.list.splice(i, 1);
        }
        this.changed(job);
        if (error) reject(error);
        else resolve(value as TaskOutputs[K]);
      };
      worker.on('message', (m: FromWorker) => {
        if (m.type === 'progress') {
          Object.assign(job, { step: m.step, done: m.done, total: m.total });
          this.changed(job);
        } else if (m.type === 'done') finish(undefined, m.value);
        else finish(errorFrom(m.error));
      });
      worker.on('error', (e) => finish(e));
      worker.on('exit', (code) => finish(new AppError('INTERNAL', `The ${kind} job stopped unexpectedly (exit code ${code}). Your data was not changed.`)));
    });
    const exited = new Promise<void>((resolve) =>
      worker.once('exit', () => {
        this.workers.delete(job.id);
        this.pending.delete(job.id);
        resolve();
      }),
    );
    this.pending.set(job.id, { kind, until: Promise.allSettled([promise, exited]) });
    return promise;
  }

  /**
   * Waits for the running jobs of a kind to end, and their workers to exit (a background check before a
   * restore swaps the file; an import's checkpoint after its answer).
   * Workers are never terminated in the middle of a SQLite call: a thread stopped while better-sqlite3 raises
   * an error aborts the whole process.
   */
  async waitFor(kind?: JobKind): Promise<void> {
    const pending = [...this.pending.values()].filter((p) => !kind || p.kind === kind);
    await Promise.allSettled(pending.map((p) => p.until));
  }

  /** Whether any job's worker is still alive (running, or finishing work after its answer). */
  busy(): boolean {
    return this.pending.size > 0;
  }

  /** Waits for every running job to end (their workers close their connections). */
  idle(): Promise<void> {
    return this.waitFor();
  }

  /** Refuses new jobs; running ones finish on their own (see waitFor) without keeping the process alive. */
  close(): void {
    this.closed = true;
    for (const w of this.workers.values()) w.unref();
  }
}

/**
 * Worker-thread entry: runs one heavy task (tasks.ts) on its own SQLite connection and reports progress, so
 * the main thread stays free to answer requests. One worker per job: its memory goes back to the OS when
 * the job ends. The same entry runs an import's parse workers ('notes.parse'), which load only the parser:
 * a worker starts in a fraction of the time when it does not load every task's code.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/result';
import type { FromWorker, WorkerInput } from './protocol';

const input = workerData as WorkerInput;
const post = (m: FromWorker): void => parentPort?.postMessage(m);

/** Work a task left for after its answer (an import's WAL checkpoint): runs before the worker exits. */
const afterAnswer: (() => void)[] = [];
try {
  let value: unknown;
  if (input.kind === 'notes.parse') {
    // Not a job of its own: the importing thread started it and reads its results from a port.
    const { runParseWorker } = await import('../notes/parallel');
    value = runParseWorker(input.args as Parameters<typeof runParseWorker>[0]);
  } else {
    const { runTask } = await import('./tasks');
    // Some tasks (the FSRS fit, which waits on its child process) answer with a promise.
    value = await runTask(input.kind as Parameters<typeof runTask>[0], input.args as never, (step, done, total) => post({ type: 'progress', step, done, total }), {
      nativeBinding: input.nativeBinding,
      afterAnswer: (fn) => afterAnswer.push(fn),
    });
  }
  post({ type: 'done', value });
  // The job has answered; the runner's waitFor (a restore, the app closing) still waits for this thread.
  for (const fn of afterAnswer.splice(0))
    try {
      fn();
    } catch {
      /* a checkpoint cut short is finished by the next one; nothing to report after the answer */
    }
} catch (e) {
  const err = e as Error & { code?: string };
  post({
    type: 'error',
    error: { name: err.name, message: err.message, code: err.code, appError: e instanceof AppError ? e.toJSON() : undefined },
  });
}

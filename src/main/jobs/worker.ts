/**
 * Worker-thread entry: runs one heavy task (tasks.ts) on its own SQLite connection and reports progress, so
 * the main thread stays free to answer requests. One worker per job: its memory goes back to the OS when
 * the job ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/result';
import { runParseWorker, type ParseWorkerArgs } from '../notes/parallel';
import { runTask, type TaskKind } from './tasks';
import type { FromWorker, WorkerInput } from './protocol';

const input = workerData as WorkerInput;
const post = (m: FromWorker): void => parentPort?.postMessage(m);

try {
  const value =
    // An import's parse worker (not a job of its own: the importing thread started it and reads its port).
    input.kind === 'notes.parse'
      ? runParseWorker(input.args as ParseWorkerArgs)
      : runTask(input.kind as TaskKind, input.args as never, (step, done, total) => post({ type: 'progress', step, done, total }), {
    nativeBinding: input.nativeBinding,
  });
  post({ type: 'done', value });
} catch (e) {
  const err = e as Error & { code?: string };
  post({
    type: 'error',
    error: { name: err.name, message: err.message, code: err.code, appError: e instanceof AppError ? e.toJSON() : undefined },
  });
}

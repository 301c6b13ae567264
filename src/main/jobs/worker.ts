/**
 * Worker-thread entry: runs one heavy task (tasks.ts) on its own SQLite connection and reports progress, so
 * the main thread stays free to answer requests. One worker per job: its memory goes back to the OS when
 * the job ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../shared/result';
import { runTask, type TaskKind } from './tasks';
import type { FromWorker, WorkerInput } from './protocol';

const input = workerData as WorkerInput;
const post = (m: FromWorker): void => parentPort?.postMessage(m);

function fail(e: unknown): void {
  const err = e as Error & { code?: string };
  post({
    type: 'error',
    error: { name: err.name, message: err.message, code: err.code, appError: e instanceof AppError ? e.toJSON() : undefined },
  });
}

try {
  const value = runTask(input.kind as TaskKind, input.args as never, (step, done, total) => post({ type: 'progress', step, done, total }), {
    nativeBinding: input.nativeBinding,
  });
  if (value instanceof Promise) value.then((v: unknown) => post({ type: 'done', value: v }), fail);
  else post({ type: 'done', value });
} catch (e) {
  fail(e);
}

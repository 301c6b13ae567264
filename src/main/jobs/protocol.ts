import type { AppErrorShape } from '../../shared/result';

/** What the main thread gives a job's worker (structured-cloned, so plain data only). */
export interface WorkerInput {
  kind: string;
  args: unknown;
  nativeBinding?: string;
}

/** What a worker sends back: progress any number of times, then exactly one done or error. */
export type FromWorker =
  | { type: 'progress'; step: string; done: number; total: number }
  | { type: 'done'; value: unknown }
  | { type: 'error'; error: { name: string; message: string; code?: string; appError?: AppErrorShape } };

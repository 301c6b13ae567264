/** The one answer shape of every IPC / web-mode call: a value or a typed error, never a raw exception. */
export type ErrorCode =
  | 'VALIDATION' // the payload failed its schema
  | 'UNKNOWN_CHANNEL'
  | 'TOO_LARGE' // payload over the channel's byte limit
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BAD_INPUT' // well-formed but unusable (e.g. a binary file to import)
  | 'UNAVAILABLE'
  | 'INTERNAL';

export interface IssueDetail {
  path: string;
  message: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  issues?: IssueDetail[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** Thrown by handlers for expected failures; turned into `{ ok: false }` at the boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: IssueDetail[];
  constructor(code: ErrorCode, message: string, issues?: IssueDetail[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }
  toJSON(): AppErrorShape {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}) };
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, issues?: IssueDetail[]): Result<never> {
  return { ok: false, error: { code, message, ...(issues ? { issues } : {}) } };
}

/** Unwraps a result, throwing an AppError for the caller's error boundary. */
export function unwrap<T>(r: Result<T>): T {
  if (r.ok) return r.value;
  throw new AppError(r.error.code, r.error.message, r.error.issues);
}

import type { ReactNode } from 'react';
import type { AppErrorShape } from '../../../shared/result';

export function ErrorNote({ error }: { error: AppErrorShape }): ReactNode {
  return (
    <div className="panel error-panel" role="alert">
      <strong>{error.code === 'NOT_FOUND' ? 'Not found' : error.code === 'VALIDATION' ? 'Check the inputs' : 'Something went wrong'}:</strong> {error.message}
    </div>
  );
}

export function Loading({ what }: { what: string }): ReactNode {
  return (
    <p className="muted" aria-busy="true">
      Loading {what}…
    </p>
  );
}

/** Source link + as-of date, shown next to every figure. */
export function SourceTag({ source, asOf }: { source: string; asOf: string }): ReactNode {
  let host = source;
  try {
    host = new URL(source).host;
  } catch {
    /* keep raw */
  }
  return (
    <span className="source-tag">
      <a href={source} target="_blank" rel="noreferrer noopener">
        {host}
      </a>{' '}
      · as of {asOf}
    </span>
  );
}

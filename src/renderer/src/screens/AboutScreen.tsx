import type { ReactNode } from 'react';
import { mode } from '../api';
import { ErrorNote, Loading } from '../components/Status';
import { useApi } from '../hooks';

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
      <p className="muted">
        Prices and limits change: every figure shows its source and the date it was checked. Verify before you sign a
        contract.
      </p>
    </section>
  );
}

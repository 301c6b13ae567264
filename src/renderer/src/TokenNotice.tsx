import { useEffect, useState, type ReactNode } from 'react';
import { onTokenRejected, session } from './api';

const TOKEN_KEY = 'study-desk-token';

/**
 * Web mode: a blocking notice as soon as the server refuses this page's session token (the app probes
 * app.info at start-up), instead of an empty home screen and an error only after typing.
 */
export function TokenNotice(): ReactNode {
  const [rejected, setRejected] = useState(session.tokenRejected);
  useEffect(() => {
    if (session.tokenRejected) setRejected(true);
    return onTokenRejected(() => setRejected(true));
  }, []);
  if (!rejected) return null;
  return (
    <div className="overlay token-overlay" role="presentation">
      <div className="panel token-notice" role="alertdialog" aria-modal="true" aria-labelledby="token-h" data-testid="token-notice">
        <h2 id="token-h">{session.hadToken ? 'This page’s session token is stale' : 'This page has no session token'}</h2>
        <p>
          {session.hadToken
            ? 'The local Study Desk server was restarted since this page was opened, and every launch makes a new token. Nothing was lost: your data is on disk.'
            : 'Web mode only answers pages opened with the session URL, which carries a per-launch token.'}
        </p>
        <p>
          Open the URL the server printed when it started, e.g. <code>http://127.0.0.1:PORT/#token=…</code> (run{' '}
          <code>npm run web</code> again to see it), then close this tab.
        </p>
        <p>
          <button
            type="button"
            onClick={() => {
              sessionStorage.removeItem(TOKEN_KEY);
              window.location.reload();
            }}
          >
            Forget the old token and reload
          </button>
        </p>
      </div>
    </div>
  );
}

import type { Api } from '../../shared/ipc/api';
import { createLazyApi } from '../../shared/ipc/lazyApi';
import type { Channel } from '../../shared/ipc/contract';

const TOKEN_KEY = 'study-desk-token';

/** Web mode: the token arrives once in the URL fragment; keep it for this tab and clean the address bar. */
function takeToken(): string | null {
  const m = /(?:^#|&)token=([\w-]+)/.exec(window.location.hash);
  if (m?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, m[1]);
    history.replaceState(null, '', `${window.location.pathname}#/search`);
    return m[1];
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

/**
 * Web mode: whether the server refused this page's session token (401). A restarted server has a new
 * token, so an old tab's calls all fail: the app says so at load (TokenNotice), not after typing.
 */
export const session = { tokenRejected: false, hadToken: false };
const TOKEN_EVENT = 'study-desk:token-rejected';
export function onTokenRejected(cb: () => void): () => void {
  window.addEventListener(TOKEN_EVENT, cb);
  return () => window.removeEventListener(TOKEN_EVENT, cb);
}

/** The web-mode client: same `Api` type as Electron's `window.api`, over loopback HTTP. */
export function createWebApi(token: string | null): Api {
  session.hadToken = token !== null;
  return createLazyApi(async (channel: Channel, payload: unknown) => {
    try {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Study-Desk-Token': token ?? '' },
        body: JSON.stringify(payload ?? {}),
      });
      if (res.status === 401 && !session.tokenRejected) {
        session.tokenRejected = true;
        window.dispatchEvent(new Event(TOKEN_EVENT));
      }
      return (await res.json()) as unknown;
    } catch (e) {
      return { ok: false, error: { code: 'UNAVAILABLE', message: `The app's local server is not reachable (${String(e)}).` } };
    }
  });
}

export const api: Api = window.api ?? createWebApi(takeToken());
export const mode: 'electron' | 'web' = window.studyDeskMode === 'electron' ? 'electron' : 'web';

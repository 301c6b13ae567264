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

/** The web-mode client: same `Api` type as Electron's `window.api`, over loopback HTTP. */
export function createWebApi(token: string | null): Api {
  return createLazyApi(async (channel: Channel, payload: unknown) => {
    try {
      const res = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Study-Desk-Token': token ?? '' },
        body: JSON.stringify(payload ?? {}),
      });
      return (await res.json()) as unknown;
    } catch (e) {
      return { ok: false, error: { code: 'UNAVAILABLE', message: `The app's local server is not reachable (${String(e)}).` } };
    }
  });
}

export const api: Api = window.api ?? createWebApi(takeToken());
export const mode: 'electron' | 'web' = window.studyDeskMode === 'electron' ? 'electron' : 'web';

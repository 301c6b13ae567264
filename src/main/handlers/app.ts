import type { AppInfo } from '../../shared/ipc/channels/app';
import type { HandlersFor } from '../ipc/types';
import type { appChannels } from '../../shared/ipc/channels/app';

export const appHandlers: HandlersFor<keyof typeof appChannels> = {
  'app.info': (_req, ctx) =>
    ctx.db.read('app.info', (u, kb): AppInfo => {
      let kbInfo: AppInfo['kb'] = null;
      if (kb) {
        const meta = Object.fromEntries(
          (kb.prepare('SELECT key, value FROM kb_meta').all() as { key: string; value: string }[]).map((r) => [
            r.key,
            r.value,
          ]),
        );
        kbInfo = {
          version: meta.version ?? '',
          asOf: meta.asOf ?? '',
          builtAt: meta.builtAt ?? '',
          entries: Number(meta.entries ?? 0),
          datasets: Number(meta.datasets ?? 0),
          questions: Number(meta.questions ?? 0),
        };
      }
      return {
        appVersion: ctx.appVersion,
        mode: ctx.mode,
        kb: kbInfo,
        ...(ctx.kbProblem ? { kbProblem: ctx.kbProblem } : {}),
        userDb: ctx.userDb,
        versions: {
          node: process.versions.node,
          sqlite: (u.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v,
          ...(process.versions.electron ? { electron: process.versions.electron } : {}),
          ...(process.versions.chrome ? { chromium: process.versions.chrome } : {}),
        },
      };
    }),
  'prefs.get': (req, ctx) =>
    ctx.db.read('prefs.get', (u) => {
      const row = u.prepare('SELECT value FROM prefs WHERE key = ?').get(req.key) as { value: string } | undefined;
      return { key: req.key, value: row ? (JSON.parse(row.value) as unknown) : null };
    }),
  'prefs.set': (req, ctx) =>
    ctx.db.write('prefs.set', (u) => {
      u.prepare(
        `INSERT INTO prefs(key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      ).run(req.key, JSON.stringify(req.value), new Date().toISOString());
      return { key: req.key };
    }),
};

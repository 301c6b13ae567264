import { z } from 'zod';
import { channel } from '../define';

export interface AppInfo {
  appVersion: string;
  mode: 'electron' | 'web';
  /** The bundled knowledge base: its version (content hash) and the newest as-of date of its figures. */
  kb: { version: string; asOf: string; builtAt: string; entries: number; datasets: number; questions: number } | null;
  /** Why the knowledge base is missing, when it is. */
  kbProblem?: string;
  userDb: { path: string; schemaVersion: number; movedAside?: string };
  /** Runtime versions for the About panel; electron/chromium only in the desktop app. */
  versions: { node: string; sqlite: string; electron?: string; chromium?: string };
}

const prefKey = z.string().min(1).max(120).regex(/^[\w.:-]+$/, 'keys are letters, digits and . : _ -');

export const appChannels = {
  'app.info': channel<AppInfo>()(z.strictObject({})),
  'prefs.get': channel<{ key: string; value: unknown | null }>()(z.strictObject({ key: prefKey })),
  'prefs.set': channel<{ key: string }>()(
    z.strictObject({ key: prefKey, value: z.json() }),
    { maxPayloadBytes: 128 * 1024 },
  ),
};

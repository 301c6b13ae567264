/**
 * Runs the BUILT Electron main process (out/main/index.js) and preload (out/preload/index.cjs) under Node
 * against a recording stand-in for `electron`, and checks what they do: the security settings, the
 * session callbacks, IPC sender checks, start-up failure, single instance, window state, theme, menus.
 * `npm test` builds the app before this runs.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src/shared/ipc/contract';
import { INVOKE_CHANNEL } from '../../../src/shared/ipc/bridge';
import { CONTENT_SECURITY_POLICY, WEB_PREFERENCES } from '../../../src/main/security';
import { LOCK_FILE_NAME } from '../../../src/main/instanceLock';
import { tempDir } from '../../helpers/tmp';
import { createElectronStandIn, FakeWebContents, type FakeWindow, type StandInOptions } from './electronStandIn';

const REPO = join(import.meta.dirname, '..', '..', '..');
const MAIN = join(REPO, 'out', 'main', 'index.js');
const PRELOAD = join(REPO, 'out', 'preload', 'index.cjs');

type StandIn = ReturnType<typeof createElectronStandIn>;
let running: StandIn | null = null;

/** Imports a fresh copy of the built main process wired to a new stand-in, optionally firing 'ready'. */
async function launch(opts: Partial<StandInOptions> & { ready?: boolean; argv?: string[] } = {}): Promise<StandIn & { dir: string }> {
  const dir = opts.userData ?? tempDir('shell').dir;
  const s = createElectronStandIn({ userData: dir, ...opts });
  running = s;
  vi.resetModules();
  vi.doMock('electron', () => s.module);
  const savedArgv = process.argv;
  if (opts.argv) process.argv = opts.argv;
  try {
    await import(`${pathToFileURL(MAIN).href}?t=${Date.now()}-${Math.random()}`);
  } finally {
    process.argv = savedArgv;
  }
  if (opts.ready !== false) await s.ready();
  return Object.assign(s, { dir });
}

function quit(s: StandIn | null): void {
  s?.app.emit('will-quit');
}

afterEach(() => {
  quit(running);
  running = null;
  vi.doUnmock('electron');
  delete process.env.AWS_STUDY_DESK_DATA_DIR;
});

beforeAll(() => {
  if (!existsSync(MAIN) || !existsSync(PRELOAD))
    throw new Error('out/main/index.js or out/preload/index.cjs is missing: run `npx electron-vite build` (npm test does).');
  delete process.env.AWS_STUDY_DESK_DATA_DIR;
});

const win = (s: StandIn): FakeWindow => {
  const w = s.windows[0];
  if (!w) throw new Error('no window was created');
  return w;
};

describe('the built Electron main process', () => {
  it('enables the sandbox before ready and takes the single-instance lock', async () => {
    const s = await launch();
    const sandbox = s.rec.index('app.enableSandbox');
    expect(sandbox).toBeGreaterThanOrEqual(0);
    expect(sandbox).toBeLessThan(s.rec.index('ready'));
    expect(s.rec.index('app.requestSingleInstanceLock')).toBeLessThan(s.rec.index('ready'));
  });

  it('opens one window with the hardened webPreferences, an existing preload, and loads the built renderer', async () => {
    const s = await launch();
    expect(s.windows).toHaveLength(1);
    const prefs = win(s).options.webPreferences as Record<string, unknown>;
    for (const [k, v] of Object.entries(WEB_PREFERENCES)) expect(prefs[k], k).toBe(v);
    expect(existsSync(String(prefs.preload))).toBe(true);
    expect(String(prefs.preload)).toMatch(/out[\\/]preload[\\/]index\.cjs$/);
    const file = win(s).loaded.file ?? '';
    expect(file).toMatch(/out[\\/]renderer[\\/]index\.html$/);
    expect(existsSync(file)).toBe(true);
    expect(win(s).options.show).toBe(false);
    win(s).emit('ready-to-show');
    expect(win(s).isVisible()).toBe(true);
  });

  it("the session denies every permission, cancels remote requests, injects the CSP and sends downloads to a Save dialog", async () => {
    const s = await launch();
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])
      s.session.permissionRequest?.({} as never, p as never, ((ok: boolean) => answers.push(ok)) as never);
    expect(answers).toEqual([false, false, false, false, false]);
    expect(s.session.permissionCheck?.()).toBe(false);
    const cancel = (url: string): boolean => {
      let c: boolean | undefined;
      s.session.beforeRequest?.({ url } as never, ((r: { cancel: boolean }) => (c = r.cancel)) as never);
      return c ?? false;
    };
    expect(cancel('https://evil.example/x.js')).toBe(true);
    expect(cancel('http://127.0.0.1:8080/')).toBe(true);
    expect(cancel('file:///app/out/renderer/index.html')).toBe(false);
    expect(cancel('blob:file:///6b0c-…')).toBe(false);
    let headers: Record<string, string[]> = {};
    s.session.headersReceived?.({ responseHeaders: { 'X-A': ['1'] } } as never, ((r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders)) as never);
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['X-A']).toEqual(['1']);
    let saveOpts: { defaultPath?: string } = {};
    s.session.emitter.emit('will-download', {}, { getFilename: () => 'study-desk-backup.sqlite', setSaveDialogOptions: (o: typeof saveOpts) => (saveOpts = o) });
    expect(saveOpts.defaultPath).toBe(join('/home/user/Downloads', 'study-desk-backup.sqlite'));
  });

  it('refuses navigation, redirects, webviews and new windows; AWS docs links go to the system browser', async () => {
    const s = await launch();
    const wc = new FakeWebContents(s.rec);
    s.fireWebContentsCreated(wc);
    expect(wc.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(wc.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(wc.fire('will-navigate', 'file:///app/out/renderer/index.html#/quiz')).toBe(false);
    expect(wc.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(wc.fire('will-attach-webview', {}, {})).toBe(true);
    expect(wc.windowOpenHandler?.({ url: 'https://docs.aws.amazon.com/lambda/' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(s.rec.all('shell.openExternal').map((c) => c.args[0])).toEqual(['https://docs.aws.amazon.com/lambda/']);
  });

  it('answers IPC only from the top-level app page, which reaches dispatch', async () => {
    const s = await launch();
    const handler = s.ipcHandlers.get(INVOKE_CHANNEL);
    expect(handler).toBeDefined();
    const call = (frame: unknown, channel: string, payload: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> =>
      Promise.resolve(handler?.({ senderFrame: frame } as never, channel as never, payload as never) as never);
    const appPage = { parent: null, url: 'file:///app/out/renderer/index.html#/search' };
    const ok = await call(appPage, 'app.info', {});
    expect(ok.ok).toBe(true);
    expect((ok.value as { mode: string }).mode).toBe('electron');
    expect((await call({ parent: appPage, url: appPage.url }, 'app.info', {})).error?.code).toBe('BAD_INPUT');
    expect((await call({ parent: null, url: 'https://evil.example/' }, 'app.info', {})).error?.code).toBe('BAD_INPUT');
    expect((await call(null, 'app.info', {})).error?.code).toBe('BAD_INPUT');
    expect((await call(appPage, 'no.such.channel', {})).ok).toBe(false);
  });

  it('shows start-up failures in an error dialog and quits', async () => {
    const dir = tempDir('shell-newer').dir;
    // A database from a newer app version: start-up must refuse it, not crash or open an empty one.
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(dir, 'study-desk.sqlite'));
    db.pragma('user_version = 9999');
    db.close();
    const s = await launch({ userData: dir });
    const err = s.rec.all('dialog.showErrorBox');
    expect(err).toHaveLength(1);
    expect(String(err[0]?.args[0])).toContain('cannot start');
    expect(s.rec.index('app.quit')).toBeGreaterThan(s.rec.index('dialog.showErrorBox'));
    expect(s.windows).toHaveLength(0);
  });

  it('refuses a data folder that web mode holds, naming it, and quits without touching it', async () => {
    const dir = tempDir('shell-held').dir;
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: other.pid, mode: 'web', startedAt: '2026-12-03T10:00:00Z', host: '' }));
      const s = await launch({ userData: dir });
      const err = s.rec.all('dialog.showErrorBox');
      expect(String(err[0]?.args[1])).toContain(`already open in web mode (process ${other.pid}`);
      expect(s.rec.index('app.quit')).toBeGreaterThan(0);
      expect(s.windows).toHaveLength(0);
      expect(existsSync(join(dir, 'study-desk.sqlite'))).toBe(false);
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('turns start-up notices into message boxes', async () => {
    const dir = tempDir('shell-notice').dir;
    process.env.AWS_STUDY_DESK_KB = join(dir, 'missing-kb.sqlite');
    try {
      const s = await launch({ userData: dir });
      const boxes = s.rec.all('dialog.showMessageBox').map((c) => JSON.stringify(c.args[0]));
      expect(boxes.some((b) => b.includes('knowledge base file is missing'))).toBe(true);
    } finally {
      delete process.env.AWS_STUDY_DESK_KB;
    }
  });

  it('lets a running job finish before quitting, then closes the databases on will-quit', async () => {
    const s = await launch();
    let prevented = false;
    s.app.emit('before-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await vi.waitFor(() => expect(s.rec.index('app.quit')).toBeGreaterThanOrEqual(0), { timeout: 20_000 });
    expect(existsSync(join(s.dir, LOCK_FILE_NAME))).toBe(true);
    s.app.emit('will-quit');
    expect(existsSync(join(s.dir, LOCK_FILE_NAME))).toBe(false);
    running = null;
  });

  it('a second instance quits at once; the first focuses its window and imports the files it was given', async () => {
    const second = await launch({ singleInstance: false, ready: false });
    expect(second.rec.index('app.quit')).toBeGreaterThanOrEqual(0);
    expect(second.windows).toHaveLength(0);
    running = null;

    const s = await launch();
    const w = win(s);
    w.minimized = true;
    const notes = tempDir('shell-notes').dir;
    writeFileSync(join(notes, 'dynamo.md'), '# DynamoDB\n\n- Q: Max item size? A: 400 KB\n');
    s.app.emit('second-instance', {}, ['/opt/AWS Study Desk/study-desk', '.', '--flag', 'dynamo.md', 'not-there.md'], notes);
    expect(w.isMinimized()).toBe(false);
    expect(w.focused).toBeGreaterThan(0);
    await vi.waitFor(() => expect(w.webContents.executed).toContain('location.hash = "#/notes"'), { timeout: 20_000 });
    const list = (await s.ipcHandlers.get(INVOKE_CHANNEL)?.(
      { senderFrame: { parent: null, url: 'file:///a/out/renderer/index.html' } } as never,
      'notes.list' as never,
      {} as never,
    )) as { ok: boolean; value: { name: string }[] };
    expect(list.value.map((f) => f.name)).toEqual(['dynamo.md']);
  });

  it('remembers size, position and maximized state across launches, and keeps the window on a visible display', async () => {
    const dir = tempDir('shell-window').dir;
    const twoScreens = [
      { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } },
      { id: 2, workArea: { x: 1920, y: 0, width: 2560, height: 1440 } },
    ];
    let s = await launch({ userData: dir, displays: twoScreens });
    win(s).setBounds({ x: 2100, y: 100, width: 1400, height: 900 });
    win(s).close();
    quit(s);
    s = await launch({ userData: dir, displays: twoScreens });
    expect(win(s).options).toMatchObject({ x: 2100, y: 100, width: 1400, height: 900 });
    win(s).maximize();
    win(s).close();
    quit(s);
    // The external screen is gone: the window comes back centred on the laptop's, still maximized.
    s = await launch({ userData: dir, displays: [{ id: 1, workArea: { x: 0, y: 0, width: 1440, height: 900 } }] });
    const o = win(s).options as { x: number; y: number; width: number; height: number };
    expect(o.x).toBeGreaterThanOrEqual(0);
    expect(o.x + o.width).toBeLessThanOrEqual(1440);
    expect(o.y + o.height).toBeLessThanOrEqual(900);
    expect(win(s).isMaximized()).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toMatchObject({ maximized: true });
  });

  it('the native theme follows the user’s choice, and System follows the OS', async () => {
    const s = await launch();
    const handler = s.ipcHandlers.get(INVOKE_CHANNEL);
    const page = { senderFrame: { parent: null, url: 'file:///a/out/renderer/index.html' } };
    expect(s.nativeTheme.themeSource).toBe('system');
    await handler?.(page as never, 'prefs.set' as never, { key: 'ui.theme', value: 'dark' } as never);
    expect(s.nativeTheme.themeSource).toBe('dark');
    await handler?.(page as never, 'prefs.set' as never, { key: 'ui.theme', value: 'system' } as never);
    expect(s.nativeTheme.themeSource).toBe('system');
    quit(s);
    // The choice is applied at the next launch too.
    const again = await launch({ userData: s.dir });
    await again.ipcHandlers.get(INVOKE_CHANNEL)?.(page as never, 'prefs.set' as never, { key: 'ui.theme', value: 'light' } as never);
    expect(again.nativeTheme.themeSource).toBe('light');
    quit(again);
    const third = await launch({ userData: s.dir });
    await vi.waitFor(() => expect(third.nativeTheme.themeSource).toBe('light'), { timeout: 20_000 });
  });

  it('has a Go menu with an accelerator for every screen and for search, and an About panel with versions', async () => {
    const s = await launch();
    const menu = s.menuTemplate() as { label?: string; submenu?: { label?: string; accelerator?: string; click?: () => void }[] }[];
    const go = menu.find((m) => m.label === 'Go');
    const items = go?.submenu?.filter((i) => i.label) ?? [];
    expect(items.map((i) => i.accelerator)).toEqual(['CmdOrCtrl+K', 'Alt+1', 'Alt+2', 'Alt+3', 'Alt+7', 'Alt+8', 'Alt+4', 'Alt+5', 'Alt+6']);
    items.find((i) => i.label === 'Calculators')?.click?.();
    expect(win(s).webContents.executed).toContain('location.hash = "#/calculators"');
    items[0]?.click?.();
    expect(win(s).webContents.inputEvents).toHaveLength(2);
    const file = menu.find((m) => m.label === 'File');
    expect(file?.submenu?.find((i) => i.label === 'Import notes…')?.accelerator).toBe('CmdOrCtrl+O');
    await vi.waitFor(() => expect(s.rec.all('app.setAboutPanelOptions')).toHaveLength(1), { timeout: 20_000 });
    const about = s.rec.all('app.setAboutPanelOptions')[0]?.args[0] as { credits: string };
    expect(about.credits).toMatch(/Node \d+\.\d+\.\d+ · SQLite 3\.\d+/);
  });
});

describe('the built preload', () => {
  it('exposes exactly the contract’s channels on window.api, each forwarding to the one IPC channel', async () => {
    const s = createElectronStandIn({ userData: tempDir('preload').dir });
    const code = readFileSync(PRELOAD, 'utf8');
    const required: string[] = [];
    // A sandboxed preload gets a require that knows only 'electron' (and a few polyfills we do not use).
    const sandboxRequire = (id: string): unknown => {
      required.push(id);
      if (id === 'electron') return s.module;
      throw new Error(`a sandboxed preload cannot require ${id}`);
    };
    const module = { exports: {} };
    new Function('require', 'module', 'exports', code)(sandboxRequire, module, module.exports);
    expect(required).toEqual(['electron']);
    expect([...s.exposed.keys()].sort()).toEqual(['api', 'studyDeskFiles', 'studyDeskMode']);
    // Picked and dropped files keep their path (a note file's identity); anything else has none.
    const files = s.exposed.get('studyDeskFiles') as { pathForFile: (f: unknown) => string | undefined };
    expect(files.pathForFile({ diskPath: '/home/u/notes/s3.md' })).toBe('/home/u/notes/s3.md');
    expect(files.pathForFile({})).toBeUndefined();
    expect(files.pathForFile(null)).toBeUndefined();
    expect(s.exposed.get('studyDeskMode')).toBe('electron');
    const api = s.exposed.get('api') as Record<string, (req: unknown) => Promise<unknown>>;
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    for (const c of CHANNELS) expect(typeof api[c]).toBe('function');
    await api['app.info']?.({});
    await api['prefs.get']?.({ key: 'ui.theme' });
    expect(s.invokes).toEqual([
      [INVOKE_CHANNEL, 'app.info', {}],
      [INVOKE_CHANNEL, 'prefs.get', { key: 'ui.theme' }],
    ]);
  });
});

/**
 * Electron main process: the thin window shell. Everything it calls (start-up, dispatch, handlers) runs
 * in plain Node too and is tested there; this file itself runs in CI against a recording stand-in for
 * the `electron` module (test/main/shell/shell.test.ts executes the built out/main/index.js).
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  screen,
  session,
  shell,
  type MenuItemConstructorOptions,
} from 'electron';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INVOKE_CHANNEL } from '../shared/ipc/bridge';
import type { ImportSummary } from '../shared/ipc/channels/notes';
import { AppError } from '../shared/result';
import { SECTIONS } from '../shared/ui/sections';
import { startApp, type AppHandle } from './app';
import { collectNotePaths, formatSummary } from './cli/import';
import { dispatch } from './ipc/dispatch';
import { appRoot, userDataDir } from './paths';
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isAppUrl, WEB_PREFERENCES } from './security';
import { notePathsFromArgv } from './shell/argv';
import { loadWindowState, MIN_SIZE, placeWindow, saveWindowState, type WindowState } from './shell/windowState';

const here = dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
let handle: AppHandle | null = null;
let mainWindow: BrowserWindow | null = null;
/** Files handed to us before the window was ready (first launch's command line, a fast second launch). */
const pendingOpens: string[] = [];

/** The screens the Go menu reaches, in the sidebar's order; the renderer binds the same Alt+digit keys. */
const SCREENS = SECTIONS.map((s) => ({ hash: `#/${s.id}`, label: s.menuLabel ?? s.label, key: s.key }));

/** better-sqlite3 built for Electron's ABI by `npm run rebuild:electron` (Node's build stays for tests). */
function electronNativeBinding(): string | undefined {
  // Installers rebuild better-sqlite3 for Electron in place (electron-builder npmRebuild).
  if (app.isPackaged) return undefined;
  const p = join(appRoot(), '.electron-native', 'better_sqlite3.node');
  return existsSync(p) ? p : undefined;
}

function dataDir(): string {
  return userDataDir(app.getPath('userData'));
}

function showScreen(hash: string): void {
  const win = mainWindow;
  if (!win) return;
  // Only our own constant hashes reach this: no user text is ever evaluated.
  void win.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`);
  focusWindow();
}

/** A renderer-owned shortcut (the search box / palette key) sent as the same keystroke the user types. */
function sendShortcut(keyCode: string, modifiers: ('control' | 'meta' | 'alt' | 'shift')[]): void {
  const wc = mainWindow?.webContents;
  if (!wc) return;
  wc.sendInputEvent({ type: 'keyDown', keyCode, modifiers });
  wc.sendInputEvent({ type: 'keyUp', keyCode, modifiers });
}

function buildMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import notes…', accelerator: 'CmdOrCtrl+O', click: (): void => void chooseAndImport() },
        { label: 'Back up and restore…', click: (): void => showScreen('#/about') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [
        {
          label: 'Search…',
          accelerator: 'CmdOrCtrl+K',
          // The renderer owns the key (search box / command palette); the menu shows it and sends it.
          registerAccelerator: false,
          click: (): void => sendShortcut('K', [isMac ? 'meta' : 'control']),
        },
        { type: 'separator' },
        ...SCREENS.map(
          (s): MenuItemConstructorOptions => ({
            label: s.label,
            accelerator: `Alt+${s.key}`,
            registerAccelerator: false,
            click: (): void => showScreen(s.hash),
          }),
        ),
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'AWS documentation', click: (): void => void shell.openExternal('https://docs.aws.amazon.com/') },
        ...(isMac ? [] : [{ label: 'About AWS Study Desk', click: (): void => app.showAboutPanel() }]),
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function aboutPanel(ctx: AppHandle['ctx']): void {
  const info = dispatch('app.info', {}, ctx);
  const kbLine = (v: unknown): string => {
    const r = v as { ok: boolean; value?: { kb: { version: string; asOf: string } | null; versions: { sqlite: string } } };
    if (!r.ok || !r.value) return '';
    const kb = r.value.kb ? `Knowledge base ${r.value.kb.version} (figures as of ${r.value.kb.asOf})` : 'Knowledge base missing';
    return `Electron ${process.versions.electron ?? '?'} · Chromium ${process.versions.chrome ?? '?'} · Node ${process.versions.node} · SQLite ${r.value.versions.sqlite}\n${kb}`;
  };
  void Promise.resolve(info).then((r) =>
    app.setAboutPanelOptions({
      applicationName: 'AWS Study Desk',
      applicationVersion: ctx.appVersion,
      version: `Electron ${process.versions.electron ?? '?'}`,
      credits: kbLine(r),
      copyright: 'MIT licence. Figures carry their AWS sources and dates.',
    }),
  );
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, cb) => cb(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // No remote content at all: only our bundle (file:), its own blobs (exports) and the dev server.
  ses.webRequest.onBeforeRequest((details, cb) => {
    const u = details.url;
    const allowed =
      u.startsWith('file://') ||
      u.startsWith('blob:file://') ||
      u.startsWith('devtools://') ||
      (devServerUrl ? u.startsWith(devServerUrl) || u.startsWith('ws://') : false);
    cb({ cancel: !allowed });
  });
  // Exports and backups are blob downloads: a native Save dialog, starting in Downloads.
  ses.on('will-download', (_event, item) => {
    item.setSaveDialogOptions({
      title: 'Save',
      defaultPath: join(app.getPath('downloads'), basename(item.getFilename())),
    });
  });
}

app.on('web-contents-created', (_e, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to AWS docs open in the user's browser; the app never opens windows.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
});

function focusWindow(): void {
  const win = mainWindow;
  if (!win) return;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}

/** Remembers size, position and maximized state; saved when they change and on close. */
function rememberWindow(win: BrowserWindow, dir: string, initial: WindowState): void {
  let state = initial;
  let timer: NodeJS.Timeout | null = null;
  const save = (): void => {
    try {
      saveWindowState(dir, state);
    } catch {
      // A read-only or full disk loses the window's place, nothing else.
    }
  };
  const capture = (): void => {
    const maximized = win.isMaximized();
    // While maximized keep the normal bounds, so un-maximizing next launch restores them.
    state = { bounds: maximized ? state.bounds : win.getNormalBounds(), maximized };
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, 400);
  };
  for (const ev of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(ev as 'resize', capture);
  win.on('close', () => {
    if (timer) clearTimeout(timer);
    capture();
    if (timer) clearTimeout(timer);
    save();
  });
}

function createWindow(dir: string): BrowserWindow {
  const displays = screen.getAllDisplays();
  const primaryId = screen.getPrimaryDisplay().id;
  // Primary first: placeWindow falls back to the first work area.
  const areas = [...displays].sort((a, b) => Number(b.id === primaryId) - Number(a.id === primaryId)).map((d) => d.workArea);
  const placed = placeWindow(loadWindowState(dir), areas);
  const win = new BrowserWindow({
    ...placed.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'AWS Study Desk',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15181d' : '#ffffff',
    webPreferences: { ...WEB_PREFERENCES, preload: join(here, '../preload/index.cjs') },
  });
  mainWindow = win;
  if (placed.maximized) win.maximize();
  rememberWindow(win, dir, placed);
  win.once('ready-to-show', () => win.show());
  win.webContents.once('did-finish-load', () => {
    const files = pendingOpens.splice(0);
    if (files.length) void importPaths(files);
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(join(here, '../renderer/index.html'));
  return win;
}

/** Imports note files and folders by path through the same channel as the Notes screen, then shows them. */
async function importPaths(paths: readonly string[]): Promise<void> {
  const ctx = handle?.ctx;
  if (!ctx || !paths.length) return;
  let files: string[];
  try {
    files = collectNotePaths(paths);
  } catch (e) {
    void dialog.showMessageBox({ type: 'warning', message: 'Some notes could not be opened', detail: (e as Error).message });
    return;
  }
  if (!files.length) {
    void dialog.showMessageBox({ type: 'info', message: 'No .md, .markdown or .txt files were found there.' });
    return;
  }
  const summaries: string[] = [];
  // The channel takes 50 files a request.
  for (let i = 0; i < files.length; i += 50) {
    const batch = files.slice(i, i + 50).map((p) => ({ name: basename(p), fileKey: p, contentBase64: readFileSync(p).toString('base64') }));
    const r = await dispatch('notes.import', { files: batch }, ctx);
    summaries.push(r.ok ? formatSummary(r.value as ImportSummary) : r.error.message);
  }
  showScreen('#/notes');
  void dialog.showMessageBox({ type: 'info', message: `Imported from ${paths.length === 1 ? basename(paths[0] ?? '') : `${paths.length} places`}`, detail: summaries.join('\n') });
}

async function chooseAndImport(): Promise<void> {
  const r = await dialog.showOpenDialog({
    title: 'Import notes',
    properties: ['openFile', 'openDirectory', 'multiSelections'],
    filters: [{ name: 'Notes', extensions: ['md', 'markdown', 'txt'] }],
  });
  if (!r.canceled) await importPaths(r.filePaths);
}

function start(): void {
  const dir = dataDir();
  try {
    handle = startApp({
      mode: 'electron',
      dataDir: dir,
      nativeBinding: electronNativeBinding(),
      // Installers carry the KB as an extra resource (electron-builder.yml).
      ...(app.isPackaged ? { kbPath: join(process.resourcesPath, 'kb.sqlite') } : {}),
    });
  } catch (e) {
    dialog.showErrorBox('AWS Study Desk cannot start', e instanceof AppError ? e.message : String(e));
    app.quit();
    return;
  }
  for (const n of handle.notices) void dialog.showMessageBox({ type: 'warning', message: 'AWS Study Desk', detail: n });
  const ctx = handle.ctx;
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, payload: unknown) => {
    // Only our own top-level page may call in (not iframes, not navigated-away content).
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url, devServerUrl))
      return { ok: false, error: { code: 'BAD_INPUT', message: 'IPC from an unexpected sender was refused.' } };
    const r = await dispatch(String(channel), payload, ctx);
    // The native parts (menus, dialogs, title bar) follow the theme the user picked.
    if (r.ok && channel === 'prefs.set') followTheme(payload);
    return r;
  });
  void Promise.resolve(dispatch('prefs.get', { key: 'ui.theme' }, ctx)).then((r) => {
    if (r.ok) followTheme({ key: 'ui.theme', value: (r.value as { value: unknown }).value });
  });
  hardenSession();
  buildMenu();
  aboutPanel(ctx);
  createWindow(dir);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(dir);
  });
}

function followTheme(payload: unknown): void {
  const p = payload as { key?: unknown; value?: unknown } | null;
  if (p?.key !== 'ui.theme') return;
  nativeTheme.themeSource = p.value === 'light' || p.value === 'dark' ? p.value : 'system';
}

// Command-line paths of this launch: the packaged app's argv is [exe, …]; unpackaged, [electron, app, …].
const argvSkip = (): number => (app.isPackaged ? 1 : 2);

app.enableSandbox();
if (!app.requestSingleInstanceLock()) {
  // Another instance owns the window: Electron hands it our command line ('second-instance') and we leave.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    focusWindow();
    const files = notePathsFromArgv(argv, cwd, argvSkip());
    if (!files.length) return;
    if (mainWindow && !mainWindow.webContents.isLoading()) void importPaths(files);
    else pendingOpens.push(...files);
  });
  pendingOpens.push(...notePathsFromArgv(process.argv, process.cwd(), argvSkip()));
  void app.whenReady().then(start);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
// A running import or restore finishes its transaction before the databases close (a worker is never killed
// mid-query), for at most 10 s.
let quitWaited = false;
app.on('before-quit', (event) => {
  const jobs = handle?.ctx.jobs;
  if (!jobs || quitWaited) return;
  quitWaited = true;
  event.preventDefault();
  void Promise.race([jobs.idle(), new Promise((r) => setTimeout(r, 10_000))]).then(() => app.quit());
});
app.on('will-quit', () => {
  handle?.close();
  handle = null;
});

/**
 * Electron main process: the thin window shell. Everything it calls (start-up, dispatch, handlers) runs
 * in plain Node too and is tested there; this file is what cannot run without the Electron binary.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type MenuItemConstructorOptions } from 'electron';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INVOKE_CHANNEL } from '../shared/ipc/bridge';
import { AppError } from '../shared/result';
import { startApp, type AppHandle } from './app';
import { dispatch } from './ipc/dispatch';
import { appRoot } from './paths';
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isAppUrl, WEB_PREFERENCES } from './security';

const here = dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
let handle: AppHandle | null = null;

/** better-sqlite3 built for Electron's ABI by `npm run rebuild:electron` (Node's build stays for tests). */
function electronNativeBinding(): string | undefined {
  // Installers rebuild better-sqlite3 for Electron in place (electron-builder npmRebuild).
  if (app.isPackaged) return undefined;
  const p = join(appRoot(), '.electron-native', 'better_sqlite3.node');
  return existsSync(p) ? p : undefined;
}

function buildMenu(): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'forceReload' },
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
        {
          label: 'AWS documentation',
          click: (): void => void shell.openExternal('https://docs.aws.amazon.com/'),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_wc, _permission, cb) => cb(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onHeadersReceived((details, cb) => {
    cb({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // No remote content at all: only our bundle (file:) and the dev server.
  ses.webRequest.onBeforeRequest((details, cb) => {
    const u = details.url;
    const allowed = u.startsWith('file://') || u.startsWith('devtools://') || (devServerUrl ? u.startsWith(devServerUrl) || u.startsWith('ws://') : false);
    cb({ cancel: !allowed });
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

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'AWS Study Desk',
    webPreferences: { ...WEB_PREFERENCES, preload: join(here, '../preload/index.cjs') },
  });
  win.once('ready-to-show', () => win.show());
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(join(here, '../renderer/index.html'));
}

app.enableSandbox();
void app.whenReady().then(() => {
  try {
    handle = startApp({
      mode: 'electron',
      dataDir: process.env.AWS_STUDY_DESK_DATA_DIR || app.getPath('userData'),
      nativeBinding: electronNativeBinding(),
      // Installers carry the KB as an extra resource (electron-builder.yml).
      ...(app.isPackaged ? { kbPath: join(process.resourcesPath, 'kb.sqlite') } : {}),
    });
  } catch (e) {
    dialog.showErrorBox('AWS Study Desk cannot start', e instanceof AppError ? e.message : String(e));
    app.quit();
    return;
  }
  for (const n of handle.notices) void dialog.showMessageBox({ type: 'warning', message: n });
  const ctx = handle.ctx;
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, payload: unknown) => {
    // Only our own top-level page may call in (not iframes, not navigated-away content).
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || !isAppUrl(frame.url, devServerUrl))
      return { ok: false, error: { code: 'BAD_INPUT', message: 'IPC from an unexpected sender was refused.' } };
    return dispatch(String(channel), payload, ctx);
  });
  hardenSession();
  buildMenu();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => handle?.close());

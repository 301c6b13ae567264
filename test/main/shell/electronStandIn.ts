/**
 * A recording stand-in for the `electron` module, so the built main process (out/main/index.js) and
 * preload (out/preload/index.cjs) run under plain Node in CI. It implements the calls our shell makes,
 * records them in order, and lets a test fire the events Electron would (ready, second-instance,
 * web-contents-created, IPC invokes, session callbacks).
 */
import { EventEmitter } from 'node:events';

export interface Call {
  what: string;
  args: unknown[];
}

export interface Display {
  id: number;
  workArea: { x: number; y: number; width: number; height: number };
}

type Fn = (...args: never[]) => unknown;

export interface StandInOptions {
  /** What app.requestSingleInstanceLock() answers (false: another instance runs). */
  singleInstance?: boolean;
  userData: string;
  downloads?: string;
  displays?: Display[];
  isPackaged?: boolean;
  dark?: boolean;
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((d: { url: string }) => { action: string }) | null = null;
  executed: string[] = [];
  inputEvents: unknown[] = [];
  loading = false;
  constructor(private readonly rec: Recorder) {
    super();
  }
  setWindowOpenHandler(h: (d: { url: string }) => { action: string }): void {
    this.rec.call('webContents.setWindowOpenHandler', []);
    this.windowOpenHandler = h;
  }
  executeJavaScript(code: string): Promise<unknown> {
    this.executed.push(code);
    return Promise.resolve(undefined);
  }
  sendInputEvent(e: unknown): void {
    this.inputEvents.push(e);
  }
  isLoading(): boolean {
    return this.loading;
  }
  /** Fires an event and says whether a listener called preventDefault. */
  fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export class Recorder {
  calls: Call[] = [];
  call(what: string, args: unknown[]): void {
    this.calls.push({ what, args });
  }
  index(what: string): number {
    return this.calls.findIndex((c) => c.what === what);
  }
  all(what: string): Call[] {
    return this.calls.filter((c) => c.what === what);
  }
}

/** Builds a fresh stand-in; `module` is what `import … from 'electron'` must resolve to. */
export function createElectronStandIn(opts: StandInOptions): {
  module: Record<string, unknown>;
  rec: Recorder;
  app: EventEmitter;
  windows: FakeWindow[];
  ipcHandlers: Map<string, Fn>;
  session: {
    permissionRequest: Fn | null;
    permissionCheck: Fn | null;
    headersReceived: Fn | null;
    beforeRequest: Fn | null;
    emitter: EventEmitter;
  };
  menuTemplate: () => unknown[] | null;
  nativeTheme: EventEmitter & { themeSource: string; shouldUseDarkColors: boolean };
  exposed: Map<string, unknown>;
  invokes: unknown[][];
  fireWebContentsCreated: (wc: FakeWebContents) => void;
  ready: () => Promise<void>;
} {
  const rec = new Recorder();
  const windows: FakeWindow[] = [];
  const ipcHandlers = new Map<string, Fn>();
  const exposed = new Map<string, unknown>();
  const invokes: unknown[][] = [];
  let menuTemplate: unknown[] | null = null;
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((r) => (resolveReady = r));
  const app = Object.assign(new EventEmitter(), {
    isPackaged: opts.isPackaged ?? false,
    enableSandbox: (): void => rec.call('app.enableSandbox', []),
    requestSingleInstanceLock: (): boolean => {
      rec.call('app.requestSingleInstanceLock', []);
      return opts.singleInstance ?? true;
    },
    whenReady: (): Promise<void> => readyPromise,
    isReady: (): boolean => rec.index('ready') >= 0,
    quit: (): void => rec.call('app.quit', []),
    getPath: (name: string): string => {
      if (name === 'userData') return opts.userData;
      if (name === 'downloads') return opts.downloads ?? '/home/user/Downloads';
      return `/fake/${name}`;
    },
    getVersion: (): string => '0.0.0-test',
    setAboutPanelOptions: (o: unknown): void => rec.call('app.setAboutPanelOptions', [o]),
    showAboutPanel: (): void => rec.call('app.showAboutPanel', []),
  });
  const sessionState = {
    permissionRequest: null as Fn | null,
    permissionCheck: null as Fn | null,
    headersReceived: null as Fn | null,
    beforeRequest: null as Fn | null,
    emitter: new EventEmitter(),
  };
  const defaultSession = {
    setPermissionRequestHandler: (h: Fn): void => {
      rec.call('session.setPermissionRequestHandler', []);
      sessionState.permissionRequest = h;
    },
    setPermissionCheckHandler: (h: Fn): void => {
      rec.call('session.setPermissionCheckHandler', []);
      sessionState.permissionCheck = h;
    },
    webRequest: {
      onHeadersReceived: (h: Fn): void => {
        rec.call('session.onHeadersReceived', []);
        sessionState.headersReceived = h;
      },
      onBeforeRequest: (h: Fn): void => {
        rec.call('session.onBeforeRequest', []);
        sessionState.beforeRequest = h;
      },
    },
    on: (ev: string, h: (...a: unknown[]) => void): void => {
      rec.call(`session.on:${ev}`, []);
      sessionState.emitter.on(ev, h);
    },
  };
  const nativeTheme = Object.assign(new EventEmitter(), { themeSource: 'system', shouldUseDarkColors: opts.dark ?? false });
  const displays = opts.displays ?? [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } }];

  class BrowserWindow extends FakeWindow {
    constructor(options: Record<string, unknown>) {
      super(rec, options);
      rec.call('new BrowserWindow', [options]);
      windows.push(this);
      app.emit('browser-window-created', {}, this);
    }
    static getAllWindows(): FakeWindow[] {
      return windows.filter((w) => !w.destroyed);
    }
  }

  const module: Record<string, unknown> = {
    app,
    BrowserWindow,
    ipcMain: {
      handle: (ch: string, fn: Fn): void => {
        rec.call('ipcMain.handle', [ch]);
        ipcHandlers.set(ch, fn);
      },
    },
    session: { defaultSession },
    Menu: {
      buildFromTemplate: (t: unknown[]): unknown => {
        menuTemplate = t;
        return { template: t };
      },
      setApplicationMenu: (m: unknown): void => rec.call('Menu.setApplicationMenu', [m]),
    },
    dialog: {
      showErrorBox: (title: string, content: string): void => rec.call('dialog.showErrorBox', [title, content]),
      showMessageBox: (o: unknown): Promise<{ response: number }> => {
        rec.call('dialog.showMessageBox', [o]);
        return Promise.resolve({ response: 0 });
      },
      showOpenDialog: (o: unknown): Promise<{ canceled: boolean; filePaths: string[] }> => {
        rec.call('dialog.showOpenDialog', [o]);
        return Promise.resolve({ canceled: true, filePaths: [] });
      },
      showSaveDialog: (o: unknown): Promise<{ canceled: boolean }> => {
        rec.call('dialog.showSaveDialog', [o]);
        return Promise.resolve({ canceled: true });
      },
    },
    shell: { openExternal: (url: string): Promise<void> => (rec.call('shell.openExternal', [url]), Promise.resolve()) },
    nativeTheme,
    screen: {
      getAllDisplays: (): Display[] => displays,
      getPrimaryDisplay: (): Display => displays[0] as Display,
    },
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown): void => {
        rec.call('contextBridge.exposeInMainWorld', [key]);
        exposed.set(key, value);
      },
    },
    webUtils: {
      // Electron answers '' for a File that did not come from disk.
      getPathForFile: (file: unknown): string => (file as { diskPath?: string }).diskPath ?? '',
    },
    ipcRenderer: {
      invoke: (...args: unknown[]): Promise<unknown> => {
        invokes.push(args);
        return Promise.resolve({ ok: true, value: null });
      },
    },
  };
  module.default = module;
  return {
    module,
    rec,
    app,
    windows,
    ipcHandlers,
    session: sessionState,
    menuTemplate: () => menuTemplate,
    nativeTheme,
    exposed,
    invokes,
    fireWebContentsCreated: (wc) => app.emit('web-contents-created', {}, wc),
    ready: async () => {
      rec.call('ready', []);
      app.emit('ready');
      resolveReady();
      // Let whenReady's continuation (start-up) run.
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

export class FakeWindow extends EventEmitter {
  webContents: FakeWebContents;
  loaded: { file?: string; url?: string } = {};
  destroyed = false;
  maximized = false;
  minimized = false;
  visible = false;
  focused = 0;
  bounds: { x: number; y: number; width: number; height: number };
  constructor(
    private readonly rec: Recorder,
    readonly options: Record<string, unknown>,
  ) {
    super();
    this.webContents = new FakeWebContents(rec);
    const o = options as { x?: number; y?: number; width?: number; height?: number };
    this.bounds = { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 800, height: o.height ?? 600 };
  }
  loadFile(p: string): Promise<void> {
    this.rec.call('win.loadFile', [p]);
    this.loaded.file = p;
    return Promise.resolve();
  }
  loadURL(u: string): Promise<void> {
    this.rec.call('win.loadURL', [u]);
    this.loaded.url = u;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  focus(): void {
    this.focused++;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  maximize(): void {
    this.maximized = true;
    this.emit('maximize');
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return { ...this.bounds };
  }
  setBounds(b: { x: number; y: number; width: number; height: number }): void {
    this.bounds = { ...b };
    this.emit('move');
    this.emit('resize');
  }
  close(): void {
    this.emit('close', { preventDefault: () => undefined });
    this.destroyed = true;
    this.emit('closed');
  }
}

import type { Api } from '../shared/ipc/api';

declare global {
  interface Window {
    /** Set by the preload in Electron; absent in web mode (the renderer builds a web client instead). */
    api?: Api;
    studyDeskMode?: 'electron';
    /** Set by the preload in Electron: the path of a File the user picked or dropped ('' / undefined for none). */
    studyDeskFiles?: { pathForFile: (file: File) => string | undefined };
  }
}
export {};

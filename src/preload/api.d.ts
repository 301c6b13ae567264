import type { Api } from '../shared/ipc/api';

declare global {
  interface Window {
    /** Set by the preload in Electron; absent in web mode (the renderer builds a web client instead). */
    api?: Api;
    studyDeskMode?: 'electron';
  }
}
export {};

/**
 * The only bridge between the sandboxed renderer and main: one `window.api`, one method per contract
 * channel, each forwarding to main's single dispatcher. `ipcRenderer` itself is never exposed.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createApi } from '../shared/ipc/api';
import { INVOKE_CHANNEL } from '../shared/ipc/bridge';

const api = createApi((channel, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, payload));
contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('studyDeskMode', 'electron');
/**
 * The path of a file the user picked or dropped: a note file's identity is its path (issue 14), and
 * Electron 32+ no longer puts `path` on File objects. Only a File the renderer already holds can be asked
 * about, so this reveals nothing the user did not hand over; anything else answers undefined.
 */
contextBridge.exposeInMainWorld('studyDeskFiles', {
  pathForFile: (file: unknown): string | undefined => {
    try {
      const p = webUtils.getPathForFile(file as File);
      return typeof p === 'string' && p.length > 0 ? p : undefined;
    } catch {
      return undefined;
    }
  },
});

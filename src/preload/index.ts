/**
 * The only bridge between the sandboxed renderer and main: one `window.api`, one method per contract
 * channel, each forwarding to main's single dispatcher. `ipcRenderer` itself is never exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../shared/ipc/api';
import { INVOKE_CHANNEL } from '../shared/ipc/bridge';

const api = createApi((channel, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, payload));
contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('studyDeskMode', 'electron');

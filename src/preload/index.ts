import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../shared/ipc/api';
import { CHANNEL_NAMES, MENU_COMMAND_EVENT } from '../shared/ipc/channels';

/**
 * The whole bridge: one named function per contract channel, plus the menu event.
 * `ipcRenderer` itself never reaches the page.
 */
const api = buildApi(
  CHANNEL_NAMES,
  (channel, request) => ipcRenderer.invoke(channel, request),
  (listener) => {
    const wrapped = (_event: unknown, actionId: unknown) => {
      if (typeof actionId === 'string') listener(actionId);
    };
    ipcRenderer.on(MENU_COMMAND_EVENT, wrapped);
    return () => ipcRenderer.off(MENU_COMMAND_EVENT, wrapped);
  },
);

contextBridge.exposeInMainWorld('api', api);

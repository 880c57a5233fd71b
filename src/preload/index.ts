import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../shared/ipc/api';
import { APP_EVENTS, CHANNEL_NAMES, MENU_COMMAND_EVENT } from '../shared/ipc/channels';

/**
 * The whole bridge: one named function per contract channel, plus the menu and app events.
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
  (event, listener) => {
    // Only the app's own events; the page never names an arbitrary IPC channel.
    if (!(APP_EVENTS as readonly string[]).includes(event)) return () => undefined;
    const wrapped = (_event: unknown, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.off(event, wrapped);
  },
);

contextBridge.exposeInMainWorld('api', api);

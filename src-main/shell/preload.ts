import { type IpcRendererEvent, contextBridge, ipcRenderer } from 'electron';

// The whole surface the page gets: one function to call the core, one to hear its change events.
// The main process checks the sender and the method, and the core validates the input.
contextBridge.exposeInMainWorld('presidio', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('presidio:invoke', method, input),
  onEvent: (listener: (event: unknown) => void) => {
    const relay = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on('presidio:event', relay);
    return () => {
      ipcRenderer.removeListener('presidio:event', relay);
    };
  },
});

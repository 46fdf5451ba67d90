import { contextBridge, ipcRenderer } from 'electron';

// The whole surface the page gets: one function, one channel. The main process checks the
// sender and the method, and the core validates the input, so nothing else is needed here.
contextBridge.exposeInMainWorld('presidio', {
  invoke: (method: string, input: unknown) => ipcRenderer.invoke('presidio:invoke', method, input),
});

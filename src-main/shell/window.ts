import { existsSync } from 'node:fs';
import { BrowserWindow, screen } from 'electron';
import { appEntryUrl } from './app-url';
import { fitWindowState, loadWindowState, minWindowSize, trackWindowState } from './window-state';

export interface MainWindowOptions {
  preload: string;
  stateFile: string;
  dev: boolean;
  /** A PNG for the window on Linux (macOS and Windows take the packaged app's icon). */
  icon?: string;
  onError?: (error: unknown) => void;
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea);
  const placement = fitWindowState(loadWindowState(options.stateFile), workAreas);
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    title: 'Presidio',
    // Shown once painted, so the window never flashes white before the console draws.
    show: false,
    backgroundColor: '#f5f6f8',
    icon: options.icon && existsSync(options.icon) ? options.icon : undefined,
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // DevTools only while developing: in a shipped app they would be a way around the UI.
      devTools: options.dev,
    },
  });
  if (placement.maximized) window.maximize();
  trackWindowState(window, options.stateFile, 500, options.onError);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appEntryUrl).catch(options.onError);
  return window;
}

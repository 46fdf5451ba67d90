import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, dialog, session } from 'electron';
import { osUserName } from '../accounts/local-account';
import { CoreClient } from '../core/core-client';
import { registerAppScheme, serveApp } from './app-protocol';
import { denyPermissions, guardContents } from './guard';
import { handleInvoke } from './ipc';
import { buildMenu } from './menu';
import { findNativeBinding, nativeBindingLocation } from './native-binding';
import { createMainWindow } from './window';

// The Electron main process: it wires the window to the core and does nothing else. All SQL runs
// in the core's worker thread, so this thread only moves messages and keeps the UI responsive.

const here = dirname(fileURLToPath(import.meta.url)); // out/main
const dev = !app.isPackaged;
const isMac = process.platform === 'darwin';

// Tests and side-by-side profiles point the whole profile (database, window state, Chromium's
// own files) elsewhere; it must happen before anything reads userData.
if (process.env.PRESIDIO_USER_DATA) app.setPath('userData', resolve(process.env.PRESIDIO_USER_DATA));

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  // One window per profile: two processes on one SQLite file would only fight over it.
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  void start();
}

async function start(): Promise<void> {
  const core = startCore();
  core.catch((error: unknown) => {
    dialog.showErrorBox('Presidio could not open its database', describeCoreFailure(error));
    app.exit(1);
  });
  // The desktop user owns their database: locally there is no sign-in and they act as admin, as
  // their own account (made at first start), so they can be picked as an assignee.
  const localActor = core.then((client) => client.internal({ op: 'localActor', userName: osUserName() }));
  localActor.catch(() => undefined); // a core that fails to start is reported just above
  handleInvoke({ window: () => mainWindow, core, actor: localActor, onError: logError });

  await app.whenReady();
  app.setAboutPanelOptions({ applicationName: 'Presidio', applicationVersion: app.getVersion(), copyright: 'Presidio' });
  denyPermissions(session.defaultSession);
  serveApp(session.defaultSession, join(here, '../renderer'));
  Menu.setApplicationMenu(buildMenu({ dev, isMac }));
  openWindow();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(); // macOS: dock click with no window
  });
  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    // Stop the core before exiting, so no write is cut off by the process going away.
    closing = true;
    event.preventDefault();
    void core
      .then((client) => client.close())
      .catch(() => undefined)
      .finally(() => app.quit());
  });
}

// async, so that anything thrown on the way reaches the error dialog rather than going unhandled.
async function startCore(): Promise<CoreClient> {
  const nativeBinding = findNativeBinding(layout());
  if (!nativeBinding) console.warn(`Presidio: no Electron build of better-sqlite3 at ${nativeBindingLocation(layout())}; run node scripts/electron-native.mjs`);
  return CoreClient.start(new URL('./core-worker.js', import.meta.url), {
    databaseFile: join(app.getPath('userData'), 'presidio.sqlite'),
    instance: 'desktop',
    version: app.getVersion(),
    nativeBinding,
  });
}

function openWindow(): void {
  mainWindow = createMainWindow({
    preload: join(here, '../preload/preload.cjs'),
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    dev,
    icon: dev ? join(app.getAppPath(), 'resources/icons/icon.png') : join(process.resourcesPath, 'icons/presidio.png'),
    onError: logError,
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function layout() {
  return { packaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath, electronVersion: process.versions.electron };
}

function describeCoreFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // The usual cause in development: better-sqlite3 was only built for Node's ABI.
  const hint = /NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(message)
    ? `\n\nbetter-sqlite3 has no build for this Electron. Run: node scripts/electron-native.mjs`
    : '';
  return `${message}${hint}`;
}

function logError(error: unknown): void {
  console.error('Presidio:', error);
}

import { type Session, type WebContents, shell } from 'electron';
import { isAppUrl } from './app-url';

// Everything the page could use to leave the app or reach the machine is closed here, once for
// every webContents: the console is a local app, not a browser.

const openInBrowser = (url: string) => {
  // Only https leaves the app, and only to the OS browser: no file:, no custom handlers, no http.
  try {
    if (new URL(url).protocol === 'https:') void shell.openExternal(url);
  } catch {
    // not a URL: nothing to open
  }
};

export function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    openInBrowser(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
}

/**
 * No camera, microphone, notifications, geolocation, USB, HID…: the console asks for none.
 * The one exception is writing (never reading) the clipboard from our own pages, so "copy this
 * IP/serial" buttons work as they do in the browser console.
 */
export function denyPermissions(session: Session): void {
  const allowed = (permission: string, url: string | undefined) => permission === 'clipboard-sanitized-write' && isAppUrl(url ?? '');
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(allowed(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowed(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
}

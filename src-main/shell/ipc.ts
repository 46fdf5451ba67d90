import { type BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron';
import type { Actor } from '../core/actor';
import { isApiMethod } from '../core/contract';
import type { CoreClient } from '../core/core-client';
import { type ErrorBody, toErrorBody } from '../core/errors';
import { isAppUrl } from './app-url';

// The one door from the window into the core. The renderer is treated like any remote caller:
// the sender is checked, the method must be part of the contract, and the core validates input.

export const invokeChannel = 'presidio:invoke';
/** Core change events, pushed from main to the window (never the other way). */
export const eventChannel = 'presidio:event';

export type Envelope = { ok: true; result: unknown } | { ok: false; error: ErrorBody };

/** Only our window's top frame, showing our own pages, may call: never an iframe or a foreign page. */
function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null): boolean {
  const frame = event.senderFrame;
  if (!window || window.isDestroyed() || !frame) return false;
  return event.sender.id === window.webContents.id && frame.parent === null && isAppUrl(frame.url);
}

export function handleInvoke(options: {
  window: () => BrowserWindow | null;
  core: Promise<CoreClient>;
  actor: Promise<Actor>;
  onError?: (error: unknown) => void;
}): void {
  // The core's change events go to our window as they come; the page only listens.
  options.core.then(
    (core) =>
      core.onEvent((event) => {
        const window = options.window();
        if (window && !window.isDestroyed() && isAppUrl(window.webContents.getURL())) window.webContents.send(eventChannel, event);
      }),
    () => undefined,
  );
  ipcMain.handle(invokeChannel, async (event, method: unknown, input: unknown): Promise<Envelope> => {
    if (!isTrustedSender(event, options.window())) {
      return { ok: false, error: { code: 'forbidden', message: 'This page may not call Presidio' } };
    }
    if (typeof method !== 'string' || !isApiMethod(method)) {
      return { ok: false, error: { code: 'not_found', message: `There is no method ${String(method)}` } };
    }
    try {
      const core = await options.core;
      return { ok: true, result: await core.call(method, input, await options.actor) };
    } catch (error) {
      const body = toErrorBody(error);
      if (body.code === 'internal') options.onError?.(error);
      return { ok: false, error: body };
    }
  });
}

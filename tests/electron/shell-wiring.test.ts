import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type FakeContents, fakeContents, recorded } from './fake-electron';

// The built Electron main process (out/main/shell.js) wired to a recording stand-in for Electron
// and to the real core worker: the IPC door, the app:// protocol, navigation and permission
// guards. It runs everywhere; the real window is covered by smoke.test.ts where Electron exists.

vi.mock('electron', () => import('./fake-electron'));

const repo = new URL('../..', import.meta.url).pathname;
const userData = mkdtempSync(join(tmpdir(), 'presidio-shell-'));

type Envelope = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };
let invoke: (sender: { id: number; frameUrl: string | null; parent?: object | null }, method: unknown, input?: unknown) => Promise<Envelope>;
let window: { webContents: FakeContents; loadedUrl: string };

beforeAll(async () => {
  const built = ['out/main/shell.js', 'out/main/core-worker.js', 'out/renderer/index.html'].every((file) => existsSync(join(repo, file)));
  if (!built) {
    const build = spawnSync(process.execPath, [join(repo, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'warn'], { cwd: repo, stdio: 'inherit' });
    expect(build.status, 'electron-vite build').toBe(0);
  }
  process.env.PRESIDIO_USER_DATA = userData;
  // What Electron's Node reports; the shell looks for its better-sqlite3 build by this version.
  Object.defineProperty(process.versions, 'electron', { value: '0.0.0-test', configurable: true });
  // No Electron build of better-sqlite3 exists for this made-up version: the shell says how to make one.
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  await import(/* @vite-ignore */ join(repo, 'out/main/shell.js'));
  expect(warn).toHaveBeenCalledWith(expect.stringContaining('scripts/electron-native.mjs'));
  warn.mockRestore();
  await vi.waitFor(() => expect(recorded.windows).toHaveLength(1), { timeout: 20_000 });
  window = recorded.windows[0]!;
  const handler = recorded.ipcHandlers.get('presidio:invoke')!;
  invoke = (sender, method, input = {}) =>
    handler(
      { sender: { id: sender.id }, senderFrame: sender.frameUrl === null ? null : { url: sender.frameUrl, parent: sender.parent ?? null } },
      method,
      input,
    ) as Promise<Envelope>;
}, 120_000);

afterAll(async () => {
  // What Electron does on quit: the shell stops the core worker, then quits again.
  const event = { preventDefault: vi.fn() };
  recorded.appListeners.get('will-quit')?.(event as never);
  await vi.waitFor(() => expect(recorded.quits).toBeGreaterThan(0));
  delete process.env.PRESIDIO_USER_DATA;
  Reflect.deleteProperty(process.versions, 'electron');
  rmSync(userData, { recursive: true, force: true });
});

const fromWindow = () => ({ id: window.webContents.id, frameUrl: 'app://presidio/index.html' });

describe('Electron shell wiring (stand-in Electron, real core)', () => {
  it('opens one sandboxed window on app://presidio with the profile in PRESIDIO_USER_DATA', () => {
    expect(recorded.userData).toBe(userData);
    expect(window.loadedUrl).toBe('app://presidio/index.html');
    expect(recorded.windowOptions[0]!.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((recorded.windowOptions[0]!.webPreferences as { preload: string }).preload)).toMatch(/out\/preload\/preload\.cjs$/);
    expect(recorded.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(recorded.errorBoxes).toEqual([]);
  });

  it('answers the window through the core, as the local admin with an account of their own', async () => {
    const answer = await invoke(fromWindow(), 'system.info');
    expect(answer).toMatchObject({ ok: true, result: { instance: 'desktop', actor: { id: expect.stringMatching(/^acc_/), role: 'admin' } } });
    expect(await invoke(fromWindow(), 'accounts.me')).toMatchObject({ ok: true, result: { account: { role: 'admin', archivedAt: null } } });
    expect(await invoke(fromWindow(), 'fleet.stats')).toMatchObject({ ok: true, result: { clients: 0 } });
  });

  it('returns errors as envelopes: unknown methods, invalid input', async () => {
    expect(await invoke(fromWindow(), 'no.such.method')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await invoke(fromWindow(), 42)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await invoke(fromWindow(), 'toString')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await invoke(fromWindow(), 'clients.get', { id: 12 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('refuses callers other than our window’s top frame on our origin', async () => {
    const refused = { ok: false, error: { code: 'forbidden' } };
    expect(await invoke({ ...fromWindow(), frameUrl: 'https://example.com/' }, 'system.info')).toMatchObject(refused);
    expect(await invoke({ ...fromWindow(), frameUrl: 'app://elsewhere/index.html' }, 'system.info')).toMatchObject(refused);
    expect(await invoke({ ...fromWindow(), parent: {} }, 'system.info')).toMatchObject(refused); // an iframe
    expect(await invoke({ ...fromWindow(), id: window.webContents.id + 100 }, 'system.info')).toMatchObject(refused);
    expect(await invoke({ ...fromWindow(), frameUrl: null }, 'system.info')).toMatchObject(refused); // the frame is gone
  });

  it('serves the console on app:// with the CSP, and nothing outside it', async () => {
    const serve = recorded.protocolHandlers.get('app')!;
    const page = await serve(new Request('app://presidio/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<html');
    expect((await serve(new Request('app://presidio/some/route'))).status).toBe(200);
    for (const url of ['app://presidio/..%2f..%2fpackage.json', 'app://presidio/..%5c..%5cpackage.json', 'app://other/index.html', 'app://presidio/missing.js']) {
      const refused = await serve(new Request(url));
      expect(refused.status, url).toBe(404);
      expect(refused.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
    expect((await serve(new Request('app://presidio/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('keeps every page in the app: navigation, new windows, webviews', () => {
    const contents = fakeContents();
    recorded.appListeners.get('web-contents-created')!({} as never, contents as never);
    const navigate = (url: string) => {
      const event = { preventDefault: vi.fn() };
      (contents.listeners.get('will-navigate') as (event: unknown, url: string) => void)(event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('app://presidio/index.html')).toBe(false);
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://example.com/docs' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'http://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    // Only https goes to the OS browser.
    expect(recorded.opened).toEqual(['https://example.com/', 'https://example.com/docs']);
    const webview = { preventDefault: vi.fn() };
    (contents.listeners.get('will-attach-webview') as (event: unknown) => void)(webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies permissions (writing the clipboard from our own pages aside)', () => {
    const ask = (permission: string, url: string) => {
      let granted: boolean | undefined;
      recorded.permissionRequest!(null, permission, (value) => (granted = value), { requestingUrl: url });
      return granted;
    };
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(ask(permission, 'app://presidio/index.html'), permission).toBe(false);
    }
    expect(ask('clipboard-sanitized-write', 'app://presidio/index.html')).toBe(true);
    expect(ask('clipboard-sanitized-write', 'https://example.com/')).toBe(false);
    expect(recorded.permissionCheck!(null, 'media', 'app://presidio')).toBe(false);
  });
});

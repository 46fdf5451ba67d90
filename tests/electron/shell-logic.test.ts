import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appEntryUrl, contentTypeOf, isAppUrl, resolveAppFile } from '../../src-main/shell/app-url';
import { findNativeBinding, nativeBindingLocation } from '../../src-main/shell/native-binding';
import {
  type Rect,
  type TrackedWindow,
  fitWindowState,
  loadWindowState,
  minWindowSize,
  parseWindowState,
  trackWindowState,
} from '../../src-main/shell/window-state';

// The Electron shell's decisions, tested under plain Node: none of these modules imports
// `electron`, so they run everywhere, including where Electron's runtime cannot be downloaded.

const root = join(tmpdir(), 'presidio-renderer');

describe('app:// file resolution', () => {
  it('maps our URLs to files under the renderer folder', () => {
    expect(resolveAppFile(root, appEntryUrl)).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://presidio/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile(root, 'app://presidio/assets/font%20file.woff2')).toBe(join(root, 'assets', 'font file.woff2'));
    expect(resolveAppFile(root, 'app://presidio/assets/x.js?v=1#top')).toBe(join(root, 'assets', 'x.js'));
  });

  it('serves index.html for the root and for client-side routes', () => {
    expect(resolveAppFile(root, 'app://presidio/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://presidio')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://presidio/clients/123')).toBe(join(root, 'index.html'));
  });

  it('refuses every way out of the folder', () => {
    for (const url of [
      'app://presidio/..%2f..%2fetc%2fpasswd',
      'app://presidio/%2e%2e/%2e%2e/etc/passwd',
      'app://presidio/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://presidio/..%5c..%5cwindows%5cwin.ini',
      'app://presidio/assets%5c..%5c..%5cx.js',
      'app://presidio/index.html%00.png',
      'app://presidio/%E0%A4%A', // malformed percent-encoding
      'app://presidio/%2Fetc/passwd.txt',
      'app://presidio/C:%5cWindows%5cwin.ini',
    ]) {
      const file = resolveAppFile(root, url);
      if (file !== null) expect(file.startsWith(root + sep), `${url} -> ${file}`).toBe(true);
    }
    expect(resolveAppFile(root, 'app://presidio/..%2f..%2fetc%2fpasswd')).toBeNull();
    // The URL parser folds "%2e%2e" segments like "..": what is left is a route inside, so index.html.
    expect(resolveAppFile(root, 'app://presidio/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://presidio/..%5c..%5cwindows%5cwin.ini')).toBeNull();
    expect(resolveAppFile(root, 'app://presidio/index.html%00.png')).toBeNull();
    expect(resolveAppFile(root, 'app://presidio/%E0%A4%A')).toBeNull();
    // Plain "../" is folded by the URL parser before it reaches us, and stays inside.
    expect(resolveAppFile(root, 'app://presidio/assets/../../../etc/passwd.txt')).toBe(join(root, 'etc', 'passwd.txt'));
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppFile(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppFile(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppFile(root, 'https://presidio/index.html')).toBeNull();
    expect(resolveAppFile(root, 'not a url')).toBeNull();
  });

  it('recognises only our origin as trusted', () => {
    expect(isAppUrl('app://presidio/index.html')).toBe(true);
    expect(isAppUrl('app://presidio/clients?x=1')).toBe(true);
    expect(isAppUrl('app://presidio.evil/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('https://presidio/index.html')).toBe(false);
    expect(isAppUrl('about:blank')).toBe(false);
    expect(isAppUrl('')).toBe(false);
  });

  it('names content types (unknown kinds stay opaque bytes)', () => {
    expect(contentTypeOf('/x/index.html')).toMatch(/^text\/html/);
    expect(contentTypeOf('/x/a.JS')).toMatch(/^text\/javascript/);
    expect(contentTypeOf('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('/x/a.exe')).toBe('application/octet-stream');
  });
});

describe('window state', () => {
  const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
  const right: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

  it('accepts a well-formed state and drops what is not', () => {
    expect(parseWindowState({ x: 10, y: 20, width: 1200, height: 800, maximized: true })).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
    expect(parseWindowState({ width: 1200, height: 800 })).toEqual({ width: 1200, height: 800, maximized: false });
    // Half a position is no position.
    expect(parseWindowState({ x: 10, width: 1200, height: 800 })).toEqual({ width: 1200, height: 800, maximized: false });
    expect(parseWindowState({ x: 'a', y: 2, width: 1200, height: 800, maximized: 'yes' })).toEqual({ width: 1200, height: 800, maximized: false });
    for (const bad of [null, undefined, 42, 'x', [], {}, { width: 0, height: 800 }, { width: 1200.5, height: 800 }, { width: Number.NaN, height: 1 }, { width: 1e9, height: 800 }, { width: '1200', height: 800 }]) {
      expect(parseWindowState(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('opens at the default size, centred, the first time', () => {
    expect(fitWindowState(undefined, [primary])).toEqual({ bounds: { width: 1280, height: 820 }, maximized: false });
    // On a small screen the default shrinks to fit.
    expect(fitWindowState(undefined, [{ x: 0, y: 0, width: 1024, height: 700 }]).bounds).toEqual({ width: 1024, height: 700 });
  });

  it('keeps a window where it was when that display is still there', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximized: true };
    expect(fitWindowState(saved, [primary, right])).toEqual({ bounds: { x: 2000, y: 100, width: 1400, height: 900 }, maximized: true });
  });

  it('recentres on the primary display when the window’s display is gone', () => {
    const saved = { x: 2000, y: 100, width: 1400, height: 900, maximized: false };
    expect(fitWindowState(saved, [primary])).toEqual({ bounds: { width: 1400, height: 900 }, maximized: false });
  });

  it('pulls a partly off-screen window inside, and shrinks an oversized one', () => {
    expect(fitWindowState({ x: -300, y: 900, width: 1000, height: 700, maximized: false }, [primary]).bounds).toEqual({ x: 0, y: 340, width: 1000, height: 700 });
    expect(fitWindowState({ x: 10, y: 10, width: 5000, height: 3000, maximized: false }, [primary]).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
    // It goes to the display it overlaps most.
    expect(fitWindowState({ x: 1800, y: 0, width: 1000, height: 800, maximized: false }, [primary, right]).bounds).toEqual({ x: 1920, y: 0, width: 1000, height: 800 });
  });

  it('never goes below the minimum size', () => {
    expect(fitWindowState({ x: 0, y: 0, width: 100, height: 50, maximized: false }, [primary]).bounds).toEqual({ x: 0, y: 0, ...minWindowSize });
  });

  describe('on disk', () => {
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'presidio-window-state-'));
      vi.useFakeTimers();
    });
    afterEach(() => {
      vi.useRealTimers();
      rmSync(dir, { recursive: true, force: true });
    });

    it('reads nothing from a missing or corrupt file', () => {
      const file = join(dir, 'window-state.json');
      expect(loadWindowState(file)).toBeUndefined();
      writeFileSync(file, '{"width": 12');
      expect(loadWindowState(file)).toBeUndefined();
      writeFileSync(file, '{"width": -5, "height": 800}');
      expect(loadWindowState(file)).toBeUndefined();
    });

    it('saves after the window settles, and at once on close', () => {
      const file = join(dir, 'window-state.json');
      const listeners = new Map<string, () => void>();
      let bounds: Rect = { x: 5, y: 6, width: 1000, height: 700 };
      const window: TrackedWindow = {
        on: (event, listener) => listeners.set(event, listener),
        isDestroyed: () => false,
        isMaximized: () => false,
        getNormalBounds: () => bounds,
      };
      trackWindowState(window, file, 500);
      listeners.get('move')!();
      bounds = { x: 50, y: 60, width: 1100, height: 750 };
      listeners.get('resize')!();
      vi.advanceTimersByTime(499);
      expect(loadWindowState(file)).toBeUndefined(); // debounced: nothing yet
      vi.advanceTimersByTime(1);
      expect(loadWindowState(file)).toEqual({ x: 50, y: 60, width: 1100, height: 750, maximized: false });

      bounds = { x: 70, y: 80, width: 900, height: 600 };
      listeners.get('close')!();
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 70, y: 80, width: 900, height: 600, maximized: false });
    });
  });
});

describe('Electron build of better-sqlite3', () => {
  it('is looked up beside the project in development and in resources/native when packaged', () => {
    const layout = { appPath: '/repo', resourcesPath: '/opt/Presidio/resources', electronVersion: '45.4.1' };
    expect(nativeBindingLocation({ ...layout, packaged: false })).toBe(join('/repo', '.electron-native', '45.4.1', 'better_sqlite3.node'));
    expect(nativeBindingLocation({ ...layout, packaged: true })).toBe(join('/opt/Presidio/resources', 'native', '45.4.1', 'better_sqlite3.node'));
    expect(findNativeBinding({ ...layout, packaged: false }, () => false)).toBeUndefined();
  });

  it('is where scripts/electron-native.mjs writes it', async () => {
    const script = (await import(new URL('../../scripts/electron-native.mjs', import.meta.url).href)) as {
      nativeBindingPath: (version: string, outRoot?: string) => string;
    };
    const repo = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
    expect(script.nativeBindingPath('45.4.1')).toBe(nativeBindingLocation({ packaged: false, appPath: repo, resourcesPath: '', electronVersion: '45.4.1' }));
  });
});

describe('npm start helpers', async () => {
  const start = (await import(new URL('../../scripts/start.mjs', import.meta.url).href)) as {
    userDataDir: (platform: string, env: Record<string, string | undefined>, home: string) => string;
    choosePort: (preferred: number) => Promise<number>;
  };

  it('uses the folder Electron uses for userData', () => {
    expect(start.userDataDir('linux', {}, '/home/ada')).toBe('/home/ada/.config/Presidio');
    expect(start.userDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ada')).toBe('/xdg/Presidio');
    expect(start.userDataDir('darwin', {}, '/Users/ada')).toBe('/Users/ada/Library/Application Support/Presidio');
    expect(start.userDataDir('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }, 'C:\\Users\\ada')).toContain('Presidio');
    expect(start.userDataDir('linux', { PRESIDIO_USER_DATA: '/tmp/p' }, '/home/ada')).toBe('/tmp/p');
  });

  it('takes the preferred port when it is free and lets the OS choose when it is not', async () => {
    const busy = createServer();
    await new Promise<void>((listening) => busy.listen(0, '127.0.0.1', listening));
    const port = (busy.address() as { port: number }).port;
    try {
      expect(await start.choosePort(port)).toBe(0);
    } finally {
      await new Promise((closed) => busy.close(closed));
    }
    expect(await start.choosePort(port)).toBe(port);
  });
});

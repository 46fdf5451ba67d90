import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The desktop app end to end: the window, the preload bridge, IPC, the core worker on the
// Electron build of better-sqlite3, and the console listing demo clients. It needs Electron's
// runtime, which downloads from the internet on first start; where that binary is missing this
// test skips and says so loudly (the same UI is tested in Chromium against the hub elsewhere).

const repo = new URL('../..', import.meta.url).pathname;

type Envelope<T = unknown> = { ok: true; result: T } | { ok: false; error: { code: string; message: string } };
type Bridge = { invoke: (method: string, input: unknown) => Promise<Envelope> };

/** The Electron executable, without triggering node_modules/electron's download-on-require. */
function electronExecutable(): string | undefined {
  const dir = join(repo, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const file = join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(dir, 'dist'), readFileSync(pathFile, 'utf8').trim());
  return existsSync(file) ? file : undefined;
}

const executablePath = electronExecutable();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const skipReason = !executablePath
  ? "Electron binary not installed (it downloads from the internet on first start: node node_modules/electron/install.js); the Electron smoke test did not run"
  : !hasDisplay
    ? 'no display for Electron on this Linux machine (run the tests under xvfb-run); the Electron smoke test did not run'
    : undefined;

// Said at collection time, not in beforeAll: vitest runs no hooks in a suite whose tests are all skipped.
if (skipReason) console.warn(`\n⚠⚠⚠  SKIPPED: ${skipReason}.\n`);

describe('Electron desktop app (smoke)', () => {
  let userData: string | undefined;

  beforeAll(() => {
    if (skipReason) return;
    const build = (args: string[]) => spawnSync(process.execPath, args, { cwd: repo, stdio: 'inherit' }).status;
    if (!existsSync(join(repo, 'out', 'main', 'shell.js'))) {
      expect(build([join(repo, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build']), 'electron-vite build').toBe(0);
    }
    // The Electron build of better-sqlite3 (made once per Electron version; its headers come from the same place Electron did).
    expect(build([join(repo, 'scripts', 'electron-native.mjs')]), 'scripts/electron-native.mjs').toBe(0);
    userData = mkdtempSync(join(tmpdir(), 'presidio-electron-'));
  }, 15 * 60_000);

  afterAll(() => {
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  it.skipIf(Boolean(skipReason))(
    'opens the console in a sandboxed window and lists the demo clients loaded over IPC',
    async () => {
      // ELECTRON_RUN_AS_NODE (set by some editors' terminals) would make Electron a plain Node.
      const env: Record<string, string> = { PRESIDIO_USER_DATA: userData! };
      for (const [key, value] of Object.entries(process.env)) {
        if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE' && !(key in env)) env[key] = value;
      }
      const app = await electron.launch({ executablePath, args: [repo], env, timeout: 60_000 });
      try {
        const page = await app.firstWindow();
        await page.waitForLoadState('domcontentloaded');
        expect(page.url()).toBe('app://presidio/index.html');
        // The page gets the bridge and nothing of Node.
        expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');

        const invoke = <T,>(method: string, input: unknown) =>
          page.evaluate(([m, i]) => (window as unknown as { presidio: Bridge }).presidio.invoke(m as string, i), [method, input] as const) as Promise<Envelope<T>>;

        const unknown = await invoke('no.such.method', {});
        expect(unknown.ok).toBe(false);

        const loaded = await invoke<{ clients: number }>('fleet.loadDemo', {});
        expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
        const listed = await invoke<{ items: Array<{ name: string }> }>('clients.list', {});
        if (!listed.ok) throw new Error(JSON.stringify(listed.error));
        const name = listed.result.items[0]?.name;
        expect(name, 'the demo has clients').toBeTruthy();

        await page.reload(); // the console reads the fleet afresh, now that the demo is in
        await page.getByText(name!).first().waitFor({ state: 'visible', timeout: 20_000 });
      } finally {
        await app.close();
      }
    },
    180_000,
  );
});

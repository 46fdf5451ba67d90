import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../..');
const hubEntry = join(repoRoot, 'out/main/hub.js');
const startTimeoutMs = 30_000;

export interface Hub {
  url: string;
  dataDir: string;
  /** A fresh one-time sign-in link, from POST /auth/link with the admin token. */
  signInLink(): Promise<string>;
  stop(): Promise<void>;
}

export const temporaryDataDir = () => mkdtempSync(join(tmpdir(), 'presidio-e2e-'));
export const removeDataDir = (dir: string) => rmSync(dir, { recursive: true, force: true });

/**
 * Starts the built hub (out/main/hub.js) on a free loopback port and waits for the line that
 * says where it listens. Each test file gets its own data folder.
 */
export async function startHub(dataDir: string, options: { demo?: boolean } = {}): Promise<Hub> {
  const child = spawn(process.execPath, [hubEntry, '--port', '0', '--host', '127.0.0.1', '--data', dataDir, ...(options.demo ? ['--demo'] : [])], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PRESIDIO_LOG: 'warn' },
  });
  const url = await listeningUrl(child);
  const token = readFileSync(join(dataDir, 'admin-token'), 'utf8').trim();
  return {
    url,
    dataDir,
    async signInLink() {
      const response = await fetch(`${url}/auth/link`, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
      if (!response.ok) throw new Error(`POST /auth/link answered ${response.status}`);
      return ((await response.json()) as { url: string }).url;
    },
    stop: () => stop(child),
  };
}

function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((ready, fail) => {
    let stdout = '';
    let stderr = '';
    let settled = false;
    const timer = setTimeout(() => finish(new Error(`the hub did not start within ${startTimeoutMs} ms\n${stdout}${stderr}`)), startTimeoutMs);
    const finish = (outcome: string | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stdout?.removeAllListeners('data');
      if (outcome instanceof Error) {
        child.kill('SIGKILL');
        fail(outcome);
      } else ready(outcome);
    };
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) finish(match[1]!);
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('exit', (code) => finish(new Error(`the hub exited with code ${code} before listening\n${stdout}${stderr}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

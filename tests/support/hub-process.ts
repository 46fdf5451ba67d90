import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const hubScript = fileURLToPath(new URL('../../out/main/hub.js', import.meta.url));

export interface HubProcess {
  url: string;
  signInUrl: string;
  dataDir: string;
  token: string;
  process: ChildProcess;
  /** POST /api/v1/<method> with the admin token; returns status and parsed body. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever the hub answered
  call(method: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir?: string;
  args?: string[];
  env?: Record<string, string>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'presidio-hub-'));
}

/** Starts the built hub (out/main/hub.js) as a real process on a free loopback port. */
export async function startHubProcess(options: StartOptions = {}): Promise<HubProcess> {
  const dataDir = options.dataDir ?? tempDataDir();
  const child = spawn(process.execPath, [hubScript, '--port', '0', '--data', dataDir, ...(options.args ?? [])], {
    env: { ...process.env, PRESIDIO_LOG: 'warn', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const { url, signInUrl } = await new Promise<{ url: string; signInUrl: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start in time:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /listening on (http:\/\/\S+)/.exec(output);
      const signIn = /Sign in from a browser: (\S+)/.exec(output);
      if (listening && signIn) {
        clearTimeout(timer);
        resolve({ url: listening[1]!, signInUrl: signIn[1]! });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`hub exited with ${code}:\n${output}`));
    });
  });
  const token = options.env?.PRESIDIO_TOKEN ?? readFileSync(join(dataDir, 'admin-token'), 'utf8').trim();
  return {
    url,
    signInUrl,
    dataDir,
    token,
    process: child,
    async call(method, body, headers = {}) {
      const response = await fetch(`${url}/api/v1/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: await response.json() };
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.kill('SIGTERM');
      await exited;
      clearTimeout(force);
    },
  };
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

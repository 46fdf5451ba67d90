import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CappedBuffer } from './capped-buffer';

export interface ChildOutcome {
  stdout: string;
  stderr: string;
  exitCode: number | null;
  /** True when the child was killed at the deadline. */
  timedOut: boolean;
  /** Set when the child could not be started at all. */
  spawnError?: Error;
}

// Parsers read English; LC_ALL=C makes Unix pings speak it whatever the machine's language.
const CHILD_ENV = { ...process.env, LC_ALL: 'C' };

/** Runs a command that can never outlive `timeoutMs` nor buffer more than `maxOutputBytes` per stream. */
export function runBounded(file: string, args: string[], timeoutMs: number, maxOutputBytes: number): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const stdout = new CappedBuffer(maxOutputBytes);
    const stderr = new CappedBuffer(maxOutputBytes);
    let settled = false;
    const finish = (exitCode: number | null, timedOut: boolean, spawnError?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ stdout: stdout.content().toString('utf8'), stderr: stderr.content().toString('utf8'), exitCode, timedOut, ...(spawnError && { spawnError }) });
    };
    const child = spawn(file, args, { env: CHILD_ENV, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      finish(null, true);
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => stdout.add(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.add(chunk));
    child.once('error', (error) => finish(null, false, error));
    child.once('close', (code) => finish(code, false));
  });
}

const executableCache = new Map<string, string | null>();

/** Absolute path of `name` on PATH, or null; remembered per PATH so probes do not stat the disk each run. */
export function findExecutable(name: string): string | null {
  const searchPath = process.env.PATH ?? '';
  const key = `${name}\0${searchPath}`;
  let found = executableCache.get(key);
  if (found === undefined) {
    found = searchExecutable(name, searchPath);
    executableCache.set(key, found);
  }
  return found;
}

function searchExecutable(name: string, searchPath: string): string | null {
  const extensions = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE').split(';') : [''];
  for (const dir of searchPath.split(delimiter)) {
    if (!dir) continue;
    for (const extension of extensions) {
      const candidate = join(dir, name + extension);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // Not in this directory; keep looking.
      }
    }
  }
  return null;
}

import { readFileSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { Runner } from './runner';
import type { ToRunner } from './runner-protocol';
import { defaultLimits, type SchedulerLimits } from './scheduler';

// The "checks-runner" thread, started by the core worker: scheduler and probes, no SQL.

/** Every probe holds a socket or a pipe: stay well under the open-file limit (Linux says what it is). */
function limits(): SchedulerLimits {
  try {
    const soft = /^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1];
    if (soft) return { ...defaultLimits, maxConcurrent: Math.max(16, Math.min(defaultLimits.maxConcurrent, Math.floor(Number(soft) / 2))) };
  } catch {
    // Not Linux: the default cap stands.
  }
  return defaultLimits;
}

const port = parentPort!;
const runner = new Runner({ post: (message) => port.postMessage(message), limits: limits() });
port.on('message', (message: ToRunner) => {
  runner.handle(message);
  if (message.type === 'stop') port.close();
});

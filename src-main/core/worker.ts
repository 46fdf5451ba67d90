import { parentPort, workerData } from 'node:worker_threads';
import { runInternal } from '../accounts/internal';
import { ChecksMonitor } from '../checks/monitor';
import { workerRunner } from '../checks/runner-link';
import { openStore } from '../store/store';
import { generateDueTasks } from '../tasks/plans';
import { refreshSlaStates } from '../tasks/rows';
import { TaskFeed } from '../tasks/task-feed';
import { coreAlertHooks } from './app';
import { createDispatcher } from './dispatch';
import { toErrorBody } from './errors';
import type { CallRequest, CoreOptions, InternalCall, WorkerMessage } from './worker-protocol';

// The core's thread: it owns the only writable connection, and every SQL statement runs here,
// never on the Electron main thread or the hub's HTTP thread. Probes run in a thread of their own
// (checks-runner.js, built beside this file), so their I/O never waits behind a long query.

const port = parentPort!;
const options = workerData as CoreOptions;
const post = (message: WorkerMessage) => port.postMessage(message);

try {
  const store = openStore(options.databaseFile, { nativeBinding: options.nativeBinding });
  const checks = new ChecksMonitor(store, {
    instance: options.instance,
    runner: workerRunner(new URL('./checks-runner.js', import.meta.url)),
    emit: (event) => post({ type: 'event', event }),
    onError: (error) => console.error('checks:', error),
    alertHooks: coreAlertHooks,
  });
  const dispatch = createDispatcher(store, { instance: options.instance, version: options.version, checks });
  const now = () => new Date();
  port.on('message', (message: CallRequest | InternalCall) => {
    const { id } = message;
    try {
      const result = 'internal' in message ? runInternal(store, message.internal, now) : dispatch(message.method, message.input, message.actor);
      if (result instanceof Promise) {
        result.then(
          (value: unknown) => post({ type: 'result', id, result: value }),
          (error: unknown) => post({ type: 'error', id, error: toErrorBody(error) }),
        );
      } else {
        post({ type: 'result', id, result });
      }
    } catch (error) {
      post({ type: 'error', id, error: toErrorBody(error) });
    }
  });
  checks.start();
  // Service tasks: plans make their next tasks at start and hourly; SLA states turn at risk or
  // breached by themselves, checked every minute (an indexed read of the tasks that are due to).
  const background = (name: string, work: Parameters<typeof store.write>[0]) => {
    try {
      store.write(work);
    } catch (error) {
      console.error(`${name}:`, error);
    }
  };
  background('plans', (tx) => generateDueTasks(tx, new Date()));
  background('sla', (tx) => refreshSlaStates(tx, new Date()));
  setInterval(() => background('plans', (tx) => generateDueTasks(tx, new Date())), 3_600_000).unref();
  setInterval(() => background('sla', (tx) => refreshSlaStates(tx, new Date())), 60_000).unref();
  const taskFeed = new TaskFeed(store.read);
  setInterval(() => {
    const event = taskFeed.poll();
    if (event) post({ type: 'event', event });
  }, 500).unref();
  post({ type: 'ready', nodeId: store.nodeId });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

import { Worker } from 'node:worker_threads';
import { Runner, type RunnerOptions } from './runner';
import type { FromRunner, ToRunner } from './runner-protocol';

/** The core's end of the runner, wherever the runner lives. */
export interface RunnerLink {
  send(message: ToRunner): void;
  /** `exited` is called when the runner dies unasked (a crash), never after `close`. */
  listen(listeners: { message: (message: FromRunner) => void; exited: (reason: string) => void }): void;
  close(): Promise<void>;
}

export type RunnerFactory = () => RunnerLink;

/** The app: the runner in its own thread, from the built checks-runner.js beside the core worker. */
export function workerRunner(file: URL): RunnerFactory {
  return () => {
    const worker = new Worker(file);
    let closing = false;
    return {
      send: (message) => worker.postMessage(message),
      listen({ message, exited }) {
        worker.on('message', message);
        worker.on('error', (error) => {
          if (!closing) exited(error.message);
        });
        worker.on('exit', (code) => {
          if (!closing) exited(`exit code ${code}`);
        });
      },
      async close() {
        closing = true;
        await worker.terminate();
      },
    };
  };
}

/**
 * Tests (vitest runs TypeScript sources, with no built worker file): the same runner in this thread.
 * Messages still go through the event loop, as they would between threads.
 */
export function inProcessRunner(options: Omit<RunnerOptions, 'post'> = {}): RunnerFactory {
  return () => {
    let deliver: (message: FromRunner) => void = () => {};
    const runner = new Runner({ ...options, post: (message) => queueMicrotask(() => deliver(message)) });
    return {
      send: (message) => queueMicrotask(() => runner.handle(message)),
      listen({ message }) {
        deliver = message;
      },
      async close() {
        runner.stop();
      },
    };
  };
}

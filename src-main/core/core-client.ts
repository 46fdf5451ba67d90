import { Worker } from 'node:worker_threads';
import type { InternalRequest, InternalResult } from '../accounts/internal';
import type { Actor } from './actor';
import { AppError } from './errors';
import type { CallRequest, CoreEvent, CoreOptions, InternalCall, WorkerMessage } from './worker-protocol';

/** The hosts' handle on the core worker: `call` sends a method and resolves with its answer. */
export class CoreClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private readonly listeners = new Set<(event: CoreEvent) => void>();
  /** Set once the worker has gone: later calls fail at once instead of waiting forever. */
  private stopped: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'event') {
        for (const listener of this.listeners) listener(message.event);
        return;
      }
      if (message.type !== 'result' && message.type !== 'error') return;
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.type === 'result') waiter.resolve(message.result);
      else waiter.reject(new AppError(message.error.code, message.error.message, message.error.fields));
    });
    worker.on('exit', (code) => this.failAll(new Error(`The core stopped (exit code ${code})`)));
    worker.on('error', (error) => this.failAll(error));
  }

  /** Starts the worker from `workerFile` (the built core-worker.js) and waits until its database is open. */
  static start(workerFile: URL | string, options: CoreOptions): Promise<CoreClient> {
    const worker = new Worker(workerFile, { workerData: options });
    return new Promise((resolve, reject) => {
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'ready') {
          worker.off('message', onMessage);
          resolve(new CoreClient(worker));
        } else if (message.type === 'failed') {
          void worker.terminate();
          reject(new Error(message.message));
        }
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
  }

  call(method: string, input: unknown, actor: Actor): Promise<unknown> {
    return this.send((id) => ({ id, method, input, actor }) satisfies CallRequest);
  }

  /** The hosts' own requests (sign-in, sessions, the desktop user's account): see accounts/internal.ts. */
  internal<R extends InternalRequest>(request: R): Promise<InternalResult<R>> {
    return this.send((id) => ({ id, internal: request }) satisfies InternalCall) as Promise<InternalResult<R>>;
  }

  private send(message: (id: number) => CallRequest | InternalCall): Promise<unknown> {
    if (this.stopped) return Promise.reject(this.stopped);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage(message(id));
    });
  }

  /** Calls `listener` with every event the core pushes (see CoreEvent); returns the unsubscribe. */
  onEvent(listener: (event: CoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private failAll(error: Error): void {
    this.stopped = error;
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accountsTable } from '../accounts/tables';
import { ChecksMonitor, type MonitorOptions } from '../checks/monitor';
import { inProcessRunner } from '../checks/runner-link';
import { openStore, type Store, type StoreOptions } from '../store/store';
import type { Actor } from './actor';
import { AppError } from './errors';
import type { Api, ApiMethod } from './contract';
import { coreAlertHooks } from './app';
import { createDispatcher } from './dispatch';
import type { InputOf, ResultOf } from './method';

export const testAdmin: Actor = { id: 'test-admin', name: 'Test Admin', role: 'admin' };
export const testTechnician: Actor = { id: 'test-tech', name: 'Test Technician', role: 'technician' };

/** The test actors are people with accounts, so tests can assign tasks to them. */
function addTestAccounts(store: Store): void {
  store.write((tx) => {
    for (const actor of [testAdmin, testTechnician]) {
      tx.insert(accountsTable, actor.id, { login: actor.id, name: actor.name, role: actor.role, created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' });
    }
  });
}

export interface TestCore {
  dir: string;
  file: string;
  store: Store;
  /** The checks monitor, with the runner in this thread. */
  checks: ChecksMonitor;
  call<M extends ApiMethod>(method: M, input: InputOf<Api, M>, actor?: Actor): ResultOf<Api, M>;
  /** For bad-input tests: no compile-time checking of the input. */
  callRaw(method: string, input: unknown, actor?: Actor): unknown;
  close(): void;
}

/** A real core on a real SQLite file in a fresh temp folder, called in-process (tests only). */
export function openTestCore(options: StoreOptions & { now?: () => Date; instance?: 'desktop' | 'hub'; checks?: Partial<MonitorOptions> } = {}): TestCore {
  const instance = options.instance ?? 'hub';
  const dir = mkdtempSync(join(tmpdir(), 'presidio-test-'));
  const file = join(dir, 'presidio.sqlite');
  const store = openStore(file, options);
  addTestAccounts(store);
  const checks = new ChecksMonitor(store, { instance, runner: inProcessRunner(), alertHooks: coreAlertHooks, ...options.checks }).start();
  const dispatch = createDispatcher(store, { instance, version: 'test', now: options.now, checks });
  return {
    dir,
    file,
    store,
    checks,
    call: (method, input, actor = testAdmin) => dispatch(method, input, actor) as never,
    callRaw: (method, input, actor = testAdmin) => dispatch(method, input, actor),
    close() {
      void checks.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The AppError a call throws, for asserting on its code and fields. */
export function errorOf(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the call to fail, and it succeeded');
}

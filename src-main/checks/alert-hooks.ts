import type { WriteTx } from '../store/write-tx';
import type { ResultStatus } from './status';

/** An alert that just opened, as other domains hear of it (inside the transaction that opened it). */
export interface AlertOpened {
  alertId: string;
  checkId: string;
  clientId: string;
  deviceId: string | null;
  severity: ResultStatus;
  message: string;
  /** ISO-8601 UTC: the result that opened it. */
  at: string;
}

export interface AlertClosed {
  alertId: string;
  checkId: string;
  clientId: string;
  deviceId: string | null;
  message: string;
  at: string;
  /** recovered: the check is back to ok; checkDeleted: the check was deleted with its alert open. */
  reason: 'recovered' | 'checkDeleted';
}

/**
 * What other domains do when an alert opens or closes, in the same write transaction. The checks
 * domain knows nothing of them: the core composes the list (core/app.ts) and hands it to the monitor.
 */
export interface AlertHook {
  opened?(tx: WriteTx, alert: AlertOpened): void;
  closed?(tx: WriteTx, alert: AlertClosed): void;
}

export interface AlertHooks {
  opened(tx: WriteTx, alert: AlertOpened): void;
  closed(tx: WriteTx, alert: AlertClosed): void;
}

/** Calls each hook in turn. A hook that throws aborts the transaction it runs in. */
export function alertHooks(hooks: readonly AlertHook[] = []): AlertHooks {
  return {
    opened: (tx, alert) => hooks.forEach((hook) => hook.opened?.(tx, alert)),
    closed: (tx, alert) => hooks.forEach((hook) => hook.closed?.(tx, alert)),
  };
}

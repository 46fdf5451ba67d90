import type { ResultStatus } from './status';

/** This instance's running verdict on one check. */
export interface Verdict {
  /** null until the check has a verdict: its first ok result, or `retries` failures in a row. */
  state: ResultStatus | null;
  /** Non-ok results in a row. */
  fails: number;
  /** When the state last changed (epoch ms). */
  since: number | null;
  /** A maintenance window kept this failure from opening an alert (logged once per failure). */
  suppressed: boolean;
  alert: { id: string; severity: ResultStatus } | null;
}

export const noVerdict: Verdict = { state: null, fails: 0, since: null, suppressed: false, alert: null };

export type Effect =
  | { type: 'stateChanged'; from: ResultStatus | null; to: ResultStatus }
  | { type: 'alertOpened'; id: string; severity: ResultStatus }
  | { type: 'alertSeverityChanged'; id: string; severity: ResultStatus }
  | { type: 'alertClosed'; id: string }
  | { type: 'alertSuppressed'; windowId: string; severity: ResultStatus };

/**
 * Folds one result into a verdict. A failure (any status but ok) changes the state only once it has
 * happened `retries` times in a row, and then opens an alert with the failure's severity — unless a
 * maintenance window covers the result, in which case the suppression is logged instead. The first
 * ok result recovers the check and closes its alert. Pure: the caller writes the effects.
 */
export function judge(
  verdict: Verdict,
  result: { status: ResultStatus; at: number },
  retries: number,
  maintenanceWindowId: string | null,
  newAlertId: () => string,
): { verdict: Verdict; effects: Effect[] } {
  const effects: Effect[] = [];
  const next: Verdict = { ...verdict };

  if (result.status === 'ok') {
    next.fails = 0;
    next.suppressed = false;
    if (verdict.state !== 'ok') {
      // A first ok is no news: only a recovery from a failure is worth a line in the timeline.
      if (verdict.state !== null) effects.push({ type: 'stateChanged', from: verdict.state, to: 'ok' });
      next.state = 'ok';
      next.since = result.at;
    }
    if (verdict.alert) {
      effects.push({ type: 'alertClosed', id: verdict.alert.id });
      next.alert = null;
    }
    return { verdict: next, effects };
  }

  next.fails = verdict.fails + 1;
  if (next.fails < retries) return { verdict: next, effects };

  if (verdict.state !== result.status) {
    effects.push({ type: 'stateChanged', from: verdict.state, to: result.status });
    next.state = result.status;
    next.since = result.at;
  }
  if (verdict.alert) {
    if (verdict.alert.severity !== result.status) {
      effects.push({ type: 'alertSeverityChanged', id: verdict.alert.id, severity: result.status });
      next.alert = { id: verdict.alert.id, severity: result.status };
    }
  } else if (maintenanceWindowId !== null) {
    if (!verdict.suppressed) effects.push({ type: 'alertSuppressed', windowId: maintenanceWindowId, severity: result.status });
    next.suppressed = true;
  } else {
    const id = newAlertId();
    effects.push({ type: 'alertOpened', id, severity: result.status });
    next.alert = { id, severity: result.status };
  }
  return { verdict: next, effects };
}

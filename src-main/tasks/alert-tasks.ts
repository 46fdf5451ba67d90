import type { AlertClosed, AlertHook, AlertOpened } from '../checks/alert-hooks';
import { listAlerts } from '../checks/alerts';
import type { Actor } from '../core/actor';
import { newId } from '../core/ids';
import type { AlertPriorityRule, Criticality } from '../settings/schemas';
import { readSetting } from '../settings/settings';
import type { Queries } from '../store/queries';
import { sharedTable } from '../store/shared-table';
import type { WriteTx } from '../store/write-tx';
import { insertTask, recordHistory } from './rows';
import type { Priority } from './schemas';
import { taskNotesTable, tasksTable } from './tables';

// Check alerts become incident tasks. One open task per device (per check for a check on no device):
// the first alert opens it, later alerts while it is open add a note to it, every recovery adds a
// note; once that task is resolved or closed, the next alert opens a new one. Runs inside the
// transaction that opens or closes the alert, so an alert never exists without its task.

export const alertTasksTable = sharedTable('alert_tasks', ['task_id', 'scope', 'opened_task', 'at']);

/** Writes as the system: its notes are no response (the SLA response clock keeps running). */
export const alertActor: Actor = { id: 'system', name: 'Presidio', role: 'admin' };

/** A device's criticality to a task priority; a check on no device counts as medium. */
export function priorityFor(rule: AlertPriorityRule, criticality: Criticality | null): Priority {
  return rule[criticality ?? 'medium'];
}

export const scopeOf = (alert: { deviceId: string | null; checkId: string }) => (alert.deviceId ? `device:${alert.deviceId}` : `check:${alert.checkId}`);

/** The open task an alert opened for this scope, if any (the newest). */
export function openAlertTask(db: Queries, scope: string): string | undefined {
  return db.value<string>(
    `SELECT t.id FROM alert_tasks a JOIN tasks t ON t.id = a.task_id
     WHERE a.scope = ? AND a.opened_task = 1 AND t.status NOT IN ('resolved', 'closed')
     ORDER BY a.at DESC, a.rowid DESC LIMIT 1`,
    [scope],
  );
}

/** A note written by Presidio: in the timeline and the history, without counting as the response. */
export function addSystemNote(tx: WriteTx, taskId: string, body: string, at: string): void {
  tx.insert(taskNotesTable, newId('tn'), { task_id: taskId, at, author_id: alertActor.id, author_name: alertActor.name, body });
  recordHistory(tx, taskId, alertActor, at, 'note', null, body.length > 200 ? `${body.slice(0, 200)}…` : body);
  tx.update(tasksTable, taskId, { updated_at: at });
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

interface Described {
  checkLabel: string;
  deviceName: string | null;
}

function describe(tx: Queries, alertId: string, checkId: string): Described {
  const [alert] = listAlerts(tx, 'a.id = :id', { id: alertId }, 1);
  return { checkLabel: alert?.checkLabel ?? checkId, deviceName: alert?.deviceName ?? null };
}

export function onAlertOpened(tx: WriteTx, alert: AlertOpened): string {
  const scope = scopeOf(alert);
  const { checkLabel, deviceName } = describe(tx, alert.alertId, alert.checkId);
  const where = deviceName ?? checkLabel;
  const existing = openAlertTask(tx, scope);
  if (existing) {
    addSystemNote(tx, existing, `New alert (${alert.severity}) at ${alert.at}: ${checkLabel} on ${where} — ${alert.message}`, alert.at);
    tx.insert(alertTasksTable, alert.alertId, { task_id: existing, scope, opened_task: 0, at: alert.at });
    return existing;
  }
  const device = alert.deviceId
    ? tx.get<{ siteId: string | null; criticality: Criticality }>('SELECT site_id AS siteId, criticality FROM devices WHERE id = ?', [alert.deviceId])
    : undefined;
  const priority = priorityFor(readSetting(tx, 'alertPriorityRule'), device?.criticality ?? null);
  const taskId = insertTask(
    tx,
    {
      clientId: alert.clientId,
      siteId: device?.siteId ?? null,
      deviceId: device ? alert.deviceId : null,
      kind: 'incident',
      priority,
      title: clip(deviceName ? `${deviceName}: ${checkLabel} is ${alert.severity}` : `${checkLabel} is ${alert.severity}`, 200),
      description: clip(`Check alert (${alert.severity}) opened at ${alert.at}: ${checkLabel} on ${where}.\n\n${alert.message}`, 20_000),
      openedAt: alert.at,
      checklist: [],
    },
    alertActor,
    new Date(alert.at),
  );
  tx.insert(alertTasksTable, alert.alertId, { task_id: taskId, scope, opened_task: 1, at: alert.at });
  return taskId;
}

export function onAlertClosed(tx: WriteTx, alert: AlertClosed): string | undefined {
  const taskId = tx.value<string>('SELECT task_id FROM alert_tasks WHERE id = ?', [alert.alertId]);
  if (!taskId) return undefined;
  const { checkLabel, deviceName } = describe(tx, alert.alertId, alert.checkId);
  const on = deviceName ? ` on ${deviceName}` : '';
  const body =
    alert.reason === 'recovered'
      ? `Recovered at ${alert.at}: ${checkLabel}${on} is back to ok — ${alert.message}`
      : `The check ${checkLabel}${on} was deleted at ${alert.at}; its alert is closed.`;
  addSystemNote(tx, taskId, body, alert.at);
  return taskId;
}

/** The hook the core hands to the checks monitor (core/app.ts). */
export const alertTasksHook: AlertHook = { opened: onAlertOpened, closed: onAlertClosed };

import { randomBytes } from 'node:crypto';
import { AppError, notFound } from '../core/errors';
import type { Actor } from '../core/actor';
import { newId } from '../core/ids';
import { assertActiveParents } from '../fleet/sites';
import { policyForClient } from '../sla-policies/policies';
import type { Queries } from '../store/queries';
import type { WriteTx } from '../store/write-tx';
import type { ChecklistItem, Priority, StoredPause, Task } from './schemas';
import { computeSla } from './sla';
import { recordHistory, systemActor } from './history';
import { tasksTable } from './tables';

export const taskColumns = `t.id, t.client_id AS clientId, t.site_id AS siteId, t.device_id AS deviceId, t.plan_id AS planId,
  t.occurrence_at AS occurrenceAt, t.kind, t.priority, t.status, t.title, t.description, t.assignee_id AS assigneeId,
  t.scheduled_at AS scheduledAt, t.opened_at AS openedAt, t.responded_at AS respondedAt, t.resolved_at AS resolvedAt,
  t.closed_at AS closedAt, t.pauses, t.checklist, t.response_due_at AS responseDueAt, t.resolve_due_at AS resolveDueAt,
  t.sla_state AS slaState, t.created_by AS createdBy, t.created_at AS createdAt, t.updated_at AS updatedAt`;

export type TaskRow = Omit<Task, 'pauses' | 'checklist'> & { pauses: string; checklist: string };

export const toTask = (row: TaskRow): Task => ({
  ...row,
  pauses: JSON.parse(row.pauses) as StoredPause[],
  checklist: JSON.parse(row.checklist) as ChecklistItem[],
});

export function findTask(db: Queries, id: string): Task {
  const row = db.get<TaskRow>(`SELECT ${taskColumns} FROM tasks t WHERE t.id = ?`, [id]);
  if (!row) throw notFound('Task', id);
  return toTask(row);
}

export const fieldError = (path: string, message: string) => new AppError('invalid_input', `Invalid input — ${path}: ${message}`, [{ path, message }]);

/** A device linked to a task belongs to the task's client, is active, and sits on the task's site if it names one. */
export function assertLinks(db: Queries, clientId: string, siteId: string | null | undefined, deviceId: string | null | undefined): void {
  assertActiveParents(db, clientId, siteId);
  if (!deviceId) return;
  const device = db.get<{ clientId: string; siteId: string | null; archivedAt: string | null }>(
    'SELECT client_id AS clientId, site_id AS siteId, archived_at AS archivedAt FROM devices WHERE id = ?',
    [deviceId],
  );
  if (!device) throw notFound('Device', deviceId);
  if (device.clientId !== clientId) throw new AppError('conflict', 'The device belongs to another client', [{ path: 'deviceId', message: 'belongs to another client' }]);
  if (device.archivedAt) throw new AppError('conflict', 'The device is archived: restore it first', [{ path: 'deviceId', message: 'is archived' }]);
}

export const newChecklistItem = (text: string): ChecklistItem => ({
  id: `chk_${randomBytes(6).toString('base64url')}`,
  text,
  done: false,
  doneBy: null,
  doneAt: null,
});

export interface NewTask {
  clientId: string;
  siteId?: string | null;
  deviceId?: string | null;
  planId?: string | null;
  occurrenceAt?: string | null;
  kind: Task['kind'];
  priority: Priority;
  title: string;
  description?: string;
  assigneeId?: string | null;
  scheduledAt?: string | null;
  openedAt: string;
  checklist: string[];
}

export function insertTask(tx: WriteTx, input: NewTask, actor: Actor, now: Date, id = newId('tsk')): string {
  const at = now.toISOString();
  const status = input.scheduledAt ? 'scheduled' : 'new';
  const sla = computeSla(policyForClient(tx, input.clientId), { priority: input.priority, openedAt: input.openedAt, respondedAt: null, resolvedAt: null, pauses: [] }, now.getTime());
  tx.insert(tasksTable, id, {
    client_id: input.clientId,
    site_id: input.siteId ?? null,
    device_id: input.deviceId ?? null,
    plan_id: input.planId ?? null,
    occurrence_at: input.occurrenceAt ?? null,
    kind: input.kind,
    priority: input.priority,
    status,
    title: input.title,
    description: input.description ?? '',
    assignee_id: input.assigneeId ?? null,
    scheduled_at: input.scheduledAt ?? null,
    opened_at: input.openedAt,
    pauses: '[]',
    checklist: JSON.stringify(input.checklist.map(newChecklistItem)),
    ...sla,
    created_by: actor.id,
    created_at: at,
    updated_at: at,
  });
  recordHistory(tx, id, actor, at, 'created', null, status);
  return id;
}

export { recordHistory, systemActor } from './history';

/** Recomputes and stores a task's due times and SLA state; records a change of state in its history. */
export function storeSla(tx: WriteTx, id: string, now: Date, actor: Pick<Actor, 'id' | 'name'> = systemActor): void {
  const task = findTask(tx, id);
  const sla = computeSla(policyForClient(tx, task.clientId), task, now.getTime());
  tx.update(tasksTable, id, sla);
  if (sla.sla_state !== task.slaState) recordHistory(tx, id, actor, now.toISOString(), 'slaState', task.slaState, sla.sla_state);
}

/**
 * The periodic refresh (every minute): tasks whose stored state is due to change by itself (75% of
 * a target reached, or a due time passed) are found through the partial index on sla_check_at.
 */
export function refreshSlaStates(tx: WriteTx, now: Date, limit = 1000): number {
  const ids = tx.all<{ id: string }>('SELECT id FROM tasks WHERE sla_check_at <= ? ORDER BY sla_check_at LIMIT ?', [now.getTime(), limit]);
  for (const { id } of ids) storeSla(tx, id, now);
  return ids.length;
}

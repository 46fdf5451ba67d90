
import { assertAssignable } from '../accounts/accounts';
import { policyForClient } from '../sla-policies/policies';
import { slaCountdowns } from './sla';
import type { Handlers } from '../core/handlers';
import { newId } from '../core/ids';
import type { ReadDb } from '../store/queries';
import type { tasksContract } from './contract';
import { assignTasks } from './assign';
import { tasksCalendar } from './calendar';
import { myDay } from './my-day';
import { assertLinks, fieldError, findTask, insertTask, newChecklistItem, recordHistory, storeSla, taskColumns, toTask, type TaskRow } from './rows';
import type { ChecklistItem, StoredPause, Task, TaskStatus } from './schemas';
import { taskListInput } from './schemas';
import type { z } from 'zod';
import { taskNotesTable, tasksTable, taskTimeTable } from './tables';

type TaskMethods = Pick<
  typeof tasksContract,
  | 'tasks.create'
  | 'tasks.get'
  | 'tasks.list'
  | 'tasks.update'
  | 'tasks.addNote'
  | 'tasks.addTime'
  | 'tasks.setChecklistItem'
  | 'tasks.assign'
  | 'tasks.myDay'
  | 'tasks.calendar'
>;

const waiting = (status: TaskStatus) => status === 'waiting_client' || status === 'waiting_vendor';
const done = (status: TaskStatus) => status === 'resolved' || status === 'closed';

/**
 * The clock columns a status change implies. Response stops at the first move to anything but
 * "new" (or the first note, see addNote); waiting on the client or a vendor opens a pause, leaving it closes it;
 * resolution stops at resolved (or closed); reopening counts the time spent resolved as a pause.
 */
export function statusChange(task: Pick<Task, 'status' | 'pauses' | 'respondedAt' | 'resolvedAt' | 'closedAt'>, next: TaskStatus, at: string) {
  let pauses: StoredPause[] = task.pauses.map((p) => ({ ...p }));
  let { respondedAt, resolvedAt, closedAt } = task;
  const from = task.status;
  if (from === next) return { pauses, respondedAt, resolvedAt, closedAt };
  // A task booked for a visit starts out scheduled, yet nobody has answered it yet.
  if (respondedAt === null && next !== 'new') respondedAt = at;
  if (waiting(from) && !waiting(next)) pauses = pauses.map((p) => (p.to === null ? { ...p, to: at } : p));
  if (done(from) && !done(next)) {
    if (resolvedAt !== null && resolvedAt < at) pauses.push({ from: resolvedAt, to: at });
    resolvedAt = null;
    closedAt = null;
  }
  if (waiting(next) && !waiting(from)) pauses.push({ from: at, to: null });
  if (done(next)) resolvedAt ??= at;
  if (next === 'closed') closedAt = at;
  return { pauses, respondedAt, resolvedAt, closedAt };
}

export const taskHandlers: Handlers<TaskMethods> = {
  'tasks.create': ({ checklist, ...input }, { tx, now, actor }) => {
    const at = now();
    if (input.openedAt && Date.parse(input.openedAt) > at.getTime()) throw fieldError('openedAt', 'cannot be in the future');
    assertLinks(tx, input.clientId, input.siteId, input.deviceId);
    assertAssignable(tx, input.assigneeId);
    const id = insertTask(tx, { ...input, openedAt: input.openedAt ?? at.toISOString(), checklist }, actor, at);
    return findTask(tx, id);
  },

  'tasks.get': ({ id }, { db, now }) => {
    const task = findTask(db, id);
    const clocks = slaCountdowns(policyForClient(db, task.clientId), task, now().getTime());
    const notes = db.all<{ id: string; at: string; authorId: string; authorName: string; body: string }>(
      'SELECT id, at, author_id AS authorId, author_name AS authorName, body FROM task_notes WHERE task_id = ? ORDER BY at, id',
      [id],
    );
    const timeEntries = db
      .all<{ id: string; at: string; authorId: string; minutes: number; billable: number; note: string }>(
        'SELECT id, at, author_id AS authorId, minutes, billable, note FROM task_time WHERE task_id = ? ORDER BY at, id',
        [id],
      )
      .map((entry) => ({ ...entry, billable: entry.billable === 1 }));
    const history = db.all<{ at: string; actorId: string; actorName: string; field: string; from: string | null; to: string | null }>(
      'SELECT at, actor_id AS actorId, actor_name AS actorName, field, from_value AS "from", to_value AS "to" FROM task_history WHERE task_id = ? ORDER BY at, rowid',
      [id],
    );
    const totalMinutes = timeEntries.reduce((sum, e) => sum + e.minutes, 0);
    const billableMinutes = timeEntries.reduce((sum, e) => sum + (e.billable ? e.minutes : 0), 0);
    return { ...task, clocks, notes, timeEntries, history, totalMinutes, billableMinutes };
  },

  'tasks.list': (input, { db }) => listTasks(db, input),

  'tasks.assign': ({ ids, assigneeId }, { tx, now, actor }) => ({ items: assignTasks(tx, ids, assigneeId, actor, now().toISOString()) }),

  'tasks.myDay': (input, { db, now, actor }) => myDay(db, actor.id, input, now()),

  'tasks.calendar': (input, { db, now }) => tasksCalendar(db, input, now()),

  'tasks.update': ({ id, checklist, status, ...fields }, { tx, now, actor }) => {
    const task = findTask(tx, id);
    const at = now().toISOString();
    const siteId = fields.siteId === undefined ? task.siteId : fields.siteId;
    const deviceId = fields.deviceId === undefined ? task.deviceId : fields.deviceId;
    if (fields.siteId !== undefined || fields.deviceId !== undefined) assertLinks(tx, task.clientId, siteId, deviceId);
    if (fields.assigneeId !== task.assigneeId) assertAssignable(tx, fields.assigneeId);

    const patch: Record<string, string | null | undefined> = {
      site_id: fields.siteId,
      device_id: fields.deviceId,
      kind: fields.kind,
      priority: fields.priority,
      title: fields.title,
      description: fields.description,
      assignee_id: fields.assigneeId,
      scheduled_at: fields.scheduledAt,
    };
    const names: Record<string, keyof Task> = {
      site_id: 'siteId',
      device_id: 'deviceId',
      kind: 'kind',
      priority: 'priority',
      title: 'title',
      description: 'description',
      assignee_id: 'assigneeId',
      scheduled_at: 'scheduledAt',
    };
    for (const [column, value] of Object.entries(patch)) {
      const field = names[column]!;
      if (value !== undefined && value !== task[field]) recordHistory(tx, id, actor, at, field, task[field], value);
    }

    if (status !== undefined && status !== task.status) {
      const clock = statusChange(task, status, at);
      Object.assign(patch, {
        status,
        responded_at: clock.respondedAt,
        resolved_at: clock.resolvedAt,
        closed_at: clock.closedAt,
        pauses: JSON.stringify(clock.pauses),
      });
      recordHistory(tx, id, actor, at, 'status', task.status, status);
    }

    if (checklist !== undefined) {
      const byId = new Map(task.checklist.map((item) => [item.id, item]));
      const next: ChecklistItem[] = checklist.map((entry, index) => {
        if (entry.id === undefined) return newChecklistItem(entry.text);
        const existing = byId.get(entry.id);
        if (!existing) throw fieldError(`checklist.${index}.id`, `no item ${entry.id} on this task`);
        return { ...existing, text: entry.text };
      });
      const text = JSON.stringify(next);
      if (text !== JSON.stringify(task.checklist)) {
        patch.checklist = text;
        recordHistory(tx, id, actor, at, 'checklist', task.checklist.map((i) => i.text), next.map((i) => i.text));
      }
    }

    const changed = tx.update(tasksTable, id, patch);
    if (changed) {
      tx.update(tasksTable, id, { updated_at: at });
      storeSla(tx, id, now(), actor);
    }
    return findTask(tx, id);
  },

  'tasks.addNote': ({ id, body }, { tx, now, actor }) => {
    const task = findTask(tx, id);
    const at = now().toISOString();
    tx.insert(taskNotesTable, newId('tn'), { task_id: id, at, author_id: actor.id, author_name: actor.name, body });
    recordHistory(tx, id, actor, at, 'note', null, body.length > 200 ? `${body.slice(0, 200)}…` : body);
    // Every caller of the API is MSP staff: their first note is the response.
    if (task.respondedAt === null) {
      tx.update(tasksTable, id, { responded_at: at });
      recordHistory(tx, id, actor, at, 'respondedAt', null, at);
    }
    tx.update(tasksTable, id, { updated_at: at });
    storeSla(tx, id, now(), actor);
    return findTask(tx, id);
  },

  'tasks.addTime': ({ id, minutes, billable, note }, { tx, now, actor }) => {
    findTask(tx, id);
    const at = now().toISOString();
    tx.insert(taskTimeTable, newId('tt'), { task_id: id, at, author_id: actor.id, minutes, billable, note });
    recordHistory(tx, id, actor, at, 'time', null, `${minutes} min${billable ? '' : ' (not billable)'}${note ? ` — ${note}` : ''}`);
    tx.update(tasksTable, id, { updated_at: at });
    return findTask(tx, id);
  },

  'tasks.setChecklistItem': ({ id, itemId, done: ticked }, { tx, now, actor }) => {
    const task = findTask(tx, id);
    const at = now().toISOString();
    const item = task.checklist.find((i) => i.id === itemId);
    if (!item) throw fieldError('itemId', `no item ${itemId} on this task`);
    if (item.done === ticked) return task;
    const next = task.checklist.map((i) => (i.id === itemId ? { ...i, done: ticked, doneBy: ticked ? actor.id : null, doneAt: ticked ? at : null } : i));
    tx.update(tasksTable, id, { checklist: JSON.stringify(next), updated_at: at });
    recordHistory(tx, id, actor, at, ticked ? 'checklist.ticked' : 'checklist.unticked', null, item.text);
    return findTask(tx, id);
  },
};

// ---- list

type ListInput = z.output<typeof taskListInput>;

const encodeCursor = (sortDue: number, id: string) => Buffer.from(`${sortDue}:${id}`).toString('base64url');
function decodeCursor(cursor: string): { sortDue: number; id: string } {
  const text = Buffer.from(cursor, 'base64url').toString();
  const colon = text.indexOf(':');
  const sortDue = Number(text.slice(0, colon));
  if (colon < 1 || !Number.isFinite(sortDue)) throw fieldError('cursor', 'not a cursor from a previous page');
  return { sortDue, id: text.slice(colon + 1) };
}

/** Sorted by the running clock's due time (tasks with no running clock last), then id; a page at a time. */
export function listTasks(db: ReadDb, input: ListInput) {
  const where: string[] = [];
  const params: unknown[] = [];
  const equals = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    where.push(`t.${column} = ?`);
    params.push(value);
  };
  const among = (column: string, value: string | string[] | undefined) => {
    if (value === undefined) return;
    const values = Array.isArray(value) ? [...new Set(value)] : [value];
    where.push(values.length === 1 ? `t.${column} = ?` : `t.${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  equals('client_id', input.clientId);
  equals('site_id', input.siteId);
  equals('device_id', input.deviceId);
  equals('plan_id', input.planId);
  equals('assignee_id', input.assigneeId);
  among('status', input.status);
  among('priority', input.priority);
  among('sla_state', input.slaState);
  if (input.open === true) where.push("t.status NOT IN ('resolved', 'closed')");
  if (input.open === false) where.push("t.status IN ('resolved', 'closed')");
  const filter = where.length > 0 ? where.join(' AND ') : '1';
  const total = db.value<number>(`SELECT COUNT(*) FROM tasks t WHERE ${filter}`, params) ?? 0;

  let page = filter;
  const pageParams = [...params];
  if (input.cursor) {
    const { sortDue, id } = decodeCursor(input.cursor);
    page += ' AND (t.sort_due > ? OR (t.sort_due = ? AND t.id > ?))';
    pageParams.push(sortDue, sortDue, id);
  }
  const rows = db.all<TaskRow & { sortDue: number }>(
    `SELECT ${taskColumns}, t.sort_due AS sortDue FROM tasks t WHERE ${page} ORDER BY t.sort_due, t.id LIMIT ?`,
    [...pageParams, input.limit + 1],
  );
  const more = rows.length > input.limit;
  const items = rows.slice(0, input.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(({ sortDue: _sortDue, ...row }) => toTask(row)),
    total,
    nextCursor: more && last ? encodeCursor(last.sortDue, last.id) : null,
  };
}



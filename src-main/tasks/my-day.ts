import type { z } from 'zod';
import type { ReadDb } from '../store/queries';
import { MS_PER_DAY } from '../sla/civil-date';
import { wallToUtc } from '../sla/zone-time';
import { taskColumns, toTask, type TaskRow } from './rows';
import type { MyDayGroup, myDayInput } from './schemas';

/** More than a day's work by far; the view says when it was cut. */
const MAX_TASKS = 500;

/** Parameters: person, day start, day end, person, day start, now, limit. */
export const myDaySql = `SELECT ${taskColumns} FROM tasks t WHERE t.assignee_id = ? AND t.scheduled_at IS NOT NULL AND t.scheduled_at >= ? AND t.scheduled_at < ?
  UNION
  SELECT ${taskColumns} FROM tasks t WHERE t.assignee_id = ? AND t.status NOT IN ('resolved', 'closed') AND (t.scheduled_at < ? OR t.resolve_due_at < ?)
  LIMIT ?`;

/** The UTC instants that bound a local day in a zone (23 or 25 hours long on DST days). */
export function localDayBounds(day: string, timezone: string): { from: string; to: string } {
  const midnight = Date.parse(`${day}T00:00:00Z`);
  return { from: new Date(wallToUtc(timezone, midnight)).toISOString(), to: new Date(wallToUtc(timezone, midnight + MS_PER_DAY)).toISOString() };
}

/**
 * A person's day: their tasks scheduled on the local day (whatever their status, so the done ones
 * show as done) and their open tasks that are overdue (scheduled before the day, or past their
 * resolution due time), grouped by site, or by client for tasks on no site. Two index ranges: the
 * person's tasks scheduled that day, and their open tasks (a partial index without the closed ones).
 */
export function myDay(db: ReadDb, personId: string, input: z.output<typeof myDayInput>, now: Date) {
  const { from, to } = localDayBounds(input.day, input.timezone);
  const nowIso = now.toISOString();
  const rows = db.all<TaskRow>(myDaySql, [personId, from, to, personId, from, nowIso, MAX_TASKS + 1],
  );
  const truncated = rows.length > MAX_TASKS;
  const tasks = rows.slice(0, MAX_TASKS).map((row) => {
    const task = toTask(row);
    const open = task.status !== 'resolved' && task.status !== 'closed';
    const overdue = open && ((task.scheduledAt !== null && task.scheduledAt < from) || (task.resolveDueAt !== null && task.resolveDueAt < nowIso));
    return { ...task, overdue };
  });
  // Overdue work first, then the day, each by when it was meant to happen; a group sits where its first task does.
  const when = (task: { scheduledAt: string | null; resolveDueAt: string | null }) => task.scheduledAt ?? task.resolveDueAt ?? '';
  tasks.sort((a, b) => Number(b.overdue) - Number(a.overdue) || when(a).localeCompare(when(b)) || a.id.localeCompare(b.id));

  const names = lookup(db, 'SELECT id, name, NULL AS address FROM clients', tasks.map((t) => t.clientId));
  const sites = lookup(db, 'SELECT id, name, address FROM sites', tasks.flatMap((t) => (t.siteId ? [t.siteId] : [])));
  const groups = new Map<string, MyDayGroup>();
  for (const task of tasks) {
    const key = task.siteId ?? `client:${task.clientId}`;
    let group = groups.get(key);
    if (!group) {
      const site = task.siteId ? sites.get(task.siteId) : undefined;
      group = {
        clientId: task.clientId,
        clientName: names.get(task.clientId)?.name ?? task.clientId,
        siteId: task.siteId,
        siteName: site?.name ?? null,
        siteAddress: site?.address ?? null,
        tasks: [],
      };
      groups.set(key, group);
    }
    group.tasks.push(task);
  }
  return { from, to, groups: [...groups.values()], total: tasks.length, truncated };
}

function lookup(db: ReadDb, select: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, { name: string; address: string | null }>();
  const rows = db.all<{ id: string; name: string; address: string | null }>(`${select} WHERE id IN (${unique.map(() => '?').join(', ')})`, unique);
  return new Map(rows.map((row) => [row.id, row]));
}

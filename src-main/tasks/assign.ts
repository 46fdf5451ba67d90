import { assertAssignable } from '../accounts/accounts';
import type { Actor } from '../core/actor';
import { AppError } from '../core/errors';
import type { WriteTx } from '../store/write-tx';
import { findTask, recordHistory, toTask, taskColumns, type TaskRow } from './rows';
import type { Task } from './schemas';
import { tasksTable } from './tables';

/**
 * Gives many tasks one assignee (or none) in the caller's transaction: every task is checked before
 * anything is written, so a missing one fails the whole call, naming it, and nothing changes.
 * Each task that changes records who assigned it and when in its history.
 */
export function assignTasks(tx: WriteTx, ids: string[], assigneeId: string | null, actor: Actor, at: string): Task[] {
  assertAssignable(tx, assigneeId);
  const unique = [...new Set(ids)];
  const rows = tx.all<TaskRow>(`SELECT ${taskColumns} FROM tasks t WHERE t.id IN (${unique.map(() => '?').join(', ')})`, unique);
  const found = new Map(rows.map((row) => [row.id, toTask(row)]));
  const missing = ids.findIndex((id) => !found.has(id));
  if (missing >= 0) {
    throw new AppError('not_found', `There is no task ${ids[missing]}: nothing was assigned`, [{ path: `ids.${missing}`, message: `no task ${ids[missing]}` }]);
  }
  for (const task of found.values()) {
    if (task.assigneeId === assigneeId) continue;
    tx.update(tasksTable, task.id, { assignee_id: assigneeId, updated_at: at });
    recordHistory(tx, task.id, actor, at, 'assigneeId', task.assigneeId, assigneeId);
  }
  return unique.map((id) => findTask(tx, id));
}

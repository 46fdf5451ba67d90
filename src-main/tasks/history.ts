import type { Actor } from '../core/actor';
import { newId } from '../core/ids';
import type { WriteTx } from '../store/write-tx';
import { taskHistoryTable } from './tables';

export const systemActor = { id: 'system', name: 'Presidio' };

export function recordHistory(tx: WriteTx, taskId: string, actor: Pick<Actor, 'id' | 'name'>, at: string, field: string, from: unknown, to: unknown): void {
  const text = (value: unknown) => (value === null || value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value));
  tx.insert(taskHistoryTable, newId('th'), { task_id: taskId, at, actor_id: actor.id, actor_name: actor.name, field, from_value: text(from), to_value: text(to) });
}

import type { LoadedPolicy } from '../sla-policies/policies';
import type { WriteTx } from '../store/write-tx';
import { recordHistory, systemActor } from './history';
import type { Priority, StoredPause } from './schemas';
import { computeSla } from './sla';
import { tasksTable } from './tables';

interface OpenTaskRow {
  id: string;
  priority: Priority;
  openedAt: string;
  respondedAt: string | null;
  resolvedAt: string | null;
  pauses: string;
  slaState: string;
}

/**
 * Stores fresh due times on the open tasks of the given clients after their SLA policy changed
 * (a policy edited, or a client given another one). Resolved and closed tasks keep what they had.
 */
export function restampOpenTasks(tx: WriteTx, policy: LoadedPolicy, clientIds: readonly string[], now: Date): number {
  let count = 0;
  for (const clientId of clientIds) {
    const rows = tx.all<OpenTaskRow>(
      `SELECT id, priority, opened_at AS openedAt, responded_at AS respondedAt, resolved_at AS resolvedAt, pauses, sla_state AS slaState
       FROM tasks WHERE client_id = ? AND status NOT IN ('resolved', 'closed')`,
      [clientId],
    );
    for (const row of rows) {
      const sla = computeSla(policy, { ...row, pauses: JSON.parse(row.pauses) as StoredPause[] }, now.getTime());
      if (tx.update(tasksTable, row.id, sla)) count++;
      if (sla.sla_state !== row.slaState) recordHistory(tx, row.id, systemActor, now.toISOString(), 'slaState', row.slaState, sla.sla_state);
    }
  }
  return count;
}

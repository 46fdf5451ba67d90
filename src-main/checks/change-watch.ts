import { ChangeCursor } from '../store/change-cursor';
import type { Queries } from '../store/queries';

export interface WatchedChanges {
  checks: Set<string>;
  alerts: Set<string>;
  /** Devices, sites and clients: where checks hang, and whether they are archived. */
  fleet: Set<string>;
  maintenance: boolean;
}

const watchedTables = ['checks', 'alerts', 'maintenance_windows', 'devices', 'sites', 'clients'];

/**
 * Follows the change log (every write to a shared table lands there, whether a handler made it here
 * or sync pulled it from another replica) for what the running checks depend on.
 */
export class ChangeWatch {
  private readonly cursor: ChangeCursor;

  constructor(db: Queries) {
    this.cursor = new ChangeCursor(db);
  }

  /** What changed since the last call, or null when nothing the checks care about did. */
  poll(): WatchedChanges | null {
    const { rows } = this.cursor.take(watchedTables);
    if (rows.length === 0) return null;
    const changes: WatchedChanges = { checks: new Set(), alerts: new Set(), fleet: new Set(), maintenance: false };
    for (const { tbl, rowId } of rows) {
      if (tbl === 'checks') changes.checks.add(rowId);
      else if (tbl === 'alerts') changes.alerts.add(rowId);
      else if (tbl === 'maintenance_windows') changes.maintenance = true;
      else changes.fleet.add(rowId);
    }
    return changes;
  }
}

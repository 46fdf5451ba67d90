import type { CoreEvent } from '../core/events';
import { ChangeCursor } from '../store/change-cursor';
import type { Queries } from '../store/queries';

const maxIds = 1000;

/**
 * Tells open screens which tasks and plans changed, however they changed: a person's call, the
 * hourly plan generator, a check alert opening an incident, or (later) a sync pull. A note or a
 * time entry also stamps its task's `updated_at`, so following the two tables is enough.
 */
export class TaskFeed {
  private readonly cursor: ChangeCursor;

  constructor(db: Queries) {
    this.cursor = new ChangeCursor(db);
  }

  poll(): Extract<CoreEvent, { type: 'tasks.changed' }> | null {
    const { rows, truncated } = this.cursor.take(['tasks', 'plans'], maxIds);
    if (rows.length === 0) return null;
    const idsOf = (table: string) => rows.filter((row) => row.tbl === table).map((row) => row.rowId);
    return { type: 'tasks.changed', taskIds: idsOf('tasks'), planIds: idsOf('plans'), truncated };
  }
}

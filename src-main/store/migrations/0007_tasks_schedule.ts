import type { Migration } from './migration';

export const migration: Migration = {
  name: '0007_tasks_schedule',
  sql: `
-- "My day" and the calendar export read a person's tasks by scheduled time; the open ones (overdue
-- by schedule or by due time) through a partial index that leaves out the years of closed tasks.
CREATE INDEX tasks_by_assignee_schedule ON tasks (assignee_id, scheduled_at) WHERE scheduled_at IS NOT NULL;
CREATE INDEX tasks_open_by_assignee ON tasks (assignee_id, scheduled_at) WHERE status NOT IN ('resolved', 'closed');
CREATE INDEX tasks_by_schedule ON tasks (scheduled_at) WHERE scheduled_at IS NOT NULL;
`,
};

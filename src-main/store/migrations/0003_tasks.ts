import type { Migration } from './migration';

// The default SLA policy has a fixed id, so every instance creates the same row and sync never
// sees two defaults: Mon–Fri 09:00–13:00 and 14:00–18:00 Europe/Rome, Italian holidays.
const defaultHours = JSON.stringify(
  [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '09:00', end: '13:00' },
    { weekday, start: '14:00', end: '18:00' },
  ]),
);
const defaultHolidays = JSON.stringify({ italian: true, dates: [] });
const defaultTargets = JSON.stringify({
  P1: { responseMinutes: 60, resolveMinutes: 240 },
  P2: { responseMinutes: 240, resolveMinutes: 960 },
  P3: { responseMinutes: 480, resolveMinutes: 2400 },
  P4: { responseMinutes: 1440, resolveMinutes: 7200 },
});

export const migration: Migration = {
  name: '0003_tasks',
  sql: `
-- Shared: business-hours calendars and targets per priority (hours, holidays, targets are JSON).
CREATE TABLE sla_policies (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  timezone TEXT NOT NULL,
  hours TEXT NOT NULL,
  holidays TEXT NOT NULL,
  targets TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO sla_policies (id, name, timezone, hours, holidays, targets, created_at, updated_at)
VALUES ('sla_default', 'Standard', 'Europe/Rome', '${defaultHours}', '${defaultHolidays}', '${defaultTargets}',
        '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');

-- Shared: recurring maintenance plans; they generate tasks (tasks.plan_id, tasks.occurrence_at).
CREATE TABLE plans (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  client_id TEXT NOT NULL REFERENCES clients (id),
  site_id TEXT REFERENCES sites (id),
  device_id TEXT REFERENCES devices (id),
  rrule TEXT NOT NULL,
  start_local TEXT NOT NULL,
  timezone TEXT NOT NULL,
  lead_days INTEGER NOT NULL,
  checklist TEXT NOT NULL DEFAULT '[]',
  assignee_id TEXT,
  priority TEXT NOT NULL DEFAULT 'P3',
  paused INTEGER NOT NULL DEFAULT 0,
  -- Occurrences before this instant are never generated (set at creation and when resumed).
  active_from TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX plans_by_client ON plans (client_id);

-- Shared: service tasks. Due times and the SLA state are stored on every change, so lists never
-- recompute calendars. sort_due (epoch ms; 8640000000000000 when no clock runs) orders lists by
-- the running clock's due time; sla_check_at (epoch ms) is when the state next changes by itself
-- (75% of a target, or a due time), so the periodic refresh reads only tasks that need it.
CREATE TABLE tasks (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL REFERENCES clients (id),
  site_id TEXT REFERENCES sites (id),
  device_id TEXT REFERENCES devices (id),
  plan_id TEXT REFERENCES plans (id),
  occurrence_at TEXT,
  kind TEXT NOT NULL,
  priority TEXT NOT NULL,
  status TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  assignee_id TEXT,
  scheduled_at TEXT,
  opened_at TEXT NOT NULL,
  responded_at TEXT,
  resolved_at TEXT,
  closed_at TEXT,
  pauses TEXT NOT NULL DEFAULT '[]',
  checklist TEXT NOT NULL DEFAULT '[]',
  response_due_at TEXT,
  resolve_due_at TEXT,
  sla_state TEXT NOT NULL DEFAULT 'ok',
  sort_due INTEGER NOT NULL,
  sla_check_at INTEGER,
  created_by TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX tasks_by_sla ON tasks (sla_state, sort_due, id);
CREATE INDEX tasks_by_due ON tasks (sort_due, id);
CREATE INDEX tasks_by_client ON tasks (client_id, sort_due, id);
CREATE INDEX tasks_by_device ON tasks (device_id, sort_due, id);
CREATE INDEX tasks_by_plan ON tasks (plan_id, sort_due, id);
CREATE INDEX tasks_by_status ON tasks (status, sort_due, id);
CREATE INDEX tasks_by_assignee ON tasks (assignee_id, sort_due, id);
CREATE INDEX tasks_by_priority ON tasks (priority, sort_due, id);
CREATE INDEX tasks_sla_check ON tasks (sla_check_at) WHERE sla_check_at IS NOT NULL;
-- A plan makes each occurrence's task exactly once, whatever restarts happen.
CREATE UNIQUE INDEX tasks_plan_occurrence ON tasks (plan_id, occurrence_at) WHERE plan_id IS NOT NULL;

-- Shared, append-only: notes, time entries and the history of every change.
CREATE TABLE task_notes (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL REFERENCES tasks (id),
  at TEXT NOT NULL,
  author_id TEXT NOT NULL,
  author_name TEXT NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX task_notes_by_task ON task_notes (task_id, at);

CREATE TABLE task_time (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL REFERENCES tasks (id),
  at TEXT NOT NULL,
  author_id TEXT NOT NULL,
  minutes INTEGER NOT NULL,
  billable INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX task_time_by_task ON task_time (task_id, at);

CREATE TABLE task_history (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL REFERENCES tasks (id),
  at TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  field TEXT NOT NULL,
  from_value TEXT,
  to_value TEXT
);
CREATE INDEX task_history_by_task ON task_history (task_id, at);
`,
};

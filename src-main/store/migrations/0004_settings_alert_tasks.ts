import type { Migration } from './migration';

export const migration: Migration = {
  name: '0004_settings_alert_tasks',
  sql: `
-- Shared: settings of the whole installation, one row per setting (value is JSON). A missing row means the default.
CREATE TABLE settings (
  id TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Shared: which task an alert opened or joined. scope is the device (or the check, for a check on no device):
-- a new alert joins the open task of its scope that an alert opened, if there is one.
CREATE TABLE alert_tasks (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL REFERENCES tasks (id),
  scope TEXT NOT NULL,
  opened_task INTEGER NOT NULL DEFAULT 0,
  at TEXT NOT NULL
);
CREATE INDEX alert_tasks_by_scope ON alert_tasks (scope, at);
CREATE INDEX alert_tasks_by_task ON alert_tasks (task_id);
`,
};

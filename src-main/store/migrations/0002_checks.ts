import type { Migration } from './migration';

// Latency histogram columns of a rollup row: h0..h17, one per bucket of checks/rollups.ts
// (doubling bounds from 0.25 ms to 16 s, then everything slower). Written out here because a
// released migration never changes, whatever the code's constant becomes.
const histogramColumns = Array.from({ length: 18 }, (_, i) => `  h${i} INTEGER NOT NULL DEFAULT 0,`).join('\n');

const rollupTable = (name: string) => `
CREATE TABLE ${name} (
  check_key INTEGER NOT NULL,
  bucket INTEGER NOT NULL,
  ok INTEGER NOT NULL DEFAULT 0,
  warning INTEGER NOT NULL DEFAULT 0,
  critical INTEGER NOT NULL DEFAULT 0,
  unknown INTEGER NOT NULL DEFAULT 0,
  latency_count INTEGER NOT NULL DEFAULT 0,
  latency_sum REAL NOT NULL DEFAULT 0,
  latency_min REAL,
  latency_max REAL,
${histogramColumns}
  PRIMARY KEY (check_key, bucket)
) WITHOUT ROWID;`;

export const migration: Migration = {
  name: '0002_checks',
  sql: `
-- Shared: what to check and how often. Never deleted: deleted_at is the tombstone sync carries.
-- Kind-specific settings (host, port, url, ...) live in config as JSON.
CREATE TABLE checks (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL REFERENCES clients (id),
  device_id TEXT REFERENCES devices (id),
  kind TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  target TEXT NOT NULL,
  config TEXT NOT NULL DEFAULT '{}',
  interval_seconds INTEGER NOT NULL,
  timeout_ms INTEGER NOT NULL,
  retries INTEGER NOT NULL,
  warn_ms INTEGER,
  crit_ms INTEGER,
  paused INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
);
CREATE INDEX checks_by_device ON checks (device_id, deleted_at);
CREATE INDEX checks_by_client ON checks (client_id, deleted_at);

-- Local: this instance's verdict on each check it has results for. key is the compact local
-- number that results and rollups use instead of the check's text id.
CREATE TABLE check_state (
  key INTEGER PRIMARY KEY,
  check_id TEXT NOT NULL UNIQUE,
  state TEXT,
  fails INTEGER NOT NULL DEFAULT 0,
  since INTEGER,
  suppressed INTEGER NOT NULL DEFAULT 0,
  cert_expires_at INTEGER
);

-- Local, high volume, short retention: one row per probe run (at: epoch ms; status: 0 ok,
-- 1 warning, 2 critical, 3 unknown). AUTOINCREMENT keeps ids rising even after pruning empties
-- the table, so the rollup watermark stays meaningful.
CREATE TABLE results (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  check_key INTEGER NOT NULL,
  at INTEGER NOT NULL,
  status INTEGER NOT NULL,
  latency_ms REAL,
  message TEXT NOT NULL
);
CREATE INDEX results_by_check ON results (check_key, at);

-- Local, long retention: results summed per minute, hour and day (bucket: epoch ms of its start).
${rollupTable('rollups_minute')}
${rollupTable('rollups_hour')}
${rollupTable('rollups_day')}

-- Shared, kept for good: every change of a check's state.
CREATE TABLE state_changes (
  id TEXT PRIMARY KEY,
  check_id TEXT NOT NULL,
  device_id TEXT,
  client_id TEXT NOT NULL,
  at TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT NOT NULL,
  message TEXT NOT NULL DEFAULT ''
);
CREATE INDEX state_changes_by_check ON state_changes (check_id, at);
CREATE INDEX state_changes_by_device ON state_changes (device_id, at);

-- Shared, kept for good.
CREATE TABLE alerts (
  id TEXT PRIMARY KEY,
  check_id TEXT NOT NULL,
  device_id TEXT,
  client_id TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL DEFAULT '',
  opened_at TEXT NOT NULL,
  closed_at TEXT,
  acknowledged_at TEXT,
  acknowledged_by TEXT,
  ack_comment TEXT
);
CREATE INDEX alerts_by_opened ON alerts (opened_at, id);
CREATE INDEX alerts_open_by_check ON alerts (check_id) WHERE closed_at IS NULL;
CREATE INDEX alerts_by_device ON alerts (device_id, opened_at);
CREATE INDEX alerts_by_client ON alerts (client_id, opened_at);

-- Shared: one-off (starts_at..ends_at) or recurring (rrule from start_local in timezone, each
-- occurrence lasting duration_minutes) windows on a device, a site or a client.
CREATE TABLE maintenance_windows (
  id TEXT PRIMARY KEY,
  scope TEXT NOT NULL,
  scope_id TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  starts_at TEXT,
  ends_at TEXT,
  rrule TEXT,
  start_local TEXT,
  duration_minutes INTEGER,
  timezone TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  deleted_at TEXT
);
CREATE INDEX maintenance_by_scope ON maintenance_windows (scope_id, deleted_at);

-- Shared, kept for good: an alert that a maintenance window kept from opening.
CREATE TABLE alert_suppressions (
  id TEXT PRIMARY KEY,
  check_id TEXT NOT NULL,
  device_id TEXT,
  window_id TEXT NOT NULL,
  at TEXT NOT NULL,
  severity TEXT NOT NULL,
  message TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alert_suppressions_by_check ON alert_suppressions (check_id, at);
CREATE INDEX alert_suppressions_by_device ON alert_suppressions (device_id, at);
`,
};

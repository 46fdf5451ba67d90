import type { Migration } from './migration';

export const migration: Migration = {
  name: '0006_check_placement',
  sql: `
-- Local: who this instance is, made once when the database is first opened and never replicated.
-- Checks name it in run_on to say "this machine runs me". The CHECK keeps it to one row.
CREATE TABLE instance (
  one INTEGER PRIMARY KEY CHECK (one = 1),
  id TEXT NOT NULL,
  created_at TEXT NOT NULL
);
INSERT INTO instance (one, id, created_at) VALUES (1, 'ins_' || lower(hex(randomblob(12))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

-- Shared: which replica runs a check, 'hub' or an instance id. Checks made before this was asked
-- were run by whoever had them, and the hub is where continuous checks belong.
ALTER TABLE checks ADD COLUMN run_on TEXT NOT NULL DEFAULT 'hub';
`,
};

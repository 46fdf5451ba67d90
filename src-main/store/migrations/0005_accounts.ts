import type { Migration } from './migration';

export const migration: Migration = {
  name: '0005_accounts',
  sql: `
-- Shared: the people who sign in, and who tasks are assigned to. A login is unique whatever its case.
CREATE TABLE accounts (
  id TEXT PRIMARY KEY,
  login TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'operator', 'technician')),
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX accounts_by_login ON accounts (login COLLATE NOCASE);
CREATE INDEX accounts_by_name ON accounts (name COLLATE NOCASE, id);

-- Local, never synced: each instance keeps its own password hashes (scrypt, salted)...
CREATE TABLE account_credentials (
  account_id TEXT PRIMARY KEY REFERENCES accounts (id),
  password_hash TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- ...and its browser sessions, by a SHA-256 of the session id (the id itself is only in the cookie).
-- account_id is NULL for a session opened by the admin's one-time sign-in link (the admin token).
CREATE TABLE account_sessions (
  id_hash TEXT PRIMARY KEY,
  account_id TEXT REFERENCES accounts (id),
  created_at TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE INDEX account_sessions_by_account ON account_sessions (account_id);
CREATE INDEX account_sessions_by_expiry ON account_sessions (expires_at);

-- Local: the desktop user's own account on this machine (at most one row).
CREATE TABLE local_account (
  slot INTEGER PRIMARY KEY CHECK (slot = 1),
  account_id TEXT NOT NULL REFERENCES accounts (id)
);
`,
};

import type { Migration } from './migration';

// SQLite has no split(): peel an IPv4 address one octet at a time and zero-pad each, so that
// 10.0.0.9 sorts before 10.0.0.10. Anything else (IPv6, empty) sorts as written.
const afterDot = (text: string) => `substr(${text}, instr(${text}, '.') + 1)`;
const beforeDot = (text: string) => `CAST(substr(${text}, 1, instr(${text}, '.') - 1) AS INTEGER)`;
function ipv4SortKey(column: string): string {
  const second = afterDot(column);
  const third = afterDot(second);
  const fourth = afterDot(third);
  const octets = [beforeDot(column), beforeDot(second), beforeDot(third), `CAST(${fourth} AS INTEGER)`];
  return `CASE WHEN ${column} LIKE '%.%.%.%' THEN printf('%03d.%03d.%03d.%03d', ${octets.join(', ')}) ELSE ${column} END`;
}

export const migration: Migration = {
  name: '0001_fleet',
  sql: `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- The sync log: one row per field written to a shared table, stamped by the hybrid logical clock.
CREATE TABLE changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  hlc TEXT NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  col TEXT NOT NULL,
  value TEXT
);
CREATE INDEX changes_by_hlc ON changes (hlc);
CREATE INDEX changes_by_row ON changes (tbl, row_id, col);

CREATE TABLE clients (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  timezone TEXT NOT NULL DEFAULT 'Europe/Rome',
  notes TEXT NOT NULL DEFAULT '',
  sla_policy_id TEXT,
  is_demo INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);
CREATE INDEX clients_by_code ON clients (code COLLATE NOCASE);
CREATE INDEX clients_by_name ON clients (name COLLATE NOCASE);

CREATE TABLE sites (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL REFERENCES clients (id),
  name TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  networks TEXT NOT NULL DEFAULT '[]',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);
CREATE INDEX sites_by_client ON sites (client_id, name COLLATE NOCASE);

CREATE TABLE contacts (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL REFERENCES clients (id),
  site_id TEXT REFERENCES sites (id),
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);
CREATE INDEX contacts_by_client ON contacts (client_id, name COLLATE NOCASE);

CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL REFERENCES clients (id),
  site_id TEXT REFERENCES sites (id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  hostname TEXT NOT NULL DEFAULT '',
  ip TEXT NOT NULL DEFAULT '',
  mac TEXT NOT NULL DEFAULT '',
  os TEXT NOT NULL DEFAULT '',
  vendor TEXT NOT NULL DEFAULT '',
  model TEXT NOT NULL DEFAULT '',
  serial TEXT NOT NULL DEFAULT '',
  warranty_end TEXT,
  criticality TEXT NOT NULL DEFAULT 'medium',
  tags TEXT NOT NULL DEFAULT '[]',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  -- Derived, local: sorts addresses numerically (10.0.0.9 before 10.0.0.10).
  ip_sort TEXT GENERATED ALWAYS AS (${ipv4SortKey('ip')}) VIRTUAL
);
CREATE INDEX devices_by_name ON devices (archived_at, name COLLATE NOCASE);
CREATE INDEX devices_by_hostname ON devices (archived_at, hostname COLLATE NOCASE);
CREATE INDEX devices_by_ip ON devices (archived_at, ip_sort);
CREATE INDEX devices_by_kind ON devices (archived_at, kind, name COLLATE NOCASE);
CREATE INDEX devices_by_os ON devices (archived_at, os, name COLLATE NOCASE);
CREATE INDEX devices_by_warranty ON devices (archived_at, warranty_end);
CREATE INDEX devices_by_updated ON devices (archived_at, updated_at);
CREATE INDEX devices_by_client ON devices (client_id, archived_at, name COLLATE NOCASE);
CREATE INDEX devices_by_site ON devices (site_id, archived_at, name COLLATE NOCASE);

-- Derived, local: one row per device tag, for the tag filter.
CREATE TABLE device_tags (
  device_id TEXT NOT NULL REFERENCES devices (id),
  tag TEXT NOT NULL,
  PRIMARY KEY (tag, device_id)
) WITHOUT ROWID;

CREATE TRIGGER device_tags_after_insert AFTER INSERT ON devices BEGIN
  INSERT INTO device_tags (device_id, tag) SELECT new.id, value FROM json_each(new.tags);
END;
CREATE TRIGGER device_tags_after_update AFTER UPDATE OF tags ON devices BEGIN
  DELETE FROM device_tags WHERE device_id = new.id;
  INSERT INTO device_tags (device_id, tag) SELECT new.id, value FROM json_each(new.tags);
END;

-- Derived, local: substring search over the fields a technician types into the search box.
CREATE VIRTUAL TABLE devices_fts USING fts5 (
  name, hostname, ip, mac, serial, tags,
  content = 'devices', content_rowid = 'rowid', tokenize = 'trigram'
);
CREATE TRIGGER devices_fts_after_insert AFTER INSERT ON devices BEGIN
  INSERT INTO devices_fts (rowid, name, hostname, ip, mac, serial, tags)
  VALUES (new.rowid, new.name, new.hostname, new.ip, new.mac, new.serial, new.tags);
END;
CREATE TRIGGER devices_fts_after_update AFTER UPDATE OF name, hostname, ip, mac, serial, tags ON devices BEGIN
  INSERT INTO devices_fts (devices_fts, rowid, name, hostname, ip, mac, serial, tags)
  VALUES ('delete', old.rowid, old.name, old.hostname, old.ip, old.mac, old.serial, old.tags);
  INSERT INTO devices_fts (rowid, name, hostname, ip, mac, serial, tags)
  VALUES (new.rowid, new.name, new.hostname, new.ip, new.mac, new.serial, new.tags);
END;
`,
};

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration } from './0001_fleet';

describe('0001_fleet', () => {
  const db = new Database(':memory:');
  db.exec(migration.sql);
  const insertClient = db.prepare("INSERT INTO clients (id, code, name, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')");
  const insertDevice = db.prepare(
    "INSERT INTO devices (id, client_id, name, kind, ip, tags, created_at, updated_at) VALUES (?, 'c1', ?, 'server', ?, ?, 'now', 'now')",
  );
  insertClient.run('c1', 'ACME', 'Acme');

  it('sorts IPv4 addresses by number, not by text', () => {
    insertDevice.run('d1', 'a', '10.0.0.10', '[]');
    insertDevice.run('d2', 'b', '10.0.0.9', '[]');
    insertDevice.run('d3', 'c', '9.255.0.1', '[]');
    expect(db.prepare('SELECT ip FROM devices ORDER BY ip_sort').pluck().all()).toEqual(['9.255.0.1', '10.0.0.9', '10.0.0.10']);
  });

  it('keeps the tag index and the text index in step with the devices', () => {
    insertDevice.run('d4', 'fileserver', '192.168.1.20', '["backup","pci"]');
    expect(db.prepare("SELECT device_id FROM device_tags WHERE tag = 'pci'").pluck().all()).toEqual(['d4']);
    db.prepare(`UPDATE devices SET tags = '["vip"]', name = 'nas' WHERE id = 'd4'`).run();
    expect(db.prepare("SELECT tag FROM device_tags WHERE device_id = 'd4'").pluck().all()).toEqual(['vip']);
    const match = db.prepare('SELECT d.id FROM devices d WHERE d.rowid IN (SELECT rowid FROM devices_fts WHERE devices_fts MATCH ?)').pluck();
    expect(match.all('"168.1.2"')).toEqual(['d4']);
    expect(match.all('"fileserver"')).toEqual([]);
    expect(match.all('"nas"')).toEqual(['d4']);
  });

  it('enforces foreign keys from devices to clients', () => {
    db.pragma('foreign_keys = ON');
    expect(() =>
      db.prepare("INSERT INTO devices (id, client_id, name, kind, created_at, updated_at) VALUES ('x', 'nobody', 'x', 'nas', 'now', 'now')").run(),
    ).toThrow(/FOREIGN KEY/);
  });
});

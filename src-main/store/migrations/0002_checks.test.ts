import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration as fleet } from './0001_fleet';
import { migration } from './0002_checks';

describe('0002_checks', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.exec(fleet.sql);
  db.exec(migration.sql);
  db.prepare("INSERT INTO clients (id, code, name, created_at, updated_at) VALUES ('c1', 'ACME', 'Acme', 'now', 'now')").run();

  it('keeps result ids rising even after pruning empties the table (the rollup watermark relies on it)', () => {
    const insert = db.prepare("INSERT INTO results (check_key, at, status, latency_ms, message) VALUES (1, ?, 0, 1.5, 'ok')");
    insert.run(1);
    insert.run(2);
    db.exec('DELETE FROM results');
    expect(insert.run(3).lastInsertRowid).toBe(3);
  });

  it('holds one rollup row per check and bucket, with a histogram column per latency bucket', () => {
    const upsert = db.prepare('INSERT INTO rollups_minute (check_key, bucket, ok, h0, h17) VALUES (1, 60000, 1, 1, 0) ON CONFLICT (check_key, bucket) DO UPDATE SET ok = ok + 1, h17 = h17 + 1');
    upsert.run();
    upsert.run();
    expect(db.prepare('SELECT ok, h0, h17, warning, latency_min FROM rollups_minute').get()).toEqual({ ok: 2, h0: 1, h17: 1, warning: 0, latency_min: null });
  });

  it('ties checks to existing clients', () => {
    const insert = db.prepare(
      "INSERT INTO checks (id, client_id, kind, target, interval_seconds, timeout_ms, retries, created_at, updated_at) VALUES (?, ?, 'tcp', 'x:1', 60, 5000, 2, 'now', 'now')",
    );
    insert.run('k1', 'c1');
    expect(() => insert.run('k2', 'nobody')).toThrow(/FOREIGN KEY/);
  });

  it('finds the open alert of a check through a partial index', () => {
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM alerts WHERE check_id = 'k1' AND closed_at IS NULL").all() as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toContain('alerts_open_by_check');
  });
});

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '.';
import { migration } from './0006_check_placement';

describe('0006_check_placement', () => {
  const before = migrations.slice(0, migrations.indexOf(migration));

  it('gives an existing check to the hub, and the instance one id of its own', () => {
    const db = new Database(':memory:');
    for (const m of before) db.exec(m.sql);
    db.prepare("INSERT INTO clients (id, code, name, created_at, updated_at) VALUES ('c1', 'ACME', 'Acme', 'now', 'now')").run();
    db.prepare(
      "INSERT INTO checks (id, client_id, kind, target, interval_seconds, timeout_ms, retries, created_at, updated_at) VALUES ('k1', 'c1', 'tcp', 'x:1', 60, 5000, 2, 'now', 'now')",
    ).run();
    db.exec(migration.sql);

    expect(db.prepare("SELECT run_on FROM checks WHERE id = 'k1'").pluck().get()).toBe('hub');
    expect(db.prepare('SELECT id FROM instance').pluck().get()).toMatch(/^ins_[0-9a-f]{24}$/);
    expect(() => db.prepare("INSERT INTO instance (one, id, created_at) VALUES (2, 'ins_other', 'now')").run()).toThrow(/CHECK/);
  });

  it('makes a different instance id in every database', () => {
    const ids = [1, 2].map(() => {
      const db = new Database(':memory:');
      for (const m of [...before, migration]) db.exec(m.sql);
      return db.prepare('SELECT id FROM instance').pluck().get();
    });
    expect(ids[0]).not.toBe(ids[1]);
  });
});

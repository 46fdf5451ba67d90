import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '.';
import { migration } from './0004_settings_alert_tasks';

describe('0004_settings_alert_tasks', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations.slice(0, migrations.indexOf(migration) + 1)) db.exec(m.sql);

  it('links alerts only to tasks that exist', () => {
    expect(() =>
      db.prepare("INSERT INTO alert_tasks (id, task_id, scope, at) VALUES ('a1', 'no-such-task', 'device:d1', 'now')").run(),
    ).toThrow(/FOREIGN KEY/);
  });

  it('keeps one row per setting', () => {
    db.prepare("INSERT INTO settings (id, value, updated_at) VALUES ('alertPriorityRule', '{}', 'now')").run();
    expect(() => db.prepare("INSERT INTO settings (id, value, updated_at) VALUES ('alertPriorityRule', '{}', 'now')").run()).toThrow(/UNIQUE/);
  });
});

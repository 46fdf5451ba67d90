import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migration as fleet } from './0001_fleet';
import { migration as checks } from './0002_checks';
import { migration } from './0003_tasks';

describe('0003_tasks', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  db.exec(fleet.sql);
  db.exec(checks.sql);
  db.exec(migration.sql);
  db.prepare("INSERT INTO clients (id, code, name, created_at, updated_at) VALUES ('c1', 'ACME', 'Acme', 'now', 'now')").run();
  db.prepare(
    "INSERT INTO plans (id, name, client_id, rrule, start_local, timezone, lead_days, active_from, created_at, updated_at) VALUES ('p1', 'Backup', 'c1', 'FREQ=DAILY', '2026-01-01T09:00', 'Europe/Rome', 2, 'now', 'now', 'now')",
  ).run();
  const insertTask = db.prepare(
    "INSERT INTO tasks (id, client_id, plan_id, occurrence_at, kind, priority, status, title, opened_at, sla_state, sort_due, created_at, updated_at) VALUES (?, 'c1', ?, ?, 'maintenance', 'P3', 'new', 'T', 'now', ?, ?, 'now', 'now')",
  );

  it('creates the default SLA policy with valid JSON', () => {
    const row = db.prepare("SELECT name, timezone, hours, holidays, targets FROM sla_policies WHERE id = 'sla_default'").get() as Record<string, string>;
    expect(row.timezone).toBe('Europe/Rome');
    expect(JSON.parse(row.hours!)).toHaveLength(10);
    expect(JSON.parse(row.holidays!)).toEqual({ italian: true, dates: [] });
    expect(JSON.parse(row.targets!).P1).toEqual({ responseMinutes: 60, resolveMinutes: 240 });
  });

  it('makes a task for a plan occurrence only once', () => {
    insertTask.run('t1', 'p1', '2026-01-02T08:00:00.000Z', 'ok', 1);
    expect(() => insertTask.run('t2', 'p1', '2026-01-02T08:00:00.000Z', 'ok', 1)).toThrow(/UNIQUE/);
    insertTask.run('t3', null, null, 'ok', 2);
    insertTask.run('t4', null, null, 'ok', 3);
  });

  it('lists tasks at risk by due time through an index, without sorting', () => {
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM tasks WHERE sla_state = 'at_risk' ORDER BY sort_due, id LIMIT 50").all() as { detail: string }[];
    const details = plan.map((row) => row.detail).join(' ');
    expect(details).toContain('tasks_by_sla');
    expect(details).not.toContain('TEMP B-TREE');
  });
});

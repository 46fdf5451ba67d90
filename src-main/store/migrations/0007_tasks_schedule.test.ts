import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations } from '.';
import { migration } from './0007_tasks_schedule';

describe('0007_tasks_schedule', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const m of migrations.slice(0, migrations.indexOf(migration) + 1)) db.exec(m.sql);
  const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((row) => row.detail).join(' ');

  it("reads a person's scheduled tasks of a day through an index range", () => {
    expect(plan("SELECT id FROM tasks WHERE assignee_id = 'u' AND scheduled_at IS NOT NULL AND scheduled_at >= 'a' AND scheduled_at < 'b'")).toContain(
      'tasks_by_assignee_schedule (assignee_id=? AND scheduled_at>? AND scheduled_at<?)',
    );
  });

  it("reads a person's open tasks without their closed ones", () => {
    expect(plan("SELECT id FROM tasks WHERE assignee_id = 'u' AND status NOT IN ('resolved', 'closed') AND scheduled_at < 'a'")).toContain('tasks_open_by_assignee');
  });

  it("reads everyone's scheduled tasks in a window for the calendar", () => {
    expect(plan("SELECT id FROM tasks WHERE scheduled_at IS NOT NULL AND scheduled_at >= 'a' AND scheduled_at < 'b' ORDER BY scheduled_at")).toContain('tasks_by_schedule');
  });
});

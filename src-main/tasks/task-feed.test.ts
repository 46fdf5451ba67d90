import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../core/testing';
import { generateDueTasks } from './plans';
import { TaskFeed } from './task-feed';

let core: TestCore;
let clientId = '';
beforeEach(() => {
  core = openTestCore({ now: () => new Date('2026-12-02T10:00:00Z') });
  clientId = core.call('clients.create', { code: 'ACME', name: 'Acme' }).id;
});
afterEach(() => core.close());

describe('task feed', () => {
  it('says nothing until a task or plan changes, then names what changed once', () => {
    const feed = new TaskFeed(core.store.read);
    expect(feed.poll()).toBeNull();
    core.call('clients.update', { id: clientId, notes: 'not a task' });
    expect(feed.poll()).toBeNull();

    const task = core.call('tasks.create', { clientId, kind: 'request', priority: 'P3', title: 'Printer' });
    core.call('tasks.addNote', { id: task.id, body: 'Toner ordered' });
    expect(feed.poll()).toEqual({ type: 'tasks.changed', taskIds: [task.id], planIds: [], truncated: false });
    expect(feed.poll()).toBeNull();
  });

  it('hears what no call made: tasks a plan generates in the background', () => {
    const plan = core.call('plans.create', { clientId, name: 'Backup check', rrule: 'FREQ=DAILY', start: '2026-12-03T09:00', leadDays: 2, checklist: [] });
    const planTasks = () => core.call('tasks.list', { planId: plan.id, limit: 500 }).items.map((t) => t.id);
    const madeAtSave = new Set(planTasks());
    const feed = new TaskFeed(core.store.read);
    core.store.write((tx) => generateDueTasks(tx, new Date('2026-12-05T10:00:00Z')));
    const madeLater = planTasks().filter((id) => !madeAtSave.has(id));
    expect(madeLater.length).toBeGreaterThan(0);
    expect(new Set(feed.poll()?.taskIds)).toEqual(new Set(madeLater));
  });

  it('says "truncated" past 1,000 rows instead of listing them', () => {
    const feed = new TaskFeed(core.store.read);
    for (let i = 0; i < 1001; i++) core.call('tasks.create', { clientId, kind: 'request', priority: 'P4', title: `Task ${i}` });
    const event = feed.poll();
    expect(event?.truncated).toBe(true);
    expect(event?.taskIds).toHaveLength(1000);
  });
});

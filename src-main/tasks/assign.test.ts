import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTestCore, testAdmin, testTechnician, type TestCore } from '../core/testing';

let core: TestCore;
let clientId = '';
beforeEach(() => {
  core = openTestCore({ now: () => new Date('2026-12-02T10:00:00Z') });
  clientId = core.call('clients.create', { code: 'ACME', name: 'Acme' }).id;
});
afterEach(() => core.close());

const newTask = (title: string, assigneeId?: string) => core.call('tasks.create', { clientId, kind: 'request', priority: 'P3', title, assigneeId });
const historyOf = (id: string) => core.call('tasks.get', { id }).history.filter((h) => h.field === 'assigneeId');

describe('tasks.assign', () => {
  it('assigns many tasks in one call, each recording who assigned it and when', () => {
    const tasks = ['One', 'Two', 'Three'].map((title) => newTask(title));
    const already = newTask('Four', testTechnician.id);
    const { items } = core.call('tasks.assign', { ids: [...tasks.map((t) => t.id), already.id], assigneeId: testTechnician.id });
    expect(items.map((t) => [t.title, t.assigneeId])).toEqual([
      ['One', testTechnician.id],
      ['Two', testTechnician.id],
      ['Three', testTechnician.id],
      ['Four', testTechnician.id],
    ]);
    expect(historyOf(tasks[0]!.id)).toEqual([{ at: '2026-12-02T10:00:00.000Z', actorId: testAdmin.id, actorName: testAdmin.name, field: 'assigneeId', from: null, to: testTechnician.id }]);
    expect(historyOf(already.id)).toEqual([]);
  });

  it('assigns only to an active account', () => {
    const task = newTask('One');
    const error = errorOf(() => core.call('tasks.assign', { ids: [task.id], assigneeId: 'nobody' }));
    expect(error.fields).toEqual([{ path: 'assigneeId', message: 'no account nobody' }]);
    const gone = core.call('accounts.create', { login: 'luca', name: 'Luca Bianchi', role: 'technician', password: 'a long enough password' });
    core.call('accounts.update', { id: gone.id, archived: true });
    expect(errorOf(() => core.call('tasks.assign', { ids: [task.id], assigneeId: gone.id })).fields?.[0]?.path).toBe('assigneeId');
    expect(core.call('tasks.get', { id: task.id }).assigneeId).toBeNull();
  });

  it('unassigns with null', () => {
    const task = newTask('One', testTechnician.id);
    expect(core.call('tasks.assign', { ids: [task.id], assigneeId: null }).items[0]!.assigneeId).toBeNull();
    expect(historyOf(task.id).at(-1)).toMatchObject({ from: testTechnician.id, to: null });
  });

  it('names the task that does not exist and writes nothing', () => {
    const tasks = ['One', 'Two'].map((title) => newTask(title));
    const error = errorOf(() => core.call('tasks.assign', { ids: [tasks[0]!.id, 'tsk_missing', tasks[1]!.id], assigneeId: testTechnician.id }));
    expect(error.code).toBe('not_found');
    expect(error.message).toContain('tsk_missing');
    expect(error.fields).toEqual([{ path: 'ids.1', message: 'no task tsk_missing' }]);
    expect(tasks.map((t) => core.call('tasks.get', { id: t.id }).assigneeId)).toEqual([null, null]);
    expect(historyOf(tasks[0]!.id)).toEqual([]);
  });

  it('takes 1 to 500 ids, and only from staff', () => {
    const task = newTask('One');
    expect(errorOf(() => core.call('tasks.assign', { ids: [], assigneeId: 'x' })).fields?.[0]?.path).toBe('ids');
    expect(errorOf(() => core.call('tasks.assign', { ids: Array.from({ length: 501 }, (_, i) => `t${i}`), assigneeId: 'x' })).fields?.[0]?.path).toBe('ids');
    expect(errorOf(() => core.callRaw('tasks.assign', { ids: [task.id] })).fields?.[0]?.path).toBe('assigneeId');
    expect(errorOf(() => core.call('tasks.assign', { ids: [task.id], assigneeId: testTechnician.id }, testTechnician)).code).toBe('forbidden');
  });

  it('assigns a page of 500 at once', () => {
    const ids = Array.from({ length: 500 }, (_, i) => newTask(`Task ${i}`).id);
    expect(core.call('tasks.assign', { ids, assigneeId: testTechnician.id }).items).toHaveLength(500);
    expect(core.call('tasks.list', { assigneeId: testTechnician.id, limit: 1 }).total).toBe(500);
  });
});

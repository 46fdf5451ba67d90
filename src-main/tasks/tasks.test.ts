import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTestCore, testAdmin, testTechnician, type TestCore } from '../core/testing';
import { refreshSlaStates } from './rows';

let core: TestCore;
let nowMs = 0;
const setNow = (iso: string) => (nowMs = Date.parse(iso));
let clientId = '';
beforeEach(() => {
  setNow('2026-11-30T08:00:00Z'); // Monday 09:00 in Rome
  core = openTestCore({ now: () => new Date(nowMs) });
  clientId = core.call('clients.create', { code: 'ACME', name: 'Acme' }).id;
});
afterEach(() => core.close());

const refresh = () => core.store.write((tx) => refreshSlaStates(tx, new Date(nowMs)));

describe('tasks', () => {
  it('creates a task with a checklist, ticks it with who and when, logs notes and time, keeps history', () => {
    const site = core.call('sites.create', { clientId, name: 'Sede' });
    const device = core.call('devices.create', { clientId, siteId: site.id, name: 'srv01', kind: 'server' });
    const task = core.call('tasks.create', {
      clientId,
      siteId: site.id,
      deviceId: device.id,
      kind: 'incident',
      priority: 'P2',
      title: 'Backup fallito',
      checklist: ['Controlla log', 'Rilancia job'],
    });
    expect(task).toMatchObject({ status: 'new', slaState: 'ok', openedAt: '2026-11-30T08:00:00.000Z', respondedAt: null, planId: null });
    expect(task.checklist.map((i) => [i.text, i.done])).toEqual([['Controlla log', false], ['Rilancia job', false]]);

    setNow('2026-11-30T08:10:00Z');
    const assigned = core.call('tasks.update', { id: task.id, assigneeId: testTechnician.id, status: 'in_progress' });
    expect(assigned.respondedAt).toBe('2026-11-30T08:10:00.000Z');
    const ticked = core.call('tasks.setChecklistItem', { id: task.id, itemId: task.checklist[0]!.id, done: true }, testTechnician);
    expect(ticked.checklist[0]).toMatchObject({ done: true, doneBy: testTechnician.id, doneAt: '2026-11-30T08:10:00.000Z' });
    core.call('tasks.addNote', { id: task.id, body: 'Disco pieno' }, testTechnician);
    core.call('tasks.addTime', { id: task.id, minutes: 45, billable: true, note: 'on site' }, testTechnician);
    core.call('tasks.addTime', { id: task.id, minutes: 10, billable: false }, testTechnician);
    const reordered = core.call('tasks.update', {
      id: task.id,
      checklist: [{ id: task.checklist[1]!.id, text: 'Rilancia job' }, { id: task.checklist[0]!.id, text: 'Controlla log' }, { text: 'Avvisa cliente' }],
    });
    expect(reordered.checklist.map((i) => [i.text, i.done])).toEqual([['Rilancia job', false], ['Controlla log', true], ['Avvisa cliente', false]]);

    const detail = core.call('tasks.get', { id: task.id });
    expect(detail.notes).toMatchObject([{ body: 'Disco pieno', authorId: testTechnician.id }]);
    expect(detail.totalMinutes).toBe(55);
    expect(detail.billableMinutes).toBe(45);
    expect(detail.history.map((h) => h.field)).toEqual(['created', 'assigneeId', 'status', 'checklist.ticked', 'note', 'time', 'time', 'checklist']);
    expect(detail.history[2]).toMatchObject({ from: 'new', to: 'in_progress', actorId: 'test-admin', at: '2026-11-30T08:10:00.000Z' });
  });

  it('rejects bad input naming the field, and writes nothing', () => {
    const before = core.store.read.value<number>('SELECT COUNT(*) FROM changes');
    const pathOf = (method: string, input: unknown) => {
      const error = errorOf(() => core.callRaw(method, input));
      return error.fields?.[0]?.path ?? error.code;
    };
    const good = { clientId, kind: 'incident', priority: 'P2', title: 'x' };
    expect(pathOf('tasks.create', { ...good, kind: 'bug' })).toBe('kind');
    expect(pathOf('tasks.create', { ...good, priority: 'P5' })).toBe('priority');
    expect(pathOf('tasks.create', { ...good, title: ' ' })).toBe('title');
    expect(pathOf('tasks.create', { ...good, openedAt: 'ieri' })).toBe('openedAt');
    expect(pathOf('tasks.create', { ...good, openedAt: '2030-01-01T00:00:00Z' })).toBe('openedAt');
    expect(pathOf('tasks.create', { ...good, checklist: ['ok', ''] })).toBe('checklist.1');
    expect(pathOf('tasks.create', { ...good, clientId: 'nobody' })).toBe('not_found');
    const other = core.call('clients.create', { code: 'OTHER', name: 'Other' });
    const otherSite = core.call('sites.create', { clientId: other.id, name: 'S' });
    const otherDevice = core.call('devices.create', { clientId: other.id, name: 'd', kind: 'nas' });
    const mid = core.store.read.value<number>('SELECT COUNT(*) FROM changes');
    expect(pathOf('tasks.create', { ...good, siteId: otherSite.id })).toBe('siteId');
    expect(pathOf('tasks.create', { ...good, deviceId: otherDevice.id })).toBe('deviceId');
    const task = core.call('tasks.create', good as never);
    const afterCreate = core.store.read.value<number>('SELECT COUNT(*) FROM changes');
    expect(pathOf('tasks.update', { id: task.id, status: 'done' })).toBe('status');
    expect(pathOf('tasks.update', { id: task.id, checklist: [{ id: 'chk_nope', text: 'x' }] })).toBe('checklist.0.id');
    expect(pathOf('tasks.update', { id: 'tsk_nope', title: 'x' })).toBe('not_found');
    expect(pathOf('tasks.addNote', { id: task.id, body: '  ' })).toBe('body');
    expect(pathOf('tasks.addTime', { id: task.id, minutes: 0 })).toBe('minutes');
    expect(pathOf('tasks.addTime', { id: task.id, minutes: 1.5 })).toBe('minutes');
    expect(pathOf('tasks.addTime', { id: task.id, minutes: 5, billable: 'yes' })).toBe('billable');
    expect(pathOf('tasks.setChecklistItem', { id: task.id, itemId: 'chk_nope', done: true })).toBe('itemId');
    expect(pathOf('tasks.list', { slaState: 'late' })).toBe('slaState');
    expect(pathOf('tasks.list', { limit: 0 })).toBe('limit');
    expect(pathOf('tasks.list', { cursor: 'garbage' })).toBe('cursor');
    expect(core.store.read.value<number>('SELECT COUNT(*) FROM changes')).toBe(afterCreate);
    expect(mid).toBeGreaterThan(before!);
  });

  it('computes due times for a P2 opened Friday 17:00 with the default policy', () => {
    setNow('2026-11-27T16:00:00Z'); // Friday 17:00 in Rome
    const task = core.call('tasks.create', { clientId, kind: 'incident', priority: 'P2', title: 'Stampante' });
    expect(task.responseDueAt).toBe('2026-11-30T11:00:00.000Z'); // Monday 12:00
    expect(task.resolveDueAt).toBe('2026-12-01T16:00:00.000Z'); // Tuesday 17:00
  });

  it("uses the client's own policy, and keeps an imported task's opening time", () => {
    const policy = core.call('slaPolicies.create', {
      name: '24/7',
      timezone: 'UTC',
      hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
      holidays: { italian: false, dates: [] },
      targets: {
        P1: { responseMinutes: 15, resolveMinutes: 60 },
        P2: { responseMinutes: 30, resolveMinutes: 120 },
        P3: { responseMinutes: 60, resolveMinutes: 240 },
        P4: { responseMinutes: 120, resolveMinutes: 480 },
      },
    });
    core.call('clients.update', { id: clientId, slaPolicyId: policy.id });
    const task = core.call('tasks.create', { clientId, kind: 'request', priority: 'P1', title: 'Import', openedAt: '2026-11-29T23:00:00+01:00' });
    expect(task.openedAt).toBe('2026-11-29T22:00:00.000Z');
    expect(task.responseDueAt).toBe('2026-11-29T22:15:00.000Z');
    expect(task.resolveDueAt).toBe('2026-11-29T23:00:00.000Z');
    expect(task.slaState).toBe('breached');
  });

  it('pauses the resolution clock while waiting on the client', () => {
    const task = core.call('tasks.create', { clientId, kind: 'incident', priority: 'P2', title: 'VPN' });
    expect(task.resolveDueAt).toBe('2026-12-01T17:00:00.000Z'); // 960 min: Tuesday 18:00
    setNow('2026-11-30T09:00:00Z'); // Monday 10:00
    const waiting = core.call('tasks.update', { id: task.id, status: 'waiting_client' });
    expect(waiting.resolveDueAt).toBeNull();
    expect(waiting.pauses).toEqual([{ from: '2026-11-30T09:00:00.000Z', to: null }]);
    setNow('2026-12-01T09:00:00Z'); // Tuesday 10:00: 480 business minutes later
    const resumed = core.call('tasks.update', { id: task.id, status: 'in_progress' });
    expect(resumed.pauses).toEqual([{ from: '2026-11-30T09:00:00.000Z', to: '2026-12-01T09:00:00.000Z' }]);
    expect(resumed.resolveDueAt).toBe('2026-12-02T17:00:00.000Z'); // a business day later: Wednesday 18:00
    expect(resumed.responseDueAt).toBe('2026-11-30T12:00:00.000Z');
    expect(resumed.slaState).toBe('ok'); // responded at 10:00, in time
    setNow('2026-12-02T10:00:00Z');
    const resolved = core.call('tasks.update', { id: task.id, status: 'resolved' });
    expect(resolved).toMatchObject({ resolvedAt: '2026-12-02T10:00:00.000Z', slaState: 'ok' });
    expect(core.store.read.value('SELECT sla_check_at FROM tasks WHERE id = ?', [task.id])).toBeNull();
  });

  it('turns at risk at 75% and breached after the due time, by the periodic refresh', () => {
    const task = core.call('tasks.create', { clientId, kind: 'incident', priority: 'P1', title: 'Server giù' }); // 60 / 240
    setNow('2026-11-30T08:44:59Z');
    refresh();
    expect(core.call('tasks.get', { id: task.id }).slaState).toBe('ok');
    setNow('2026-11-30T08:45:00Z');
    expect(refresh()).toBe(1);
    expect(core.call('tasks.get', { id: task.id }).slaState).toBe('at_risk');
    expect(core.call('tasks.list', { slaState: 'at_risk' }).items.map((t) => t.id)).toEqual([task.id]);
    setNow('2026-11-30T09:00:00Z');
    expect(refresh()).toBe(0); // due at 10:00 exactly is still in time
    setNow('2026-11-30T09:00:01Z');
    expect(refresh()).toBe(1);
    const breached = core.call('tasks.get', { id: task.id });
    expect(breached.slaState).toBe('breached');
    expect(breached.history.filter((h) => h.field === 'slaState').map((h) => [h.from, h.to, h.actorId])).toEqual([
      ['ok', 'at_risk', 'system'],
      ['at_risk', 'breached', 'system'],
    ]);
    // Responding late keeps the breach on record.
    const responded = core.call('tasks.addNote', { id: task.id, body: 'Ci siamo' });
    expect(responded.respondedAt).toBe('2026-11-30T09:00:01.000Z');
    expect(responded.slaState).toBe('breached');
  });

  it('a task booked for a visit is answered when someone first moves it on, not left unanswered for good', () => {
    const booked = core.call('tasks.create', { clientId, kind: 'request', priority: 'P3', title: 'Sostituire toner', scheduledAt: '2026-12-01T09:00:00Z' });
    expect(booked).toMatchObject({ status: 'scheduled', respondedAt: null });
    setNow('2026-11-30T08:30:00Z');
    const started = core.call('tasks.update', { id: booked.id, status: 'in_progress' });
    expect(started.respondedAt).toBe('2026-11-30T08:30:00.000Z');
  });

  it('lists by due time with filters, page by page', () => {
    const priorities = ['P4', 'P1', 'P3', 'P2', 'P1'] as const;
    const ids = priorities.map((priority, i) => core.call('tasks.create', { clientId, kind: 'request', priority, title: `t${i}`, assigneeId: i % 2 ? testTechnician.id : testAdmin.id }).id);
    const all = core.call('tasks.list', { limit: 2 });
    expect(all.total).toBe(5);
    const seen = [...all.items];
    let cursor = all.nextCursor;
    while (cursor) {
      const page = core.call('tasks.list', { limit: 2, cursor });
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen.map((t) => t.id))).toEqual(new Set(ids));
    const dues = seen.map((t) => t.responseDueAt!);
    expect([...dues].sort()).toEqual(dues);
    expect(seen.slice(0, 2).map((t) => t.priority)).toEqual(['P1', 'P1']);
    expect(core.call('tasks.list', { priority: ['P1', 'P2'] }).total).toBe(3);
    expect(core.call('tasks.list', { assigneeId: testTechnician.id }).total).toBe(2);
    expect(core.call('tasks.list', { clientId, status: 'new', open: true }).total).toBe(5);
    expect(core.call('tasks.list', { open: false }).total).toBe(0);
  });

  it('reopening a resolved task counts the resolved stretch as a pause', () => {
    const task = core.call('tasks.create', { clientId, kind: 'incident', priority: 'P3', title: 'Mail' });
    setNow('2026-11-30T09:00:00Z');
    core.call('tasks.update', { id: task.id, status: 'resolved' });
    setNow('2026-12-01T09:00:00Z');
    const reopened = core.call('tasks.update', { id: task.id, status: 'in_progress' });
    expect(reopened.resolvedAt).toBeNull();
    expect(reopened.pauses).toEqual([{ from: '2026-11-30T09:00:00.000Z', to: '2026-12-01T09:00:00.000Z' }]);
    const closed = core.call('tasks.update', { id: task.id, status: 'closed' });
    expect(closed).toMatchObject({ resolvedAt: '2026-12-01T09:00:00.000Z', closedAt: '2026-12-01T09:00:00.000Z' });
  });
  it("restamps open tasks' due times when the client's policy changes or is edited", () => {
    const open = core.call('tasks.create', { clientId, kind: 'incident', priority: 'P2', title: 'Aperto' });
    const done = core.call('tasks.create', { clientId, kind: 'incident', priority: 'P2', title: 'Chiuso' });
    core.call('tasks.update', { id: done.id, status: 'resolved' });
    const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' }));
    const target = { responseMinutes: 60, resolveMinutes: 120 };
    const policy = core.call('slaPolicies.create', {
      name: '24/7',
      timezone: 'UTC',
      hours,
      holidays: { italian: false, dates: [] },
      targets: { P1: target, P2: target, P3: target, P4: target },
    });
    core.call('clients.update', { id: clientId, slaPolicyId: policy.id });
    expect(core.call('tasks.get', { id: open.id })).toMatchObject({ responseDueAt: '2026-11-30T09:00:00.000Z', resolveDueAt: '2026-11-30T10:00:00.000Z' });
    const untouched = core.call('tasks.get', { id: done.id });
    expect(untouched.resolveDueAt).toBe(done.resolveDueAt);
    core.call('slaPolicies.update', { id: policy.id, targets: { P1: target, P2: { responseMinutes: 30, resolveMinutes: 90 }, P3: target, P4: target } });
    expect(core.call('tasks.get', { id: open.id })).toMatchObject({ responseDueAt: '2026-11-30T08:30:00.000Z', resolveDueAt: '2026-11-30T09:30:00.000Z' });
    core.call('clients.update', { id: clientId, slaPolicyId: null });
    expect(core.call('tasks.get', { id: open.id }).responseDueAt).toBe(open.responseDueAt);
    core.call('slaPolicies.update', { id: 'sla_default', targets: { ...core.call('slaPolicies.get', { id: 'sla_default' }).targets, P2: target } } as never);
    expect(core.call('tasks.get', { id: open.id }).responseDueAt).toBe('2026-11-30T09:00:00.000Z');
  });
});

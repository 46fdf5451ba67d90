import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTestCore, testTechnician, type TestCore } from '../core/testing';
import { myDaySql } from './my-day';

let core: TestCore;
let clientId = '';
const me = testTechnician;
beforeEach(() => {
  core = openTestCore({ now: () => new Date('2026-12-02T10:00:00Z') }); // Wednesday 11:00 in Rome
  clientId = core.call('clients.create', { code: 'ACME', name: 'Acme', timezone: 'Europe/Rome' }).id;
});
afterEach(() => core.close());

const task = (title: string, fields: Record<string, unknown> = {}) =>
  core.call('tasks.create', { clientId, kind: 'maintenance', priority: 'P3', title, assigneeId: me.id, ...fields });

describe('tasks.myDay', () => {
  it("groups the caller's tasks of the local day and their overdue ones by site, the others left out", () => {
    const office = core.call('sites.create', { clientId, name: 'Sede', address: 'Via Roma 1, Milano' });
    const store = core.call('sites.create', { clientId, name: 'Negozio' });
    const today = task('Backup check', { siteId: office.id, scheduledAt: '2026-12-02T08:00:00Z' });
    const lateEvening = task('Late patching', { siteId: office.id, scheduledAt: '2026-12-02T22:30:00Z' }); // 23:30 in Rome
    const yesterday = task('Firewall update', { siteId: store.id, scheduledAt: '2026-12-01T09:00:00Z' });
    const doneYesterday = task('Done yesterday', { siteId: store.id, scheduledAt: '2026-12-01T09:00:00Z' });
    core.call('tasks.update', { id: doneYesterday.id, status: 'resolved' });
    const doneToday = task('Done today', { siteId: office.id, scheduledAt: '2026-12-02T07:00:00Z' });
    core.call('tasks.update', { id: doneToday.id, status: 'resolved' });
    const breached = task('Printer jam', { kind: 'incident', priority: 'P1', openedAt: '2026-11-30T08:00:00Z' });
    task('Tomorrow', { siteId: office.id, scheduledAt: '2026-12-02T23:30:00Z' }); // 00:30 on Thursday in Rome
    const other = core.call('accounts.create', { login: 'luca', name: 'Luca Bianchi', role: 'technician', password: 'a long enough password' });
    task('Someone else', { siteId: office.id, scheduledAt: '2026-12-02T08:00:00Z', assigneeId: other.id });
    task('Not scheduled, in time');

    const day = core.call('tasks.myDay', { day: '2026-12-02', timezone: 'Europe/Rome' }, me);
    expect(day).toMatchObject({ from: '2026-12-01T23:00:00.000Z', to: '2026-12-02T23:00:00.000Z', total: 5, truncated: false });
    const shape = day.groups.map((g) => ({ site: g.siteName, address: g.siteAddress, client: g.clientName, tasks: g.tasks.map((t) => [t.title, t.overdue]) }));
    expect(shape).toEqual([
      { site: null, address: null, client: 'Acme', tasks: [['Printer jam', true]] },
      { site: 'Negozio', address: '', client: 'Acme', tasks: [['Firewall update', true]] },
      { site: 'Sede', address: 'Via Roma 1, Milano', client: 'Acme', tasks: [['Done today', false], ['Backup check', false], ['Late patching', false]] },
    ]);
    expect(day.groups.flatMap((g) => g.tasks.map((t) => t.id)).sort()).toEqual([today.id, lateEvening.id, yesterday.id, doneToday.id, breached.id].sort());
  });

  it("takes the day in the technician's zone, not the hub's", () => {
    task('Evening in Rome', { scheduledAt: '2026-12-02T22:30:00Z' });
    const rome = core.call('tasks.myDay', { day: '2026-12-02', timezone: 'Europe/Rome' }, me);
    const newYork = core.call('tasks.myDay', { day: '2026-12-02', timezone: 'America/New_York' }, me);
    const tokyo = core.call('tasks.myDay', { day: '2026-12-02', timezone: 'Asia/Tokyo' }, me);
    expect([rome.total, newYork.total, tokyo.total]).toEqual([1, 1, 0]);
    expect(newYork.from).toBe('2026-12-02T05:00:00.000Z');
  });

  it('has 23 hours on the day clocks go forward', () => {
    const day = core.call('tasks.myDay', { day: '2026-03-29', timezone: 'Europe/Rome' }, me);
    expect(Date.parse(day.to) - Date.parse(day.from)).toBe(23 * 3_600_000);
  });

  it('is empty for someone with nothing to do', () => {
    task('Mine', { scheduledAt: '2026-12-02T08:00:00Z' });
    expect(core.call('tasks.myDay', { day: '2026-12-02', timezone: 'Europe/Rome' }, { id: 'nobody', name: 'Nobody', role: 'technician' })).toMatchObject({ groups: [], total: 0 });
  });

  it('rejects a bad day or zone, naming the field', () => {
    expect(errorOf(() => core.callRaw('tasks.myDay', { day: '2026-02-30', timezone: 'Europe/Rome' })).fields?.[0]?.path).toBe('day');
    expect(errorOf(() => core.callRaw('tasks.myDay', { day: '2026-12-02', timezone: 'Mars/Olympus' })).fields?.[0]?.path).toBe('timezone');
    expect(errorOf(() => core.callRaw('tasks.myDay', { day: '2026-12-02' })).fields?.[0]?.path).toBe('timezone');
  });

  it('reads index ranges, never the whole tasks table', () => {
    const plan = core.store.read.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${myDaySql}`, ['me', 'a', 'b', 'me', 'a', 'b', 10]);
    const details = plan.map((row) => row.detail);
    expect(details.filter((d) => d.includes('tasks'))).toEqual([
      expect.stringContaining('USING INDEX tasks_by_assignee_schedule'),
      expect.stringContaining('USING INDEX tasks_open_by_assignee'),
    ]);
    expect(details.join(' ')).not.toMatch(/SCAN t\b(?! USING)/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTestCore, testTechnician, type TestCore } from '../core/testing';

let core: TestCore;
beforeEach(() => {
  let clock = Date.UTC(2026, 10, 25, 9);
  core = openTestCore({ now: () => new Date((clock += 1)) });
});
afterEach(() => core.close());


const targets = {
  P1: { responseMinutes: 30, resolveMinutes: 120 },
  P2: { responseMinutes: 60, resolveMinutes: 480 },
  P3: { responseMinutes: 240, resolveMinutes: 1440 },
  P4: { responseMinutes: 480, resolveMinutes: 4800 },
};
const valid = {
  name: 'Milano 8-17',
  timezone: 'Europe/Rome',
  hours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '17:00' })),
  holidays: { italian: true, dates: ['2026-12-07'] },
  targets,
};

describe('slaPolicies', () => {
  it('has a default policy: Mon–Fri 9–13 and 14–18 in Rome with Italian holidays', () => {
    const { items } = core.call('slaPolicies.list', {});
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: 'sla_default', isDefault: true, timezone: 'Europe/Rome', holidays: { italian: true, dates: [] } });
    expect(items[0]!.hours).toHaveLength(10);
    expect(items[0]!.targets.P1).toEqual({ responseMinutes: 60, resolveMinutes: 240 });
    expect(items[0]!.targets.P4).toEqual({ responseMinutes: 1440, resolveMinutes: 7200 });
  });

  it('creates, reads, lists and updates a policy', () => {
    const created = core.call('slaPolicies.create', valid);
    expect(created).toMatchObject({ name: 'Milano 8-17', isDefault: false, targets });
    expect(core.call('slaPolicies.get', { id: created.id })).toEqual(created);
    expect(core.call('slaPolicies.list', {}).items.map((p) => p.id)).toEqual(['sla_default', created.id]);
    const updated = core.call('slaPolicies.update', { id: created.id, name: 'Milano', holidays: { italian: false, dates: [] } });
    expect(updated).toMatchObject({ name: 'Milano', holidays: { italian: false, dates: [] }, timezone: 'Europe/Rome' });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
  });

  it('rejects bad input naming the field, and writes nothing', () => {
    const before = core.store.read.value<number>('SELECT COUNT(*) FROM changes');
    const pathOf = (input: unknown) => errorOf(() => core.callRaw('slaPolicies.create', input)).fields?.[0]?.path;
    expect(pathOf({ ...valid, name: ' ' })).toBe('name');
    expect(pathOf({ ...valid, timezone: 'Mars/Olympus' })).toBe('timezone');
    expect(pathOf({ ...valid, hours: [{ weekday: 8, start: '09:00', end: '10:00' }] })).toBe('hours.0.weekday');
    expect(pathOf({ ...valid, hours: [{ weekday: 1, start: '09:00', end: '25:00' }] })).toBe('hours.0.end');
    expect(pathOf({ ...valid, hours: [{ weekday: 1, start: '10:00', end: '09:00' }] })).toBe('hours.0.end');
    expect(pathOf({ ...valid, hours: [] })).toBe('hours');
    expect(pathOf({ ...valid, holidays: { italian: true, dates: ['2026-02-30'] } })).toBe('holidays.dates.0');
    // Every problem at once, not the calendar's first: a bad range does not hide a bad date.
    const paths = (input: unknown) => errorOf(() => core.callRaw('slaPolicies.create', input)).fields?.map((field) => field.path);
    expect(paths({ ...valid, hours: [{ weekday: 1, start: '10:00', end: '09:00' }], holidays: { italian: true, dates: ['2026-12-07', '2026-13-01'] } })).toEqual(
      expect.arrayContaining(['hours.0.end', 'holidays.dates.1']),
    );
    expect(pathOf({ ...valid, targets: { ...targets, P2: { responseMinutes: 0, resolveMinutes: 10 } } })).toBe('targets.P2.responseMinutes');
    expect(pathOf({ ...valid, targets: { ...targets, P3: { responseMinutes: 100, resolveMinutes: 10 } } })).toBe('targets.P3.resolveMinutes');
    expect(pathOf({ ...valid, targets: { P1: targets.P1 } })).toBe('targets.P2');
    expect(errorOf(() => core.callRaw('slaPolicies.update', { id: 'sla_default', hours: [] })).fields?.[0]?.path).toBe('hours');
    expect(errorOf(() => core.callRaw('slaPolicies.update', { id: 'nope', name: 'x' })).code).toBe('not_found');
    expect(errorOf(() => core.callRaw('slaPolicies.preview', { policyId: 'sla_default', at: 'yesterday', priority: 'P1' })).fields?.[0]?.path).toBe('at');
    expect(errorOf(() => core.callRaw('slaPolicies.preview', { policyId: 'sla_default', at: '2026-01-01T00:00:00Z', priority: 'P5' })).fields?.[0]?.path).toBe('priority');
    expect(errorOf(() => core.callRaw('slaPolicies.create', valid, testTechnician)).code).toBe('forbidden');
    expect(core.store.read.value<number>('SELECT COUNT(*) FROM changes')).toBe(before);
  });

  it('previews due times: a P2 opened Friday 17:00 in Rome is due Monday', () => {
    // Friday 27 November 2026, 17:00 in Rome = 16:00Z. P2: response 240, resolve 960 business minutes.
    const due = core.call('slaPolicies.preview', { policyId: 'sla_default', at: '2026-11-27T16:00:00Z', priority: 'P2' });
    // 60 minutes on Friday, then Monday 09:00-12:00 -> 12:00 Rome = 11:00Z.
    expect(due.responseDueAt).toBe('2026-11-30T11:00:00.000Z');
    // 60 on Friday, 480 on Monday, 420 on Tuesday: 09-13 (240) + 14:00-17:00 (180) -> 17:00 Rome.
    expect(due.resolveDueAt).toBe('2026-12-01T16:00:00.000Z');
  });

  it('counts the active clients each policy governs; the default has those without one', () => {
    const policy = core.call('slaPolicies.create', valid);
    core.call('clients.create', { code: 'A1', name: 'A1', slaPolicyId: policy.id });
    const archived = core.call('clients.create', { code: 'A2', name: 'A2', slaPolicyId: policy.id });
    core.call('clients.archive', { id: archived.id });
    core.call('clients.create', { code: 'B1', name: 'B1' });
    core.call('clients.create', { code: 'B2', name: 'B2', slaPolicyId: 'sla_default' });
    const counts = Object.fromEntries(core.call('slaPolicies.list', {}).items.map((p) => [p.id, p.clientCount]));
    expect(counts).toEqual({ sla_default: 2, [policy.id]: 1 });
  });

  it('previews unsaved fields for every priority, as the saved policy would', () => {
    const saved = core.call('slaPolicies.create', valid);
    const at = '2026-11-27T15:30:00.000Z';
    const { openedAt, due } = core.call('slaPolicies.previewFields', { timezone: valid.timezone, hours: valid.hours, holidays: valid.holidays, targets, openedAt: '2026-11-27T16:30' });
    expect(openedAt).toBe(at);
    expect(Object.keys(due)).toEqual(['P1', 'P2', 'P3', 'P4']);
    for (const priority of ['P1', 'P2', 'P3', 'P4'] as const) {
      expect(due[priority]).toEqual(core.call('slaPolicies.preview', { policyId: saved.id, at, priority }));
    }
    // Friday 16:30 in Rome, hours 08-17: P1 response (30 min) at 17:00 sharp, not Monday 08:00.
    expect(due.P1!.responseDueAt).toBe('2026-11-27T16:00:00.000Z');
    // P4's 4800 minutes (80 h of 9-hour days) end Thursday 10 December at 15:30; with Monday 7 December (custom)
    // and Tuesday 8 December (Italian) closed, two working days later, past the weekend: Monday 14th.
    const withoutHolidays = core.call('slaPolicies.previewFields', { timezone: valid.timezone, hours: valid.hours, holidays: { italian: false, dates: [] }, targets, openedAt: '2026-11-27T16:30' }).due;
    expect(withoutHolidays.P4!.resolveDueAt).toBe('2026-12-10T14:30:00.000Z');
    expect(due.P4!.resolveDueAt).toBe('2026-12-14T14:30:00.000Z');
  });

  it('places the opening time in the policy zone, a time skipped by the clocks going forward after the jump', () => {
    const openedAt = (timezone: string, wall: string) =>
      core.call('slaPolicies.previewFields', { timezone, hours: valid.hours, holidays: valid.holidays, targets, openedAt: wall }).openedAt;
    expect(openedAt('Europe/Rome', '2026-10-25T02:30')).toBe('2026-10-25T00:30:00.000Z'); // the first 02:30, still CEST
    expect(openedAt('Europe/Rome', '2026-03-29T02:30')).toBe('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(openedAt('America/New_York', '2026-12-04T16:00')).toBe('2026-12-04T21:00:00.000Z');
  });

  it('refuses unsaved fields naming the field, as create does', () => {
    const input = { timezone: valid.timezone, hours: valid.hours, holidays: valid.holidays, targets, openedAt: '2026-11-27T16:30' };
    const pathOf = (patch: object) => errorOf(() => core.callRaw('slaPolicies.previewFields', { ...input, ...patch })).fields?.[0]?.path;
    expect(pathOf({ hours: [valid.hours[0], { weekday: 2, start: '14:00', end: '13:00' }] })).toBe('hours.1.end');
    expect(pathOf({ hours: [] })).toBe('hours');
    expect(pathOf({ timezone: 'Mars/Olympus' })).toBe('timezone');
    expect(pathOf({ holidays: { italian: true, dates: ['2026-13-01'] } })).toBe('holidays.dates.0');
    expect(pathOf({ targets: { ...targets, P2: { responseMinutes: 60, resolveMinutes: 30 } } })).toBe('targets.P2.resolveMinutes');
    expect(pathOf({ openedAt: 'now' })).toBe('openedAt');
    expect(pathOf({ openedAt: '2026-02-30T09:00' })).toBe('openedAt');
    expect(pathOf({ openedAt: '2026-11-27T16:30:00Z' })).toBe('openedAt');
    expect(pathOf({ name: 'x' })).toBeDefined();
  });

  it('names the Italian holidays of a year, 4 October from 2026 and Easter wherever it falls', () => {
    const names = (year: number) => core.call('slaPolicies.italianHolidays', { year }, testTechnician).items;
    expect(names(2026)).toContainEqual({ date: '2026-10-04', name: 'saintFrancis' });
    expect(names(2026)).toContainEqual({ date: '2026-04-05', name: 'easter' });
    expect(names(2026)).toContainEqual({ date: '2026-04-06', name: 'easterMonday' });
    expect(names(2026)).toHaveLength(13);
    expect(names(2025).map((h) => h.name)).not.toContain('saintFrancis');
    // Easter Monday on 25 April 2011, Easter Sunday on 25 April 2038: the day is named for both.
    expect(names(2011).filter((h) => h.date === '2011-04-25').map((h) => h.name).sort()).toEqual(['easterMonday', 'liberation']);
    expect(names(2038).filter((h) => h.date === '2038-04-25').map((h) => h.name).sort()).toEqual(['easter', 'liberation']);
    expect(errorOf(() => core.callRaw('slaPolicies.italianHolidays', { year: 1500 })).fields?.[0]?.path).toBe('year');
    expect(errorOf(() => core.callRaw('slaPolicies.italianHolidays', { year: 2026.5 })).fields?.[0]?.path).toBe('year');
  });

  it('lets a client use a policy that exists, and only that', () => {
    const client = core.call('clients.create', { code: 'ACME', name: 'Acme' });
    const policy = core.call('slaPolicies.create', valid);
    expect(core.call('clients.update', { id: client.id, slaPolicyId: policy.id }).slaPolicyId).toBe(policy.id);
    const error = errorOf(() => core.call('clients.update', { id: client.id, slaPolicyId: 'sla_missing' }));
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.[0]?.path).toBe('slaPolicyId');
    expect(core.call('clients.update', { id: client.id, slaPolicyId: null }).slaPolicyId).toBeNull();
  });
});

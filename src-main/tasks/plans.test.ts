import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTestCore, testTechnician, type TestCore } from '../core/testing';
import { generateDueTasks } from './plans';
import { occurrences } from './recurrence';

let core: TestCore;
let nowMs = 0;
const setNow = (iso: string) => (nowMs = Date.parse(iso));
let clientId = '';
beforeEach(() => {
  setNow('2026-03-20T12:00:00Z');
  core = openTestCore({ now: () => new Date(nowMs) });
  clientId = core.call('clients.create', { code: 'ACME', name: 'Acme' }).id;
});
afterEach(() => core.close());

const planTasks = (planId: string) =>
  core.store.read.all<{ occurrenceAt: string; id: string }>('SELECT occurrence_at AS occurrenceAt, id FROM tasks WHERE plan_id = ? ORDER BY occurrence_at', [planId]);
const romeTime = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Rome', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

describe('plans', () => {
  it('creates a plan and its tasks within the lead time, in the client zone, at once', () => {
    const plan = core.call('plans.create', {
      clientId,
      name: 'Verifica backup',
      rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
      start: '2026-03-02T09:00',
      leadDays: 3,
      checklist: ['Log', 'Restore di prova'],
      assigneeId: testTechnician.id,
    });
    expect(plan).toMatchObject({ timezone: 'Europe/Rome', paused: false, priority: 'P3', leadDays: 3 });
    // Friday 20 March 12:00Z + 3 days: Monday 23 March 09:00 Rome is in, Tuesday is not.
    const made = planTasks(plan.id).map((t) => t.occurrenceAt);
    expect(made).toEqual(['2026-03-23T08:00:00.000Z']);
    expect(core.call('plans.get', { id: plan.id }).generatedThrough).toBe('2026-03-23T08:00:00.000Z');
    const task = core.call('tasks.list', { planId: plan.id }).items[0]!;
    expect(task).toMatchObject({ kind: 'maintenance', status: 'scheduled', assigneeId: testTechnician.id, scheduledAt: made[0], openedAt: made[0], slaState: 'ok', planId: plan.id });
    expect(task.checklist.map((i) => i.text)).toEqual(['Log', 'Restore di prova']);

    const preview = core.call('plans.preview', { id: plan.id, count: 6 }).occurrences;
    expect(preview.slice(0, 2)).toEqual(['2026-03-23T08:00:00.000Z', '2026-03-24T08:00:00.000Z']);
    expect(preview.map(romeTime)).toEqual(Array(6).fill('09:00')); // across the 29 March switch
    expect(preview[5]).toBe('2026-03-30T07:00:00.000Z');
    expect(core.call('plans.list', { clientId }).items.map((p) => p.id)).toEqual([plan.id]);
  });

  it('rejects bad input naming the field, and writes nothing', () => {
    const before = core.store.read.value<number>('SELECT COUNT(*) FROM changes');
    const good = { clientId, name: 'P', rrule: 'FREQ=MONTHLY;BYDAY=1MO', start: '2026-01-01T09:00', leadDays: 5, checklist: [] };
    const pathOf = (method: string, input: unknown) => {
      const error = errorOf(() => core.callRaw(method, input));
      return error.fields?.[0]?.path ?? error.code;
    };
    expect(pathOf('plans.create', { ...good, rrule: 'FREQ=HOURLY' })).toBe('rrule');
    expect(pathOf('plans.create', { ...good, rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' })).toBe('rrule');
    expect(pathOf('plans.create', { ...good, start: '2026-13-01T09:00' })).toBe('start');
    expect(pathOf('plans.create', { ...good, start: '2026-01-01' })).toBe('start');
    expect(pathOf('plans.create', { ...good, timezone: 'Mars/Base' })).toBe('timezone');
    expect(pathOf('plans.create', { ...good, leadDays: -1 })).toBe('leadDays');
    expect(pathOf('plans.create', { ...good, name: '' })).toBe('name');
    expect(pathOf('plans.create', { ...good, checklist: [''] })).toBe('checklist.0');
    expect(pathOf('plans.create', { ...good, clientId: 'nobody' })).toBe('not_found');
    expect(pathOf('plans.preview', { id: 'x', count: 0 })).toBe('count');
    expect(pathOf('plans.pause', { id: 'x', paused: 'yes' })).toBe('paused');
    expect(core.store.read.value<number>('SELECT COUNT(*) FROM changes')).toBe(before);
    const plan = core.call('plans.create', good);
    const after = core.store.read.value<number>('SELECT COUNT(*) FROM changes');
    expect(pathOf('plans.update', { id: plan.id, rrule: 'FREQ=SECONDLY' })).toBe('rrule');
    expect(pathOf('plans.update', { id: plan.id, leadDays: 1.5 })).toBe('leadDays');
    expect(pathOf('plans.update', { id: 'nope', name: 'x' })).toBe('not_found');
    expect(errorOf(() => core.callRaw('plans.create', good, testTechnician)).code).toBe('forbidden');
    expect(core.store.read.value<number>('SELECT COUNT(*) FROM changes')).toBe(after);
  });

  it('generates each occurrence exactly once across DST, restarts and crashes mid-way', () => {
    const plan = core.call('plans.create', { clientId, name: 'Daily', rrule: 'FREQ=DAILY', start: '2026-03-20T09:00', leadDays: 2, checklist: [] });
    const end = Date.parse('2026-04-03T00:00:00Z');
    let crashes = 0;
    let lastRun = nowMs;
    for (let at = nowMs; at < end; at += 3_600_000 * 5) {
      lastRun = at;
      // Sometimes the run dies half-way (its transaction rolls back); sometimes it is cut short by maxTasks.
      if ((at / 3_600_000) % 3 === 0) {
        expect(() =>
          core.store.write((tx) => {
            generateDueTasks(tx, new Date(at));
            throw new Error('crash');
          }),
        ).toThrow('crash');
        crashes++;
      }
      core.store.write((tx) => generateDueTasks(tx, new Date(at), { maxTasks: 1 }));
      core.store.write((tx) => generateDueTasks(tx, new Date(at)));
      core.store.write((tx) => generateDueTasks(tx, new Date(at))); // a second run (restart) adds nothing
    }
    expect(crashes).toBeGreaterThan(0);
    const made = planTasks(plan.id).map((t) => t.occurrenceAt);
    // Exactly the occurrences from the plan's creation to the last run plus its lead time.
    const expected = occurrences(
      { rrule: 'FREQ=DAILY', start: '2026-03-20T09:00', timezone: 'Europe/Rome' },
      { from: Date.parse('2026-03-20T12:00:00Z'), to: lastRun + 2 * 86_400_000 + 1 },
    ).map((ms) => new Date(ms).toISOString());
    expect(made).toEqual(expected);
    expect(made[0]).toBe('2026-03-21T08:00:00.000Z');
    expect(made).toContain('2026-03-28T08:00:00.000Z'); // 09:00 CET before the switch
    expect(made).toContain('2026-03-30T07:00:00.000Z'); // 09:00 CEST after it
    expect(made.map(romeTime).every((t) => t === '09:00')).toBe(true);
    expect(made.length).toBe(15);
  });

  it('skips what falls due while paused, and catches up after downtime', () => {
    const plan = core.call('plans.create', { clientId, name: 'Daily', rrule: 'FREQ=DAILY', start: '2026-03-20T09:00', leadDays: 0, checklist: [] });
    expect(planTasks(plan.id)).toHaveLength(0);
    setNow('2026-03-23T12:00:00Z'); // down for three days: 21, 22, 23 are made late, none missed
    expect(core.store.write((tx) => generateDueTasks(tx, new Date(nowMs)))).toBe(3);
    core.call('plans.pause', { id: plan.id, paused: true });
    setNow('2026-03-26T12:00:00Z');
    expect(core.store.write((tx) => generateDueTasks(tx, new Date(nowMs)))).toBe(0);
    expect(core.call('plans.pause', { id: plan.id, paused: false }).paused).toBe(false);
    setNow('2026-03-27T12:00:00Z');
    core.store.write((tx) => generateDueTasks(tx, new Date(nowMs)));
    expect(planTasks(plan.id).map((t) => t.occurrenceAt.slice(0, 10))).toEqual(['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-27']);
  });

  it('updates a plan: a new lead time makes the next tasks at once', () => {
    const plan = core.call('plans.create', { clientId, name: 'Mensile', rrule: 'FREQ=MONTHLY;BYDAY=1MO', start: '2026-01-01T09:00', leadDays: 1, checklist: [] });
    expect(planTasks(plan.id)).toHaveLength(0);
    const updated = core.call('plans.update', { id: plan.id, leadDays: 40, name: 'Mensile (primo lunedì)' });
    expect(updated.name).toBe('Mensile (primo lunedì)');
    expect(planTasks(plan.id).map((t) => t.occurrenceAt)).toEqual(['2026-04-06T07:00:00.000Z']);
  });
});

describe('plans.previewRule', () => {
  const preview = (rrule: string, start = '2026-03-01T09:00', count = 3) => core.call('plans.previewRule', { rrule, start, timezone: 'Europe/Rome', count }).occurrences.map(romeDate);
  const romeDate = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Rome', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));

  it("shows an unsaved schedule's next occurrences from now, local time kept across DST", () => {
    expect(preview('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR')).toEqual(['2026-03-23 09:00', '2026-03-24 09:00', '2026-03-25 09:00']);
    expect(preview('FREQ=MONTHLY;BYDAY=1MO')).toEqual(['2026-04-06 09:00', '2026-05-04 09:00', '2026-06-01 09:00']);
    expect(preview('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', '2026-01-15T08:30')).toEqual(['2026-04-15 08:30', '2026-07-15 08:30', '2026-10-15 08:30']);
    expect(preview('FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1')).toEqual(['2026-03-31 09:00', '2026-04-30 09:00', '2026-05-29 09:00']);
    expect(core.call('plans.previewRule', { rrule: 'freq=daily', start: '2026-03-01T09:00', timezone: 'Europe/Rome' })).toMatchObject({ rrule: 'FREQ=DAILY' });
  });

  it('names the field of a bad rule, start or zone, and stores nothing', () => {
    expect(errorOf(() => core.call('plans.previewRule', { rrule: 'FREQ=SOMETIMES', start: '2026-03-01T09:00', timezone: 'Europe/Rome' })).fields?.[0]?.path).toBe('rrule');
    expect(errorOf(() => core.call('plans.previewRule', { rrule: 'FREQ=HOURLY', start: '2026-03-01T09:00', timezone: 'Europe/Rome' })).fields?.[0]?.path).toBe('rrule');
    expect(errorOf(() => core.call('plans.previewRule', { rrule: 'FREQ=DAILY', start: '2026-03-01 9:00', timezone: 'Europe/Rome' })).fields?.[0]?.path).toBe('start');
    expect(errorOf(() => core.call('plans.previewRule', { rrule: 'FREQ=DAILY', start: '2026-03-01T09:00', timezone: 'Mars/Olympus' })).fields?.[0]?.path).toBe('timezone');
    expect(core.call('plans.list', {}).items).toEqual([]);
  });
});

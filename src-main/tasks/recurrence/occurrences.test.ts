import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { occurrences } from './occurrences';
import type { RecurrencePlan } from './recurrence';

const iso = (instants: number[]): string[] => instants.map((instant) => new Date(instant).toISOString().replace(':00.000Z', 'Z'));
const utc = (text: string): number => Date.parse(text);
const localTimes = (instants: number[], zone: string): string[] =>
  instants.map((instant) => DateTime.fromMillis(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm"));

function between(plan: RecurrencePlan, from: string, to: string): number[] {
  return occurrences(plan, { from: utc(from), to: utc(to) });
}

describe('occurrences: the schedules plans use', () => {
  it('every weekday at 09:00 stays 09:00 in Rome across the spring switch', () => {
    const plan = { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', start: '2026-01-05T09:00', timezone: 'Europe/Rome' };
    const found = between(plan, '2026-03-26T00:00:00Z', '2026-04-01T00:00:00Z');
    expect(iso(found)).toEqual(['2026-03-26T08:00Z', '2026-03-27T08:00Z', '2026-03-30T07:00Z', '2026-03-31T07:00Z']);
  });

  it('first Monday of the month at 09:00 in New York, through both switches', () => {
    const plan = { rrule: 'FREQ=MONTHLY;BYDAY=1MO', start: '2026-01-01T09:00', timezone: 'America/New_York' };
    const found = between(plan, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
    expect(localTimes(found, 'America/New_York')).toEqual([
      '2026-01-05T09:00', '2026-02-02T09:00', '2026-03-02T09:00', '2026-04-06T09:00', '2026-05-04T09:00', '2026-06-01T09:00',
      '2026-07-06T09:00', '2026-08-03T09:00', '2026-09-07T09:00', '2026-10-05T09:00', '2026-11-02T09:00', '2026-12-07T09:00',
    ]);
    expect(iso(found.slice(2, 4))).toEqual(['2026-03-02T14:00Z', '2026-04-06T13:00Z']);
  });

  it('every 3 months on the 15th', () => {
    const plan = { rrule: 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15', start: '2025-02-15T10:00', timezone: 'Europe/Rome' };
    const found = occurrences(plan, { from: utc('2026-01-01T00:00:00Z'), count: 5 });
    expect(localTimes(found, 'Europe/Rome')).toEqual([
      '2026-02-15T10:00', '2026-05-15T10:00', '2026-08-15T10:00', '2026-11-15T10:00', '2027-02-15T10:00',
    ]);
  });

  it('last working day (Monday-Friday) of the month', () => {
    const plan = { rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', start: '2026-01-01T17:00', timezone: 'Europe/Rome' };
    const found = between(plan, '2026-01-01T00:00:00Z', '2026-12-31T00:00:00Z');
    expect(localTimes(found, 'Europe/Rome').map((text) => text.slice(0, 10))).toEqual([
      '2026-01-30', '2026-02-27', '2026-03-31', '2026-04-30', '2026-05-29', '2026-06-30',
      '2026-07-31', '2026-08-31', '2026-09-30', '2026-10-30', '2026-11-30',
    ]);
  });

  it('BYMONTHDAY=31 skips shorter months; BYMONTHDAY=-1 takes every month end', () => {
    const on31 = { rrule: 'FREQ=MONTHLY;BYMONTHDAY=31', start: '2026-01-01T08:00', timezone: 'Europe/Rome' };
    expect(localTimes(between(on31, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'), 'Europe/Rome').map((t) => t.slice(5, 10))).toEqual([
      '01-31', '03-31', '05-31', '07-31', '08-31', '10-31', '12-31',
    ]);
    const monthEnd = { ...on31, rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1' };
    const ends = localTimes(occurrences(monthEnd, { from: utc('2027-12-01T00:00:00Z'), count: 4 }), 'Europe/Rome');
    expect(ends).toEqual(['2027-12-31T08:00', '2028-01-31T08:00', '2028-02-29T08:00', '2028-03-31T08:00']);
  });

  it('leap days: 29 February only in leap years, or the last day of February every year', () => {
    const leapDay = { rrule: 'FREQ=YEARLY', start: '2024-02-29T09:00', timezone: 'Europe/Rome' };
    expect(localTimes(occurrences(leapDay, { from: utc('2024-01-01T00:00:00Z'), count: 3 }), 'Europe/Rome')).toEqual([
      '2024-02-29T09:00', '2028-02-29T09:00', '2032-02-29T09:00',
    ]);
    const februaryEnd = { ...leapDay, rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' };
    expect(localTimes(occurrences(februaryEnd, { from: utc('2025-01-01T00:00:00Z'), count: 4 }), 'Europe/Rome')).toEqual([
      '2025-02-28T09:00', '2026-02-28T09:00', '2027-02-28T09:00', '2028-02-29T09:00',
    ]);
    const monthly29 = { ...leapDay, rrule: 'FREQ=MONTHLY;BYMONTHDAY=29' };
    expect(localTimes(between(monthly29, '2027-01-01T00:00:00Z', '2027-04-01T00:00:00Z'), 'Europe/Rome')).toEqual([
      '2027-01-29T09:00', '2027-03-29T09:00',
    ]);
  });
});

describe('occurrences: wall times the clocks skip or repeat', () => {
  it('Rome: 02:30 on the spring-forward day moves to 03:30; on the fall-back day it is the first 02:30', () => {
    const daily = { rrule: 'FREQ=DAILY', start: '2026-03-01T02:30', timezone: 'Europe/Rome' };
    expect(iso(between(daily, '2026-03-28T00:00:00Z', '2026-03-31T00:00:00Z'))).toEqual([
      '2026-03-28T01:30Z', '2026-03-29T01:30Z', '2026-03-30T00:30Z',
    ]);
    expect(iso(between(daily, '2026-10-24T00:00:00Z', '2026-10-27T00:00:00Z'))).toEqual([
      '2026-10-24T00:30Z', '2026-10-25T00:30Z', '2026-10-26T01:30Z',
    ]);
  });

  it('Sydney: Sunday 02:30 across the end (April) and start (October) of daylight saving', () => {
    const sunday = { rrule: 'FREQ=WEEKLY;BYDAY=SU', start: '2026-03-01T02:30', timezone: 'Australia/Sydney' };
    // 5 Apr 2026: 03:00 AEDT -> 02:00 AEST, 02:30 happens twice (first is +11:00).
    expect(iso(between(sunday, '2026-03-28T00:00:00Z', '2026-04-13T00:00:00Z'))).toEqual([
      '2026-03-28T15:30Z', '2026-04-04T15:30Z', '2026-04-11T16:30Z',
    ]);
    // 4 Oct 2026: 02:00 AEST -> 03:00 AEDT, 02:30 does not exist and becomes 03:30 AEDT.
    const october = between(sunday, '2026-09-26T00:00:00Z', '2026-10-12T00:00:00Z');
    expect(localTimes(october, 'Australia/Sydney')).toEqual(['2026-09-27T02:30', '2026-10-04T03:30', '2026-10-11T02:30']);
  });

  it('New York: 09:00 stays 09:00 through November', () => {
    const weekly = { rrule: 'FREQ=WEEKLY;BYDAY=FR', start: '2026-10-02T09:00', timezone: 'America/New_York' };
    expect(iso(between(weekly, '2026-10-29T00:00:00Z', '2026-11-10T00:00:00Z'))).toEqual(['2026-10-30T13:00Z', '2026-11-06T14:00Z']);
  });
});

describe('occurrences: windows and counts', () => {
  const weekdays = { rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', start: '2026-01-05T09:00', timezone: 'Europe/Rome' };

  it('includes an occurrence exactly at `from` and excludes one exactly at `to`', () => {
    expect(iso(between(weekdays, '2026-01-06T08:00:00Z', '2026-01-08T08:00:00Z'))).toEqual(['2026-01-06T08:00Z', '2026-01-07T08:00Z']);
  });

  it('count mode returns the first N at or after `from`', () => {
    expect(iso(occurrences(weekdays, { from: utc('2026-01-09T08:00:01Z'), count: 2 }))).toEqual(['2026-01-12T08:00Z', '2026-01-13T08:00Z']);
    expect(occurrences(weekdays, { from: utc('2026-01-09T08:00:01Z'), count: 0 })).toEqual([]);
    expect(() => occurrences(weekdays, { from: 0, count: -1 })).toThrow(RangeError);
  });

  it('the start is an occurrence only if it matches the rule', () => {
    const firstMonday = { rrule: 'FREQ=MONTHLY;BYDAY=1MO', start: '2026-01-06T09:00', timezone: 'Europe/Rome' };
    expect(localTimes(occurrences(firstMonday, { from: 0, count: 1 }), 'Europe/Rome')).toEqual(['2026-02-02T09:00']);
  });

  it('COUNT numbers occurrences from the start, whatever the window', () => {
    const threeTimes = { rrule: 'FREQ=DAILY;COUNT=3', start: '2026-01-01T09:00', timezone: 'Europe/Rome' };
    expect(occurrences(threeTimes, { from: 0, count: 10 })).toHaveLength(3);
    expect(iso(occurrences(threeTimes, { from: utc('2026-01-02T12:00:00Z'), count: 10 }))).toEqual(['2026-01-03T08:00Z']);
  });

  it('UNTIL is inclusive; with Z it is an instant, without Z a local time, a bare date means that whole day', () => {
    const daily = (rrule: string) => ({ rrule, start: '2026-01-01T09:00', timezone: 'Europe/Rome' });
    const last = (rrule: string) => iso(occurrences(daily(rrule), { from: 0, count: 100 })).at(-1);
    expect(last('FREQ=DAILY;UNTIL=20260110T080000Z')).toBe('2026-01-10T08:00Z');
    expect(last('FREQ=DAILY;UNTIL=20260110T075959Z')).toBe('2026-01-09T08:00Z');
    expect(last('FREQ=DAILY;UNTIL=20260110T090000')).toBe('2026-01-10T08:00Z');
    expect(last('FREQ=DAILY;UNTIL=20260110')).toBe('2026-01-10T08:00Z');
  });

  it('an empty or reversed window has no occurrences', () => {
    expect(between(weekdays, '2026-01-07T00:00:00Z', '2026-01-06T00:00:00Z')).toEqual([]);
  });

  it('a plan started long ago keeps the weeks rrule.js counts from its start (WEEKLY with BYSETPOS)', () => {
    // Start on a Tuesday: the first week is a Tuesday-Sunday stub whose first pick is a Thursday; every
    // later week picks its Monday.
    const firstOfWeek = { rrule: 'FREQ=WEEKLY;BYDAY=TH,MO;BYSETPOS=1', start: '2019-01-01T04:00', timezone: 'Europe/Rome' };
    expect(localTimes(occurrences(firstOfWeek, { from: 0, count: 2 }), 'Europe/Rome')).toEqual(['2019-01-03T04:00', '2019-01-07T04:00']);
    expect(localTimes(occurrences(firstOfWeek, { from: utc('2024-06-12T02:00:00Z'), count: 1 }), 'Europe/Rome')).toEqual(['2024-06-17T04:00']);
  });

  it('a rule that can never match returns nothing rather than walking on to the year 9999', () => {
    const never = { rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', start: '2026-01-01T09:00', timezone: 'Europe/Rome' };
    expect(occurrences(never, { from: utc('2026-01-01T00:00:00Z'), count: 1 })).toEqual([]);
    expect(between(never, '2026-01-01T00:00:00Z', '2036-01-01T00:00:00Z')).toEqual([]);
  });

  it('rejects an invalid plan with a RecurrenceError', () => {
    expect(() => occurrences({ ...weekdays, rrule: 'FREQ=HOURLY' }, { from: 0, count: 1 })).toThrow(/too frequent/);
  });
});

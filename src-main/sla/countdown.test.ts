import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from './calendar';
import { romeOffice } from './test-calendars';
import { runningStateAt, slaCountdown } from './countdown';

const allDay = (dates: string[] = []): BusinessCalendar => ({
  timezone: 'Europe/Rome',
  hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '24:00' })),
  holidays: { italian: false, dates },
});
const at = (iso: string): number => Date.parse(iso);
const openedTuesday0900 = at('2025-06-10T07:00:00Z');

describe('slaCountdown', () => {
  const countdown = (nowIso: string, extra: Partial<Parameters<typeof slaCountdown>[0]> = {}) =>
    slaCountdown({ calendar: romeOffice, startedAt: openedTuesday0900, targetMinutes: 480, now: at(nowIso), ...extra });

  it('runs inside business hours and changes at the lunch break', () => {
    expect(countdown('2025-06-10T09:00:00Z')).toEqual({
      targetMinutes: 480,
      elapsedMinutes: 120,
      remainingMinutes: 360,
      dueAt: at('2025-06-10T16:00:00Z'),
      state: 'ok',
      running: true,
      paused: false,
      stopped: false,
      nextChangeAt: at('2025-06-10T11:00:00Z'), // 13:00 in Rome
    });
  });

  it('waits over lunch with the time left unchanged, and resumes at 14:00', () => {
    const lunch = countdown('2025-06-10T11:30:00Z');
    expect(lunch).toMatchObject({ running: false, paused: false, remainingMinutes: 240, nextChangeAt: at('2025-06-10T12:00:00Z') });
  });

  it('goes negative once overdue, by the business time past the target', () => {
    const nextMorning = countdown('2025-06-11T08:00:00Z'); // Wednesday 10:00 in Rome
    expect(nextMorning).toMatchObject({ remainingMinutes: -60, elapsedMinutes: 540, state: 'breached', running: true });
    // Overnight no business time passes, so the overdue figure stays at zero while the state is breached.
    expect(countdown('2025-06-10T20:00:00Z')).toMatchObject({ remainingMinutes: 0, state: 'breached', running: false });
  });

  it('is paused while waiting, with no due time and no change ahead', () => {
    const paused = countdown('2025-06-10T09:00:00Z', { pauses: [{ from: at('2025-06-10T08:00:00Z'), to: null }] });
    expect(paused).toMatchObject({ paused: true, running: false, stopped: false, remainingMinutes: 420, dueAt: null, nextChangeAt: null });
  });

  it('is stopped once met: in time, or late by the business time past the target', () => {
    expect(countdown('2025-06-12T10:00:00Z', { stoppedAt: at('2025-06-10T15:00:00Z') })).toMatchObject({
      stopped: true,
      running: false,
      paused: false,
      remainingMinutes: 60,
      state: 'ok',
      nextChangeAt: null,
    });
    expect(countdown('2025-06-12T10:00:00Z', { stoppedAt: at('2025-06-11T07:35:00Z') })).toMatchObject({
      stopped: true,
      remainingMinutes: -35,
      state: 'breached',
    });
  });

  it('counts at millisecond precision without rounding noise', () => {
    expect(countdown('2025-06-10T07:00:30Z').remainingMinutes).toBe(479.5);
  });
});

describe('runningStateAt', () => {
  it('looks past the weekend to Monday morning', () => {
    expect(runningStateAt(romeOffice, at('2025-06-13T17:00:00Z'))).toEqual({ running: false, nextChangeAt: at('2025-06-16T07:00:00Z') });
  });

  it('skips a holiday: Liberation Day on a Friday leads to Monday', () => {
    expect(runningStateAt(romeOffice, at('2025-04-24T16:30:00Z'))).toEqual({ running: false, nextChangeAt: at('2025-04-28T07:00:00Z') });
  });

  it('reads the next opening in the new offset across a DST change', () => {
    // Friday 19:00 CEST; Sunday the clocks go back; Monday 09:00 CET is 08:00 UTC.
    expect(runningStateAt(romeOffice, at('2025-10-24T17:00:00Z'))).toEqual({ running: false, nextChangeAt: at('2025-10-27T08:00:00Z') });
    // Spring: Friday 19:00 CET; Monday 09:00 CEST is 07:00 UTC.
    expect(runningStateAt(romeOffice, at('2025-03-28T18:00:00Z'))).toEqual({ running: false, nextChangeAt: at('2025-03-31T07:00:00Z') });
  });

  it('ends a night shift at the hour the clocks skip', () => {
    const night: BusinessCalendar = { timezone: 'Europe/Rome', hours: [{ weekday: 7, start: '01:00', end: '03:00' }], holidays: { italian: false, dates: [] } };
    // Sunday 30 March 2025: 02:00 CET jumps to 03:00 CEST, so the shift ends at 01:00 UTC after one hour.
    expect(runningStateAt(night, at('2025-03-30T00:30:00Z'))).toEqual({ running: true, nextChangeAt: at('2025-03-30T01:00:00Z') });
  });

  it('treats days open until 24:00 and from 00:00 as one stretch', () => {
    expect(runningStateAt(allDay(), at('2025-06-10T09:00:00Z'))).toEqual({ running: true, nextChangeAt: null });
    expect(runningStateAt(allDay(['2025-06-15']), at('2025-06-10T09:00:00Z'))).toEqual({
      running: true,
      nextChangeAt: at('2025-06-14T22:00:00Z'), // midnight in Rome, summer time
    });
  });

  it('does not run before the clock starts, nor inside a closed pause', () => {
    const from = at('2025-06-10T08:30:00Z');
    expect(runningStateAt(romeOffice, at('2025-06-10T08:00:00Z'), [], from)).toEqual({ running: false, nextChangeAt: from });
    const pause = { from: at('2025-06-10T08:00:00Z'), to: at('2025-06-10T08:20:00Z') };
    expect(runningStateAt(romeOffice, at('2025-06-10T08:10:00Z'), [pause])).toEqual({ running: false, nextChangeAt: pause.to });
  });

  it('rejects an unusable calendar or instant', () => {
    expect(() => runningStateAt({ ...romeOffice, timezone: 'Mars/Olympus' }, 0)).toThrow(/timezone/);
    expect(() => runningStateAt(romeOffice, Number.NaN)).toThrow(/at is not a valid instant/);
  });
});

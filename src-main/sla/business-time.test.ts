import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween } from './business-time';
import { CalendarError, type BusinessCalendar, type BusinessHoursInterval } from './calendar';

const WORKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];

function hours(weekdays: number[], ...ranges: [string, string][]): BusinessHoursInterval[] {
  return weekdays.flatMap((weekday) => ranges.map(([start, end]) => ({ weekday, start, end })));
}

function calendar(timezone: string, businessHours: readonly BusinessHoursInterval[], italian = true, dates: string[] = []): BusinessCalendar {
  return { timezone, hours: businessHours, holidays: { italian, dates } };
}

const romeOffice = calendar('Europe/Rome', hours(WORKDAYS, ['09:00', '13:00'], ['14:00', '18:00']));
const romeRoundTheClock = calendar('Europe/Rome', hours(EVERY_DAY, ['00:00', '24:00']), false);

const at = (iso: string): number => Date.parse(iso);
const due = (cal: BusinessCalendar, startIso: string, minutes: number): string | null => {
  const result = addBusinessMinutes(cal, at(startIso), minutes);
  return result === null ? null : new Date(result).toISOString();
};

describe('addBusinessMinutes, named cases', () => {
  it('a target that runs out at closing time is due at closing time, not next morning', () => {
    // Tue 10 Jun 2025, 09:00 CEST; eight business hours with a lunch break.
    expect(due(romeOffice, '2025-06-10T07:00:00Z', 480)).toBe('2025-06-10T16:00:00.000Z');
    expect(due(romeOffice, '2025-06-10T07:00:00Z', 481)).toBe('2025-06-11T07:01:00.000Z');
    expect(due(romeOffice, '2025-06-10T10:30:00Z', 30)).toBe('2025-06-10T11:00:00.000Z'); // 13:00, lunch starts
  });

  it('a zero target is due at the start, even outside business hours', () => {
    expect(due(romeOffice, '2025-06-14T20:00:00Z', 0)).toBe('2025-06-14T20:00:00.000Z');
  });

  it('skips the weekend', () => {
    // Fri 13 Jun 2025 17:00 CEST + 2h -> Mon 16 Jun 10:00 CEST
    expect(due(romeOffice, '2025-06-13T15:00:00Z', 120)).toBe('2025-06-16T08:00:00.000Z');
  });

  it('skips Easter Monday only when Italian holidays are on', () => {
    // Fri 3 Apr 2026 17:00 CEST; Easter Monday is 6 Apr 2026.
    expect(due(romeOffice, '2026-04-03T15:00:00Z', 120)).toBe('2026-04-07T08:00:00.000Z');
    const noHolidays = calendar('Europe/Rome', romeOffice.hours, false);
    expect(due(noHolidays, '2026-04-03T15:00:00Z', 120)).toBe('2026-04-06T08:00:00.000Z');
  });

  it('skips Easter Monday when it falls in the next month (Easter 31 Mar 2024 -> Mon 1 Apr)', () => {
    expect(due(romeOffice, '2024-03-29T16:00:00Z', 120)).toBe('2024-04-02T08:00:00.000Z');
  });

  it('closes on 4 October from 2026 on, not before', () => {
    const sevenDays = calendar('Europe/Rome', hours(EVERY_DAY, ['09:00', '18:00']));
    // 4 Oct 2026 is a Sunday: only a calendar open on Sundays notices.
    expect(due(sevenDays, '2026-10-03T15:00:00Z', 120)).toBe('2026-10-05T08:00:00.000Z');
    // 4 Oct 2025 (a Saturday) was still a working day.
    expect(due(sevenDays, '2025-10-03T15:00:00Z', 120)).toBe('2025-10-04T08:00:00.000Z');
    // Mon 4 Oct 2027, the first weekday San Francesco.
    expect(due(romeOffice, '2027-10-01T15:00:00Z', 120)).toBe('2027-10-05T08:00:00.000Z');
  });

  it('honours custom holiday dates by local date', () => {
    const withClosure = calendar('Europe/Rome', romeOffice.hours, true, ['2025-06-16']);
    expect(due(withClosure, '2025-06-13T15:00:00Z', 120)).toBe('2025-06-17T08:00:00.000Z');
  });

  it('keeps office hours local across the spring DST switch in Rome', () => {
    // Fri 27 Mar 2026 17:00 CET (+01:00) -> Mon 30 Mar 10:00 CEST (+02:00)
    expect(due(romeOffice, '2026-03-27T16:00:00Z', 120)).toBe('2026-03-30T08:00:00.000Z');
  });

  it('keeps office hours local across the autumn DST switch in Rome', () => {
    // Fri 23 Oct 2026 17:00 CEST -> Mon 26 Oct 10:00 CET
    expect(due(romeOffice, '2026-10-23T15:00:00Z', 120)).toBe('2026-10-26T09:00:00.000Z');
  });

  it('counts real elapsed time through the skipped and the repeated hour', () => {
    // Sun 29 Mar 2026 starts at 00:00 CET = 23:00Z; 02:30 does not exist, so 150 minutes land at 03:30 CEST.
    expect(due(romeRoundTheClock, '2026-03-28T23:00:00Z', 150)).toBe('2026-03-29T01:30:00.000Z');
    // Sun 25 Oct 2026 starts at 00:00 CEST = 22:00Z; 02:30 happens twice, 150 and 210 minutes later.
    expect(due(romeRoundTheClock, '2026-10-24T22:00:00Z', 150)).toBe('2026-10-25T00:30:00.000Z');
    expect(due(romeRoundTheClock, '2026-10-24T22:00:00Z', 210)).toBe('2026-10-25T01:30:00.000Z');
  });

  it('handles an end of "24:00" and shifts that run past midnight', () => {
    const nightShift = calendar('Europe/Rome', [
      { weekday: 1, start: '18:00', end: '24:00' },
      { weekday: 2, start: '00:00', end: '06:00' },
    ]);
    // Mon 16 Jun 2025 22:00 CEST + 2h: due exactly at midnight.
    expect(due(nightShift, '2025-06-16T20:00:00Z', 120)).toBe('2025-06-16T22:00:00.000Z');
    // Mon 23:30 + 1h runs on into Tuesday's early hours.
    expect(due(nightShift, '2025-06-16T21:30:00Z', 60)).toBe('2025-06-16T22:30:00.000Z');
    // Mon 23:30 + 7h: 6h30 fit by Tue 06:00, the last 30 minutes wait a week (Mon 23 Jun 18:30).
    expect(due(nightShift, '2025-06-16T21:30:00Z', 420)).toBe('2025-06-23T16:30:00.000Z');
  });

  it('keeps office hours local across DST in New York', () => {
    const newYork = calendar('America/New_York', hours(WORKDAYS, ['09:00', '17:00']), false);
    // Fri 6 Mar 2026 16:00 EST -> Mon 9 Mar 10:00 EDT
    expect(due(newYork, '2026-03-06T21:00:00Z', 120)).toBe('2026-03-09T14:00:00.000Z');
    // Fri 30 Oct 2026 16:00 EDT -> Mon 2 Nov 10:00 EST
    expect(due(newYork, '2026-10-30T20:00:00Z', 120)).toBe('2026-11-02T15:00:00.000Z');
  });

  it('keeps office hours local in Sydney, holidays by Sydney date', () => {
    const sydney = calendar('Australia/Sydney', hours(WORKDAYS, ['09:00', '17:00']), false);
    // Fri 3 Apr 2026 16:00 AEDT (+11) -> Mon 6 Apr 10:00 AEST (+10); DST ended on Sunday 5 Apr.
    expect(due(sydney, '2026-04-03T05:00:00Z', 120)).toBe('2026-04-06T00:00:00.000Z');
    // The same office closed on Easter Monday: Monday in Sydney is still Sunday in UTC.
    const sydneyItalian = calendar('Australia/Sydney', sydney.hours, true);
    expect(due(sydneyItalian, '2026-04-03T05:00:00Z', 120)).toBe('2026-04-07T00:00:00.000Z');
  });
});

describe('businessMinutesBetween, named cases', () => {
  it('counts a working day with its lunch break', () => {
    expect(businessMinutesBetween(romeOffice, at('2025-06-10T07:00:00Z'), at('2025-06-10T16:00:00Z'))).toBe(480);
    expect(businessMinutesBetween(romeOffice, at('2025-06-10T16:00:00Z'), at('2025-06-11T07:00:00Z'))).toBe(0);
  });

  it('returns fractional minutes for instants inside a minute', () => {
    expect(businessMinutesBetween(romeOffice, at('2025-06-10T07:00:00Z'), at('2025-06-10T07:00:30Z'))).toBe(0.5);
  });

  it('is zero when the end is not after the start', () => {
    expect(businessMinutesBetween(romeOffice, at('2025-06-10T16:00:00Z'), at('2025-06-10T07:00:00Z'))).toBe(0);
  });

  it('counts the 23- and 25-hour DST days in Rome', () => {
    expect(businessMinutesBetween(romeRoundTheClock, at('2026-03-28T23:00:00Z'), at('2026-03-29T22:00:00Z'))).toBe(23 * 60);
    expect(businessMinutesBetween(romeRoundTheClock, at('2026-10-24T22:00:00Z'), at('2026-10-25T23:00:00Z'))).toBe(25 * 60);
  });

  it('counts business hours that straddle the skipped or repeated hour as a wall clock would', () => {
    const sundayNight = (start: string, end: string) => calendar('Europe/Rome', [{ weekday: 7, start, end }], false);
    const spring = (cal: BusinessCalendar) => businessMinutesBetween(cal, at('2026-03-28T12:00:00Z'), at('2026-03-29T12:00:00Z'));
    const autumn = (cal: BusinessCalendar) => businessMinutesBetween(cal, at('2026-10-24T12:00:00Z'), at('2026-10-25T12:00:00Z'));
    expect(spring(sundayNight('01:00', '04:00'))).toBe(120);
    expect(autumn(sundayNight('01:00', '04:00'))).toBe(240);
    // 02:30-05:00: in spring 02:30-03:00 never happens; in autumn 02:30-03:00 happens twice.
    expect(spring(sundayNight('02:30', '05:00'))).toBe(120);
    expect(autumn(sundayNight('02:30', '05:00'))).toBe(180);
  });

  it('treats a holiday by its local date, whatever the UTC date', () => {
    const sydney = calendar('Australia/Sydney', hours(EVERY_DAY, ['00:00', '24:00']), false, ['2026-04-06']);
    expect(businessMinutesBetween(sydney, at('2026-04-05T14:00:00Z'), at('2026-04-06T14:00:00Z'))).toBe(0);
    expect(businessMinutesBetween(sydney, at('2026-04-05T13:00:00Z'), at('2026-04-06T15:00:00Z'))).toBe(120);
  });
});

describe('pauses', () => {
  const start = at('2025-06-10T07:00:00Z'); // Tue 09:00 CEST

  it('a pause during business hours pushes the due time back', () => {
    const pauses = [{ from: at('2025-06-10T08:00:00Z'), to: at('2025-06-10T09:00:00Z') }];
    expect(addBusinessMinutes(romeOffice, start, 480, pauses)).toBe(at('2025-06-11T08:00:00Z'));
    expect(businessMinutesBetween(romeOffice, start, at('2025-06-10T16:00:00Z'), pauses)).toBe(420);
  });

  it('a pause outside business hours changes nothing', () => {
    const pauses = [{ from: at('2025-06-10T17:00:00Z'), to: new Date('2025-06-11T06:00:00Z') }];
    expect(addBusinessMinutes(romeOffice, start, 481, pauses)).toBe(at('2025-06-11T07:01:00Z'));
  });

  it('an open pause leaves no due time if it starts before the target is reached', () => {
    expect(addBusinessMinutes(romeOffice, start, 480, [{ from: at('2025-06-10T10:00:00Z'), to: null }])).toBeNull();
    expect(addBusinessMinutes(romeOffice, start, 480, [{ from: at('2025-06-10T16:00:00Z'), to: null }])).toBe(
      at('2025-06-10T16:00:00Z'),
    );
    expect(businessMinutesBetween(romeOffice, start, at('2025-06-12T16:00:00Z'), [{ from: at('2025-06-10T10:00:00Z'), to: null }])).toBe(180);
  });

  it('rejects a pause that ends before it starts', () => {
    expect(() => addBusinessMinutes(romeOffice, start, 60, [{ from: start + 1, to: start }])).toThrow(/pauses\[0\]/);
  });
});

describe('calendar validation', () => {
  const base = romeOffice;

  it('rejects a calendar with no business hours at all', () => {
    expect(() => addBusinessMinutes({ ...base, hours: [] }, 0, 60)).toThrow(CalendarError);
    expect(() => addBusinessMinutes({ ...base, hours: [] }, 0, 60)).toThrow(/no business hours/);
  });

  it('names the offending field', () => {
    const errorOf = (cal: BusinessCalendar): CalendarError | undefined => {
      try {
        addBusinessMinutes(cal, 0, 60);
      } catch (error) {
        return error as CalendarError;
      }
      return undefined;
    };
    expect(errorOf({ ...base, timezone: 'Europe/Atlantis' })?.path).toBe('timezone');
    expect(errorOf({ ...base, hours: [{ weekday: 1, start: '09:00', end: '25:00' }] })?.path).toBe('hours[0].end');
    expect(errorOf({ ...base, hours: [{ weekday: 8, start: '09:00', end: '18:00' }] })?.path).toBe('hours[0].weekday');
    expect(errorOf({ ...base, hours: [...base.hours, { weekday: 1, start: '24:00', end: '24:00' }] })?.path).toBe('hours[10].start');
    expect(errorOf({ ...base, hours: [{ weekday: 1, start: '18:00', end: '09:00' }] })?.message).toMatch(/overnight/);
    expect(errorOf({ ...base, holidays: { italian: true, dates: ['2025-02-30'] } })?.path).toBe('holidays.dates[0]');
  });

  it('rejects a negative target', () => {
    expect(() => addBusinessMinutes(base, 0, -1)).toThrow(RangeError);
  });

  it('merges overlapping intervals instead of counting them twice', () => {
    const overlapping = calendar('Europe/Rome', [
      { weekday: 2, start: '09:00', end: '12:00' },
      { weekday: 2, start: '11:00', end: '13:00' },
    ]);
    expect(businessMinutesBetween(overlapping, at('2025-06-10T00:00:00Z'), at('2025-06-11T00:00:00Z'))).toBe(240);
  });
});

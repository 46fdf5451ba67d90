// Test support: random calendars, starts and pauses for the property tests, drawn around DST switches
// and holidays in three zones so gaps, repeated hours and closed days fall inside the walked windows.
import fc from 'fast-check';
import type { BusinessCalendar, BusinessHoursInterval } from './calendar';
import { MINUTE } from './business-time-oracle';
import type { Pause } from './pauses';

export const DAY = 1_440 * MINUTE;
const ZONES = ['Europe/Rome', 'America/New_York', 'Australia/Sydney'] as const;

// Local dates of DST switches (and Easter Monday / 4 October 2026) in the three zones; start instants
// are drawn around them so gaps, repeated hours and holidays all fall inside the walked windows.
const AWKWARD_DAYS = [
  '2025-03-30', '2025-10-26', '2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31', // Europe/Rome
  '2025-03-09', '2025-11-02', '2026-03-08', '2026-11-01', // America/New_York
  '2025-04-06', '2025-10-05', '2026-04-05', '2026-10-04', // Australia/Sydney
  '2026-04-06', '2027-10-04', '2026-12-25',
].map((date) => Date.parse(`${date}T00:00:00Z`));

const clockText = (minuteOfDay: number): string =>
  minuteOfDay === 1_440
    ? '24:00'
    : `${String(Math.floor(minuteOfDay / 60)).padStart(2, '0')}:${String(minuteOfDay % 60).padStart(2, '0')}`;

// Starts often on the hours where DST switches happen in these zones.
const clockStart = fc.oneof(
  fc.integer({ min: 0, max: 1_439 }),
  fc.constantFrom(0, 60, 90, 120, 150, 180, 210, 480, 540, 780, 840, 1_380),
);
const intervalLength = fc.oneof(fc.integer({ min: 1, max: 600 }), fc.constant(1_440));

const intervalOn = (weekdays: fc.Arbitrary<number>): fc.Arbitrary<BusinessHoursInterval> =>
  fc.record({ weekday: weekdays, start: clockStart, length: intervalLength }).map(({ weekday, start, length }) => ({
    weekday,
    start: clockText(start),
    end: clockText(Math.min(1_440, start + length)),
  }));

const scatteredHours = fc.array(intervalOn(fc.integer({ min: 1, max: 7 })), { minLength: 1, maxLength: 6 });
// The common office shape: the same one or two intervals on a set of weekdays.
const weeklyTemplateHours = fc
  .record({
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    intervals: fc.array(intervalOn(fc.constant(1)), { minLength: 1, maxLength: 2 }),
  })
  .map(({ weekdays, intervals }) => weekdays.flatMap((weekday) => intervals.map((interval) => ({ ...interval, weekday }))));

const startInstant = fc.oneof(
  fc.record({ day: fc.constantFrom(...AWKWARD_DAYS), minutes: fc.integer({ min: -3 * 1_440, max: 2 * 1_440 }) }).map(
    ({ day, minutes }) => day + minutes * MINUTE,
  ),
  fc.integer({ min: Date.parse('2025-01-01T00:00:00Z') / MINUTE, max: Date.parse('2028-01-01T00:00:00Z') / MINUTE }).map(
    (minute) => minute * MINUTE,
  ),
);

export interface Scenario {
  calendar: BusinessCalendar;
  start: number;
  windowMinutes: number;
  pauses: Pause[];
}

export const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    timezone: fc.constantFrom(...ZONES),
    hours: fc.oneof(scatteredHours, weeklyTemplateHours),
    italian: fc.boolean(),
    holidayOffsets: fc.array(fc.integer({ min: -1, max: 4 }), { maxLength: 3 }),
    start: startInstant,
    windowMinutes: fc.integer({ min: 1, max: 4 * 1_440 }),
    pauses: fc.array(
      fc.record({
        fromMinute: fc.integer({ min: -600, max: 4 * 1_440 }),
        lengthMinutes: fc.option(fc.integer({ min: 1, max: 2_000 }), { freq: 6 }),
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ timezone, hours, italian, holidayOffsets, start, windowMinutes, pauses }) => ({
    calendar: {
      timezone,
      hours,
      holidays: {
        italian,
        dates: holidayOffsets.map((offset) => new Date(start + offset * DAY).toISOString().slice(0, 10)),
      },
    },
    start,
    windowMinutes,
    pauses: pauses.map(({ fromMinute, lengthMinutes }) => ({
      from: start + fromMinute * MINUTE,
      to: lengthMinutes === null ? null : start + (fromMinute + lengthMinutes) * MINUTE,
    })),
  }));

import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { occurrences } from './occurrences';
import type { RecurrencePlan } from './recurrence';
import { RRule } from './rrule-module';

const ZONES = ['Europe/Rome', 'America/New_York', 'Australia/Sydney'] as const;
const DAY = 86_400_000;
const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const pad = (value: number): string => String(value).padStart(2, '0');

// Valid rules of every shape the parser accepts (no COUNT: that path is never rebased).
const ruleText = fc
  .record({
    freq: fc.constantFrom('DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'),
    interval: fc.integer({ min: 1, max: 4 }),
    // Each BY part is left out half the time: stacking them all mostly builds rules that never match.
    weekdays: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 5 }), { freq: 2 }),
    ordinal: fc.option(fc.constantFrom(1, 2, 3, 4, -1, -2), { freq: 2 }),
    monthDays: fc.option(fc.uniqueArray(fc.constantFrom(1, 2, 15, 28, 29, 30, 31, -1, -2), { minLength: 1, maxLength: 3 }), { freq: 2 }),
    months: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 4 }), { freq: 2 }),
    setPos: fc.option(fc.constantFrom(1, 2, -1), { freq: 2 }),
    weekStart: fc.option(fc.integer({ min: 0, max: 6 }), { freq: 2 }),
    yearly: fc.option(
      fc.oneof(
        fc.uniqueArray(fc.constantFrom(1, 2, 26, 52, 53, -1), { minLength: 1, maxLength: 2 }).map((weeks) => `BYWEEKNO=${weeks.join(',')}`),
        fc.uniqueArray(fc.constantFrom(1, 60, 100, 365, 366, -1), { minLength: 1, maxLength: 2 }).map((days) => `BYYEARDAY=${days.join(',')}`),
      ),
      { freq: 2 },
    ),
  })
  .map(({ freq, interval, weekdays, ordinal, monthDays, months, setPos, weekStart, yearly }) => {
    const parts = [`FREQ=${freq}`, `INTERVAL=${interval}`];
    const yearPart = freq === 'YEARLY' ? yearly : null;
    const positional = ordinal !== null && (freq === 'MONTHLY' || (freq === 'YEARLY' && !yearPart?.startsWith('BYWEEKNO')));
    if (yearPart) parts.push(yearPart);
    if (weekdays) parts.push(`BYDAY=${weekdays.map((day) => `${positional ? ordinal : ''}${WEEKDAY_CODES[day]}`).join(',')}`);
    if (monthDays && freq !== 'WEEKLY') parts.push(`BYMONTHDAY=${monthDays.join(',')}`);
    if (months) parts.push(`BYMONTH=${months.join(',')}`);
    // A daily set holds one day at most, so BYSETPOS on it would mostly build rules that never match.
    if (setPos !== null && parts.length > 2 && freq !== 'DAILY') parts.push(`BYSETPOS=${setPos}`);
    if (weekStart !== null) parts.push(`WKST=${WEEKDAY_CODES[weekStart]}`);
    return parts.join(';');
  });

// Start times from 04:00 on, so no occurrence is ambiguous and luxon can place the reference exactly.
const plan: fc.Arbitrary<RecurrencePlan & { startWall: Date }> = fc
  .record({
    rrule: ruleText,
    timezone: fc.constantFrom(...ZONES),
    day: fc.integer({ min: Date.UTC(2019, 0, 1) / DAY, max: Date.UTC(2027, 11, 31) / DAY }),
    minuteOfDay: fc.integer({ min: 4 * 60, max: 23 * 60 + 59 }),
  })
  .map(({ rrule, timezone, day, minuteOfDay }) => {
    const startWall = new Date(day * DAY + minuteOfDay * 60_000);
    const start = `${startWall.getUTCFullYear()}-${pad(startWall.getUTCMonth() + 1)}-${pad(startWall.getUTCDate())}T${pad(startWall.getUTCHours())}:${pad(startWall.getUTCMinutes())}`;
    return { rrule, timezone, start, startWall };
  });

const window = fc
  .record({ from: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 0, 1) }), days: fc.integer({ min: 1, max: 400 }) })
  .map(({ from, days }) => ({ from, to: from + days * DAY }));

// Independent reference: rrule.js's own parser from the plan's real DTSTART (no rebasing, no
// pre-built options), floating wall times placed in the zone by luxon.
function reference(input: RecurrencePlan & { startWall: Date }, from: number, to: number): number[] {
  const dtstart = input.startWall.toISOString().replace(/[-:]/g, '').slice(0, 15) + 'Z';
  const rule = RRule.fromString(`DTSTART:${dtstart}\nRRULE:${input.rrule}`);
  stopAfterTwentyYearsOfDays(rule);
  return rule
    .between(new Date(from - 2 * DAY), new Date(to + 2 * DAY), true)
    .map((wall) =>
      DateTime.fromObject(
        { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(), hour: wall.getUTCHours(), minute: wall.getUTCMinutes() },
        { zone: input.timezone },
      ).toMillis(),
    )
    .filter((instant) => instant >= from && instant < to);
}

// Plain rrule.js walks to the year 9999 when a rule never matches (see bounded-walk.ts). The reference
// gets a flat allowance instead: two reads of `interval` per period, 20 years of daily periods, which
// takes any start (2019 or later) past any window it is asked about (2035 at the latest).
function stopAfterTwentyYearsOfDays(rule: RRule): void {
  const interval = rule.options.interval;
  let reads = 0;
  Object.defineProperty(rule.options, 'interval', { get: () => (++reads > 2 * 20 * 366 ? 0 : interval) });
}

describe('occurrences agree with a plain rrule.js expansion from the real start', () => {
  it('window mode', () => {
    fc.assert(
      fc.property(plan, window, (input, { from, to }) => {
        expect(occurrences(input, { from, to })).toEqual(reference(input, from, to));
      }),
      { numRuns: 250 },
    );
  });

  it('count mode returns the head of the window', () => {
    fc.assert(
      fc.property(plan, window, fc.integer({ min: 1, max: 20 }), (input, { from }, count) => {
        const head = reference(input, from, from + 6 * 366 * DAY).slice(0, count);
        // Rules too sparse to fill `count` in six years would send count mode on a century-long walk.
        fc.pre(head.length === count);
        expect(occurrences(input, { from, count })).toEqual(head);
      }),
      { numRuns: 100 },
    );
  });

  it('every occurrence shows the start time on the local clock', () => {
    fc.assert(
      fc.property(plan, window, (input, { from, to }) => {
        const time = input.start.slice(11);
        for (const instant of occurrences(input, { from, to })) {
          const local = DateTime.fromMillis(instant, { zone: input.timezone });
          // 04:00 and later never falls in a DST gap in these zones
          expect(local.toFormat('HH:mm')).toBe(time);
        }
      }),
      { numRuns: 100 },
    );
  });
});

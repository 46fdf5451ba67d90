import { civilFromDayNumber, dayNumberOfIsoDate, MS_PER_MINUTE } from './civil-date';
import { italianHolidayDayNumbers } from './italian-holidays';
import { isValidTimeZone } from './zone-time';

/** One stretch of business hours on one weekday, in the calendar's local wall-clock time. */
export interface BusinessHoursInterval {
  /** ISO weekday: 1 = Monday ... 7 = Sunday */
  readonly weekday: number;
  /** "HH:MM", 00:00-23:59 */
  readonly start: string;
  /** "HH:MM", later than start; "24:00" means through midnight */
  readonly end: string;
}

export interface BusinessCalendar {
  /** IANA zone name, e.g. "Europe/Rome" */
  readonly timezone: string;
  /** Several intervals on one weekday model breaks; overlapping intervals are merged. */
  readonly hours: readonly BusinessHoursInterval[];
  readonly holidays: {
    /** Include Italian national public holidays (see italianHolidays) */
    readonly italian: boolean;
    /** Extra closed days, "YYYY-MM-DD", local to the calendar's zone */
    readonly dates: readonly string[];
  };
}

/** A calendar that cannot be used; `path` names the offending field, as in "hours[2].end". */
export class CalendarError extends Error {
  override readonly name = 'CalendarError';

  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/** [start, end) in ms after local midnight */
export type WallInterval = readonly [number, number];

export interface CompiledCalendar {
  readonly timezone: string;
  /** Index 1-7 by ISO weekday; sorted, disjoint, non-empty intervals. Index 0 is unused. */
  readonly hoursByWeekday: readonly (readonly WallInterval[])[];
  isHoliday(dayNumber: number): boolean;
}

// Calendars are treated as immutable values: compiled once per object, so the hub's per-task-change
// calls pay only for the walk. A caller that mutates a calendar in place must pass a new object.
const compiled = new WeakMap<BusinessCalendar, CompiledCalendar>();

/**
 * Validates and prepares a calendar. Throws CalendarError for malformed fields and for a calendar with
 * no business hours at all, because no due time could ever be computed from it.
 */
export function compileCalendar(calendar: BusinessCalendar): CompiledCalendar {
  const cached = compiled.get(calendar);
  if (cached) return cached;
  const result = buildCalendar(calendar);
  compiled.set(calendar, result);
  return result;
}

function buildCalendar(calendar: BusinessCalendar): CompiledCalendar {
  if (typeof calendar !== 'object' || calendar === null) throw new CalendarError('calendar', 'must be an object');
  if (!isValidTimeZone(calendar.timezone)) {
    throw new CalendarError('timezone', `"${String(calendar.timezone)}" is not an IANA time zone such as "Europe/Rome"`);
  }
  const hoursByWeekday = collectHours(calendar.hours);
  const closedDays = collectHolidayDates(calendar.holidays);
  const italian = calendar.holidays.italian;
  return {
    timezone: calendar.timezone,
    hoursByWeekday,
    isHoliday(dayNumber) {
      if (closedDays.has(dayNumber)) return true;
      return italian && italianHolidayDayNumbers(civilFromDayNumber(dayNumber).year).has(dayNumber);
    },
  };
}

function collectHours(hours: readonly BusinessHoursInterval[]): WallInterval[][] {
  if (!Array.isArray(hours)) throw new CalendarError('hours', 'must be a list of { weekday, start, end }');
  const byWeekday: WallInterval[][] = Array.from({ length: 8 }, () => []);
  hours.forEach((interval, index) => {
    const path = `hours[${index}]`;
    if (!Number.isInteger(interval.weekday) || interval.weekday < 1 || interval.weekday > 7) {
      throw new CalendarError(`${path}.weekday`, `must be 1 (Monday) to 7 (Sunday), got ${String(interval.weekday)}`);
    }
    const start = parseClockTime(interval.start, false);
    if (start === null) throw new CalendarError(`${path}.start`, `"${String(interval.start)}" is not a time 00:00-23:59`);
    const end = parseClockTime(interval.end, true);
    if (end === null) throw new CalendarError(`${path}.end`, `"${String(interval.end)}" is not a time 00:01-24:00`);
    if (end <= start) {
      throw new CalendarError(
        `${path}.end`,
        `must be later than start ${interval.start}; split an overnight shift into "…-24:00" and next day's "00:00-…"`,
      );
    }
    byWeekday[interval.weekday]!.push([start, end]);
  });
  const merged = byWeekday.map(mergeWallIntervals);
  if (merged.every((intervals) => intervals.length === 0)) {
    throw new CalendarError('hours', 'the calendar has no business hours, so no SLA due time could ever be reached');
  }
  return merged;
}

function collectHolidayDates(holidays: BusinessCalendar['holidays']): Set<number> {
  if (typeof holidays !== 'object' || holidays === null) {
    throw new CalendarError('holidays', 'must be { italian: boolean, dates: ["YYYY-MM-DD", ...] }');
  }
  if (typeof holidays.italian !== 'boolean') throw new CalendarError('holidays.italian', 'must be true or false');
  if (!Array.isArray(holidays.dates)) throw new CalendarError('holidays.dates', 'must be a list of "YYYY-MM-DD"');
  const days = new Set<number>();
  holidays.dates.forEach((date, index) => {
    const dayNumber = typeof date === 'string' ? dayNumberOfIsoDate(date) : null;
    if (dayNumber === null) throw new CalendarError(`holidays.dates[${index}]`, `"${String(date)}" is not a date YYYY-MM-DD`);
    days.add(dayNumber);
  });
  return days;
}

/** ms after midnight of "HH:MM"; "24:00" only when allowed (interval ends). */
function parseClockTime(text: unknown, allowMidnightEnd: boolean): number | null {
  if (typeof text !== 'string') return null;
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (minute > 59) return null;
  if (hour === 24 && minute === 0 && allowMidnightEnd) return 24 * 60 * MS_PER_MINUTE;
  if (hour > 23) return null;
  const value = (hour * 60 + minute) * MS_PER_MINUTE;
  return allowMidnightEnd && value === 0 ? null : value;
}

function mergeWallIntervals(intervals: WallInterval[]): WallInterval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

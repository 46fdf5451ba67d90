// Test support: the definition of business time, spelled out the slow and obvious way.
// Walks UTC minute by minute and asks luxon what each minute reads as on the local wall clock; shares no
// code with the interval walk it checks, except the Italian holiday list (tested on its own).
import { DateTime } from 'luxon';
import type { BusinessCalendar } from './calendar';
import { italianHolidays } from './italian-holidays';
import type { Pause } from './pauses';

export const MINUTE = 60_000;

function clockMinutes(text: string): number {
  const [hours, minutes] = text.split(':').map(Number);
  return hours! * 60 + minutes!;
}

export function isBusinessMinute(calendar: BusinessCalendar, minuteStartMs: number): boolean {
  const local = DateTime.fromMillis(minuteStartMs, { zone: calendar.timezone });
  const date = local.toISODate()!;
  if (calendar.holidays.dates.includes(date)) return false;
  if (calendar.holidays.italian && italianHolidays(local.year).includes(date)) return false;
  const minuteOfDay = local.hour * 60 + local.minute;
  return calendar.hours.some(
    (interval) =>
      interval.weekday === local.weekday &&
      clockMinutes(interval.start) <= minuteOfDay &&
      minuteOfDay < clockMinutes(interval.end),
  );
}

function isPaused(pauses: readonly Pause[], minuteStartMs: number): boolean {
  return pauses.some(
    (pause) => Number(pause.from) <= minuteStartMs && (pause.to === null || minuteStartMs < Number(pause.to)),
  );
}

export interface OracleWalk {
  /** cumulative[i] = running business minutes in [start, start + i minutes) */
  readonly cumulative: readonly number[];
  /** dueAt[k] = earliest instant with k running business minutes elapsed (k = 0..total) */
  readonly dueAt: readonly number[];
}

/** Both instants must be whole minutes; so must pause bounds. */
export function walkMinutes(calendar: BusinessCalendar, startMs: number, minutes: number, pauses: readonly Pause[] = []): OracleWalk {
  const cumulative = [0];
  const dueAt = [startMs];
  let count = 0;
  for (let index = 0; index < minutes; index++) {
    const minuteStart = startMs + index * MINUTE;
    if (isBusinessMinute(calendar, minuteStart) && !isPaused(pauses, minuteStart)) {
      count++;
      dueAt.push(minuteStart + MINUTE);
    }
    cumulative.push(count);
  }
  return { cumulative, dueAt };
}

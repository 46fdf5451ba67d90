import { compileCalendar, type BusinessCalendar, type CompiledCalendar } from './calendar';
import { isoDateOfDayNumber, MS_PER_MINUTE } from './civil-date';
import {
  businessIntervalsOfLocalDay,
  earliestInstantOfLocalDay,
  localDayNumberAt,
} from './business-intervals';
import { toEpochMs, type Instant } from './instant';
import { normalizePauses, openPauseStart, runningPieces, type Pause } from './pauses';

// A calendar can have weekly hours yet be closed for a long stretch through its holiday dates; past
// this many closed days in a row we stop rather than walk forever.
const MAX_CONSECUTIVE_CLOSED_DAYS = 3_660;

/**
 * The earliest instant (epoch ms) at which `businessMs` of business time has elapsed since `start`,
 * not counting pauses. A target that runs out exactly at closing time is due at closing time.
 * A zero target is due at `start`. Returns null when an open pause (`to: null`) stops the clock before
 * the target is reached: there is no due time until the pause ends.
 * Throws CalendarError for an unusable calendar, RangeError for a negative target or bad instants.
 */
export function addBusinessMs(
  calendar: BusinessCalendar,
  start: Instant,
  businessMs: number,
  pauses?: readonly Pause[],
): number | null {
  const compiled = compileCalendar(calendar);
  const startMs = toEpochMs(start, 'start');
  if (!Number.isFinite(businessMs) || businessMs < 0) throw new RangeError(`business time must be >= 0, got ${businessMs}`);
  let remaining = Math.round(businessMs);
  if (remaining === 0) return startMs;
  const pauseIntervals = normalizePauses(pauses);
  const pausedForGoodFrom = openPauseStart(pauseIntervals);
  // Start a day early: around a DST change an instant can read as the previous local day.
  let dayNumber = localDayNumberAt(compiled, startMs) - 1;
  let closedDays = 0;
  for (;; dayNumber++) {
    if (pausedForGoodFrom !== null && earliestInstantOfLocalDay(dayNumber) >= pausedForGoodFrom) return null;
    const intervals = businessIntervalsOfLocalDay(compiled, dayNumber);
    closedDays = intervals.length === 0 ? closedDays + 1 : 0;
    if (closedDays > MAX_CONSECUTIVE_CLOSED_DAYS) throw tooLongClosed(compiled, dayNumber);
    for (const [intervalFrom, intervalTo] of intervals) {
      if (intervalTo <= startMs) continue;
      for (const [from, to] of runningPieces(Math.max(intervalFrom, startMs), intervalTo, pauseIntervals)) {
        if (remaining <= to - from) return from + remaining;
        remaining -= to - from;
      }
    }
  }
}

/** addBusinessMs with the target in minutes (fractions allowed; rounded to the millisecond). */
export function addBusinessMinutes(
  calendar: BusinessCalendar,
  start: Instant,
  minutes: number,
  pauses?: readonly Pause[],
): number | null {
  return addBusinessMs(calendar, start, minutes * MS_PER_MINUTE, pauses);
}

/**
 * Business time in exact milliseconds between two instants, not counting pauses.
 * Zero when `to` is not after `from` (clock skew between replicas must not produce negative SLA time).
 */
export function businessMsBetween(
  calendar: BusinessCalendar,
  from: Instant,
  to: Instant,
  pauses?: readonly Pause[],
): number {
  const compiled = compileCalendar(calendar);
  const fromMs = toEpochMs(from, 'from');
  const toMs = toEpochMs(to, 'to');
  if (toMs <= fromMs) return 0;
  const pauseIntervals = normalizePauses(pauses);
  const lastDay = localDayNumberAt(compiled, toMs) + 1;
  let total = 0;
  for (let dayNumber = localDayNumberAt(compiled, fromMs) - 1; dayNumber <= lastDay; dayNumber++) {
    for (const [intervalFrom, intervalTo] of businessIntervalsOfLocalDay(compiled, dayNumber)) {
      const clippedFrom = Math.max(intervalFrom, fromMs);
      const clippedTo = Math.min(intervalTo, toMs);
      if (clippedFrom >= clippedTo) continue;
      for (const [pieceFrom, pieceTo] of runningPieces(clippedFrom, clippedTo, pauseIntervals)) total += pieceTo - pieceFrom;
    }
  }
  return total;
}

/** businessMsBetween in minutes; fractional when the instants are not minute-aligned. */
export function businessMinutesBetween(
  calendar: BusinessCalendar,
  from: Instant,
  to: Instant,
  pauses?: readonly Pause[],
): number {
  return businessMsBetween(calendar, from, to, pauses) / MS_PER_MINUTE;
}

function tooLongClosed(calendar: CompiledCalendar, dayNumber: number): Error {
  return new RangeError(
    `calendar in ${calendar.timezone} has no business hours for ${MAX_CONSECUTIVE_CLOSED_DAYS} days in a row up to ` +
      `${isoDateOfDayNumber(dayNumber)}; check its holiday dates`,
  );
}

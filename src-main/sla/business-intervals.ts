import { isoWeekdayOfDayNumber, MS_PER_DAY } from './civil-date';
import type { CompiledCalendar } from './calendar';
import { MAX_ABS_OFFSET_MS, offsetSpans, zoneOffsetMs } from './zone-time';

/** [from, to) in UTC ms */
export type UtcInterval = readonly [number, number];

/** The local calendar day (day number) that the zone's clocks show at an instant. */
export function localDayNumberAt(calendar: CompiledCalendar, utcMs: number): number {
  return Math.floor((utcMs + zoneOffsetMs(calendar.timezone, utcMs)) / MS_PER_DAY);
}

/** Earliest UTC instant whose local date could be `dayNumber` in any zone; used to bound walks. */
export function earliestInstantOfLocalDay(dayNumber: number): number {
  return dayNumber * MS_PER_DAY - MAX_ABS_OFFSET_MS;
}

/**
 * The UTC instants whose local wall-clock reading falls on `dayNumber` inside business hours, as sorted
 * disjoint intervals. Working from constant-offset spans makes DST exact: an hour skipped by the clocks
 * contributes nothing, and an hour the clocks repeat is counted twice, exactly as a clock on the wall
 * would tell it.
 */
export function businessIntervalsOfLocalDay(calendar: CompiledCalendar, dayNumber: number): UtcInterval[] {
  const wallHours = calendar.hoursByWeekday[isoWeekdayOfDayNumber(dayNumber)]!;
  if (wallHours.length === 0 || calendar.isHoliday(dayNumber)) return [];
  const midnightWall = dayNumber * MS_PER_DAY;
  const spans = offsetSpans(calendar.timezone, midnightWall - MAX_ABS_OFFSET_MS, midnightWall + MS_PER_DAY + MAX_ABS_OFFSET_MS);
  const pieces: [number, number][] = [];
  for (const [start, end] of wallHours) {
    for (const span of spans) {
      const from = Math.max(span.from, midnightWall + start - span.offsetMs);
      const to = Math.min(span.to, midnightWall + end - span.offsetMs);
      if (from < to) pieces.push([from, to]);
    }
  }
  if (spans.length > 1) pieces.sort((a, b) => a[0] - b[0]);
  return mergeTouching(pieces);
}

function mergeTouching(pieces: [number, number][]): UtcInterval[] {
  const merged: [number, number][] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && piece[0] <= last[1]) last[1] = Math.max(last[1], piece[1]);
    else merged.push(piece);
  }
  return merged;
}

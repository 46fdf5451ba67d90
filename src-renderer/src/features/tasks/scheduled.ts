import { useFormat } from '../../i18n/format';

/**
 * A task is scheduled for a day, or for a time on that day, on the console's clock. A day alone is
 * stored as its local midnight, which is also how the calendar export recognises an all-day visit.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant for a date input and an optional time input; undefined when no day is chosen. */
export function scheduledInstant(day: string, time: string): string | undefined {
  if (!day) return undefined;
  const at = new Date(`${day}T${time || '00:00'}:00`);
  // An unreadable value goes through as typed so that validation names it instead of dropping it.
  return Number.isNaN(at.getTime()) ? day : at.toISOString();
}

/** The date and time inputs for a stored instant; the time stays empty for a whole day. */
export function scheduledParts(iso: string | null): { scheduledDate: string; scheduledTime: string } {
  if (!iso) return { scheduledDate: '', scheduledTime: '' };
  const at = new Date(iso);
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  return { scheduledDate: `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`, scheduledTime: time === '00:00' ? '' : time };
}

export function isWholeDay(iso: string): boolean {
  const at = new Date(iso);
  return at.getHours() === 0 && at.getMinutes() === 0;
}

export function sameInstant(a: string | null, b: string | null): boolean {
  return a === b || (a !== null && b !== null && Date.parse(a) === Date.parse(b));
}

/** "Dec 7, 2026" for a whole day, "Dec 7, 2026, 2:30 PM" for a visit at a time. */
export function useScheduledText(): (iso: string) => string {
  const format = useFormat();
  return (iso) => (isWholeDay(iso) ? format.localDate(iso) : format.dateTime(iso));
}

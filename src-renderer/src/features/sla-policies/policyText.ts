import type { TFunction } from 'i18next';
import type { Policy } from '../../../../src-main/sla-policies/schemas';

export type HoursRange = Policy['hours'][number];
export const isoWeekdays = [1, 2, 3, 4, 5, 6, 7] as const;

/** Business minutes as "h:mm", the way targets are typed: 90 reads "1:30". */
export function formatDuration(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** "4:00", "0:30" or a bare "4" (hours) to minutes; NaN when it is none of those. */
export function parseDuration(text: string): number {
  const match = /^\s*(\d{1,6})(?::([0-5]\d))?\s*$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2] ?? 0) : Number.NaN;
}

/** Short weekday names in the user's language, by ISO weekday (1 January 2024 was a Monday). */
export function weekdayName(language: string, weekday: number, width: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(language, { weekday: width, timeZone: 'UTC' }).format(Date.UTC(2024, 0, weekday));
}

const rangesOf = (hours: readonly HoursRange[], weekday: number) =>
  hours
    .filter((range) => range.weekday === weekday)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((range) => `${range.start}–${range.end}`)
    .join(', ');

/** The week in one line, days with the same hours run together: "Mon–Fri 09:00–13:00, 14:00–18:00". */
export function summarizeHours(language: string, hours: readonly HoursRange[]): string {
  const runs: { from: number; to: number; ranges: string }[] = [];
  for (const weekday of isoWeekdays) {
    const ranges = rangesOf(hours, weekday);
    if (!ranges) continue;
    const last = runs[runs.length - 1];
    if (last && last.to === weekday - 1 && last.ranges === ranges) last.to = weekday;
    else runs.push({ from: weekday, to: weekday, ranges });
  }
  return runs
    .map(({ from, to, ranges }) => `${weekdayName(language, from)}${to > from ? `–${weekdayName(language, to)}` : ''} ${ranges}`)
    .join('; ');
}

export function summarizeHolidays(t: TFunction, holidays: Policy['holidays']): string {
  const custom = holidays.dates.length;
  if (holidays.italian) return custom ? t('slaPolicies.holidaysItalianPlus', { count: custom }) : t('slaPolicies.holidaysItalian');
  return custom ? t('slaPolicies.holidaysCustom', { count: custom }) : t('slaPolicies.holidaysNone');
}

import type { TFunction } from 'i18next';

/** RFC 5545 weekday codes, Monday first. */
export const weekdayCodes = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof weekdayCodes)[number];
const workingDays = 'MO,TU,WE,TH,FR';

export const presets = ['weekdays', 'weekly', 'firstMonday', 'everyMonths', 'lastWorkingDay', 'custom'] as const;
export type Preset = (typeof presets)[number];

export interface Schedule {
  preset: Preset;
  /** weekly: the chosen days */
  days: readonly WeekdayCode[];
  /** everyMonths: every `months` months on `monthDay` */
  months: string;
  monthDay: string;
  /** custom: the RRULE as typed */
  rrule: string;
}

/** The RRULE a schedule stands for. */
export function ruleOf(schedule: Schedule): string {
  switch (schedule.preset) {
    case 'weekdays':
      return `FREQ=WEEKLY;BYDAY=${workingDays}`;
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${weekdayCodes.filter((code) => schedule.days.includes(code)).join(',')}`;
    case 'firstMonday':
      return 'FREQ=MONTHLY;BYDAY=1MO';
    case 'everyMonths':
      return `FREQ=MONTHLY;INTERVAL=${schedule.months.trim()};BYMONTHDAY=${schedule.monthDay.trim()}`;
    case 'lastWorkingDay':
      return `FREQ=MONTHLY;BYDAY=${workingDays};BYSETPOS=-1`;
    case 'custom':
      return schedule.rrule.trim();
  }
}

/** The form's schedule for a saved rule: the preset it matches, or a custom rule. */
export function scheduleOf(rrule: string): Schedule {
  const base: Schedule = { preset: 'custom', days: ['MO'], months: '3', monthDay: '15', rrule };
  const parts = parseParts(rrule);
  const keys = Object.keys(parts).sort().join(',');
  if (rrule === ruleOf({ ...base, preset: 'weekdays' })) return { ...base, preset: 'weekdays' };
  if (rrule === ruleOf({ ...base, preset: 'firstMonday' })) return { ...base, preset: 'firstMonday' };
  if (rrule === ruleOf({ ...base, preset: 'lastWorkingDay' })) return { ...base, preset: 'lastWorkingDay' };
  if (keys === 'BYDAY,FREQ' && parts.FREQ === 'WEEKLY' && parts.BYDAY!.split(',').every((d) => (weekdayCodes as readonly string[]).includes(d))) {
    return { ...base, preset: 'weekly', days: parts.BYDAY!.split(',') as WeekdayCode[] };
  }
  if (keys === 'BYMONTHDAY,FREQ,INTERVAL' && parts.FREQ === 'MONTHLY' && /^\d+$/.test(parts.BYMONTHDAY!)) {
    return { ...base, preset: 'everyMonths', months: parts.INTERVAL!, monthDay: parts.BYMONTHDAY! };
  }
  return base;
}

function parseParts(rrule: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of rrule.trim().replace(/^RRULE:/i, '').split(';')) {
    const [key, value] = part.split('=');
    if (key && value !== undefined) parts[key.trim().toUpperCase()] = value.trim().toUpperCase();
  }
  return parts;
}

const ordinals = ['1', '2', '3', '4', '5', '-1', '-2'] as const;
type Ordinal = (typeof ordinals)[number];
const frequencies = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'] as const;

/**
 * A rule in words, in the user's language: "Every 3 months, on day 15, at 09:00". Weekday and month
 * names come from Intl; unusual parts (BYSETPOS other than the last working day, BYWEEKNO…) are
 * shown as written, so the sentence never hides part of the rule.
 */
export function describeRule(t: TFunction, language: string, rrule: string, time?: string): string {
  const parts = parseParts(rrule);
  const freq = frequencies.find((f) => f === parts.FREQ);
  if (!freq) return rrule;
  const dayName = (code: string) => {
    const index = (weekdayCodes as readonly string[]).indexOf(code);
    // 2024-01-01 was a Monday.
    return index < 0 ? code : new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + index));
  };
  const monthName = (month: string) => new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, Number(month) - 1, 1));
  const list = (items: string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  const phrases = [t(`plans.rule.every.${freq}`, { count: Number(parts.INTERVAL ?? '1') })];
  const { BYDAY: byDay, BYSETPOS: bySetPos } = parts;
  if (byDay === workingDays && bySetPos === '-1') phrases.push(t('plans.rule.lastWorkingDay'));
  else if (byDay === workingDays) phrases.push(t('plans.rule.onWeekdays'));
  else if (byDay) {
    const entries = byDay.split(',').map((entry) => /^([+-]?\d+)?([A-Z]{2})$/.exec(entry));
    const days = entries.map((match, index) => {
      if (!match) return byDay.split(',')[index]!;
      const ordinal = ordinals.find((o) => o === String(Number(match[1])));
      return match[1] === undefined ? dayName(match[2]!) : t('plans.rule.nth', { nth: ordinal ? t(`plans.rule.ordinal.${ordinal as Ordinal}`) : match[1], day: dayName(match[2]!) });
    });
    // "on Tuesday" but "the first Monday": Italian says "di martedì" and "il primo lunedì".
    const numbered = entries.some((match) => match?.[1] !== undefined);
    phrases.push(t(numbered ? 'plans.rule.onNth' : 'plans.rule.onDays', { days: list(days) }));
  }
  if (bySetPos && !(byDay === workingDays && bySetPos === '-1')) phrases.push(t('plans.rule.position', { positions: bySetPos }));
  if (parts.BYMONTHDAY) {
    phrases.push(parts.BYMONTHDAY === '-1' ? t('plans.rule.lastDayOfMonth') : t('plans.rule.onMonthDays', { days: list(parts.BYMONTHDAY.split(',')) }));
  }
  if (parts.BYMONTH) phrases.push(t('plans.rule.inMonths', { months: list(parts.BYMONTH.split(',').map(monthName)) }));
  for (const key of ['BYYEARDAY', 'BYWEEKNO']) if (parts[key]) phrases.push(`${key}=${parts[key]}`);
  if (time) phrases.push(t('plans.rule.at', { time }));
  if (parts.COUNT) phrases.push(t('plans.rule.times', { count: Number(parts.COUNT) }));
  if (parts.UNTIL) phrases.push(t('plans.rule.until', { until: parts.UNTIL.replace(/^(\d{4})(\d{2})(\d{2}).*$/, '$1-$2-$3') }));
  return phrases.join(', ');
}

// Builds rrule.js options that expand a rule in "floating" time: wall-clock readings of the plan's
// zone stored as if they were UTC, so rrule.js never sees a time zone or a DST change.
import { civilFromDayNumber, dayNumberFromCivil, isoWeekdayOfDayNumber, MS_PER_DAY } from '../../sla/civil-date';
import { RRule, type RRuleOptions } from './rrule-module';
import type { RuleParts } from './rule-text';

const FREQUENCY = { DAILY: RRule.DAILY, WEEKLY: RRule.WEEKLY, MONTHLY: RRule.MONTHLY, YEARLY: RRule.YEARLY } as const;
const WEEKDAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU] as const;

/**
 * rrule.js iterates from DTSTART on every query, so a daily plan started years ago would replay all its
 * past occurrences each time. When the rule has no COUNT (which numbers occurrences from the very
 * start), DTSTART can move to the last period boundary before `notBeforeWall` that keeps the rule's
 * phase (a whole number of INTERVALs of days, weeks, months or years): together with making explicit the
 * parts rrule.js would otherwise derive from DTSTART, the occurrences from there on are unchanged.
 */
export function floatingRuleOptions(parts: RuleParts, startWall: number, untilWall: number | null, notBeforeWall?: number): Partial<RRuleOptions> {
  const dtstartWall = notBeforeWall === undefined || parts.count !== null ? startWall : rebasedStart(parts, startWall, notBeforeWall);
  return {
    freq: FREQUENCY[parts.freq],
    interval: parts.interval,
    dtstart: new Date(dtstartWall),
    count: parts.count,
    until: untilWall === null ? null : new Date(untilWall),
    wkst: parts.wkst,
    bysetpos: copy(parts.bySetPos),
    byyearday: copy(parts.byYearDay),
    byweekno: copy(parts.byWeekNo),
    ...derivedFromStart(parts, startWall),
  };
}

// What rrule.js fills in from DTSTART when no BYDAY/BYMONTHDAY/BYYEARDAY/BYWEEKNO is given, taken from
// the plan's real start so that a rebased DTSTART cannot change it.
function derivedFromStart(parts: RuleParts, startWall: number): Partial<RRuleOptions> {
  const byweekday = parts.byDay?.map((part) => (part.ordinal === null ? WEEKDAYS[part.weekday]! : WEEKDAYS[part.weekday]!.nth(part.ordinal))) ?? null;
  const explicit = { byweekday, bymonthday: copy(parts.byMonthDay), bymonth: copy(parts.byMonth) };
  if (parts.byDay || parts.byMonthDay || parts.byYearDay || parts.byWeekNo) return explicit;
  const startDay = Math.floor(startWall / MS_PER_DAY);
  const start = civilFromDayNumber(startDay);
  switch (parts.freq) {
    case 'YEARLY':
      return { ...explicit, bymonth: explicit.bymonth ?? [start.month], bymonthday: [start.day] };
    case 'MONTHLY':
      return { ...explicit, bymonthday: [start.day] };
    case 'WEEKLY':
      return { ...explicit, byweekday: [WEEKDAYS[isoWeekdayOfDayNumber(startDay) - 1]!] };
    case 'DAILY':
      return explicit;
  }
}

function rebasedStart(parts: RuleParts, startWall: number, notBeforeWall: number): number {
  if (notBeforeWall <= startWall) return startWall;
  const startDay = Math.floor(startWall / MS_PER_DAY);
  const timeOfDay = startWall - startDay * MS_PER_DAY;
  const start = civilFromDayNumber(startDay);
  const anchor = civilFromDayNumber(Math.floor(notBeforeWall / MS_PER_DAY));
  switch (parts.freq) {
    case 'DAILY': {
      const periodMs = parts.interval * MS_PER_DAY;
      return startWall + Math.floor((notBeforeWall - startWall) / periodMs) * periodMs;
    }
    case 'WEEKLY': {
      // rrule.js's first weekly period runs from DTSTART to the end of its week, and BYSETPOS picks
      // within that stub; later periods are whole weeks from WKST. Land on one of those whole weeks.
      const wkst = parts.wkst ?? 0;
      const firstWeekStartDay = startDay - ((isoWeekdayOfDayNumber(startDay) - 1 - wkst + 7) % 7);
      const periodDays = 7 * parts.interval;
      const periods = Math.floor((Math.floor(notBeforeWall / MS_PER_DAY) - 1 - firstWeekStartDay) / periodDays);
      if (periods < 1) return startWall;
      return (firstWeekStartDay + periods * periodDays) * MS_PER_DAY + timeOfDay;
    }
    case 'MONTHLY': {
      // Land on the 1st of a month at least a month before the anchor, a whole number of INTERVALs on.
      const monthsAvailable = anchor.year * 12 + anchor.month - (start.year * 12 + start.month) - 1;
      const months = Math.floor(monthsAvailable / parts.interval) * parts.interval;
      if (months <= 0) return startWall;
      const monthIndex = start.year * 12 + (start.month - 1) + months;
      return dayNumberFromCivil(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1) * MS_PER_DAY + timeOfDay;
    }
    case 'YEARLY': {
      const years = Math.floor((anchor.year - start.year - 1) / parts.interval) * parts.interval;
      if (years <= 0) return startWall;
      return dayNumberFromCivil(start.year + years, 1, 1) * MS_PER_DAY + timeOfDay;
    }
  }
}

function copy(values: readonly number[] | null): number[] | null {
  return values ? [...values] : null;
}

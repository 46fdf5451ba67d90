// Parses and checks the RRULE text of a maintenance plan. rrule.js's own parser accepts too much
// (unknown parts, time-of-day parts, both COUNT and UNTIL), so the rule is validated here against
// RFC 5545 and turned into typed parts; rrule.js only expands it.
import { dayNumberFromCivil, daysInMonth, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND } from '../../sla/civil-date';

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';

/** rrule.js weekday numbering: 0 = Monday ... 6 = Sunday */
export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

export interface WeekdayPart {
  readonly weekday: number;
  /** 1 = first, -1 = last, ... within the month or year; null = every such weekday */
  readonly ordinal: number | null;
}

export type Until =
  /** UNTIL ending in Z: a real instant, compared after conversion to the plan's wall clock */
  | { readonly kind: 'utc'; readonly utcMs: number }
  /** UNTIL as a date or a local date-time: already wall time in the plan's zone (a date means its whole day) */
  | { readonly kind: 'wall'; readonly wallMs: number };

export interface RuleParts {
  readonly freq: Frequency;
  readonly interval: number;
  readonly count: number | null;
  readonly until: Until | null;
  readonly byDay: readonly WeekdayPart[] | null;
  readonly byMonthDay: readonly number[] | null;
  readonly byYearDay: readonly number[] | null;
  readonly byWeekNo: readonly number[] | null;
  readonly byMonth: readonly number[] | null;
  readonly bySetPos: readonly number[] | null;
  readonly wkst: number | null;
}

export type RuleTextResult = { readonly ok: true; readonly parts: RuleParts; readonly normalized: string } | { readonly ok: false; readonly message: string };

const ALLOWED_FREQUENCIES: readonly string[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
const TOO_FREQUENT = ['HOURLY', 'MINUTELY', 'SECONDLY'];
const TIME_OF_DAY_PARTS = ['BYHOUR', 'BYMINUTE', 'BYSECOND'];
const KNOWN_PARTS = ['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYMONTH', 'BYSETPOS', 'WKST'];
const MAX_INTERVAL = 1_000;
const MAX_COUNT = 100_000;

class RuleProblem extends Error {}

export function parseRuleText(text: string): RuleTextResult {
  try {
    return parseOrThrow(text);
  } catch (error) {
    if (error instanceof RuleProblem) return { ok: false, message: error.message };
    throw error;
  }
}

function parseOrThrow(text: string): RuleTextResult {
  if (typeof text !== 'string' || text.trim() === '') throw new RuleProblem('the rule is empty; expected e.g. "FREQ=MONTHLY;BYDAY=1MO"');
  if (/DTSTART/i.test(text)) {
    throw new RuleProblem("DTSTART must not be inside the rule: the plan's start date-time and time zone carry it");
  }
  const body = text.trim().replace(/^RRULE:/i, '');
  if (/[\r\n]/.test(body) || /^(EXDATE|RDATE|EXRULE)/im.test(body)) {
    throw new RuleProblem('only a single RRULE line is supported (no EXDATE, RDATE or extra lines)');
  }
  const values = new Map<string, string>();
  for (const piece of body.split(';')) {
    if (piece.trim() === '') continue;
    const match = /^\s*([A-Za-z]+)=([^=]*?)\s*$/.exec(piece);
    if (!match) throw new RuleProblem(`"${piece}" is not of the form NAME=VALUE`);
    const name = match[1]!.toUpperCase();
    const value = match[2]!.toUpperCase();
    if (TIME_OF_DAY_PARTS.includes(name)) {
      throw new RuleProblem(`${name} is not supported: the time of day comes from the plan's start, and plans recur at most daily`);
    }
    if (!KNOWN_PARTS.includes(name)) throw new RuleProblem(`unknown rule part ${name}`);
    if (values.has(name)) throw new RuleProblem(`${name} appears twice`);
    if (value === '') throw new RuleProblem(`${name} has no value`);
    values.set(name, value);
  }
  const parts = partsFrom(values);
  return { ok: true, parts, normalized: [...values].map(([name, value]) => `${name}=${value}`).join(';') };
}

function partsFrom(values: Map<string, string>): RuleParts {
  const freqText = values.get('FREQ');
  if (freqText === undefined) throw new RuleProblem('FREQ is missing; expected FREQ=DAILY, WEEKLY, MONTHLY or YEARLY');
  if (TOO_FREQUENT.includes(freqText)) {
    throw new RuleProblem(`FREQ=${freqText} is too frequent: maintenance plans recur at most daily`);
  }
  if (!ALLOWED_FREQUENCIES.includes(freqText)) {
    throw new RuleProblem(`FREQ=${freqText} is not one of DAILY, WEEKLY, MONTHLY, YEARLY`);
  }
  const freq = freqText as Frequency;
  const count = optional(values, 'COUNT', (value) => integerIn('COUNT', value, 1, MAX_COUNT));
  const until = optional(values, 'UNTIL', parseUntil);
  if (count !== null && until !== null) throw new RuleProblem('COUNT and UNTIL cannot both be given (RFC 5545)');

  const byDay = optional(values, 'BYDAY', (value) => list(value, parseWeekdayPart));
  const byMonthDay = optional(values, 'BYMONTHDAY', (value) => list(value, (item) => signedIntegerIn('BYMONTHDAY', item, 31)));
  const byYearDay = optional(values, 'BYYEARDAY', (value) => list(value, (item) => signedIntegerIn('BYYEARDAY', item, 366)));
  const byWeekNo = optional(values, 'BYWEEKNO', (value) => list(value, (item) => signedIntegerIn('BYWEEKNO', item, 53)));
  const byMonth = optional(values, 'BYMONTH', (value) => list(value, (item) => integerIn('BYMONTH', item, 1, 12)));
  const bySetPos = optional(values, 'BYSETPOS', (value) => list(value, (item) => signedIntegerIn('BYSETPOS', item, 366)));
  const wkst = optional(values, 'WKST', weekdayCode);

  if (byMonthDay && freq === 'WEEKLY') throw new RuleProblem('BYMONTHDAY cannot be used with FREQ=WEEKLY (RFC 5545)');
  if (byYearDay && freq !== 'YEARLY') throw new RuleProblem('BYYEARDAY can only be used with FREQ=YEARLY');
  if (byWeekNo && freq !== 'YEARLY') throw new RuleProblem('BYWEEKNO can only be used with FREQ=YEARLY');
  if (byDay?.some((part) => part.ordinal !== null)) {
    if (freq !== 'MONTHLY' && freq !== 'YEARLY') {
      throw new RuleProblem('BYDAY with a position (like 1MO or -1FR) needs FREQ=MONTHLY or FREQ=YEARLY');
    }
    if (freq === 'YEARLY' && byWeekNo) throw new RuleProblem('BYDAY with a position cannot be combined with BYWEEKNO');
    const limit = freq === 'MONTHLY' ? 5 : 53;
    const bad = byDay.find((part) => part.ordinal !== null && Math.abs(part.ordinal) > limit);
    if (bad) throw new RuleProblem(`BYDAY position ${bad.ordinal} is out of range for FREQ=${freq} (at most ${limit})`);
  }
  if (bySetPos && !(byDay || byMonthDay || byYearDay || byWeekNo || byMonth)) {
    throw new RuleProblem('BYSETPOS needs another BY part to pick from, e.g. BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1');
  }
  return {
    freq,
    interval: optional(values, 'INTERVAL', (value) => integerIn('INTERVAL', value, 1, MAX_INTERVAL)) ?? 1,
    count,
    until,
    byDay,
    byMonthDay,
    byYearDay,
    byWeekNo,
    byMonth,
    bySetPos,
    wkst,
  };
}

function optional<T>(values: Map<string, string>, name: string, parse: (value: string) => T): T | null {
  const value = values.get(name);
  return value === undefined ? null : parse(value);
}

function list<T>(value: string, parse: (item: string) => T): T[] {
  return value.split(',').map((item) => parse(item.trim()));
}

function integerIn(name: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new RuleProblem(`${name}=${text} must be a whole number from ${min} to ${max}`);
  }
  return Number(text);
}

function signedIntegerIn(name: string, text: string, max: number): number {
  const value = /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(value) || value === 0 || Math.abs(value) > max) {
    throw new RuleProblem(`${name} value "${text}" must be 1 to ${max} or -1 to -${max}`);
  }
  return value;
}

function weekdayCode(text: string): number {
  const weekday = (WEEKDAY_CODES as readonly string[]).indexOf(text);
  if (weekday < 0) throw new RuleProblem(`"${text}" is not a weekday (MO, TU, WE, TH, FR, SA, SU)`);
  return weekday;
}

function parseWeekdayPart(text: string): WeekdayPart {
  const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(text);
  if (!match) throw new RuleProblem(`BYDAY value "${text}" is not a weekday like MO or a position like 1MO, -1FR`);
  const ordinal = match[1] === undefined ? null : Number(match[1]);
  if (ordinal === 0) throw new RuleProblem(`BYDAY value "${text}": position 0 does not exist`);
  return { weekday: weekdayCode(match[2]!), ordinal };
}

function parseUntil(text: string): Until {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(text);
  const invalid = () => new RuleProblem(`UNTIL=${text} is not a date YYYYMMDD or date-time YYYYMMDDTHHMMSSZ`);
  if (!match) throw invalid();
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw invalid();
  const dayStart = dayNumberFromCivil(year, month, day) * MS_PER_DAY;
  if (match[4] === undefined) return { kind: 'wall', wallMs: dayStart + MS_PER_DAY - 1 };
  const [hour, minute, second] = [Number(match[4]), Number(match[5]), Number(match[6])];
  if (hour > 23 || minute > 59 || second > 59) throw invalid();
  const timeOfDay = hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * MS_PER_SECOND;
  return match[7] ? { kind: 'utc', utcMs: dayStart + timeOfDay } : { kind: 'wall', wallMs: dayStart + timeOfDay };
}

import { describe, expect, it } from 'vitest';
import { parseRecurrence } from './parse-recurrence';
import { Recurrence, RecurrenceError, type RecurrencePlan } from './recurrence';

const NOW = Date.parse('2026-01-15T10:00:00Z');
const plan = (rrule: string, extra: Partial<RecurrencePlan> = {}): RecurrencePlan => ({
  rrule,
  start: '2025-01-06T09:00',
  timezone: 'Europe/Rome',
  ...extra,
});

function failure(input: RecurrencePlan): { field: string; message: string } {
  const result = parseRecurrence(input, NOW);
  if (result.ok) throw new Error(`expected ${input.rrule} to be rejected`);
  return result.error;
}

describe('parseRecurrence accepts the plans technicians need', () => {
  it.each([
    'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
    'FREQ=MONTHLY;BYDAY=1MO',
    'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15',
    'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
    'FREQ=MONTHLY;BYMONTHDAY=31',
    'FREQ=MONTHLY;BYMONTHDAY=-1',
    'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29',
    'FREQ=DAILY;UNTIL=20301231T230000Z',
    'FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO',
  ])('%s', (rrule) => {
    const result = parseRecurrence(plan(rrule), NOW);
    expect(result.ok).toBe(true);
  });

  it('accepts an "RRULE:" prefix, lower case and a trailing semicolon, and normalizes them', () => {
    const result = parseRecurrence(plan('RRULE:freq=monthly;byday=1mo;'), NOW);
    expect(result.ok && result.recurrence.rrule).toBe('FREQ=MONTHLY;BYDAY=1MO');
  });

  it('accepts a plan that starts more than five years from now', () => {
    expect(parseRecurrence(plan('FREQ=YEARLY', { start: '2033-03-01T09:00' }), NOW).ok).toBe(true);
  });
});

describe('parseRecurrence explains what is wrong', () => {
  it('garbage', () => {
    expect(failure(plan('every monday please'))).toEqual({ field: 'rrule', message: expect.stringMatching(/NAME=VALUE/) });
    expect(failure(plan(''))).toEqual({ field: 'rrule', message: expect.stringMatching(/empty/) });
    expect(failure(plan('FREQ=MONTHLY;COLOR=BLUE')).message).toMatch(/unknown rule part COLOR/);
    expect(failure(plan('BYDAY=MO')).message).toMatch(/FREQ is missing/);
    expect(failure(plan('FREQ=FORTNIGHTLY')).message).toMatch(/FREQ=FORTNIGHTLY is not one of/);
    expect(failure(plan('FREQ=DAILY;FREQ=WEEKLY')).message).toMatch(/FREQ appears twice/);
  });

  it('a DTSTART inside the rule', () => {
    expect(failure(plan('DTSTART:20250106T090000Z\nRRULE:FREQ=DAILY')).message).toMatch(/DTSTART must not be inside the rule/);
    expect(failure(plan('FREQ=DAILY;DTSTART=20250106T090000Z')).message).toMatch(/DTSTART/);
  });

  it('frequencies finer than daily, and time-of-day parts', () => {
    for (const freq of ['HOURLY', 'MINUTELY', 'SECONDLY']) {
      expect(failure(plan(`FREQ=${freq}`)).message).toBe(`FREQ=${freq} is too frequent: maintenance plans recur at most daily`);
    }
    expect(failure(plan('FREQ=DAILY;BYHOUR=9,17')).message).toMatch(/BYHOUR is not supported/);
  });

  it('values out of range or in the wrong combination', () => {
    expect(failure(plan('FREQ=MONTHLY;BYMONTHDAY=32')).message).toMatch(/BYMONTHDAY value "32"/);
    expect(failure(plan('FREQ=MONTHLY;BYMONTHDAY=0')).message).toMatch(/BYMONTHDAY value "0"/);
    expect(failure(plan('FREQ=MONTHLY;INTERVAL=0')).message).toMatch(/INTERVAL=0/);
    expect(failure(plan('FREQ=MONTHLY;BYDAY=XX')).message).toMatch(/"XX" is not a weekday/);
    expect(failure(plan('FREQ=WEEKLY;BYDAY=1MO')).message).toMatch(/needs FREQ=MONTHLY or FREQ=YEARLY/);
    expect(failure(plan('FREQ=MONTHLY;BYDAY=6MO')).message).toMatch(/out of range/);
    expect(failure(plan('FREQ=WEEKLY;BYMONTHDAY=1')).message).toMatch(/BYMONTHDAY cannot be used with FREQ=WEEKLY/);
    expect(failure(plan('FREQ=MONTHLY;BYSETPOS=-1')).message).toMatch(/BYSETPOS needs another BY part/);
    expect(failure(plan('FREQ=DAILY;COUNT=5;UNTIL=20300101')).message).toMatch(/COUNT and UNTIL/);
    expect(failure(plan('FREQ=DAILY;UNTIL=20300230')).message).toMatch(/UNTIL=20300230/);
  });

  it('a rule with no occurrence in the next five years', () => {
    expect(failure(plan('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30')).message).toMatch(/no occurrence between 2026-01-15 and 2031-01-15/);
    expect(failure(plan('FREQ=DAILY;UNTIL=20251231')).message).toMatch(/no occurrence/);
    expect(failure(plan('FREQ=DAILY;COUNT=10')).message).toMatch(/no occurrence/);
    // Every fourth year from 2025 never lands on a leap year.
    expect(failure(plan('FREQ=YEARLY;INTERVAL=4;BYMONTH=2;BYMONTHDAY=29', { start: '2025-01-01T09:00' })).message).toMatch(/no occurrence/);
  });

  it('the start and the time zone', () => {
    expect(failure(plan('FREQ=DAILY', { start: '2025-02-30T09:00' }))).toEqual({ field: 'start', message: expect.stringMatching(/YYYY-MM-DDTHH:MM/) });
    expect(failure(plan('FREQ=DAILY', { start: '2025-01-06 09:00' })).field).toBe('start');
    expect(failure(plan('FREQ=DAILY', { start: '2025-01-06T24:00' })).field).toBe('start');
    expect(failure(plan('FREQ=DAILY', { timezone: 'Rome' })).field).toBe('timezone');
  });
});

describe('Recurrence.compile', () => {
  it('throws a RecurrenceError naming the field', () => {
    expect(() => Recurrence.compile(plan('FREQ=SECONDLY'))).toThrow(RecurrenceError);
    expect(() => Recurrence.compile(plan('FREQ=SECONDLY'))).toThrow(/^rrule: FREQ=SECONDLY/);
  });
});

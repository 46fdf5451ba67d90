import { MS_PER_DAY } from '../../sla/civil-date';
import { toEpochMs, type Instant } from '../../sla/instant';
import { expandOccurrences } from './occurrences';
import { Recurrence, RecurrenceError, type ParseRecurrenceResult, type RecurrencePlan } from './recurrence';

const LOOKAHEAD_YEARS = 5;

/**
 * Validates a plan's schedule for saving. Fails, naming the field, on malformed input, a DTSTART inside
 * the rule, a frequency finer than daily, and a rule with no occurrence in the five years from
 * max(now, start): such a plan would silently never produce a task (30 February, an UNTIL in the past...).
 */
export function parseRecurrence(plan: RecurrencePlan, now: Instant): ParseRecurrenceResult {
  let recurrence: Recurrence;
  try {
    recurrence = Recurrence.compile(plan);
  } catch (error) {
    if (error instanceof RecurrenceError) return { ok: false, error: { field: error.field, message: error.detail } };
    throw error;
  }
  const from = Math.max(toEpochMs(now, 'now'), recurrence.startUtc);
  const to = from + Math.round(LOOKAHEAD_YEARS * 365.25) * MS_PER_DAY;
  if (expandOccurrences(recurrence, from, to, 1).length === 0) {
    const window = `${new Date(from).toISOString().slice(0, 10)} and ${new Date(to).toISOString().slice(0, 10)}`;
    return {
      ok: false,
      error: {
        field: 'rrule',
        message: `the rule has no occurrence between ${window}; check for impossible dates (like BYMONTH=2;BYMONTHDAY=30) or an UNTIL/COUNT already used up`,
      },
    };
  }
  return { ok: true, recurrence };
}

import { MS_PER_DAY } from '../../sla/civil-date';
import { toEpochMs, type Instant } from '../../sla/instant';
import { wallToUtc } from '../../sla/zone-time';
import { Recurrence, type RecurrencePlan } from './recurrence';
import { RRule } from './rrule-module';
import { boundWalk } from './bounded-walk';
import { floatingRuleOptions } from './rule-options';

/** Occurrences in [from, to), or the first `count` occurrences at or after `from`. */
export type OccurrenceRange =
  | { readonly from: Instant; readonly to: Instant }
  | { readonly from: Instant; readonly count: number };

// Wall time and UTC differ by at most ~14 h, so a floating window one day wider on each side holds
// every occurrence whose real instant falls in the UTC window.
const FLOATING_MARGIN_MS = MS_PER_DAY;
// Count mode stops looking this far ahead, so a rule that has gone quiet cannot iterate to year 9999.
const COUNT_HORIZON_MS = 100 * 366 * MS_PER_DAY;

/**
 * UTC instants (epoch ms, ascending) at which the plan recurs. The rule is expanded on the plan's
 * wall clock, so 09:00 stays 09:00 local across DST; each wall time is then placed in the zone: a time
 * skipped by a spring-forward gap moves forward by the gap (02:30 -> 03:30), a time repeated in autumn
 * takes its first occurrence. As in rrule.js (and python-dateutil), the start counts only if it matches
 * the rule. Throws RecurrenceError for an invalid plan.
 */
export function occurrences(plan: Recurrence | RecurrencePlan, range: OccurrenceRange): number[] {
  const recurrence = Recurrence.compile(plan);
  const from = toEpochMs(range.from, 'from');
  if ('count' in range) {
    if (!Number.isInteger(range.count) || range.count < 0) throw new RangeError(`count must be a whole number >= 0, got ${range.count}`);
    return expandOccurrences(recurrence, from, from + COUNT_HORIZON_MS, range.count);
  }
  return expandOccurrences(recurrence, from, toEpochMs(range.to, 'to'), Number.POSITIVE_INFINITY);
}

/** At most `limit` occurrences in [from, to), ascending. */
export function expandOccurrences(recurrence: Recurrence, from: number, to: number, limit: number): number[] {
  if (to <= from || limit <= 0) return [];
  const floatingFrom = from - FLOATING_MARGIN_MS;
  const floatingTo = to + FLOATING_MARGIN_MS;
  const options = floatingRuleOptions(recurrence.parts, recurrence.startWall, recurrence.untilWall, floatingFrom);
  const rule = new RRule(options, true);
  boundWalk(rule, recurrence.parts.freq, recurrence.parts.interval, options.dtstart!.getTime(), floatingTo);
  const found: number[] = [];
  rule.between(new Date(floatingFrom), new Date(floatingTo), true, (wallDate) => {
    // One occurrence per day at most (no BYHOUR/BYMINUTE), so placing wall times in the zone keeps order.
    const instant = wallToUtc(recurrence.timezone, wallDate.getTime());
    if (instant >= to) return false;
    // The bounded walk may replay its last period once as it stops; keep instants strictly increasing.
    if (instant >= from && instant > (found[found.length - 1] ?? Number.NEGATIVE_INFINITY)) found.push(instant);
    return found.length < limit;
  });
  return found;
}

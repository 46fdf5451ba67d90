import { MS_PER_DAY } from '../../sla/civil-date';
import type { RRule } from './rrule-module';
import type { Frequency } from './rule-text';

const MIN_DAYS_PER_PERIOD: Record<Frequency, number> = { DAILY: 1, WEEKLY: 7, MONTHLY: 28, YEARLY: 365 };

/**
 * rrule.js checks its end conditions (window end, UNTIL) only when a date matches, so a rule whose
 * filters never match again (30 February, an INTERVAL phase that never meets its BYMONTH) walks period
 * by period to the year 9999: seconds for a daily rule. Its loop reads `options.interval` once or twice
 * per period and stops as soon as it reads 0 (rrule 2.8, ES and UMD builds alike). Reading 0 only after
 * twice the reads needed to walk past `untilWall` ends the walk well beyond the window, where any
 * date it could still produce would be dropped anyway.
 */
export function boundWalk(rule: RRule, freq: Frequency, interval: number, fromWall: number, untilWall: number): void {
  const periods = Math.ceil((untilWall - fromWall) / (MIN_DAYS_PER_PERIOD[freq] * interval * MS_PER_DAY)) + 2;
  const maxReads = 2 * 2 * periods + 16;
  let reads = 0;
  Object.defineProperty(rule.options, 'interval', {
    configurable: true,
    enumerable: true,
    get: () => (++reads > maxReads ? 0 : interval),
  });
}

import { describe, expect, it } from 'vitest';
import { boundWalk } from './bounded-walk';
import { RRule } from './rrule-module';

describe('boundWalk', () => {
  it('stops rrule.js shortly after the bound instead of at the year 9999', () => {
    const everyDay = new RRule({ freq: RRule.DAILY, dtstart: new Date(Date.UTC(2026, 0, 1, 9)) }, true);
    boundWalk(everyDay, 'DAILY', 1, Date.UTC(2026, 0, 1), Date.UTC(2026, 0, 11));
    const dates = everyDay.all((_, index) => index < 1_000);
    expect(dates.length).toBeGreaterThanOrEqual(10); // everything up to the bound is still produced
    expect(dates.length).toBeLessThan(100);
    // As it stops, rrule.js may replay its last period once; occurrences() drops that repeat.
    expect(new Set(dates.map((date) => date.getTime())).size).toBeGreaterThanOrEqual(dates.length - 1);
  });

  it('scales the allowance with the frequency and interval', () => {
    const everyOtherMonth = new RRule({ freq: RRule.MONTHLY, interval: 2, dtstart: new Date(Date.UTC(2026, 0, 15, 9)) }, true);
    boundWalk(everyOtherMonth, 'MONTHLY', 2, Date.UTC(2026, 0, 1), Date.UTC(2028, 0, 1));
    const dates = everyOtherMonth.all((_, index) => index < 1_000);
    expect(dates.length).toBeGreaterThanOrEqual(12);
    expect(dates.length).toBeLessThan(100);
  });
});

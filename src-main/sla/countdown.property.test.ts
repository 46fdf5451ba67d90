import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenario } from './business-time-arbitraries';
import { MINUTE, walkMinutes } from './business-time-oracle';
import { slaCountdown } from './countdown';

describe('the countdown agrees with a minute-by-minute oracle', () => {
  it('runs exactly when the oracle counts a minute, and changes where the oracle flips', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 0, max: 2_000 }), ({ calendar, start, windowMinutes, pauses }, target) => {
        const oracle = walkMinutes(calendar, start, windowMinutes, pauses);
        const counts = (minute: number) => oracle.cumulative[minute + 1]! - oracle.cumulative[minute]! === 1;
        let flip = 1;
        while (flip < windowMinutes && counts(flip) === counts(0)) flip++;

        const countdown = slaCountdown({ calendar, startedAt: start, targetMinutes: target, now: start, pauses });
        expect(countdown.running).toBe(counts(0));
        if (flip < windowMinutes) expect(countdown.nextChangeAt).toBe(start + flip * MINUTE);
        else if (countdown.nextChangeAt !== null) expect(countdown.nextChangeAt).toBeGreaterThanOrEqual(start + windowMinutes * MINUTE);

        const end = slaCountdown({ calendar, startedAt: start, targetMinutes: target, now: start + windowMinutes * MINUTE, pauses });
        expect(end.remainingMinutes).toBe(target - oracle.cumulative[windowMinutes]!);
      }),
      { numRuns: 150 },
    );
  });
});

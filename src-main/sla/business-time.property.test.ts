import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DAY, scenario } from './business-time-arbitraries';
import { addBusinessMinutes, addBusinessMs, businessMinutesBetween, businessMsBetween } from './business-time';
import { MINUTE, walkMinutes } from './business-time-oracle';

// About 15 ms per run on the CI machine, dominated by the oracle.
const PROPERTY_RUNS = 200;

describe('business time agrees with a minute-by-minute oracle', () => {
  it('counts business minutes and finds the earliest due instant', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), ({ calendar, start, windowMinutes, pauses }, picks) => {
        const oracle = walkMinutes(calendar, start, windowMinutes, pauses);
        const total = oracle.cumulative[windowMinutes]!;
        const windowEnd = start + windowMinutes * MINUTE;
        expect(businessMinutesBetween(calendar, start, windowEnd, pauses)).toBe(total);

        // Sub-windows, targets along the walk, and the first target the window cannot hold.
        for (const [a, b] of pairs(picks, windowMinutes)) {
          expect(businessMinutesBetween(calendar, start + a * MINUTE, start + b * MINUTE, pauses)).toBe(
            oracle.cumulative[b]! - oracle.cumulative[a]!,
          );
        }
        for (const target of new Set([0, 1, total, ...picks.map((pick) => pick % (total + 1))])) {
          if (target > total) continue;
          expect(addBusinessMinutes(calendar, start, target, pauses)).toBe(oracle.dueAt[target]);
        }
        const beyond = addBusinessMinutes(calendar, start, total + 1, pauses);
        const openPause = pauses.find((pause) => pause.to === null);
        if (openPause && Number(openPause.from) <= windowEnd) expect(beyond).toBeNull();
        else if (beyond !== null) expect(beyond).toBeGreaterThan(windowEnd);
        else expect(openPause).toBeDefined();
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('business time round-trips at millisecond precision', () => {
  it('businessMsBetween(start, addBusinessMs(start, t)) === t for any start', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.integer({ min: 0, max: 59_999 }),
        fc.integer({ min: 0, max: 20 * DAY }),
        ({ calendar, start, pauses }, jitterMs, targetMs) => {
          const closedPauses = pauses.filter((pause) => pause.to !== null);
          const from = start + jitterMs;
          const due = addBusinessMs(calendar, from, targetMs, closedPauses);
          expect(due).not.toBeNull();
          expect(businessMsBetween(calendar, from, due!, closedPauses)).toBe(targetMs);
          // Earliest: one millisecond earlier the target is not yet reached.
          if (targetMs > 0) expect(businessMsBetween(calendar, from, due! - 1, closedPauses)).toBe(targetMs - 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

function pairs(picks: readonly number[], windowMinutes: number): [number, number][] {
  const result: [number, number][] = [];
  for (let index = 0; index + 1 < picks.length; index += 2) {
    const a = picks[index]! % (windowMinutes + 1);
    const b = picks[index + 1]! % (windowMinutes + 1);
    result.push(a <= b ? [a, b] : [b, a]);
  }
  return result;
}

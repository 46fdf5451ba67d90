import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestCore } from '../core/testing';
import { Pruner } from './pruning';
import { openQuietCore, result, seedFleet } from './test-support/core';

let core: TestCore;
let checkId: string;
beforeEach(() => {
  core = openQuietCore();
  const { deviceId } = seedFleet(core);
  checkId = core.call('checks.create', { deviceId, kind: 'tcp', host: '10.0.0.1', port: 22 }).id;
});
afterEach(() => core.close());

const day = 86_400_000;
const now = Date.parse('2026-06-01T12:00:00Z');
const count = (sql: string, ...params: unknown[]) => core.store.read.value<number>(sql, params)!;

describe('pruning', () => {
  it('deletes what outlived the retention setting in small steps, pausing between them, and keeps the rest', async () => {
    const ages = [500, 40, 8, 1]; // days
    for (const age of ages) core.checks.record(Array.from({ length: 10 }, (_, i) => result(checkId, now - age * day + i * 1000, 'ok')));
    core.checks.results.flushRollups();
    expect(count('SELECT COUNT(*) FROM results')).toBe(40);

    let pauses = 0;
    const counts = await new Pruner(core.store, 7).run(now, async () => {
      pauses++;
    });

    expect(count('SELECT COUNT(*) FROM results')).toBe(10);
    expect(count('SELECT MIN(at) FROM results')).toBe(now - day);
    // Minute rows of 1 and 8 days ago stay; hour and day rows go only at 500 days.
    expect(count('SELECT COUNT(*) FROM rollups_minute WHERE bucket < ?', now - 30 * day)).toBe(0);
    expect(count('SELECT COUNT(*) FROM rollups_minute')).toBe(2);
    expect(count('SELECT COUNT(*) FROM rollups_hour')).toBe(3);
    expect(count('SELECT COUNT(*) FROM rollups_day')).toBe(3);
    expect(counts).toEqual({ results: 30, rollups: 4 });
    // 30 results in steps of 7 is five steps, then one step per rollup table.
    expect(pauses).toBeGreaterThanOrEqual(5 + 3);

    // Nothing left to do the second time.
    expect(await new Pruner(core.store).run(now, async () => {})).toEqual({ results: 0, rollups: 0 });
  });

  it('reads the retention setting at each run', async () => {
    for (const age of [50, 20, 3]) core.checks.record([result(checkId, now - age * day, 'ok')]);
    core.checks.results.flushRollups();
    core.call('settings.update', { retention: { resultsDays: 2, minuteDays: 10, hourDays: 30, dayDays: 60 } });

    expect(await new Pruner(core.store).run(now, async () => {})).toEqual({ results: 3, rollups: 2 + 1 + 0 });
    expect(count('SELECT COUNT(*) FROM rollups_minute')).toBe(1);
    expect(count('SELECT COUNT(*) FROM rollups_hour')).toBe(2);
    expect(count('SELECT COUNT(*) FROM rollups_day')).toBe(3);
  });
});

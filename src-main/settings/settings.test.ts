import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, openTestCore, testTechnician, type TestCore } from '../core/testing';
import { defaultRetention } from './schemas';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.close());

describe('retention settings', () => {
  it('keep raw results 7 days, minute rollups 30 and hour and day rollups 400 until changed', () => {
    expect(core.call('settings.get', {}).retention).toEqual({ resultsDays: 7, minuteDays: 30, hourDays: 400, dayDays: 400 });
    const changed = { resultsDays: 3, minuteDays: 14, hourDays: 365, dayDays: 1000 };
    expect(core.call('settings.update', { retention: changed }).retention).toEqual(changed);
    expect(core.call('settings.get', {})).toMatchObject({ retention: changed, alertPriorityRule: { critical: 'P1' } });
  });

  it.each([
    [{ ...defaultRetention, resultsDays: 0 }, 'retention.resultsDays', 'At least 1 day'],
    [{ ...defaultRetention, resultsDays: 91 }, 'retention.resultsDays', 'At most 90 days'],
    [{ ...defaultRetention, minuteDays: 1.5 }, 'retention.minuteDays', 'A whole number of days'],
    [{ ...defaultRetention, hourDays: 'forever' }, 'retention.hourDays', 'A whole number of days from 1 to 3650'],
    [{ ...defaultRetention, minuteDays: 5 }, 'retention.minuteDays', 'At least as long as raw results (7 days)'],
    [{ ...defaultRetention, dayDays: 100 }, 'retention.dayDays', 'At least as long as hour rollups (400 days)'],
    [{ resultsDays: 7, minuteDays: 30, hourDays: 400 }, 'retention.dayDays', expect.any(String)],
  ])('refuses %j naming the field, and changes nothing', (retention, path, message) => {
    const error = errorOf(() => core.callRaw('settings.update', { retention }));
    expect(error.code).toBe('invalid_input');
    expect(error.fields).toContainEqual({ path, message });
    expect(core.call('settings.get', {}).retention).toEqual(defaultRetention);
  });

  it('may be changed by staff only', () => {
    expect(errorOf(() => core.call('settings.update', { retention: defaultRetention }, testTechnician)).code).toBe('forbidden');
  });
});

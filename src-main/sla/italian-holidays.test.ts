import { describe, expect, it } from 'vitest';
import { easterSunday, italianHolidays } from './italian-holidays';

describe('easterSunday', () => {
  it.each([
    [1818, 3, 22], // earliest possible
    [1943, 4, 25], // latest possible
    [2000, 4, 23],
    [2008, 3, 23],
    [2019, 4, 21],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2027, 3, 28],
    [2038, 4, 25],
    [2285, 3, 22],
  ])('%i: %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ year, month, day });
  });

  it('refuses years outside the Gregorian calendar', () => {
    expect(() => easterSunday(1500)).toThrow(RangeError);
    expect(() => easterSunday(2025.5)).toThrow(RangeError);
  });
});

describe('italianHolidays', () => {
  it('lists the eleven fixed holidays plus Easter Sunday and Monday before 2026', () => {
    expect(italianHolidays(2025)).toEqual([
      '2025-01-01', '2025-01-06', '2025-04-20', '2025-04-21', '2025-04-25', '2025-05-01',
      '2025-06-02', '2025-08-15', '2025-11-01', '2025-12-08', '2025-12-25', '2025-12-26',
    ]);
  });

  it('adds 4 October (San Francesco) from 2026', () => {
    expect(italianHolidays(2026)).toEqual([
      '2026-01-01', '2026-01-06', '2026-04-05', '2026-04-06', '2026-04-25', '2026-05-01',
      '2026-06-02', '2026-08-15', '2026-10-04', '2026-11-01', '2026-12-08', '2026-12-25', '2026-12-26',
    ]);
    expect(italianHolidays(2030)).toContain('2030-10-04');
    expect(italianHolidays(2025)).not.toContain('2025-10-04');
  });

  it('puts Easter Monday in April when Easter is 31 March', () => {
    expect(italianHolidays(2024)).toContain('2024-04-01');
    expect(italianHolidays(2024)).toContain('2024-03-31');
  });
});

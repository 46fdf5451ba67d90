import { civilFromDayNumber, dayNumberFromCivil, formatIsoDate, type CivilDate } from './civil-date';

// Law approved by Parliament on 1 October 2025 restores 4 October (San Francesco d'Assisi, patron of
// Italy) as a national public holiday, first applying in 2026.
const SAINT_FRANCIS_FIRST_YEAR = 2026;

/** Easter Sunday by the Anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): CivilDate {
  assertGregorianYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const monthAndDay = h + l - 7 * m + 114;
  return { year, month: Math.floor(monthAndDay / 31), day: (monthAndDay % 31) + 1 };
}

/**
 * Italian national public holidays of a year as sorted "YYYY-MM-DD" strings. Today's list is applied to
 * every year (no attempt to model holidays abolished or moved before 1977); 4 October from 2026 on.
 * Easter Sunday is always a Sunday but is listed so calendars that open on Sundays still close.
 */
export function italianHolidays(year: number): string[] {
  return italianHolidayDates(year).map(formatIsoDate);
}

const dayNumbersByYear = new Map<number, ReadonlySet<number>>();

/** Same holidays as day numbers; cached because business-time walks ask for every day. */
export function italianHolidayDayNumbers(year: number): ReadonlySet<number> {
  let days = dayNumbersByYear.get(year);
  if (!days) {
    days = new Set(italianHolidayDates(year).map((date) => dayNumberFromCivil(date.year, date.month, date.day)));
    dayNumbersByYear.set(year, days);
  }
  return days;
}

function italianHolidayDates(year: number): CivilDate[] {
  const easter = easterSunday(year);
  const easterDay = dayNumberFromCivil(easter.year, easter.month, easter.day);
  const fixed: [number, number][] = [
    [1, 1], // Capodanno
    [1, 6], // Epifania
    [4, 25], // Festa della Liberazione
    [5, 1], // Festa del Lavoro
    [6, 2], // Festa della Repubblica
    [8, 15], // Ferragosto
    [11, 1], // Ognissanti
    [12, 8], // Immacolata Concezione
    [12, 25], // Natale
    [12, 26], // Santo Stefano
  ];
  if (year >= SAINT_FRANCIS_FIRST_YEAR) fixed.push([10, 4]);
  const dates: CivilDate[] = fixed.map(([month, day]) => ({ year, month, day }));
  // Via day numbers: Easter on 31 March puts Easter Monday on 1 April.
  dates.push(easter, civilFromDayNumber(easterDay + 1));
  return dates.sort((x, y) => x.month - y.month || x.day - y.day);
}

function assertGregorianYear(year: number): void {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`year must be an integer between 1583 and 9999 (Gregorian calendar), got ${year}`);
  }
}

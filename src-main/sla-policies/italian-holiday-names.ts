import { easterSunday, italianHolidays } from '../sla';
import { formatIsoDate } from '../sla/civil-date';
import type { italianHolidayNames } from './schemas';

type HolidayName = (typeof italianHolidayNames)[number];

const fixedDays: Record<string, HolidayName> = {
  '01-01': 'newYear',
  '01-06': 'epiphany',
  '04-25': 'liberation',
  '05-01': 'labour',
  '06-02': 'republic',
  '08-15': 'assumption',
  '10-04': 'saintFrancis',
  '11-01': 'allSaints',
  '12-08': 'immaculate',
  '12-25': 'christmas',
  '12-26': 'saintStephen',
};

/** The sla module's list of the year, each day named so the console can say which holiday it is. */
export function namedItalianHolidays(year: number): { date: string; name: HolidayName }[] {
  const easter = easterSunday(year);
  const easterDate = formatIsoDate(easter);
  const named = new Set<HolidayName>();
  // Easter or its Monday can fall on 25 April (2011, 2038): the day is listed twice, once for each.
  // Any day left once Easter and the fixed holidays have their names is Easter Monday.
  return italianHolidays(year).map((date) => {
    const fixed = fixedDays[date.slice(5)];
    const name: HolidayName = date === easterDate && !named.has('easter') ? 'easter' : fixed && !named.has(fixed) ? fixed : 'easterMonday';
    named.add(name);
    return { date, name };
  });
}

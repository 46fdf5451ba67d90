import type { BusinessCalendar } from './calendar';

/** An Italian office for the SLA tests: weekdays 09:00–13:00 and 14:00–18:00 in Rome, closed on public holidays. */
export const romeOffice: BusinessCalendar = {
  timezone: 'Europe/Rome',
  hours: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '09:00', end: '13:00' },
    { weekday, start: '14:00', end: '18:00' },
  ]),
  holidays: { italian: true, dates: [] },
};

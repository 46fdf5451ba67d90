import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The time zone of this console's clock, which is where its user stands. */
export const consoleZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Locale-aware formatting. The Intl objects are built once per language and the returned object
 * is stable until the language changes, so memoised table columns can depend on it.
 */
export function useFormat() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(lng);
    const dates = new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTimes = new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short' });
    const localDates = new Intl.DateTimeFormat(lng, { dateStyle: 'medium' });
    return {
      number: (value: number) => numbers.format(value),
      /** A civil date (YYYY-MM-DD): formatted in UTC so it never shifts by a day. */
      date: (isoDate: string) => dates.format(new Date(`${isoDate}T00:00:00Z`)),
      dateTime: (iso: string) => dateTimes.format(new Date(iso)),
      /** The day an instant falls on, on the console's clock. */
      localDate: (iso: string) => localDates.format(new Date(iso)),
    };
  }, [lng]);
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { Button } from '../../ui/Button';
import { ChipsField } from '../../ui/ChipsField';
import { errorMessage } from '../../ui/errorMessage';
import type { Binding } from '../../ui/form/useForm';
import { Toggle } from '../../ui/Toggle';

/** The Italian public holidays of a year, as the core counts them, named: a toggle says what it implies. */
function ItalianHolidayList({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const dayMonth = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
  const holidays = useQuery('slaPolicies.italianHolidays', { year });
  if (holidays.status === 'error') return <p className="field__error">{errorMessage(t, holidays.error)}</p>;
  if (!holidays.data) return <p className="muted">{t('common.loading')}</p>;
  return (
    <ul className="sla-holidays" aria-label={t('slaPolicies.form.italianList', { year })} data-testid="italian-holidays">
      {holidays.data.items.map((holiday) => (
        <li key={`${holiday.date} ${holiday.name}`}>
          <span className="sla-holidays__date">{dayMonth.format(new Date(`${holiday.date}T00:00:00Z`))}</span> {t(`slaPolicies.italian.${holiday.name}`)}
        </li>
      ))}
    </ul>
  );
}

export function HolidayFields({ italian, dates }: { italian: Binding<boolean>; dates: Binding<string[]> }) {
  const { t } = useTranslation();
  // In December the coming year's holidays are the ones that matter: the user can step to them.
  const [year, setYear] = useState(() => new Date().getFullYear());
  return (
    <>
      <div className="field field--wide">
        <Toggle label={t('slaPolicies.form.italian')} checked={italian.value} onChange={italian.onChange} />
        {italian.value ? (
          <>
            <div className="sla-holidays__year">
              <span className="field__hint">{t('slaPolicies.form.italianHint', { year })}</span>
              <Button variant="ghost" aria-label={t('slaPolicies.form.previousYear')} title={t('slaPolicies.form.previousYear')} onClick={() => setYear(year - 1)}>
                ←
              </Button>
              <Button variant="ghost" aria-label={t('slaPolicies.form.nextYear')} title={t('slaPolicies.form.nextYear')} onClick={() => setYear(year + 1)}>
                →
              </Button>
            </div>
            <ItalianHolidayList year={year} />
          </>
        ) : null}
      </div>
      <ChipsField label={t('slaPolicies.form.dates')} binding={dates} hint={t('slaPolicies.form.datesHint')} placeholder="2026-12-07" mono />
    </>
  );
}

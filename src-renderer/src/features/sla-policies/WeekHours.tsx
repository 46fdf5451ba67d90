import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import type { Binding } from '../../ui/form/useForm';
import { Icon } from '../../ui/Icon';
import { translateMessage } from '../../i18n/validation';
import { type HoursRange, isoWeekdays, weekdayName } from './policyText';

const workingDays = [2, 3, 4, 5];

/** A new range starts where the day's last one ends: after a morning comes the afternoon. */
function nextRange(day: HoursRange[], weekday: number): HoursRange {
  const last = day[day.length - 1];
  if (!last) return { weekday, start: '09:00', end: '18:00' };
  return last.end < '14:00' ? { weekday, start: '14:00', end: '18:00' } : { weekday, start: last.end, end: '24:00' };
}

interface TimeInputProps {
  label: string;
  value: string;
  placeholder: string;
  invalid: true | undefined;
  describedBy: string | undefined;
  onChange(value: string): void;
  onBlur(): void;
}

/** "HH:MM" typed, not picked: "24:00" is a valid end that the browser's time input cannot hold. */
function TimeInput({ label, value, placeholder, invalid, describedBy, onChange, onBlur }: TimeInputProps) {
  return (
    <input
      className="input mono sla-week__time"
      aria-label={label}
      aria-invalid={invalid}
      aria-describedby={describedBy}
      value={value}
      placeholder={placeholder}
      maxLength={5}
      spellCheck={false}
      autoComplete="off"
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
    />
  );
}

/**
 * The week as rows of ranges, each ISO weekday with none (closed) or several (a lunch break is two).
 * Ranges keep their place in the list sent to the core, so an error naming `hours.3.end` marks range 3.
 */
export function WeekHours({ binding }: { binding: Binding<HoursRange[]> }) {
  const { t, i18n } = useTranslation();
  const hours = binding.value;
  const indexed = hours.map((range, index) => ({ range, index }));
  const change = (index: number, patch: Partial<HoursRange>) => binding.onChange(hours.map((range, i) => (i === index ? { ...range, ...patch } : range)));
  const monday = hours.filter((range) => range.weekday === 1);
  const copyMonday = () =>
    binding.onChange([...hours.filter((range) => !workingDays.includes(range.weekday)), ...workingDays.flatMap((weekday) => monday.map((range) => ({ ...range, weekday })))]);
  // The calendar names one range at a time ("hours.3.end"): its message goes on that range's day, not under the week.
  const badRange = binding.error && binding.invalidItems.size > 0 ? Math.min(...binding.invalidItems) : null;
  const badDay = isoWeekdays.find((weekday) => badRange !== null && hours[badRange]?.weekday === weekday);
  const rangeErrorId = `${binding.id}-range-error`;

  return (
    <Field label={t('slaPolicies.form.hours')} htmlFor={`${binding.id}-1-add`} error={badDay === undefined ? binding.error : undefined} hint={t('slaPolicies.form.hoursHint')} wide>
      <div className="sla-week" role="group" aria-label={t('slaPolicies.form.hours')}>
        {isoWeekdays.map((weekday) => {
          const day = indexed.filter(({ range }) => range.weekday === weekday);
          const dayName = weekdayName(i18n.language, weekday, 'long');
          return (
            <div key={weekday} className="sla-week__day">
              <span className="sla-week__name">{weekdayName(i18n.language, weekday)}</span>
              <div className="sla-week__ranges">
                {day.length === 0 ? <span className="sla-week__closed">{t('slaPolicies.form.closed')}</span> : null}
                {day.map(({ range, index }, n) => {
                  const invalid = binding.invalidItems.has(index) || undefined;
                  const describedBy = index === badRange ? rangeErrorId : undefined;
                  const label = (part: 'rangeStart' | 'rangeEnd') => t(`slaPolicies.form.${part}`, { day: dayName, n: n + 1 });
                  return (
                    <span key={index} className="sla-week__range">
                      <TimeInput label={label('rangeStart')} value={range.start} placeholder="09:00" invalid={invalid} describedBy={describedBy} onChange={(start) => change(index, { start })} onBlur={binding.onBlur} />
                      <span aria-hidden="true">–</span>
                      <TimeInput label={label('rangeEnd')} value={range.end} placeholder="18:00" invalid={invalid} describedBy={describedBy} onChange={(end) => change(index, { end })} onBlur={binding.onBlur} />
                      <button
                        type="button"
                        className="chip__remove sla-week__remove"
                        aria-label={t('slaPolicies.form.removeRange', { day: dayName, n: n + 1 })}
                        onClick={() => binding.onChange(hours.filter((_, i) => i !== index))}
                      >
                        <Icon name="close" size={10} />
                      </button>
                    </span>
                  );
                })}
                <Button
                  variant="ghost"
                  icon="plus"
                  id={`${binding.id}-${weekday}-add`}
                  aria-label={t('slaPolicies.form.addRange', { day: dayName })}
                  onClick={() => binding.onChange([...hours, nextRange(day.map(({ range }) => range), weekday)])}
                >
                  {day.length === 0 ? t('slaPolicies.form.open') : null}
                </Button>
                {weekday === badDay ? (
                  <div className="field__error sla-week__error" id={rangeErrorId}>
                    {translateMessage(t, binding.error!)}
                  </div>
                ) : null}
              </div>
            </div>
          );
        })}
      </div>
      <div className="sla-week__actions">
        <Button variant="secondary" disabled={monday.length === 0} onClick={copyMonday}>
          {t('slaPolicies.form.copyMonday')}
        </Button>
      </div>
    </Field>
  );
}

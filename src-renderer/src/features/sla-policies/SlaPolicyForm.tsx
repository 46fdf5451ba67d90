import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Policy, policyCreateInput, type Priority, priorities } from '../../../../src-main/sla-policies/schemas';
import { mutate } from '../../api/mutate';
import { SelectField, TextField } from '../../ui/Field';
import { FormDrawer, FormSection } from '../../ui/FormDrawer';
import { type Binding, useForm } from '../../ui/form/useForm';
import { timezoneOptions } from '../clients/timezones';
import { DuePreview } from './DuePreview';
import { HolidayFields } from './Holidays';
import { formatDuration, type HoursRange, parseDuration } from './policyText';
import { WeekHours } from './WeekHours';

type TargetKey = `targets.${Priority}.${'responseMinutes' | 'resolveMinutes'}`;
/** Keys are the core's field paths, so an error it names lands on its field. */
type Values = { name: string; timezone: string; hours: HoursRange[]; 'holidays.italian': boolean; 'holidays.dates': string[] } & Record<TargetKey, string>;

const targetKey = (priority: Priority, kind: 'responseMinutes' | 'resolveMinutes'): TargetKey => `targets.${priority}.${kind}`;
const targetKeys = priorities.flatMap((priority) => [targetKey(priority, 'responseMinutes'), targetKey(priority, 'resolveMinutes')]);

function toFields(values: Values) {
  return {
    name: values.name,
    timezone: values.timezone,
    hours: values.hours,
    holidays: { italian: values['holidays.italian'], dates: values['holidays.dates'] },
    targets: Object.fromEntries(
      priorities.map((priority) => [
        priority,
        { responseMinutes: parseDuration(values[targetKey(priority, 'responseMinutes')]), resolveMinutes: parseDuration(values[targetKey(priority, 'resolveMinutes')]) },
      ]),
    ) as Policy['targets'],
  };
}

const initialValues = (policy: Pick<Policy, 'name' | 'timezone' | 'hours' | 'holidays' | 'targets'>): Values =>
  ({
    name: policy.name,
    timezone: policy.timezone,
    hours: policy.hours.map((range) => ({ ...range })),
    'holidays.italian': policy.holidays.italian,
    'holidays.dates': [...policy.holidays.dates],
    ...Object.fromEntries(
      priorities.flatMap((priority) => [
        [targetKey(priority, 'responseMinutes'), formatDuration(policy.targets[priority]!.responseMinutes)],
        [targetKey(priority, 'resolveMinutes'), formatDuration(policy.targets[priority]!.resolveMinutes)],
      ]),
    ),
  }) as Values;

const blank = {
  name: '',
  timezone: 'Europe/Rome',
  hours: [1, 2, 3, 4, 5].flatMap((weekday) => [
    { weekday, start: '09:00', end: '13:00' },
    { weekday, start: '14:00', end: '18:00' },
  ]),
  holidays: { italian: true, dates: [] },
  targets: { P1: { responseMinutes: 60, resolveMinutes: 240 }, P2: { responseMinutes: 240, resolveMinutes: 960 }, P3: { responseMinutes: 480, resolveMinutes: 2400 }, P4: { responseMinutes: 1440, resolveMinutes: 7200 } },
};

interface SlaPolicyFormProps {
  policy?: Policy;
  onClose(): void;
}

/** Create (no policy) or edit an SLA policy: its week, holidays and targets, with the due times they give. */
export function SlaPolicyForm({ policy, onClose }: SlaPolicyFormProps) {
  const { t } = useTranslation();
  // A target that is not h:mm is refused here, in the user's words, before the core sees a NaN.
  const validate = (values: Values) => {
    const unreadable = targetKeys.filter((key) => Number.isNaN(parseDuration(values[key])));
    if (unreadable.length === 0) return policyCreateInput.safeParse(toFields(values));
    return { success: false, error: new z.ZodError(unreadable.map((key) => ({ code: 'custom' as const, path: key.split('.'), message: t('slaPolicies.form.durationFormat'), input: values[key] }))) };
  };
  const form = useForm<Values>({
    initial: initialValues(policy ?? blank),
    validate,
    async submit(values) {
      await (policy ? mutate('slaPolicies.update', { id: policy.id, ...toFields(values) }) : mutate('slaPolicies.create', toFields(values)));
      onClose();
    },
  });
  // The preview needs the calendar and targets only: an empty name does not hide it.
  const { timezone, hours, holidays, targets } = toFields(form.values);

  return (
    <FormDrawer
      title={policy ? t('slaPolicies.form.editTitle', { name: policy.name }) : t('slaPolicies.form.newTitle')}
      formRef={form.formRef}
      onSubmit={(event) => void form.handleSubmit(event)}
      onClose={onClose}
      submitting={form.submitting}
      formError={form.formError}
      submitLabel={policy ? t('common.save') : t('common.create')}
    >
      <TextField label={t('slaPolicies.form.name')} binding={form.field('name')} placeholder={t('slaPolicies.form.namePlaceholder')} autoFocus />
      <SelectField label={t('slaPolicies.form.timezone')} binding={form.field('timezone')} options={timezoneOptions(form.values.timezone)} />

      <FormSection title={t('slaPolicies.form.sections.hours')} />
      <WeekHours binding={form.field('hours')} />

      <FormSection title={t('slaPolicies.form.sections.holidays')} />
      <HolidayFields italian={form.field('holidays.italian')} dates={form.field('holidays.dates')} />

      <FormSection title={t('slaPolicies.form.sections.targets')} />
      <p className="field--wide muted sla-targets-hint">{t('slaPolicies.form.targetsHint')}</p>
      {priorities.map((priority) => (
        <TargetPair key={priority} priority={priority} response={form.field(targetKey(priority, 'responseMinutes'))} resolve={form.field(targetKey(priority, 'resolveMinutes'))} />
      ))}
      <DuePreview fields={{ timezone, hours, holidays, targets }} />
    </FormDrawer>
  );
}

/** One priority's two targets side by side: response on the left, resolution on the right. */
function TargetPair({ priority, response, resolve }: { priority: Priority; response: Binding<string>; resolve: Binding<string> }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('slaPolicies.form.response', { priority })} binding={response} mono placeholder="1:00" />
      <TextField label={t('slaPolicies.form.resolve', { priority })} binding={resolve} mono placeholder="4:00" />
    </>
  );
}

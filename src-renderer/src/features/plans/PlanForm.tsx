import { useTranslation } from 'react-i18next';
import { type Plan, planCreateInput, planUpdateInput, priorities } from '../../../../src-main/tasks/schemas';
import { mutate } from '../../api/mutate';
import { useQuery } from '../../api/useQuery';
import { Field, controlProps, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { FormDrawer, FormSection } from '../../ui/FormDrawer';
import { useForm } from '../../ui/form/useForm';
import { AccountPicker } from '../accounts/AccountPicker';
import { timezoneOptions } from '../clients/timezones';
import { SiteDeviceFields } from '../tasks/SiteDeviceFields';
import { OccurrencePreview, useRulePreview } from './OccurrencePreview';
import { type Preset, presets, ruleOf, scheduleOf, type WeekdayCode, weekdayCodes } from './recurrence';
import './plans.css';

type Values = {
  name: string;
  clientId: string;
  siteId: string;
  deviceId: string;
  preset: Preset;
  days: WeekdayCode[];
  months: string;
  monthDay: string;
  rrule: string;
  start: string;
  timezone: string;
  leadDays: string;
  checklist: string;
  assigneeId: string;
  priority: Plan['priority'];
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const fields = (values: Values) => ({
  name: values.name,
  siteId: values.siteId || null,
  deviceId: values.deviceId || null,
  rrule: ruleOf(values),
  start: values.start,
  timezone: values.timezone,
  leadDays: values.leadDays.trim() === '' ? Number.NaN : Number(values.leadDays),
  checklist: lines(values.checklist),
  assigneeId: values.assigneeId.trim() || null,
  priority: values.priority,
});
const toCreate = (values: Values) => ({ ...fields(values), clientId: values.clientId });

/** Tomorrow at 09:00, local: a sensible first occurrence for a new plan. */
function defaultStart(): string {
  const at = new Date(Date.now() + 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T09:00`;
}

interface PlanFormProps {
  plan?: Plan;
  clientId?: string;
  onClose(): void;
  onSaved?(plan: Plan): void;
}

export function PlanForm({ plan, clientId = '', onClose, onSaved }: PlanFormProps) {
  const { t } = useTranslation();
  const validate = plan ? (values: Values) => planUpdateInput.safeParse({ id: plan.id, ...fields(values) }) : (values: Values) => planCreateInput.safeParse(toCreate(values));
  const start = plan ? plan.start : defaultStart();
  const form = useForm<Values>({
    initial: plan
      ? {
          ...scheduleOf(plan.rrule),
          days: [...scheduleOf(plan.rrule).days],
          name: plan.name,
          clientId: plan.clientId,
          siteId: plan.siteId ?? '',
          deviceId: plan.deviceId ?? '',
          start,
          timezone: plan.timezone,
          leadDays: String(plan.leadDays),
          checklist: plan.checklist.join('\n'),
          assigneeId: plan.assigneeId ?? '',
          priority: plan.priority,
        }
      : {
          name: '',
          clientId,
          siteId: '',
          deviceId: '',
          preset: 'weekdays',
          days: ['MO'],
          months: '3',
          monthDay: start.slice(8, 10).replace(/^0/, ''),
          rrule: '',
          start,
          timezone: 'Europe/Rome',
          leadDays: '7',
          checklist: '',
          assigneeId: '',
          priority: 'P3',
        },
    validate,
    async submit(values) {
      const saved = plan
        ? await mutate('plans.update', planUpdateInput.parse({ id: plan.id, ...fields(values) }))
        : await mutate('plans.create', planCreateInput.parse(toCreate(values)));
      onClose();
      onSaved?.(saved);
    },
  });

  const chosenClient = form.values.clientId;
  const clients = useQuery('clients.list', { archived: 'active' });
  const clientField = form.field('clientId');
  const siteField = form.field('siteId');
  const deviceField = form.field('deviceId');
  const timezoneField = form.field('timezone');
  const presetField = form.field('preset');
  const daysField = form.field('days');
  const startField = form.field('start');
  const rruleField = form.field('rrule');
  const assigneeField = form.field('assigneeId');
  const preset = form.values.preset;
  const preview = useRulePreview({ rrule: ruleOf(form.values), start: form.values.start, timezone: form.values.timezone });
  // What the core says of the unsaved schedule shows on the field at fault before saving.
  const previewError = (field: string) => (preview.problem?.field === field ? preview.problem.message : undefined);
  const chooseClient = (id: string) => {
    clientField.onChange(id);
    siteField.onChange('');
    deviceField.onChange('');
    // Times are local to the client unless the user says otherwise.
    const zone = clients.data?.items.find((c) => c.id === id)?.timezone;
    if (zone) timezoneField.onChange(zone);
  };

  return (
    <FormDrawer
      title={plan ? t('plans.form.editTitle') : t('plans.form.newTitle')}
      formRef={form.formRef}
      onSubmit={(event) => void form.handleSubmit(event)}
      onClose={onClose}
      submitting={form.submitting}
      formError={form.formError}
      submitLabel={plan ? t('common.save') : t('common.create')}
    >
      <FormSection title={t('plans.form.sections.what')} />
      <TextField label={t('plans.form.name')} binding={form.field('name')} wide autoFocus />
      <SelectField
        label={t('plans.form.client')}
        binding={{ ...clientField, onChange: chooseClient }}
        options={[{ value: '', label: t('tasks.form.chooseClient') }, ...(clients.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }))]}
        disabled={Boolean(plan)}
        wide
      />
      <SiteDeviceFields clientId={chosenClient} site={siteField} device={deviceField} noSiteLabel={t('plans.form.wholeClient')} />

      <FormSection title={t('plans.form.sections.when')} />
      <SelectField label={t('plans.form.repeats')} binding={presetField} options={presets.map((value) => ({ value, label: t(`plans.presets.${value}`) }))} wide />
      {preset === 'weekly' ? (
        <Field label={t('plans.form.days')} htmlFor={daysField.id} error={daysField.error} wide>
          <div className="weekday-picker" id={daysField.id} role="group" aria-label={t('plans.form.days')}>
            {weekdayCodes.map((code) => (
              <label key={code} className="weekday-picker__day">
                <input
                  type="checkbox"
                  checked={form.values.days.includes(code)}
                  onChange={(event) => daysField.onChange(event.target.checked ? [...form.values.days, code] : form.values.days.filter((d) => d !== code))}
                />
                <span>{t(`plans.weekdays.${code}`)}</span>
              </label>
            ))}
          </div>
        </Field>
      ) : null}
      {preset === 'everyMonths' ? (
        <>
          <TextField label={t('plans.form.everyMonths')} binding={form.field('months')} />
          <TextField label={t('plans.form.monthDay')} binding={form.field('monthDay')} />
        </>
      ) : null}
      {preset === 'custom' ? <TextField label={t('plans.form.rrule')} binding={{ ...rruleField, error: rruleField.error ?? previewError('rrule') }} mono wide placeholder="FREQ=MONTHLY;BYDAY=2TU" hint={t('plans.form.rruleHint')} /> : null}
      <Field label={t('plans.form.start')} htmlFor={startField.id} error={startField.error ?? previewError('start')} hint={t('plans.form.startHint')}>
        <input
          {...controlProps({ ...startField, error: startField.error ?? previewError('start') }, t('plans.form.startHint'))}
          className="input"
          type="datetime-local"
          value={startField.value}
          onChange={(event) => startField.onChange(event.target.value.slice(0, 16))}
        />
      </Field>
      <SelectField label={t('plans.form.timezone')} binding={timezoneField} options={timezoneOptions(form.values.timezone)} />
      <OccurrencePreview preview={preview} start={form.values.start} timezone={form.values.timezone} />

      <FormSection title={t('plans.form.sections.tasks')} />
      <TextField label={t('plans.form.leadDays')} binding={form.field('leadDays')} hint={t('plans.form.leadDaysHint')} />
      <SelectField label={t('tasks.form.priority')} binding={form.field('priority')} options={priorities.map((value) => ({ value, label: t(`tasks.priorities.${value}`) }))} />
      <AccountPicker
        label={t('tasks.form.assignee')}
        id={assigneeField.id}
        value={assigneeField.value || null}
        onChange={(id) => assigneeField.onChange(id ?? '')}
        error={assigneeField.error}
        allowNone
      />
      <TextAreaField label={t('plans.form.checklist')} binding={form.field('checklist')} placeholder={t('tasks.form.checklistHint')} rows={4} />
    </FormDrawer>
  );
}

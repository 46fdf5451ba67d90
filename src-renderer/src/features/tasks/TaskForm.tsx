import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Task, priorities, taskCreateInput, taskKinds } from '../../../../src-main/tasks/schemas';
import { mutate } from '../../api/mutate';
import { useQuery } from '../../api/useQuery';
import { useFormat } from '../../i18n/format';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { FormDrawer, FormSection } from '../../ui/FormDrawer';
import { useForm } from '../../ui/form/useForm';

type Values = {
  clientId: string;
  siteId: string;
  deviceId: string;
  kind: Task['kind'];
  priority: Task['priority'];
  title: string;
  description: string;
  assigneeId: string;
  scheduledDate: string;
  checklist: string;
};

const DEFAULT_POLICY_ID = 'sla_default';

/** A scheduled day starts at local midnight; "" means none. */
const dayToInstant = (day: string) => {
  if (!day) return undefined;
  const at = new Date(`${day}T00:00:00`);
  return Number.isNaN(at.getTime()) ? day : at.toISOString();
};

const toInput = ({ siteId, deviceId, assigneeId, scheduledDate, checklist, ...values }: Values) => ({
  ...values,
  siteId: siteId || undefined,
  deviceId: deviceId || undefined,
  assigneeId: assigneeId.trim() || undefined,
  scheduledAt: dayToInstant(scheduledDate),
  checklist: checklist
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
});
const validate = (values: Values) => taskCreateInput.safeParse(toInput(values));

interface TaskFormProps {
  clientId?: string;
  onClose(): void;
  onSaved?(task: { id: string }): void;
}

export function TaskForm({ clientId = '', onClose, onSaved }: TaskFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // The clocks would start now: the preview uses the moment the form opened.
  const [openedAt] = useState(() => new Date().toISOString());
  const form = useForm<Values>({
    initial: { clientId, siteId: '', deviceId: '', kind: 'incident', priority: 'P3', title: '', description: '', assigneeId: '', scheduledDate: '', checklist: '' },
    validate,
    async submit(values) {
      const saved = await mutate('tasks.create', taskCreateInput.parse(toInput(values)));
      onClose();
      onSaved?.(saved);
    },
  });
  const chosenClient = form.values.clientId;
  const clients = useQuery('clients.list', { archived: 'active' });
  const sites = useQuery('sites.list', chosenClient ? { clientId: chosenClient, archived: 'active' } : null);
  const devices = useQuery('devices.search', chosenClient ? { clientId: chosenClient, archived: 'active', limit: 500 } : null);
  const client = clients.data?.items.find((c) => c.id === chosenClient);
  const policyId = client?.slaPolicyId ?? DEFAULT_POLICY_ID;
  const preview = useQuery('slaPolicies.preview', { policyId, at: openedAt, priority: form.values.priority });
  const due = (at: string | null) => (at ? format.dateTime(at) : t('common.none'));
  const clientField = form.field('clientId');
  const siteField = form.field('siteId');

  return (
    <FormDrawer
      title={t('tasks.form.newTitle')}
      formRef={form.formRef}
      onSubmit={(event) => void form.handleSubmit(event)}
      onClose={onClose}
      submitting={form.submitting}
      formError={form.formError}
      submitLabel={t('common.create')}
    >
      <FormSection title={t('tasks.form.sections.what')} />
      <SelectField
        label={t('tasks.form.client')}
        binding={{ ...clientField, onChange: (value) => (clientField.onChange(value), siteField.onChange(''), form.field('deviceId').onChange('')) }}
        options={[{ value: '', label: t('tasks.form.chooseClient') }, ...(clients.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }))]}
        wide
        autoFocus={!clientId}
      />
      <TextField label={t('tasks.form.title')} binding={form.field('title')} wide autoFocus={Boolean(clientId)} />
      <SelectField label={t('tasks.form.kind')} binding={form.field('kind')} options={taskKinds.map((value) => ({ value, label: t(`tasks.kinds.${value}`) }))} />
      <SelectField label={t('tasks.form.priority')} binding={form.field('priority')} options={priorities.map((value) => ({ value, label: t(`tasks.priorities.${value}`) }))} />
      <div className="field field--wide sla-preview" aria-live="polite" data-testid="sla-preview">
        <span className="field__label">{t('tasks.form.slaPreview')}</span>
        {preview.data ? (
          <span>
            {t('tasks.responseDue')}: <strong>{due(preview.data.responseDueAt)}</strong> · {t('tasks.resolveDue')}:{' '}
            <strong>{due(preview.data.resolveDueAt)}</strong>
          </span>
        ) : (
          <span className="muted">{t('common.loading')}</span>
        )}
      </div>
      <TextAreaField label={t('tasks.form.description')} binding={form.field('description')} rows={3} />

      <FormSection title={t('tasks.form.sections.where')} />
      <SelectField
        label={t('tasks.form.site')}
        binding={siteField}
        options={[{ value: '', label: t('tasks.form.noSite') }, ...(sites.data?.items ?? []).map((site) => ({ value: site.id, label: site.name }))]}
        disabled={!chosenClient}
        optional
      />
      <SelectField
        label={t('tasks.form.device')}
        binding={form.field('deviceId')}
        options={[
          { value: '', label: t('tasks.form.noDevice') },
          ...(devices.data?.items ?? []).filter((d) => !form.values.siteId || d.siteId === form.values.siteId).map((d) => ({ value: d.id, label: d.name })),
        ]}
        disabled={!chosenClient}
        optional
      />

      <FormSection title={t('tasks.form.sections.who')} />
      <TextField label={t('tasks.form.assignee')} binding={form.field('assigneeId')} optional hint={t('tasks.form.assigneeHint')} />
      <TextField label={t('tasks.form.scheduled')} binding={form.field('scheduledDate')} type="date" optional />
      <TextAreaField label={t('tasks.form.checklist')} binding={form.field('checklist')} placeholder={t('tasks.form.checklistHint')} rows={4} />
    </FormDrawer>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Task, priorities, taskCreateInput, taskKinds, taskUpdateInput } from '../../../../src-main/tasks/schemas';
import { mutate } from '../../api/mutate';
import { useQuery } from '../../api/useQuery';
import { useFormat } from '../../i18n/format';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { FormDrawer, FormSection } from '../../ui/FormDrawer';
import { useForm } from '../../ui/form/useForm';
import { DEFAULT_POLICY_ID } from '../../../../src-main/sla-policies/schemas';
import { SiteDeviceFields } from './SiteDeviceFields';
import { AccountPicker } from '../accounts/AccountPicker';
import { sameInstant, scheduledInstant, scheduledParts } from './scheduled';

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
  scheduledTime: string;
  checklist: string;
};

const toCreateInput = ({ siteId, deviceId, assigneeId, scheduledDate, scheduledTime, checklist, ...values }: Values) => ({
  ...values,
  siteId: siteId || undefined,
  deviceId: deviceId || undefined,
  assigneeId: assigneeId.trim() || undefined,
  scheduledAt: scheduledInstant(scheduledDate, scheduledTime),
  checklist: checklist
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean),
});
const validateCreate = (values: Values) => taskCreateInput.safeParse(toCreateInput(values));

/** Only what changed, so the history records only real edits. */
function toUpdateInput(task: Task, values: Values) {
  const next = {
    title: values.title,
    kind: values.kind,
    priority: values.priority,
    description: values.description,
    siteId: values.siteId || null,
    deviceId: values.deviceId || null,
    scheduledAt: scheduledInstant(values.scheduledDate, values.scheduledTime) ?? null,
  };
  const changed = Object.entries(next).filter(([field, value]) => {
    const current = task[field as keyof typeof next];
    return field === 'scheduledAt' ? !sameInstant(value as string | null, current as string | null) : value !== current;
  });
  return { id: task.id, ...Object.fromEntries(changed) };
}

interface TaskFormProps {
  clientId?: string;
  /** Edits this task instead of opening a new one; its checklist and assignee are edited on its page. */
  task?: Task;
  onClose(): void;
  onSaved?(task: { id: string }): void;
}

export function TaskForm({ clientId = '', task, onClose, onSaved }: TaskFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // A new task's clocks would start now (the moment the form opened); an edited one's started when it was opened.
  const [openedAt] = useState(() => task?.openedAt ?? new Date().toISOString());
  const validate = task ? (values: Values) => taskUpdateInput.safeParse(toUpdateInput(task, values)) : validateCreate;
  const form = useForm<Values>({
    initial: task
      ? {
          clientId: task.clientId,
          siteId: task.siteId ?? '',
          deviceId: task.deviceId ?? '',
          kind: task.kind,
          priority: task.priority,
          title: task.title,
          description: task.description,
          assigneeId: task.assigneeId ?? '',
          ...scheduledParts(task.scheduledAt),
          checklist: '',
        }
      : { clientId, siteId: '', deviceId: '', kind: 'incident', priority: 'P3', title: '', description: '', assigneeId: '', scheduledDate: '', scheduledTime: '', checklist: '' },
    validate,
    async submit(values) {
      const saved = task ? await mutate('tasks.update', taskUpdateInput.parse(toUpdateInput(task, values))) : await mutate('tasks.create', taskCreateInput.parse(toCreateInput(values)));
      onClose();
      onSaved?.(saved);
    },
  });
  const chosenClient = form.values.clientId;
  const clients = useQuery('clients.list', { archived: 'active' });
  const client = clients.data?.items.find((c) => c.id === chosenClient);
  const policyId = client?.slaPolicyId ?? DEFAULT_POLICY_ID;
  const preview = useQuery('slaPolicies.preview', { policyId, at: openedAt, priority: form.values.priority });
  const due = (at: string | null) => (at ? format.dateTime(at) : t('common.none'));
  const clientField = form.field('clientId');
  const siteField = form.field('siteId');
  const assigneeField = form.field('assigneeId');

  return (
    <FormDrawer
      title={task ? t('tasks.form.editTitle') : t('tasks.form.newTitle')}
      formRef={form.formRef}
      onSubmit={(event) => void form.handleSubmit(event)}
      onClose={onClose}
      submitting={form.submitting}
      formError={form.formError}
      submitLabel={task ? t('common.save') : t('common.create')}
    >
      <FormSection title={t('tasks.form.sections.what')} />
      <SelectField
        label={t('tasks.form.client')}
        binding={{ ...clientField, onChange: (value) => (clientField.onChange(value), siteField.onChange(''), form.field('deviceId').onChange('')) }}
        options={[{ value: '', label: t('tasks.form.chooseClient') }, ...(clients.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }))]}
        wide
        disabled={Boolean(task)}
        autoFocus={!clientId && !task}
      />
      <TextField label={t('tasks.form.title')} binding={form.field('title')} wide autoFocus={Boolean(clientId || task)} />
      <SelectField label={t('tasks.form.kind')} binding={form.field('kind')} options={taskKinds.map((value) => ({ value, label: t(`tasks.kinds.${value}`) }))} />
      <SelectField label={t('tasks.form.priority')} binding={form.field('priority')} options={priorities.map((value) => ({ value, label: t(`tasks.priorities.${value}`) }))} />
      <div className="field field--wide sla-preview" aria-live="polite" data-testid="sla-preview">
        <span className="field__label">{task ? t('tasks.form.slaPreviewEdit') : t('tasks.form.slaPreview')}</span>
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
      <SiteDeviceFields clientId={chosenClient} site={siteField} device={form.field('deviceId')} noSiteLabel={t('tasks.form.noSite')} />

      <FormSection title={task ? t('tasks.form.sections.when') : t('tasks.form.sections.who')} />
      <TextField label={t('tasks.form.scheduled')} binding={form.field('scheduledDate')} type="date" optional />
      <TextField label={t('tasks.form.scheduledTime')} binding={form.field('scheduledTime')} type="time" optional hint={t('tasks.form.scheduledTimeHint')} disabled={!form.values.scheduledDate} />
      {task ? null : (
        <AccountPicker
          label={t('tasks.form.assignee')}
          id={assigneeField.id}
          value={assigneeField.value || null}
          onChange={(id) => assigneeField.onChange(id ?? '')}
          error={assigneeField.error}
          allowNone
        />
      )}
      {task ? null : <TextAreaField label={t('tasks.form.checklist')} binding={form.field('checklist')} placeholder={t('tasks.form.checklistHint')} rows={4} />}
    </FormDrawer>
  );
}

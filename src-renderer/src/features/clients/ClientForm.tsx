import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Client, clientFields } from '../../../../src-main/fleet/schemas';
import { DEFAULT_POLICY_ID } from '../../../../src-main/sla-policies/schemas';
import { mutate } from '../../api/mutate';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { FormDrawer } from '../../ui/FormDrawer';
import { useForm } from '../../ui/form/useForm';
import { usePolicyOptions } from '../sla-policies/ClientPolicy';
import { timezoneOptions } from './timezones';

const schema = z.object(clientFields);
/** slaPolicyId '' is the default policy (null in the core). */
type Values = { code: string; name: string; timezone: string; notes: string; slaPolicyId: string };
const validate = (values: Values) => schema.safeParse(values);

/** Create (no client) or edit a client. */
export function ClientForm({ client, onClose, onSaved }: { client?: Client; onClose(): void; onSaved?(client: Client): void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initial: client
      ? { code: client.code, name: client.name, timezone: client.timezone, notes: client.notes, slaPolicyId: client.slaPolicyId === DEFAULT_POLICY_ID ? '' : (client.slaPolicyId ?? '') }
      : { code: '', name: '', timezone: 'Europe/Rome', notes: '', slaPolicyId: '' },
    validate,
    async submit({ slaPolicyId, ...values }) {
      const fields = { ...values, slaPolicyId: slaPolicyId || null };
      const saved = client ? await mutate('clients.update', { id: client.id, ...fields }) : await mutate('clients.create', fields);
      onClose();
      onSaved?.(saved);
    },
  });
  const code = form.field('code');
  const policyOptions = usePolicyOptions();

  return (
    <FormDrawer
      title={client ? t('clients.form.editTitle') : t('clients.form.newTitle')}
      formRef={form.formRef}
      onSubmit={(event) => void form.handleSubmit(event)}
      onClose={onClose}
      submitting={form.submitting}
      formError={form.formError}
      submitLabel={client ? t('common.save') : t('common.create')}
    >
      <TextField label={t('clients.form.code')} binding={{ ...code, onChange: (value) => code.onChange(value.toUpperCase()) }} hint={t('clients.form.codeHint')} mono autoFocus={!client} />
      <SelectField label={t('clients.form.timezone')} binding={form.field('timezone')} options={timezoneOptions(form.values.timezone)} />
      <TextField label={t('clients.form.name')} binding={form.field('name')} wide autoFocus={Boolean(client)} />
      <SelectField label={t('clients.form.slaPolicy')} binding={form.field('slaPolicyId')} options={policyOptions} hint={t('clients.form.slaPolicyHint')} wide />
      <TextAreaField label={t('clients.form.notes')} binding={form.field('notes')} />
    </FormDrawer>
  );
}

import { useTranslation } from 'react-i18next';
import { type Contact, contactCreateInput } from '../../../../src-main/fleet/schemas';
import { mutate } from '../../api/mutate';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { FormDrawer } from '../../ui/FormDrawer';
import { useForm } from '../../ui/form/useForm';

type Values = { clientId: string; name: string; role: string; email: string; phone: string; siteId: string; notes: string };
/** The form holds "" for "no site"; the API wants null. */
const toInput = ({ siteId, ...values }: Values) => ({ ...values, siteId: siteId || null });
const validate = (values: Values) => contactCreateInput.safeParse(toInput(values));

interface ContactFormProps {
  clientId: string;
  contact?: Contact;
  sites: readonly { id: string; name: string }[];
  onClose(): void;
}

export function ContactForm({ clientId, contact, sites, onClose }: ContactFormProps) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initial: {
      clientId,
      name: contact?.name ?? '',
      role: contact?.role ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      siteId: contact?.siteId ?? '',
      notes: contact?.notes ?? '',
    },
    validate,
    async submit(values) {
      const { clientId: owner, ...fields } = toInput(values);
      if (contact) await mutate('contacts.update', { id: contact.id, ...fields });
      else await mutate('contacts.create', { clientId: owner, ...fields });
      onClose();
    },
  });

  return (
    <FormDrawer
      title={contact ? t('contacts.form.editTitle') : t('contacts.form.newTitle')}
      formRef={form.formRef}
      onSubmit={(event) => void form.handleSubmit(event)}
      onClose={onClose}
      submitting={form.submitting}
      formError={form.formError}
      submitLabel={contact ? t('common.save') : t('common.create')}
    >
      <TextField label={t('contacts.form.name')} binding={form.field('name')} autoFocus />
      <TextField label={t('contacts.form.role')} binding={form.field('role')} optional />
      <TextField label={t('contacts.form.email')} binding={form.field('email')} type="email" optional />
      <TextField label={t('contacts.form.phone')} binding={form.field('phone')} type="tel" optional />
      <SelectField
        label={t('contacts.form.site')}
        binding={form.field('siteId')}
        options={[{ value: '', label: t('contacts.form.anySite') }, ...sites.map((site) => ({ value: site.id, label: site.name }))]}
        wide
      />
      <TextAreaField label={t('contacts.form.notes')} binding={form.field('notes')} />
    </FormDrawer>
  );
}

import { useTranslation } from 'react-i18next';
import { type Site, siteCreateInput } from '../../../../src-main/fleet/schemas';
import { mutate } from '../../api/mutate';
import { ChipsField } from '../../ui/ChipsField';
import { TextAreaField, TextField } from '../../ui/Field';
import { FormDrawer } from '../../ui/FormDrawer';
import { useForm } from '../../ui/form/useForm';

type Values = { clientId: string; name: string; address: string; networks: string[]; notes: string };
const validate = (values: Values) => siteCreateInput.safeParse(values);

export function SiteForm({ clientId, site, onClose }: { clientId: string; site?: Site; onClose(): void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initial: { clientId, name: site?.name ?? '', address: site?.address ?? '', networks: site?.networks ?? [], notes: site?.notes ?? '' },
    validate,
    async submit({ clientId: owner, ...fields }) {
      if (site) await mutate('sites.update', { id: site.id, ...fields });
      else await mutate('sites.create', { clientId: owner, ...fields });
      onClose();
    },
  });

  return (
    <FormDrawer
      title={site ? t('sites.form.editTitle') : t('sites.form.newTitle')}
      formRef={form.formRef}
      onSubmit={(event) => void form.handleSubmit(event)}
      onClose={onClose}
      submitting={form.submitting}
      formError={form.formError}
      submitLabel={site ? t('common.save') : t('common.create')}
    >
      <TextField label={t('sites.form.name')} binding={form.field('name')} wide autoFocus />
      <TextField label={t('sites.form.address')} binding={form.field('address')} optional wide />
      <ChipsField label={t('sites.form.networks')} binding={form.field('networks')} hint={t('sites.form.networksHint')} placeholder="192.168.10.0/24" mono />
      <TextAreaField label={t('sites.form.notes')} binding={form.field('notes')} />
    </FormDrawer>
  );
}

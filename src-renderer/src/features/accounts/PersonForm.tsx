import { useTranslation } from 'react-i18next';
import { type Account, accountCreateInput, accountUpdateInput } from '../../../../src-main/accounts/schemas';
import { type Role, roles } from '../../../../src-main/core/method';
import { mutate } from '../../api/mutate';
import { SelectField, TextField } from '../../ui/Field';
import { FormDrawer } from '../../ui/FormDrawer';
import { useForm } from '../../ui/form/useForm';

type Values = { login: string; name: string; role: Role; password: string };

const validateCreate = (values: Values) => accountCreateInput.safeParse(values);
const validateEdit = ({ name, role }: Values) => accountUpdateInput.safeParse({ id: 'any', name, role });

/** Adds a person (login, name, role, initial password), or changes a person's name and role. */
export function PersonForm({ account, onClose }: { account?: Account; onClose(): void }) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initial: { login: account?.login ?? '', name: account?.name ?? '', role: account?.role ?? 'technician', password: '' },
    validate: account ? validateEdit : validateCreate,
    async submit(values) {
      if (account) await mutate('accounts.update', { id: account.id, name: values.name, role: values.role });
      else await mutate('accounts.create', values);
      onClose();
    },
  });
  const roleOptions = roles.map((role) => ({ value: role, label: t(`shell.roles.${role}`) }));

  return (
    <FormDrawer
      title={account ? t('accounts.form.editTitle', { name: account.name }) : t('accounts.form.newTitle')}
      formRef={form.formRef}
      onSubmit={(event) => void form.handleSubmit(event)}
      onClose={onClose}
      submitting={form.submitting}
      formError={form.formError}
      submitLabel={account ? t('common.save') : t('common.create')}
    >
      <TextField label={t('accounts.form.name')} binding={form.field('name')} wide autoFocus />
      {account ? null : <TextField label={t('accounts.form.login')} binding={form.field('login')} hint={t('accounts.form.loginHint')} mono />}
      <SelectField label={t('accounts.form.role')} binding={form.field('role')} options={roleOptions} />
      {account ? null : <TextField label={t('accounts.form.password')} hint={t('accounts.form.passwordHint')} binding={form.field('password')} type="password" wide />}
    </FormDrawer>
  );
}

import { useTranslation } from 'react-i18next';
import { type DeviceListItem, criticalities, deviceCreateInput, deviceKinds } from '../../../../src-main/fleet/schemas';
import { mutate } from '../../api/mutate';
import { useQuery } from '../../api/useQuery';
import { ChipsField } from '../../ui/ChipsField';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { FormDrawer, FormSection } from '../../ui/FormDrawer';
import { useForm } from '../../ui/form/useForm';

type Values = {
  clientId: string;
  name: string;
  kind: DeviceListItem['kind'];
  hostname: string;
  ip: string;
  mac: string;
  os: string;
  vendor: string;
  model: string;
  serial: string;
  warrantyEnd: string;
  criticality: DeviceListItem['criticality'];
  tags: string[];
  siteId: string;
  notes: string;
};

/** The form holds "" for "none"; the API wants null for a missing date or site. */
const toInput = ({ warrantyEnd, siteId, ...values }: Values) => ({ ...values, warrantyEnd: warrantyEnd || null, siteId: siteId || null });
const validate = (values: Values) => deviceCreateInput.safeParse(toInput(values));

function initialValues(device: DeviceListItem | undefined, clientId: string): Values {
  return {
    clientId: device?.clientId ?? clientId,
    name: device?.name ?? '',
    kind: device?.kind ?? 'server',
    hostname: device?.hostname ?? '',
    ip: device?.ip ?? '',
    mac: device?.mac ?? '',
    os: device?.os ?? '',
    vendor: device?.vendor ?? '',
    model: device?.model ?? '',
    serial: device?.serial ?? '',
    warrantyEnd: device?.warrantyEnd ?? '',
    criticality: device?.criticality ?? 'medium',
    tags: device?.tags ?? [],
    siteId: device?.siteId ?? '',
    notes: device?.notes ?? '',
  };
}

interface DeviceFormProps {
  device?: DeviceListItem;
  /** Preselected (and, inside a client, the only) client for a new device. */
  clientId?: string;
  onClose(): void;
  onSaved?(device: { id: string }): void;
}

export function DeviceForm({ device, clientId = '', onClose, onSaved }: DeviceFormProps) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    initial: initialValues(device, clientId),
    validate,
    async submit(values) {
      const { clientId: owner, ...fields } = toInput(values);
      const saved = device ? await mutate('devices.update', { id: device.id, ...fields }) : await mutate('devices.create', { clientId: owner, ...fields });
      onClose();
      onSaved?.(saved);
    },
  });
  const chosenClient = form.values.clientId;
  const clients = useQuery('clients.list', device || clientId ? null : { archived: 'active' });
  const sites = useQuery('sites.list', chosenClient ? { clientId: chosenClient, archived: 'active' } : null);
  const client = form.field('clientId');

  return (
    <FormDrawer
      title={device ? t('devices.form.editTitle') : t('devices.form.newTitle')}
      formRef={form.formRef}
      onSubmit={(event) => void form.handleSubmit(event)}
      onClose={onClose}
      submitting={form.submitting}
      formError={form.formError}
      submitLabel={device ? t('common.save') : t('common.create')}
    >
      <FormSection title={t('devices.form.sections.identity')} />
      {device || clientId ? null : (
        <SelectField
          label={t('devices.form.client')}
          binding={{ ...client, onChange: (value) => (client.onChange(value), form.field('siteId').onChange('')) }}
          options={[{ value: '', label: t('devices.form.chooseClient') }, ...(clients.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }))]}
          wide
          autoFocus
        />
      )}
      <TextField label={t('devices.form.name')} binding={form.field('name')} wide autoFocus={Boolean(device || clientId)} />
      <SelectField label={t('devices.form.kind')} binding={form.field('kind')} options={deviceKinds.map((kind) => ({ value: kind, label: t(`devices.kinds.${kind}`) }))} />
      <SelectField
        label={t('devices.form.criticality')}
        binding={form.field('criticality')}
        options={criticalities.map((value) => ({ value, label: t(`devices.criticality.${value}`) }))}
      />

      <FormSection title={t('devices.form.sections.network')} />
      <TextField label={t('devices.form.hostname')} binding={form.field('hostname')} mono optional wide placeholder="srv-dc01.acme.local" />
      <TextField label={t('devices.form.ip')} binding={form.field('ip')} mono optional placeholder="192.168.10.10" />
      <TextField label={t('devices.form.mac')} binding={form.field('mac')} mono optional placeholder="00:1A:2B:3C:4D:5E" />

      <FormSection title={t('devices.form.sections.hardware')} />
      <TextField label={t('devices.form.os')} binding={form.field('os')} optional wide />
      <TextField label={t('devices.form.vendor')} binding={form.field('vendor')} optional />
      <TextField label={t('devices.form.model')} binding={form.field('model')} optional />
      <TextField label={t('devices.form.serial')} binding={form.field('serial')} mono optional />
      <TextField label={t('devices.form.warrantyEnd')} binding={form.field('warrantyEnd')} type="date" optional />

      <FormSection title={t('devices.form.sections.placement')} />
      <SelectField
        label={t('devices.form.site')}
        binding={form.field('siteId')}
        options={[{ value: '', label: t('devices.form.noSite') }, ...(sites.data?.items ?? []).map((site) => ({ value: site.id, label: site.name }))]}
        disabled={!chosenClient}
        wide
      />
      <ChipsField label={t('devices.form.tags')} binding={form.field('tags')} hint={t('devices.form.tagsHint')} normalize={(tag) => tag.toLowerCase()} />
      <TextAreaField label={t('devices.form.notes')} binding={form.field('notes')} />
    </FormDrawer>
  );
}

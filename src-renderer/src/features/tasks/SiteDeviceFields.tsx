import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/useQuery';
import { SelectField } from '../../ui/Field';
import type { Binding } from '../../ui/form/useForm';

interface SiteDeviceFieldsProps {
  clientId: string;
  site: Binding<string>;
  device: Binding<string>;
  /** What "no site" means here: none (a task) or the whole client (a plan). */
  noSiteLabel: string;
}

/** Where a task or a plan applies within its client: a site, and a device (of that site, once one is chosen). */
export function SiteDeviceFields({ clientId, site, device, noSiteLabel }: SiteDeviceFieldsProps) {
  const { t } = useTranslation();
  const sites = useQuery('sites.list', clientId ? { clientId, archived: 'active' } : null);
  const devices = useQuery('devices.search', clientId ? { clientId, archived: 'active', limit: 500 } : null);
  return (
    <>
      <SelectField
        label={t('tasks.form.site')}
        binding={{ ...site, onChange: (value) => (site.onChange(value), device.onChange('')) }}
        options={[{ value: '', label: noSiteLabel }, ...(sites.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))]}
        disabled={!clientId}
        optional
      />
      <SelectField
        label={t('tasks.form.device')}
        binding={device}
        options={[
          { value: '', label: t('tasks.form.noDevice') },
          ...(devices.data?.items ?? []).filter((d) => !site.value || d.siteId === site.value).map((d) => ({ value: d.id, label: d.name })),
        ]}
        disabled={!clientId}
        optional
      />
    </>
  );
}

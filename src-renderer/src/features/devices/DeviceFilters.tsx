import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { deviceKinds } from '../../../../src-main/fleet/schemas';
import type { Params } from '../../app/router';
import { useQuery } from '../../api/useQuery';
import { Button } from '../../ui/Button';
import { FilterSelect } from '../../ui/FilterSelect';
import { Toggle } from '../../ui/Toggle';
import { warrantyFilters } from './deviceQuery';

interface DeviceFiltersProps {
  params: Params;
  /** Inside a client page the client is fixed and its filter hidden. */
  scopeClientId?: string;
  onChange(patch: Record<string, string | undefined>): void;
  filtered: boolean;
  onClear(): void;
}

/**
 * The selects of the filter bar. Memoised: the client list alone can hold hundreds of options,
 * and neither a keystroke in the text filter nor a page of rows arriving should re-render them.
 */
export const DeviceFilters = memo(function DeviceFilters({ params, scopeClientId, onChange, filtered, onClear }: DeviceFiltersProps) {
  const { t } = useTranslation();
  const clientId = scopeClientId ?? params.client ?? '';
  const clients = useQuery('clients.list', scopeClientId ? null : { archived: 'active' });
  const sites = useQuery('sites.list', clientId ? { clientId, archived: 'active' } : null);
  const facets = useQuery('devices.facets', clientId ? { clientId } : {});
  const withCount = (facet: { value: string; count: number }) => ({ value: facet.value, label: `${facet.value} (${facet.count})` });

  return (
    <>
      {scopeClientId ? null : (
        <FilterSelect
          label={t('devices.filters.client')}
          anyLabel={t('devices.filters.anyClient')}
          value={params.client ?? ''}
          options={(clients.data?.items ?? []).map((client) => ({ value: client.id, label: client.name }))}
          onChange={(client) => onChange({ client, site: undefined })}
          wide
        />
      )}
      <FilterSelect
        label={t('devices.filters.site')}
        anyLabel={t('devices.filters.anySite')}
        value={clientId ? (params.site ?? '') : ''}
        options={(sites.data?.items ?? []).map((site) => ({ value: site.id, label: site.name }))}
        onChange={(site) => onChange({ site })}
        disabled={!clientId}
      />
      <FilterSelect
        label={t('devices.filters.kind')}
        anyLabel={t('devices.filters.anyKind')}
        value={params.kind ?? ''}
        options={deviceKinds.map((kind) => ({ value: kind, label: t(`devices.kinds.${kind}`) }))}
        onChange={(kind) => onChange({ kind })}
      />
      <FilterSelect label={t('devices.filters.os')} anyLabel={t('devices.filters.anyOs')} value={params.os ?? ''} options={(facets.data?.os ?? []).map(withCount)} onChange={(os) => onChange({ os })} />
      <FilterSelect label={t('devices.filters.tag')} anyLabel={t('devices.filters.anyTag')} value={params.tag ?? ''} options={(facets.data?.tags ?? []).map(withCount)} onChange={(tag) => onChange({ tag })} />
      <FilterSelect
        label={t('devices.filters.warranty')}
        anyLabel={t('devices.filters.anyWarranty')}
        value={params.warranty ?? ''}
        options={warrantyFilters.map((value) => ({ value, label: value === 'expired' ? t('devices.filters.expired') : t('devices.filters.within90') }))}
        onChange={(warranty) => onChange({ warranty })}
        wide
      />
      <Toggle label={t('common.showArchived')} checked={params.archived === '1'} onChange={(show) => onChange({ archived: show ? '1' : undefined })} />
      {filtered ? (
        // Icon only, so the bar stays one line; the empty state offers the same in words.
        <Button variant="ghost" icon="close" onClick={onClear} aria-label={t('common.clearFilters')} title={t('common.clearFilters')} />
      ) : null}
    </>
  );
});

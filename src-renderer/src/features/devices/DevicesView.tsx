import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary, DeviceListItem } from '../../../../src-main/fleet/schemas';
import { href, navigate, paramsOf, useRouter, withParams } from '../../app/router';
import { useKey } from '../../app/shortcuts';
import { useDataVersion } from '../../api/dataVersion';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { FilterInput } from '../../ui/FilterInput';
import { KeyHints } from '../../ui/KeyHints';
import { PageHeader } from '../../ui/PageHeader';
import { nextSort, parseSort } from '../../ui/table/columns';
import { useDebounced } from '../../ui/useDebounced';
import { DeviceCount } from './DeviceCount';
import { useDeviceColumns } from './deviceColumns';
import { DeviceFilters } from './DeviceFilters';
import { DeviceForm } from './DeviceForm';
import { pagerFor } from './devicePager';
import { defaultSort, deviceQueryFrom, filterParams } from './deviceQuery';
import { DeviceTable } from './DeviceTable';
import { NoDevices } from './NoDevices';
import { markFilterInput } from './perf';
import './devices.css';

const noFilters = Object.fromEntries(filterParams.map((name) => [name, undefined]));

/** The fleet's devices (#/devices), or one client's (its Devices tab). */
export function DevicesView({ client }: { client?: ClientSummary }) {
  const { t } = useTranslation();
  const params = useRouter((s) => s.params);
  const clientId = client?.id;
  const pager = useMemo(() => pagerFor(clientId ? `client:${clientId}` : 'fleet'), [clientId]);
  const query = useMemo(() => deviceQueryFrom(params, clientId), [params, clientId]);
  const columns = useDeviceColumns(Boolean(client));
  const sort = parseSort(params.sort, defaultSort);
  const [creating, setCreating] = useState(false);
  const editable = !client?.archivedAt;

  /**
   * Filters go in the address without a history entry each. The fetch starts here, before React
   * renders the new address, and the benchmark's clock (devices:filter-input) with it.
   */
  const applyFilters = useCallback(
    (patch: Record<string, string | undefined>) => {
      const target = withParams(patch);
      if (target === useRouter.getState().hash) return;
      markFilterInput();
      pager.load(deviceQueryFrom(paramsOf(target), clientId), useDataVersion.getState().version, [0]);
      navigate(target, { replace: true });
    },
    [pager, clientId],
  );

  // The text filter is typed here and reaches the address (and the core) once typing pauses.
  const urlText = params.q ?? '';
  const [text, setText] = useState(urlText);
  const settledText = useDebounced(text.trim(), 150);
  useEffect(() => applyFilters({ q: settledText || undefined }), [applyFilters, settledText]);
  useEffect(() => setText((current) => (current.trim() === urlText ? current : urlText)), [urlText]);

  const startCreating = useCallback(() => setCreating(true), []);
  useKey('n', editable ? startCreating : null);
  const open = useCallback((device: DeviceListItem) => navigate(href(`/devices/${device.id}`)), []);
  const onSort = useCallback(
    (by: string) => {
      const next = nextSort(parseSort(useRouter.getState().params.sort, defaultSort), by);
      applyFilters({ sort: `${next.by}:${next.dir}` });
    },
    [applyFilters],
  );
  const filtered = filterParams.some((name) => Boolean(params[name]));
  const clear = useCallback(() => {
    setText('');
    applyFilters(noFilters);
  }, [applyFilters]);

  const newButton = editable ? (
    <Button variant="primary" icon="plus" shortcut="N" onClick={startCreating}>
      {t('devices.new')}
    </Button>
  ) : null;

  return (
    <div className="view">
      {client ? null : <PageHeader title={t('devices.title')} meta={<DeviceCount pager={pager} />} actions={newButton} />}
      <div className="toolbar toolbar--wrap">
        <FilterInput label={t('devices.filter')} placeholder={t('devices.filterPlaceholder')} value={text} onChange={setText} />
        <DeviceFilters params={params} scopeClientId={clientId} onChange={applyFilters} filtered={filtered} onClear={clear} />
        {client ? <div className="toolbar__end">{newButton}</div> : null}
      </div>
      <div className="view__body view__body--table">
        <DeviceTable
          label={t('devices.title')}
          pager={pager}
          query={query}
          columns={columns}
          sort={sort}
          onSort={onSort}
          onOpen={open}
          empty={
            filtered ? (
              <EmptyState icon="filter" title={t('devices.noMatch')} actions={<Button onClick={clear}>{t('common.clearFilters')}</Button>}>
                {t('devices.noMatchHint')}
              </EmptyState>
            ) : (
              <NoDevices newButton={newButton} />
            )
          }
        />
      </div>
      <div className="statusbar">
        {client ? (
          <span className="statusbar__count">
            <DeviceCount pager={pager} />
          </span>
        ) : null}
        <KeyHints
          hints={[
            { keys: ['↑', '↓'], label: t('keys.select') },
            { keys: [t('keys.enter')], label: t('keys.open') },
            ...(editable ? [{ keys: ['N'], label: t('keys.new') }] : []),
          ]}
        />
      </div>
      {creating ? <DeviceForm clientId={clientId ?? params.client} onClose={() => setCreating(false)} onSaved={open} /> : null}
    </div>
  );
}

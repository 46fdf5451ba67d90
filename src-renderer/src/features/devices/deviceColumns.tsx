import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceListItem } from '../../../../src-main/fleet/schemas';
import { Badge } from '../../ui/Badge';
import type { Column } from '../../ui/table/columns';
import { Criticality, Tags, WarrantyDate } from './DeviceBits';

const dash = <span className="muted">—</span>;

/** The fleet table's columns; inside a client the client column is left out. */
export function useDeviceColumns(scoped: boolean): readonly Column<DeviceListItem>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const columns: (Column<DeviceListItem> | false)[] = [
      {
        id: 'name',
        label: t('devices.columns.name'),
        width: 'minmax(150px, 1.6fr)',
        sortKey: 'name',
        cell: (d) => (
          <span className="cell-title">
            <span className="truncate strong">{d.name}</span>
            {d.archivedAt ? <Badge>{t('common.archived')}</Badge> : null}
          </span>
        ),
      },
      { id: 'hostname', label: t('devices.columns.hostname'), width: 'minmax(110px, 1.1fr)', sortKey: 'hostname', cell: (d) => (d.hostname ? <span className="truncate mono" title={d.hostname}>{d.hostname}</span> : dash) },
      { id: 'ip', label: t('devices.columns.ip'), width: '112px', sortKey: 'ip', cell: (d) => (d.ip ? <span className="truncate mono" title={d.ip}>{d.ip}</span> : dash) },
      { id: 'kind', label: t('devices.columns.kind'), width: 'minmax(88px, 0.8fr)', sortKey: 'kind', cell: (d) => <span className="truncate">{t(`devices.kinds.${d.kind}`)}</span> },
      { id: 'os', label: t('devices.columns.os'), width: 'minmax(100px, 1.1fr)', sortKey: 'os', cell: (d) => (d.os ? <span className="truncate" title={d.os}>{d.os}</span> : dash) },
      !scoped && {
        id: 'client',
        label: t('devices.columns.client'),
        width: 'minmax(110px, 1.2fr)',
        sortKey: 'client',
        cell: (d) => <span className="truncate" title={d.clientName}>{d.clientName}</span>,
      },
      { id: 'site', label: t('devices.columns.site'), width: 'minmax(96px, 1fr)', sortKey: 'site', cell: (d) => (d.siteName ? <span className="truncate muted" title={d.siteName}>{d.siteName}</span> : dash) },
      { id: 'warrantyEnd', label: t('devices.columns.warrantyEnd'), width: '96px', sortKey: 'warrantyEnd', cell: (d) => <WarrantyDate t={t} end={d.warrantyEnd} /> },
      { id: 'criticality', label: t('devices.columns.criticality'), width: '84px', sortKey: 'criticality', cell: (d) => <Criticality t={t} value={d.criticality} /> },
      { id: 'tags', label: t('devices.columns.tags'), width: 'minmax(90px, 1fr)', cell: (d) => <Tags tags={d.tags} /> },
    ];
    return columns.filter((column): column is Column<DeviceListItem> => column !== false);
  }, [t, scoped]);
}

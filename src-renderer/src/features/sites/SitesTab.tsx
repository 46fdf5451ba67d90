import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Check } from '../../../../src-main/checks/schemas';
import type { ClientSummary, SiteSummary } from '../../../../src-main/fleet/schemas';
import { href, setParams, useRouter } from '../../app/router';
import { mutate } from '../../api/mutate';
import { useQuery } from '../../api/useQuery';
import { useFormat } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { RecordList } from '../../ui/RecordList';
import type { Column } from '../../ui/table/columns';
import { RowActions } from '../../ui/table/RowActions';
import { Button } from '../../ui/Button';
import { MaintenancePanel } from '../checks/MaintenancePanel';
import { StateBadge } from '../health/StateBadge';
import { Dialog } from '../../ui/Dialog';
import { RunSiteChecks } from './RunSiteChecks';
import { SiteForm } from './SiteForm';

/** A client's sites; `siteState` gives each site's rolled-up health. */
export function SitesTab({ client, siteState }: { client: ClientSummary; siteState(id: string): Check['state'] | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const showArchived = useRouter((s) => s.params.archived === '1');
  const sites = useQuery('sites.list', { clientId: client.id, archived: showArchived ? 'all' : 'active' });
  const [running, setRunning] = useState<SiteSummary | null>(null);
  const [maintaining, setMaintaining] = useState<SiteSummary | null>(null);

  const columns = useMemo<Column<SiteSummary>[]>(
    () => [
      {
        id: 'name',
        label: t('sites.columns.name'),
        width: 'minmax(180px, 1.5fr)',
        cell: (site) => (
          <span className="cell-title">
            <span className="truncate strong">{site.name}</span>
            {site.archivedAt ? <Badge>{t('common.archived')}</Badge> : null}
          </span>
        ),
      },
      {
        id: 'health',
        label: t('sites.columns.health'),
        width: '120px',
        cell: (site) => {
          const state = siteState(site.id);
          return state ? <StateBadge state={state} /> : <span className="muted">{t('common.none')}</span>;
        },
      },
      { id: 'address', label: t('sites.columns.address'), width: 'minmax(200px, 2fr)', cell: (site) => <span className="truncate muted">{site.address || t('common.none')}</span> },
      {
        id: 'networks',
        label: t('sites.columns.networks'),
        width: 'minmax(160px, 1.5fr)',
        cell: (site) => <span className="truncate mono">{site.networks.join(', ') || t('common.none')}</span>,
      },
      {
        id: 'devices',
        label: t('sites.columns.devices'),
        width: '104px',
        align: 'end',
        cell: (site) => (
          <RowActions>
            <a className="num" href={href(`/clients/${site.clientId}/devices`, { site: site.id })} title={t('sites.showDevices')}>
              {format.number(site.deviceCount)}
            </a>
          </RowActions>
        ),
      },
      {
        id: 'checks',
        label: t('sites.columns.checks'),
        width: '250px',
        align: 'end',
        cell: (site) => (
          <RowActions>
            <Button variant="ghost" onClick={() => setRunning(site)}>
              {t('sites.runChecks.button')}
            </Button>
            <Button variant="ghost" onClick={() => setMaintaining(site)}>
              {t('sites.maintenance.button')}
            </Button>
          </RowActions>
        ),
      },
    ],
    [t, format, siteState],
  );

  return (
    <>
    <RecordList
      label={t('clients.tabs.sites')}
      query={sites}
      columns={columns}
      count={(count) => t('sites.count', { count })}
      newLabel={t('sites.new')}
      empty={{ title: t('sites.empty'), hint: t('sites.emptyHint') }}
      showArchived={showArchived}
      onShowArchived={(show) => setParams({ archived: show ? '1' : undefined })}
      editable={client.archivedAt === null}
      archiveText={(site) => ({
        archiveTitle: t('sites.archiveTitle', { name: site.name }),
        archiveBody: t('sites.archiveBody'),
        restoreTitle: t('sites.restoreTitle', { name: site.name }),
        restoreBody: t('sites.restoreBody'),
      })}
      archive={(site) => mutate('sites.archive', { id: site.id })}
      restore={(site) => mutate('sites.restore', { id: site.id })}
      form={(site, close) => <SiteForm clientId={client.id} site={site} onClose={close} />}
    />
    {running ? <RunSiteChecks key={running.id} siteId={running.id} siteName={running.name} onClose={() => setRunning(null)} /> : null}
    {maintaining ? (
      <Dialog title={t('sites.maintenance.title', { name: maintaining.name })} onClose={() => setMaintaining(null)}>
        <div className="dialog__body site-maintenance">
          <MaintenancePanel scope={{ siteId: maintaining.id }} timezone={client.timezone} />
        </div>
      </Dialog>
    ) : null}
    </>
  );
}

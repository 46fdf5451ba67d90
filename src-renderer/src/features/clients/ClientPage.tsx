import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../../src-main/fleet/schemas';
import { type ClientTab, href } from '../../app/router';
import { useKey } from '../../app/shortcuts';
import { mutate } from '../../api/mutate';
import { useQuery } from '../../api/useQuery';
import { useFormat } from '../../i18n/format';
import { ArchiveToggle } from '../../ui/ArchiveToggle';
import { Badge } from '../../ui/Badge';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { QueryView } from '../../ui/QueryView';
import { Tabs } from '../../ui/Tabs';
import { ClientChecks } from '../checks/ClientChecks';
import { ContactsTab } from '../contacts/ContactsTab';
import { DevicesView } from '../devices/DevicesView';
import { PlansList } from '../plans/PlansList';
import { StateBadge } from '../health/StateBadge';
import { useHealthRollup } from '../health/useHealthRollup';
import { ClientPolicy } from '../sla-policies/ClientPolicy';
import { SitesTab } from '../sites/SitesTab';
import { ClientForm } from './ClientForm';
import { ClientNotes } from './ClientNotes';
import './clients.css';

export function ClientPage({ id, tab }: { id: string; tab: ClientTab }) {
  const client = useQuery('clients.get', { id });
  return <QueryView query={client}>{(data) => <ClientDetail client={data} tab={tab} />}</QueryView>;
}

function ClientDetail({ client, tab }: { client: ClientSummary; tab: ClientTab }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const archived = client.archivedAt !== null;
  const health = useHealthRollup(client.id);
  const state = health.clientState(client.id);
  useKey('e', useCallback(() => setEditing(true), []));
  const base = `/clients/${client.id}`;

  return (
    <div className="view">
      <PageHeader
        above={<Breadcrumbs label={t('nav.breadcrumbs')} items={[{ label: t('clients.title'), href: href('/clients') }, { label: client.name }]} />}
        title={client.name}
        badges={
          <>
            <Badge>
              <span className="mono">{client.code}</span>
            </Badge>
            {client.isDemo ? <Badge tone="demo">{t('common.demo')}</Badge> : null}
            {archived ? <Badge tone="warning">{t('common.archived')}</Badge> : null}
            {state ? <StateBadge state={state} /> : null}
          </>
        }
        meta={
          <>
            {client.timezone} · <ClientPolicy policyId={client.slaPolicyId} />
          </>
        }
        actions={
          <>
            <Button icon="edit" shortcut="E" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <ArchiveToggle
              archived={archived}
              text={{
                archiveTitle: t('clients.archiveTitle', { name: client.name }),
                archiveBody: t('clients.archiveBody'),
                restoreTitle: t('clients.restoreTitle', { name: client.name }),
                restoreBody: t('clients.restoreBody'),
              }}
              onArchive={() => mutate('clients.archive', { id: client.id })}
              onRestore={() => mutate('clients.restore', { id: client.id })}
            />
          </>
        }
      />
      {archived ? <div className="banner">{t('clients.archivedBanner')}</div> : null}
      <Tabs
        label={client.name}
        current={tab}
        tabs={[
          { key: 'sites', label: t('clients.tabs.sites'), href: href(`${base}/sites`), count: format.number(client.siteCount) },
          { key: 'devices', label: t('clients.tabs.devices'), href: href(`${base}/devices`), count: format.number(client.deviceCount) },
          { key: 'checks', label: t('clients.tabs.checks'), href: href(`${base}/checks`) },
          { key: 'plans', label: t('clients.tabs.plans'), href: href(`${base}/plans`) },
          { key: 'contacts', label: t('clients.tabs.contacts'), href: href(`${base}/contacts`) },
          { key: 'notes', label: t('clients.tabs.notes'), href: href(`${base}/notes`) },
        ]}
      />
      <div className="view__tab">
        {tab === 'sites' ? <SitesTab client={client} siteState={health.siteState} /> : null}
        {tab === 'devices' ? <DevicesView client={client} /> : null}
        {tab === 'checks' ? <ClientChecks client={client} /> : null}
        {tab === 'plans' ? <PlansList clientId={client.id} /> : null}
        {tab === 'contacts' ? <ContactsTab client={client} /> : null}
        {tab === 'notes' ? <ClientNotes client={client} /> : null}
      </div>
      {editing ? <ClientForm client={client} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}

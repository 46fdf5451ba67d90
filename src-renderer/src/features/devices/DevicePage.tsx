import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceListItem } from '../../../../src-main/fleet/schemas';
import { type DeviceTab, href } from '../../app/router';
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
import { DeviceHealth } from '../checks/DeviceHealth';
import { Criticality, Tags, WarrantyDate } from './DeviceBits';
import { DeviceForm } from './DeviceForm';
import './devices.css';

export function DevicePage({ id, tab }: { id: string; tab: DeviceTab }) {
  const device = useQuery('devices.get', { id });
  return <QueryView query={device}>{(data) => <DeviceDetail device={data} tab={tab} />}</QueryView>;
}

function Fact({ label, children, mono = false }: { label: string; children: ReactNode; mono?: boolean }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={mono ? 'mono' : undefined}>{children}</dd>
    </>
  );
}

function FactGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="facts">
      <h2 className="facts__title">{title}</h2>
      <dl className="facts__list">{children}</dl>
    </section>
  );
}

function DeviceDetail({ device, tab }: { device: DeviceListItem; tab: DeviceTab }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const archived = device.archivedAt !== null;
  useKey('e', useCallback(() => setEditing(true), []));
  const none = <span className="muted">{t('common.none')}</span>;
  const text = (value: string, mono = false) => (value ? <span className={mono ? 'mono' : undefined}>{value}</span> : none);
  const clientHref = href(`/clients/${device.clientId}/devices`);

  return (
    <div className="view">
      <PageHeader
        above={
          <Breadcrumbs
            label={t('nav.breadcrumbs')}
            items={[
              { label: device.clientName, href: clientHref },
              ...(device.siteId && device.siteName ? [{ label: device.siteName, href: href(`/clients/${device.clientId}/devices`, { site: device.siteId }) }] : []),
              { label: device.name },
            ]}
          />
        }
        title={device.name}
        badges={
          <>
            <Badge>{t(`devices.kinds.${device.kind}`)}</Badge>
            {archived ? <Badge tone="warning">{t('common.archived')}</Badge> : null}
          </>
        }
        meta={device.ip ? <span className="mono">{device.ip}</span> : null}
        actions={
          <>
            <Button icon="edit" shortcut="E" onClick={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
            <ArchiveToggle
              archived={archived}
              text={{
                archiveTitle: t('devices.archiveTitle', { name: device.name }),
                archiveBody: t('devices.archiveBody'),
                restoreTitle: t('devices.restoreTitle', { name: device.name }),
                restoreBody: t('devices.restoreBody'),
              }}
              onArchive={() => mutate('devices.archive', { id: device.id })}
              onRestore={() => mutate('devices.restore', { id: device.id })}
            />
          </>
        }
      />
      {archived ? <div className="banner">{t('devices.page.archivedBanner')}</div> : null}
      <Tabs
        label={t('checks.tabs.label')}
        current={tab}
        tabs={[
          { key: 'overview', label: t('checks.tabs.overview'), href: href(`/devices/${device.id}`) },
          { key: 'health', label: t('checks.tabs.health'), href: href(`/devices/${device.id}/health`) },
        ]}
      />
      {tab === 'health' ? <DeviceHealth device={device} /> : null}
      <div className="view__scroll" hidden={tab !== 'overview'}>
        <div className="fact-grid">
          <FactGroup title={t('devices.page.identity')}>
            <Fact label={t('devices.form.kind')}>{t(`devices.kinds.${device.kind}`)}</Fact>
            <Fact label={t('devices.form.criticality')}>
              <Criticality t={t} value={device.criticality} />
            </Fact>
            <Fact label={t('devices.form.os')}>{text(device.os)}</Fact>
            <Fact label={t('devices.form.tags')}>{device.tags.length > 0 ? <Tags tags={device.tags} /> : none}</Fact>
          </FactGroup>
          <FactGroup title={t('devices.page.network')}>
            <Fact label={t('devices.form.hostname')}>{text(device.hostname, true)}</Fact>
            <Fact label={t('devices.form.ip')}>{text(device.ip, true)}</Fact>
            <Fact label={t('devices.form.mac')}>{text(device.mac, true)}</Fact>
          </FactGroup>
          <FactGroup title={t('devices.page.hardware')}>
            <Fact label={t('devices.form.vendor')}>{text(device.vendor)}</Fact>
            <Fact label={t('devices.form.model')}>{text(device.model)}</Fact>
            <Fact label={t('devices.form.serial')}>{text(device.serial, true)}</Fact>
            <Fact label={t('devices.form.warrantyEnd')}>
              <WarrantyDate t={t} end={device.warrantyEnd} format={format.date} />
            </Fact>
          </FactGroup>
          <FactGroup title={t('devices.page.placement')}>
            <Fact label={t('devices.form.client')}>
              <a href={clientHref}>{device.clientName}</a> <span className="mono muted">{device.clientCode}</span>
            </Fact>
            <Fact label={t('devices.form.site')}>{device.siteName ?? none}</Fact>
            <Fact label={t('common.created')}>{format.dateTime(device.createdAt)}</Fact>
            <Fact label={t('common.updated')}>{format.dateTime(device.updatedAt)}</Fact>
          </FactGroup>
        </div>
        <section className="facts facts--notes">
          <h2 className="facts__title">{t('common.notes')}</h2>
          {device.notes ? <p className="notes__body">{device.notes}</p> : <p className="muted">{t('common.noNotes')}</p>}
        </section>
      </div>
      {editing ? <DeviceForm device={device} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}

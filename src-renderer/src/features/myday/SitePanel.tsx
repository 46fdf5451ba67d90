import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Check } from '../../../../src-main/checks/schemas';
import { type MyDayGroup, worstState } from '../../../../src-main/tasks/schemas';
import { href } from '../../app/router';
import { useLiveReload } from '../../api/events';
import { useQuery } from '../../api/useQuery';
import { Dialog } from '../../ui/Dialog';
import { QueryView } from '../../ui/QueryView';
import { StateBadge } from '../health/StateBadge';

export type PanelTab = 'devices' | 'contacts' | 'notes';
const liveTypes = ['health.changed'] as const;

/** Each device at the worst state of its checks; a device with no check has no state. */
function useDeviceStates(checks: readonly Check[] | undefined) {
  return useMemo(() => {
    const byDevice = new Map<string, Check['state'][]>();
    for (const check of checks ?? []) if (check.deviceId) byDevice.set(check.deviceId, [...(byDevice.get(check.deviceId) ?? []), check.state]);
    return (deviceId: string) => worstState(byDevice.get(deviceId) ?? []);
  }, [checks]);
}

/**
 * What a technician wants at hand on site: the site's devices with their health (live), its
 * contacts, and the notes of the site and its client. A drawer over My day, one click from a group.
 */
export function SitePanel({ group, tab, onTab, onClose }: { group: MyDayGroup; tab: PanelTab; onTab(tab: PanelTab): void; onClose(): void }) {
  const { t } = useTranslation();
  const title = group.siteName ? `${group.siteName} · ${group.clientName}` : group.clientName;
  const tabs: PanelTab[] = ['devices', 'contacts', 'notes'];
  return (
    <Dialog title={title} onClose={onClose} variant="drawer" closeOnBackdrop>
      <div className="site-panel">
        <div className="segmented" role="radiogroup" aria-label={t('myDay.panel.label')}>
          {tabs.map((key) => (
            <label key={key} className="segmented__option">
              <input type="radio" name="site-panel-tab" checked={key === tab} onChange={() => onTab(key)} />
              <span>{t(`myDay.panel.${key}`)}</span>
            </label>
          ))}
        </div>
        <div className="site-panel__body">
          {tab === 'devices' ? <Devices group={group} /> : null}
          {tab === 'contacts' ? <Contacts group={group} /> : null}
          {tab === 'notes' ? <Notes group={group} /> : null}
        </div>
      </div>
    </Dialog>
  );
}

function Devices({ group }: { group: MyDayGroup }) {
  const { t } = useTranslation();
  const scope = group.siteId ? { siteId: group.siteId } : { clientId: group.clientId };
  const devices = useQuery('devices.search', { ...scope, archived: 'active', limit: 200 });
  const checks = useQuery('checks.list', { ...scope, limit: 500 }, { keepPrevious: true });
  useLiveReload(checks.reload, liveTypes);
  const stateOf = useDeviceStates(checks.data?.items);
  return (
    <QueryView query={devices}>
      {({ items, total }) =>
        items.length === 0 ? (
          <p className="muted">{group.siteId ? t('myDay.panel.noDevicesSite') : t('myDay.panel.noDevicesClient')}</p>
        ) : (
          <>
            <ul className="site-panel__list" aria-label={t('myDay.panel.devices')}>
              {items.map((device) => (
                <li key={device.id} className="site-panel__row">
                  <a href={href(`/devices/${device.id}`)} className="strong">
                    {device.name}
                  </a>
                  <span className="muted truncate">{[t(`devices.kinds.${device.kind}`), device.hostname || device.ip].filter(Boolean).join(' · ')}</span>
                  <span className="site-panel__state">{stateOf(device.id) ? <StateBadge state={stateOf(device.id)} /> : <span className="muted">{t('myDay.panel.noChecks')}</span>}</span>
                </li>
              ))}
            </ul>
            {total > items.length ? <p className="muted">{t('myDay.panel.moreDevices', { count: total - items.length })}</p> : null}
          </>
        )
      }
    </QueryView>
  );
}

function Contacts({ group }: { group: MyDayGroup }) {
  const { t } = useTranslation();
  const contacts = useQuery('contacts.list', { clientId: group.clientId, archived: 'active' });
  // The site's own contacts first, then the client's general ones.
  return (
    <QueryView query={contacts}>
      {({ items }) => {
        const relevant = items.filter((c) => c.siteId === null || c.siteId === group.siteId).sort((a, b) => Number(b.siteId !== null) - Number(a.siteId !== null));
        return relevant.length === 0 ? (
          <p className="muted">{t('myDay.panel.noContacts')}</p>
        ) : (
          <ul className="site-panel__list" aria-label={t('myDay.panel.contacts')}>
            {relevant.map((contact) => (
              <li key={contact.id} className="site-panel__contact">
                <span className="strong">{contact.name}</span>
                {contact.role ? <span className="muted"> · {contact.role}</span> : null}
                <div className="site-panel__reach">
                  {contact.phone ? <a href={`tel:${contact.phone}`}>{contact.phone}</a> : null}
                  {contact.email ? <a href={`mailto:${contact.email}`}>{contact.email}</a> : null}
                </div>
                {contact.notes ? <p className="notes__body muted">{contact.notes}</p> : null}
              </li>
            ))}
          </ul>
        );
      }}
    </QueryView>
  );
}

function Notes({ group }: { group: MyDayGroup }) {
  const { t } = useTranslation();
  const client = useQuery('clients.get', { id: group.clientId });
  const site = useQuery('sites.get', group.siteId ? { id: group.siteId } : null);
  return (
    <div className="site-panel__notes">
      {group.siteId ? (
        <section>
          <h3 className="form-section">{t('myDay.panel.siteNotes')}</h3>
          <QueryView query={site}>{(data) => (data.notes ? <p className="notes__body">{data.notes}</p> : <p className="muted">{t('common.noNotes')}</p>)}</QueryView>
        </section>
      ) : null}
      <section>
        <h3 className="form-section">{t('myDay.panel.clientNotes')}</h3>
        <QueryView query={client}>{(data) => (data.notes ? <p className="notes__body">{data.notes}</p> : <p className="muted">{t('common.noNotes')}</p>)}</QueryView>
      </section>
    </div>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary, Contact } from '../../../../src-main/fleet/schemas';
import { setParams, useRouter } from '../../app/router';
import { mutate } from '../../api/mutate';
import { useQuery } from '../../api/useQuery';
import { Badge } from '../../ui/Badge';
import { RecordList } from '../../ui/RecordList';
import type { Column } from '../../ui/table/columns';
import { RowActions } from '../../ui/table/RowActions';
import { ContactForm } from './ContactForm';

export function ContactsTab({ client }: { client: ClientSummary }) {
  const { t } = useTranslation();
  const showArchived = useRouter((s) => s.params.archived === '1');
  const contacts = useQuery('contacts.list', { clientId: client.id, archived: showArchived ? 'all' : 'active' });
  // Archived sites too: an old contact may still point at one.
  const sites = useQuery('sites.list', { clientId: client.id, archived: 'all' });
  const siteList = useMemo(() => sites.data?.items ?? [], [sites.data]);

  const columns = useMemo<Column<Contact>[]>(() => {
    const siteName = new Map(siteList.map((site) => [site.id, site.name]));
    return [
      {
        id: 'name',
        label: t('contacts.columns.name'),
        width: 'minmax(160px, 1.4fr)',
        cell: (contact) => (
          <span className="cell-title">
            <span className="truncate strong">{contact.name}</span>
            {contact.archivedAt ? <Badge>{t('common.archived')}</Badge> : null}
          </span>
        ),
      },
      { id: 'role', label: t('contacts.columns.role'), width: 'minmax(120px, 1fr)', cell: (contact) => <span className="truncate muted">{contact.role || t('common.none')}</span> },
      {
        id: 'email',
        label: t('contacts.columns.email'),
        width: 'minmax(180px, 1.4fr)',
        cell: (contact) =>
          contact.email ? (
            <RowActions>
              <a className="truncate" href={`mailto:${contact.email}`}>
                {contact.email}
              </a>
            </RowActions>
          ) : (
            <span className="muted">{t('common.none')}</span>
          ),
      },
      { id: 'phone', label: t('contacts.columns.phone'), width: 'minmax(130px, 1fr)', cell: (contact) => <span className="num truncate">{contact.phone || t('common.none')}</span> },
      {
        id: 'site',
        label: t('contacts.columns.site'),
        width: 'minmax(120px, 1fr)',
        cell: (contact) => <span className="truncate muted">{(contact.siteId && siteName.get(contact.siteId)) || t('contacts.form.anySite')}</span>,
      },
    ];
  }, [t, siteList]);

  return (
    <RecordList
      label={t('clients.tabs.contacts')}
      query={contacts}
      columns={columns}
      count={(count) => t('contacts.count', { count })}
      newLabel={t('contacts.new')}
      empty={{ title: t('contacts.empty'), hint: t('contacts.emptyHint') }}
      showArchived={showArchived}
      onShowArchived={(show) => setParams({ archived: show ? '1' : undefined })}
      editable={client.archivedAt === null}
      archiveText={(contact) => ({
        archiveTitle: t('contacts.archiveTitle', { name: contact.name }),
        archiveBody: t('contacts.archiveBody'),
        restoreTitle: t('contacts.restoreTitle', { name: contact.name }),
        restoreBody: t('contacts.restoreBody'),
      })}
      archive={(contact) => mutate('contacts.archive', { id: contact.id })}
      restore={(contact) => mutate('contacts.restore', { id: contact.id })}
      form={(contact, close) => (
        <ContactForm clientId={client.id} contact={contact} sites={siteList.filter((site) => !site.archivedAt || site.id === contact?.siteId)} onClose={close} />
      )}
    />
  );
}

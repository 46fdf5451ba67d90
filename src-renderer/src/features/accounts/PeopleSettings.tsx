import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../src-main/accounts/schemas';
import { mutate } from '../../api/mutate';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/useQuery';
import { ArchiveToggle } from '../../ui/ArchiveToggle';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { QueryView } from '../../ui/QueryView';
import { Toggle } from '../../ui/Toggle';
import { PasswordDialog } from './PasswordDialog';
import { PersonForm } from './PersonForm';
import './accounts.css';

const pageSize = 500;

/**
 * Settings → People: everyone who signs in. Admins add people, change names and roles, reset
 * passwords, archive and restore; everyone else sees the list read-only.
 */
export function PeopleSettings() {
  const { t } = useTranslation();
  const session = useSession((s) => s.state);
  const me = session.status === 'ready' ? session.info.actor : null;
  const isAdmin = me?.role === 'admin';
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Account | 'new' | null>(null);
  const [resetting, setResetting] = useState<Account | null>(null);
  const people = useQuery('accounts.list', { includeArchived: showArchived, limit: pageSize }, { keepPrevious: true });

  return (
    <section className="settings__section people" aria-labelledby="people-title">
      <h2 className="settings__title" id="people-title">
        {t('accounts.people.title')}
      </h2>
      <p className="settings__note">{isAdmin ? t('accounts.people.hint') : t('accounts.people.readOnly')}</p>
      <div className="people__toolbar">
        <span className="toolbar__count">
          {people.data
            ? people.data.total > people.data.items.length
              ? t('accounts.people.more', { shown: people.data.items.length, total: people.data.total })
              : t('accounts.people.count', { count: people.data.total })
            : null}
        </span>
        <Toggle label={t('common.showArchived')} checked={showArchived} onChange={setShowArchived} />
        {isAdmin ? (
          <Button variant="primary" icon="plus" onClick={() => setEditing('new')}>
            {t('accounts.people.add')}
          </Button>
        ) : null}
      </div>
      <QueryView query={people}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState title={t('accounts.people.emptyTitle')}>{isAdmin ? t('accounts.people.emptyHint') : t('accounts.people.readOnly')}</EmptyState>
          ) : (
            <table className="htable" aria-label={t('accounts.people.title')}>
              <thead>
                <tr>
                  <th>{t('accounts.people.columns.name')}</th>
                  <th>{t('accounts.people.columns.login')}</th>
                  <th>{t('accounts.people.columns.role')}</th>
                  {isAdmin ? <th className="htable__actions" /> : null}
                </tr>
              </thead>
              <tbody>
                {items.map((account) => (
                  <tr key={account.id} className={account.archivedAt ? 'is-archived' : undefined} data-account={account.login}>
                    <td>
                      <span className="cell-title">
                        <span className="strong">{account.name}</span>
                        {account.id === me?.id ? <Badge>{t('accounts.people.you')}</Badge> : null}
                        {account.archivedAt ? <Badge>{t('common.archived')}</Badge> : null}
                      </span>
                    </td>
                    <td className="mono">{account.login}</td>
                    <td>{t(`shell.roles.${account.role}`)}</td>
                    {isAdmin ? (
                      <td className="htable__actions">
                        {account.archivedAt ? null : (
                          <>
                            <Button variant="ghost" icon="edit" onClick={() => setEditing(account)}>
                              {t('accounts.people.edit')}
                            </Button>
                            <Button variant="ghost" icon="lock" onClick={() => setResetting(account)}>
                              {t('accounts.people.resetPassword')}
                            </Button>
                          </>
                        )}
                        <ArchiveToggle
                          compact
                          archived={account.archivedAt !== null}
                          text={{
                            archiveTitle: t('accounts.people.archiveTitle', { name: account.name }),
                            archiveBody: t('accounts.people.archiveBody', { name: account.name }),
                            restoreTitle: t('accounts.people.restoreTitle', { name: account.name }),
                            restoreBody: t('accounts.people.restoreBody', { name: account.name }),
                          }}
                          onArchive={() => mutate('accounts.update', { id: account.id, archived: true })}
                          onRestore={() => mutate('accounts.update', { id: account.id, archived: false })}
                        />
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          )
        }
      </QueryView>
      {editing ? <PersonForm account={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} /> : null}
      {resetting ? <PasswordDialog account={resetting} self={resetting.id === me?.id} onClose={() => setResetting(null)} /> : null}
    </section>
  );
}

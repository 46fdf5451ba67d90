import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClientSummary } from '../../../../src-main/fleet/schemas';
import { href, navigate, setParams, useRouter } from '../../app/router';
import { useKey } from '../../app/shortcuts';
import { useQuery } from '../../api/useQuery';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { FilterInput } from '../../ui/FilterInput';
import { PageHeader } from '../../ui/PageHeader';
import { QueryView } from '../../ui/QueryView';
import { DataTable } from '../../ui/table/DataTable';
import { Toggle } from '../../ui/Toggle';
import { useDebounced } from '../../ui/useDebounced';
import { ClientForm } from './ClientForm';
import { useClientColumns } from './clientColumns';
import { Welcome } from './Welcome';
import './clients.css';

export function ClientsView() {
  const { t } = useTranslation();
  const params = useRouter((s) => s.params);
  const showArchived = params.archived === '1';
  const [text, setText] = useState(params.q ?? '');
  const query = useDebounced(text.trim(), 150);
  const [creating, setCreating] = useState(false);
  const columns = useClientColumns();
  const stats = useQuery('fleet.stats', {});
  const list = useQuery('clients.list', { query: query || undefined, archived: showArchived ? 'all' : 'active' }, { keepPrevious: true });

  useEffect(() => setParams({ q: query || undefined }), [query]);
  const startCreating = useCallback(() => setCreating(true), []);
  useKey('n', startCreating);
  const open = useCallback((client: ClientSummary) => navigate(href(`/clients/${client.id}`)), []);

  const form = creating ? <ClientForm onClose={() => setCreating(false)} onSaved={(client) => navigate(href(`/clients/${client.id}`))} /> : null;

  if (stats.data?.clients === 0 && !query && !showArchived) {
    return (
      <div className="view">
        <Welcome onAddClient={startCreating} />
        {form}
      </div>
    );
  }

  return (
    <div className="view">
      <PageHeader
        title={t('clients.title')}
        meta={list.data ? t('clients.count', { count: list.data.items.length }) : null}
        actions={
          <Button variant="primary" icon="plus" shortcut="N" onClick={startCreating}>
            {t('clients.new')}
          </Button>
        }
      />
      <div className="toolbar">
        <FilterInput label={t('clients.filter')} placeholder={t('clients.filterPlaceholder')} value={text} onChange={setText} />
        <Toggle label={t('common.showArchived')} checked={showArchived} onChange={(show) => setParams({ archived: show ? '1' : undefined })} />
      </div>
      <div className="view__body">
        <QueryView query={list}>
          {({ items }) =>
            items.length > 0 ? (
              <DataTable label={t('clients.title')} columns={columns} rows={items} rowKey={(client) => client.id} onOpen={open} />
            ) : query ? (
              <EmptyState icon="search" title={t('clients.noMatch', { query })}>
                {t('clients.noMatchHint')}
              </EmptyState>
            ) : (
              <EmptyState title={t('clients.noActive')}>{t('clients.noActiveHint')}</EmptyState>
            )
          }
        </QueryView>
      </div>
      {form}
    </div>
  );
}

import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Task, priorities, slaStates, taskStatuses } from '../../../../src-main/tasks/schemas';
import { href, navigate, setParams, useRouter } from '../../app/router';
import { useKey } from '../../app/shortcuts';
import { useQuery } from '../../api/useQuery';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { FilterSelect } from '../../ui/FilterSelect';
import { PageHeader } from '../../ui/PageHeader';
import { QueryView } from '../../ui/QueryView';
import { DataTable } from '../../ui/table/DataTable';
import type { Column } from '../../ui/table/columns';
import { DueTime, PriorityBadge } from './taskBits';
import { TaskForm } from './TaskForm';
import './tasks.css';

const pageSize = 50;

function useTaskColumns(clientName: (id: string) => string): readonly Column<Task>[] {
  const { t } = useTranslation();
  return useMemo(
    () => [
      { id: 'title', label: t('tasks.columns.title'), width: 'minmax(220px, 3fr)', cell: (task) => <span className="truncate strong">{task.title}</span> },
      { id: 'client', label: t('tasks.columns.client'), width: 'minmax(140px, 1.5fr)', cell: (task) => <span className="truncate">{clientName(task.clientId)}</span> },
      { id: 'priority', label: t('tasks.columns.priority'), width: '72px', cell: (task) => <PriorityBadge priority={task.priority} /> },
      { id: 'status', label: t('tasks.columns.status'), width: '150px', cell: (task) => <span className="truncate">{t(`tasks.status.${task.status}`)}</span> },
      { id: 'assignee', label: t('tasks.columns.assignee'), width: 'minmax(100px, 1fr)', cell: (task) => <span className="truncate muted">{task.assigneeId ?? t('common.none')}</span> },
      {
        id: 'response',
        label: t('tasks.columns.responseDue'),
        width: '160px',
        cell: (task) => (task.respondedAt ? <span className="muted">{t('tasks.responded')}</span> : <DueTime at={task.responseDueAt} state={task.slaState} />),
      },
      {
        id: 'resolve',
        label: t('tasks.columns.resolveDue'),
        width: '160px',
        cell: (task) => (task.resolvedAt ? <span className="muted">{t('tasks.status.resolved')}</span> : <DueTime at={task.resolveDueAt} state={task.slaState} />),
      },
    ],
    [t, clientName],
  );
}

export function TasksView() {
  const { t } = useTranslation();
  const params = useRouter((s) => s.params);
  const [pages, setPages] = useState(1);
  const [creating, setCreating] = useState(false);
  const clients = useQuery('clients.list', { archived: 'all' });
  const names = useMemo(() => new Map((clients.data?.items ?? []).map((c) => [c.id, c.name])), [clients.data]);
  const clientName = useCallback((id: string) => names.get(id) ?? id, [names]);
  const columns = useTaskColumns(clientName);

  const status = taskStatuses.find((s) => s === params.status);
  const priority = priorities.find((p) => p === params.priority);
  const sla = slaStates.find((s) => s === params.sla);
  const list = useQuery(
    'tasks.list',
    { status, priority, slaState: sla, clientId: params.client || undefined, limit: pageSize * pages },
    { keepPrevious: true },
  );
  const filter = (patch: Record<string, string | undefined>) => {
    setPages(1);
    setParams(patch);
  };
  const filtered = Boolean(status || priority || sla || params.client);

  const startCreating = useCallback(() => setCreating(true), []);
  useKey('n', startCreating);
  const open = useCallback((task: Task) => navigate(href(`/tasks/${task.id}`)), []);

  return (
    <div className="view">
      <PageHeader
        title={t('tasks.title')}
        meta={list.data ? t('tasks.count', { count: list.data.total }) : null}
        actions={
          <Button variant="primary" icon="plus" shortcut="N" onClick={startCreating}>
            {t('tasks.new')}
          </Button>
        }
      />
      <div className="toolbar toolbar--wrap">
        <FilterSelect
          label={t('tasks.filters.status')}
          anyLabel={t('tasks.filters.anyStatus')}
          value={status ?? ''}
          options={taskStatuses.map((value) => ({ value, label: t(`tasks.status.${value}`) }))}
          onChange={(value) => filter({ status: value || undefined })}
        />
        <FilterSelect
          label={t('tasks.filters.priority')}
          anyLabel={t('tasks.filters.anyPriority')}
          value={priority ?? ''}
          options={priorities.map((value) => ({ value, label: value }))}
          onChange={(value) => filter({ priority: value || undefined })}
        />
        <FilterSelect
          label={t('tasks.filters.sla')}
          anyLabel={t('tasks.filters.anySla')}
          value={sla ?? ''}
          options={slaStates.map((value) => ({ value, label: t(`tasks.sla.${value}`) }))}
          onChange={(value) => filter({ sla: value || undefined })}
        />
        <FilterSelect
          label={t('tasks.filters.client')}
          anyLabel={t('tasks.filters.anyClient')}
          value={params.client ?? ''}
          options={(clients.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={(value) => filter({ client: value || undefined })}
          wide
        />
        {filtered ? (
          <Button variant="ghost" onClick={() => filter({ status: undefined, priority: undefined, sla: undefined, client: undefined })}>
            {t('common.clearFilters')}
          </Button>
        ) : null}
      </div>
      <div className="view__body">
        <QueryView query={list}>
          {({ items, total }) =>
            items.length > 0 ? (
              <>
                <DataTable label={t('tasks.title')} columns={columns} rows={items} rowKey={(task) => task.id} onOpen={open} />
                {items.length < total ? (
                  <div className="tasks__more">
                    <Button onClick={() => setPages((n) => n + 1)} busy={list.status === 'loading'}>
                      {t('tasks.loadMore', { shown: items.length, total })}
                    </Button>
                  </div>
                ) : null}
              </>
            ) : filtered ? (
              <EmptyState icon="filter" title={t('tasks.noMatch')}>
                {t('tasks.noMatchHint')}
              </EmptyState>
            ) : (
              <EmptyState icon="inbox" title={t('tasks.none')}>
                {t('tasks.noneHint')}
              </EmptyState>
            )
          }
        </QueryView>
      </div>
      {creating ? <TaskForm onClose={() => setCreating(false)} onSaved={(task) => navigate(href(`/tasks/${task.id}`))} /> : null}
    </div>
  );
}

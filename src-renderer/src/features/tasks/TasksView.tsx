import { type MouseEvent, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Task, priorities, slaStates, taskStatuses } from '../../../../src-main/tasks/schemas';
import { href, navigate, setParams, useRouter } from '../../app/router';
import { useKey } from '../../app/shortcuts';
import { concernsTasks, useLiveReload } from '../../api/events';
import { useIsStaff } from '../../api/session';
import { useQuery } from '../../api/useQuery';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { FilterSelect } from '../../ui/FilterSelect';
import { PageHeader } from '../../ui/PageHeader';
import { QueryView } from '../../ui/QueryView';
import { DataTable } from '../../ui/table/DataTable';
import type { Column } from '../../ui/table/columns';
import { useAccountNames } from '../accounts/useAccountNames';
import { AssignDialog } from './AssignDialog';
import { CalendarExportButton } from './CalendarExport';
import { ImportTasks } from './ImportTasks';
import { useTaskColumns } from './taskColumns';
import { TaskForm } from './TaskForm';
import './tasks.css';

const pageSize = 50;

/**
 * The rows picked for a bulk action: a checkbox per row, "x" on the keyboard-selected row,
 * shift-click for a range from the last row clicked, and the whole page at once.
 */
function useRowSelection(rows: readonly Task[]) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<number | null>(null);
  const toggle = useCallback(
    (index: number, range: boolean) => {
      const row = rows[index];
      if (!row) return;
      // Read now: the updater below runs later, after the anchor has moved to this row.
      const start = range && anchor.current !== null ? anchor.current : index;
      setPicked((current) => {
        const next = new Set(current);
        const on = !current.has(row.id);
        for (const { id } of rows.slice(Math.min(start, index), Math.max(start, index) + 1)) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      });
      anchor.current = index;
    },
    [rows],
  );
  // Only rows still on screen count: a filter change must not assign tasks the user can no longer see.
  const ids = rows.filter((row) => picked.has(row.id)).map((row) => row.id);
  const allPicked = rows.length > 0 && ids.length === rows.length;
  return {
    ids,
    isPicked: (id: string) => picked.has(id),
    toggle,
    togglePage: () => setPicked(allPicked ? new Set() : new Set(rows.map((row) => row.id))),
    allPicked,
    clear: () => setPicked(new Set()),
  };
}

export function TasksView() {
  const { t } = useTranslation();
  const params = useRouter((s) => s.params);
  const [pages, setPages] = useState(1);
  const [creating, setCreating] = useState(false);
  const [assigning, setAssigning] = useState(false);
  const [importing, setImporting] = useState(false);
  const isStaff = useIsStaff();
  const clients = useQuery('clients.list', { archived: 'all' });
  const people = useQuery('accounts.list', { limit: 1000 });
  const names = useMemo(() => new Map((clients.data?.items ?? []).map((c) => [c.id, c.name])), [clients.data]);
  const clientName = useCallback((id: string) => names.get(id) ?? id, [names]);

  const status = taskStatuses.find((s) => s === params.status);
  const priority = priorities.find((p) => p === params.priority);
  const sla = slaStates.find((s) => s === params.sla);
  const assignee = params.assignee || undefined;
  const list = useQuery(
    'tasks.list',
    { status, priority, slaState: sla, clientId: params.client || undefined, assigneeId: assignee, limit: pageSize * pages },
    { keepPrevious: true },
  );
  useLiveReload(list.reload, ['tasks.changed'], (event) => concernsTasks(event));
  const rows = useMemo(() => list.data?.items ?? [], [list.data]);
  const personName = useAccountNames(useMemo(() => rows.map((task) => task.assigneeId), [rows]));
  const selection = useRowSelection(rows);
  const filter = (patch: Record<string, string | undefined>) => {
    setPages(1);
    selection.clear();
    setParams(patch);
  };
  const filtered = Boolean(status || priority || sla || params.client || assignee);

  const baseColumns = useTaskColumns(clientName, personName);
  const { toggle, isPicked } = selection;
  const columns = useMemo<readonly Column<Task>[]>(() => {
    if (!isStaff) return baseColumns;
    const pick: Column<Task> = {
      id: 'pick',
      label: '',
      width: '28px',
      cell: (task) => (
        <input
          type="checkbox"
          aria-label={t('tasks.bulk.pick', { title: task.title })}
          checked={isPicked(task.id)}
          onClick={(event: MouseEvent) => {
            // The row opens the task on click; the box only picks it.
            event.stopPropagation();
            toggle(
              rows.findIndex((row) => row.id === task.id),
              event.shiftKey,
            );
          }}
          onChange={() => undefined}
        />
      ),
    };
    return [pick, ...baseColumns];
  }, [isStaff, baseColumns, t, isPicked, toggle, rows]);

  const startCreating = useCallback(() => setCreating(true), []);
  useKey('n', startCreating);
  const open = useCallback((task: Task) => navigate(href(`/tasks/${task.id}`)), []);
  const onRowKey = (key: string, _row: Task, index: number) => {
    if (key !== 'x' || !isStaff) return false;
    toggle(index, false);
    return true;
  };

  return (
    <div className="view">
      <PageHeader
        title={t('tasks.title')}
        meta={list.data ? t('tasks.count', { count: list.data.total }) : null}
        actions={
          <>
            <CalendarExportButton assigneeId={assignee} />
            {isStaff ? (
              <Button icon="upload" onClick={() => setImporting(true)} title={t('tasks.import.openHint')}>
                {t('tasks.import.open')}
              </Button>
            ) : null}
            <Button variant="primary" icon="plus" shortcut="N" onClick={startCreating}>
              {t('tasks.new')}
            </Button>
          </>
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
        <FilterSelect
          label={t('tasks.filters.assignee')}
          anyLabel={t('tasks.filters.anyAssignee')}
          value={assignee ?? ''}
          options={(people.data?.items ?? []).map((person) => ({ value: person.id, label: person.name }))}
          onChange={(value) => filter({ assignee: value || undefined })}
          wide
        />
        {filtered ? (
          <Button variant="ghost" onClick={() => filter({ status: undefined, priority: undefined, sla: undefined, client: undefined, assignee: undefined })}>
            {t('common.clearFilters')}
          </Button>
        ) : null}
      </div>
      {isStaff && rows.length > 0 ? (
        <div className="toolbar bulk-bar" aria-label={t('tasks.bulk.label')}>
          <label className="bulk-bar__all">
            <input type="checkbox" checked={selection.allPicked} onChange={selection.togglePage} />
            {t('tasks.bulk.pickPage', { count: rows.length })}
          </label>
          <span className="toolbar__count" aria-live="polite">
            {selection.ids.length > 0 ? t('tasks.bulk.picked', { count: selection.ids.length }) : t('tasks.bulk.hint')}
          </span>
          {selection.ids.length > 0 ? (
            <>
              <Button variant="primary" onClick={() => setAssigning(true)}>
                {t('tasks.bulk.assignTo')}
              </Button>
              <Button variant="ghost" onClick={selection.clear}>
                {t('tasks.bulk.clear')}
              </Button>
            </>
          ) : null}
        </div>
      ) : null}
      <div className="view__body">
        <QueryView query={list}>
          {({ items, total }) =>
            items.length > 0 ? (
              <>
                <DataTable label={t('tasks.title')} columns={columns} rows={rows} rowKey={(task) => task.id} onOpen={open} onRowKey={onRowKey} />
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
      {importing ? <ImportTasks onClose={() => setImporting(false)} /> : null}
      {assigning ? <AssignDialog ids={selection.ids} onClose={() => setAssigning(false)} onAssigned={selection.clear} /> : null}
    </div>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../../../src-main/tasks/schemas';
import type { Column } from '../../ui/table/columns';
import { DueTime, PriorityBadge } from './taskBits';

const unchanged = (id: string) => id;

/** The task list's columns, shared by the Tasks view and a plan's page. */
export function useTaskColumns(clientName: (id: string) => string, personName: (id: string) => string = unchanged): readonly Column<Task>[] {
  const { t } = useTranslation();
  return useMemo(
    () => [
      { id: 'title', label: t('tasks.columns.title'), width: 'minmax(220px, 3fr)', cell: (task) => <span className="truncate strong">{task.title}</span> },
      { id: 'client', label: t('tasks.columns.client'), width: 'minmax(140px, 1.5fr)', cell: (task) => <span className="truncate">{clientName(task.clientId)}</span> },
      { id: 'priority', label: t('tasks.columns.priority'), width: '72px', cell: (task) => <PriorityBadge priority={task.priority} /> },
      { id: 'status', label: t('tasks.columns.status'), width: '150px', cell: (task) => <span className="truncate">{t(`tasks.status.${task.status}`)}</span> },
      {
        id: 'assignee',
        label: t('tasks.columns.assignee'),
        width: 'minmax(100px, 1fr)',
        cell: (task) => <span className="truncate muted">{task.assigneeId ? personName(task.assigneeId) : t('common.none')}</span>,
      },
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
    [t, clientName, personName],
  );
}

import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../../src-main/tasks/schemas';
import { href, navigate } from '../../app/router';
import { useKey } from '../../app/shortcuts';
import { useLiveReload } from '../../api/events';
import { useQuery } from '../../api/useQuery';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { QueryView } from '../../ui/QueryView';
import { DataTable } from '../../ui/table/DataTable';
import type { Column } from '../../ui/table/columns';
import { useAccountNames } from '../accounts/useAccountNames';
import { PriorityBadge } from '../tasks/taskBits';
import { PlanForm } from './PlanForm';
import { describeRule } from './recurrence';

/** The plans of one client (its tab), or of every client (the Plans view, with a client column). */
export function PlansList({ clientId, clientName }: { clientId?: string; clientName?: (id: string) => string }) {
  const { t, i18n } = useTranslation();
  const [creating, setCreating] = useState(false);
  const plans = useQuery('plans.list', clientId ? { clientId } : {});
  useLiveReload(plans.reload, ['tasks.changed'], (event) => event.type === 'tasks.changed' && (event.truncated || event.planIds.length > 0));
  const startCreating = useCallback(() => setCreating(true), []);
  useKey('n', startCreating);
  const open = useCallback((plan: Plan) => navigate(href(`/plans/${plan.id}`)), []);
  const personName = useAccountNames(useMemo(() => (plans.data?.items ?? []).map((plan) => plan.assigneeId), [plans.data]));
  const columns = useMemo<Column<Plan>[]>(
    () => [
      { id: 'name', label: t('plans.columns.name'), width: 'minmax(200px, 2fr)', cell: (plan) => <span className="truncate strong">{plan.name}</span> },
      ...(clientName
        ? [{ id: 'client', label: t('tasks.columns.client'), width: 'minmax(140px, 1.2fr)', cell: (plan: Plan) => <span className="truncate">{clientName(plan.clientId)}</span> }]
        : []),
      {
        id: 'schedule',
        label: t('plans.columns.schedule'),
        width: 'minmax(240px, 3fr)',
        cell: (plan) => <span className="truncate">{describeRule(t, i18n.language, plan.rrule, plan.start.slice(11))}</span>,
      },
      { id: 'priority', label: t('tasks.columns.priority'), width: '72px', cell: (plan) => <PriorityBadge priority={plan.priority} /> },
      { id: 'assignee', label: t('tasks.columns.assignee'), width: 'minmax(100px, 1fr)', cell: (plan) => <span className="truncate muted">{personName(plan.assigneeId)}</span> },
      {
        id: 'state',
        label: t('plans.columns.state'),
        width: '90px',
        cell: (plan) => (plan.paused ? <Badge tone="warning">{t('plans.paused')}</Badge> : <Badge>{t('plans.active')}</Badge>),
      },
    ],
    [t, i18n.language, clientName, personName],
  );

  return (
    <>
      <div className="toolbar">
        <span className="toolbar__count">{plans.data ? t('plans.count', { count: plans.data.items.length }) : null}</span>
        <div className="toolbar__end">
          <Button variant="primary" icon="plus" shortcut="N" onClick={startCreating}>
            {t('plans.new')}
          </Button>
        </div>
      </div>
      <div className="view__body">
        <QueryView query={plans}>
          {({ items }) =>
            items.length > 0 ? (
              <DataTable label={t('plans.title')} columns={columns} rows={items} rowKey={(plan) => plan.id} onOpen={open} />
            ) : (
              <EmptyState icon="repeat" title={t('plans.none')} actions={<Button onClick={startCreating}>{t('plans.new')}</Button>}>
                {t('plans.noneHint')}
              </EmptyState>
            )
          }
        </QueryView>
      </div>
      {creating ? <PlanForm clientId={clientId} onClose={() => setCreating(false)} onSaved={open} /> : null}
    </>
  );
}

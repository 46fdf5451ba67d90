import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, Task } from '../../../../src-main/tasks/schemas';
import { href, navigate } from '../../app/router';
import { useKey } from '../../app/shortcuts';
import { concernsTasks, useLiveReload } from '../../api/events';
import { mutate } from '../../api/mutate';
import { useQuery } from '../../api/useQuery';
import { Badge } from '../../ui/Badge';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errorMessage';
import { PageHeader } from '../../ui/PageHeader';
import { QueryView } from '../../ui/QueryView';
import { DataTable } from '../../ui/table/DataTable';
import { useAccountNames } from '../accounts/useAccountNames';
import { Fact, PriorityBadge, Section } from '../tasks/taskBits';
import { useTaskColumns } from '../tasks/taskColumns';
import { useZoneDateTime } from './OccurrencePreview';
import { PlanForm } from './PlanForm';
import { describeRule } from './recurrence';
import './plans.css';

const pageSize = 50;

export function PlanPage({ id }: { id: string }) {
  const plan = useQuery('plans.get', { id });
  useLiveReload(plan.reload, ['tasks.changed'], (event) => concernsTasks(event, { planId: id }));
  return <QueryView query={plan}>{(data) => <PlanDetail plan={data} />}</QueryView>;
}

function PlanDetail({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const zoneDateTime = useZoneDateTime();
  const client = useQuery('clients.get', { id: plan.clientId });
  const sites = useQuery('sites.list', plan.siteId ? { clientId: plan.clientId, archived: 'all' } : null);
  const next = useQuery('plans.preview', { id: plan.id, count: 5 });
  const [pages, setPages] = useState(1);
  const tasks = useQuery('tasks.list', { planId: plan.id, limit: pageSize * pages }, { keepPrevious: true });
  useLiveReload(tasks.reload, ['tasks.changed'], (event) => concernsTasks(event));
  const clientName = client.data?.name ?? plan.clientId;
  const personName = useAccountNames(useMemo(() => [plan.assigneeId, ...(tasks.data?.items ?? []).map((task) => task.assigneeId)], [plan.assigneeId, tasks.data]));
  const columns = useTaskColumns(
    useCallback(() => clientName, [clientName]),
    personName,
  );
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const startEditing = useCallback(() => setEditing(true), []);
  useKey('e', startEditing);
  const togglePause = () => {
    setBusy(true);
    setError(null);
    mutate('plans.pause', { id: plan.id, paused: !plan.paused })
      .catch(setError)
      .finally(() => setBusy(false));
  };
  const none = <span className="muted">{t('common.none')}</span>;
  const siteName = sites.data?.items.find((s) => s.id === plan.siteId)?.name ?? plan.siteId;

  return (
    <div className="view">
      <PageHeader
        above={
          <Breadcrumbs
            label={t('nav.breadcrumbs')}
            items={[{ label: t('plans.title'), href: href('/plans') }, { label: clientName, href: href(`/clients/${plan.clientId}/plans`) }, { label: plan.name }]}
          />
        }
        title={plan.name}
        badges={
          <>
            <PriorityBadge priority={plan.priority} />
            {plan.paused ? <Badge tone="warning">{t('plans.paused')}</Badge> : <Badge>{t('plans.active')}</Badge>}
          </>
        }
        actions={
          <>
            <Button onClick={togglePause} busy={busy}>
              {plan.paused ? t('plans.resume') : t('plans.pause')}
            </Button>
            <Button icon="edit" shortcut="E" onClick={startEditing}>
              {t('common.edit')}
            </Button>
          </>
        }
      />
      {error ? (
        <div className="banner banner--error" role="alert">
          {errorMessage(t, error)}
        </div>
      ) : null}
      <div className="view__scroll">
        <div className="fact-grid">
          <Section title={t('plans.page.schedule')}>
            <dl className="facts__list">
              <Fact label={t('plans.page.repeats')}>{describeRule(t, i18n.language, plan.rrule, plan.start.slice(11))}</Fact>
              <Fact label={t('plans.form.rrule')}>
                <span className="mono">{plan.rrule}</span>
              </Fact>
              <Fact label={t('plans.form.start')}>
                {plan.start.replace('T', ' ')} · {plan.timezone}
              </Fact>
              <Fact label={t('plans.form.leadDays')}>{t('plans.page.leadDays', { count: plan.leadDays })}</Fact>
              <Fact label={t('plans.page.generatedThrough')}>{plan.generatedThrough ? zoneDateTime(plan.generatedThrough, plan.timezone) : none}</Fact>
            </dl>
          </Section>
          <Section title={t('plans.page.next')}>
            {plan.paused ? (
              <p className="muted">{t('plans.page.pausedHint')}</p>
            ) : next.data ? (
              <ol className="plan-preview__list" data-testid="plan-next">
                {next.data.occurrences.map((at) => (
                  <li key={at}>{zoneDateTime(at, plan.timezone)}</li>
                ))}
              </ol>
            ) : null}
          </Section>
          <Section title={t('plans.page.scope')}>
            <dl className="facts__list">
              <Fact label={t('tasks.form.client')}>
                <a href={href(`/clients/${plan.clientId}`)}>{clientName}</a>
              </Fact>
              <Fact label={t('tasks.form.site')}>{plan.siteId ? <a href={href(`/clients/${plan.clientId}/sites`)}>{siteName}</a> : none}</Fact>
              <Fact label={t('tasks.form.device')}>{plan.deviceId ? <a href={href(`/devices/${plan.deviceId}`)}>{t('tasks.page.openDevice')}</a> : none}</Fact>
              <Fact label={t('tasks.form.assignee')}>{plan.assigneeId ? personName(plan.assigneeId) : none}</Fact>
            </dl>
          </Section>
          <Section title={t('plans.form.checklist')}>
            {plan.checklist.length === 0 ? (
              <p className="muted">{t('tasks.page.noChecklist')}</p>
            ) : (
              <ol className="plan-preview__list">
                {plan.checklist.map((item, index) => (
                  <li key={index}>{item}</li>
                ))}
              </ol>
            )}
          </Section>
        </div>
        <Section title={t('plans.page.tasks', { count: tasks.data?.total ?? 0 })}>
          <QueryView query={tasks}>
            {({ items, total }) =>
              items.length === 0 ? (
                <EmptyState icon="inbox" title={t('plans.page.noTasks')}>
                  {t('plans.page.noTasksHint', { count: plan.leadDays })}
                </EmptyState>
              ) : (
                <>
                  <DataTable label={t('plans.page.tasks', { count: total })} columns={columns} rows={items} rowKey={(task: Task) => task.id} onOpen={(task) => navigate(href(`/tasks/${task.id}`))} />
                  {items.length < total ? (
                    <div className="tasks__more">
                      <Button onClick={() => setPages((n) => n + 1)}>{t('tasks.loadMore', { shown: items.length, total })}</Button>
                    </div>
                  ) : null}
                </>
              )
            }
          </QueryView>
        </Section>
      </div>
      {editing ? <PlanForm plan={plan} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyDayGroup } from '../../../../src-main/tasks/schemas';
import { href, navigate, setParams, useRouter } from '../../app/router';
import { useLiveReload } from '../../api/events';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/useQuery';
import { consoleZone, useFormat } from '../../i18n/format';
import { useScheduledText } from '../tasks/scheduled';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { QueryView } from '../../ui/QueryView';
import { CalendarExportButton } from '../tasks/CalendarExport';
import { DueTime, PriorityBadge } from '../tasks/taskBits';
import { type PanelTab, SitePanel } from './SitePanel';
import './myday.css';

const pad = (n: number) => String(n).padStart(2, '0');
/** The viewer's own calendar day: "today" is where the technician is, not where the hub runs. */
const localDay = (at: Date) => `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
const shiftDay = (day: string, by: number) => {
  const at = new Date(`${day}T12:00:00`);
  at.setDate(at.getDate() + by);
  return localDay(at);
};
const isDay = (value: string | undefined): value is string => Boolean(value && /^\d{4}-\d{2}-\d{2}$/.test(value));

/** The signed-in person's tasks for a day and their overdue ones, by site, with each site's devices, contacts and notes at hand. */
export function MyDayView() {
  const { t } = useTranslation();
  const format = useFormat();
  const params = useRouter((s) => s.params);
  const today = localDay(new Date());
  const day = isDay(params.day) ? params.day : today;
  const session = useSession((s) => s.state);
  const me = session.status === 'ready' ? session.info.actor : null;
  const myDay = useQuery('tasks.myDay', { day, timezone: consoleZone() }, { keepPrevious: true });
  // Overdue work and device health change while the day goes on; a check alert may open a task.
  useLiveReload(myDay.reload, ['alerts.changed', 'tasks.changed']);
  const [panel, setPanel] = useState<{ group: MyDayGroup; tab: PanelTab } | null>(null);
  const goTo = (next: string) => setParams({ day: next === today ? undefined : next }, { replace: false });

  return (
    <div className="view">
      <PageHeader
        title={t('myDay.title')}
        meta={
          <span>
            {format.date(day)}
            {day === today ? ` · ${t('myDay.today')}` : ''}
            {myDay.data ? ` · ${t('tasks.count', { count: myDay.data.total })}` : ''}
          </span>
        }
        actions={
          <>
            <Button aria-label={t('myDay.previousDay')} title={t('myDay.previousDay')} onClick={() => goTo(shiftDay(day, -1))}>
              ←
            </Button>
            <Button onClick={() => goTo(today)} disabled={day === today}>
              {t('myDay.today')}
            </Button>
            <Button aria-label={t('myDay.nextDay')} title={t('myDay.nextDay')} onClick={() => goTo(shiftDay(day, 1))}>
              →
            </Button>
            {me ? <CalendarExportButton assigneeId={me.id} /> : null}
          </>
        }
      />
      <div className="view__scroll">
        <QueryView query={myDay}>
          {({ groups, truncated }) =>
            groups.length === 0 ? (
              <EmptyState icon="sun" title={day === today ? t('myDay.emptyToday') : t('myDay.emptyDay')} actions={<Button onClick={() => navigate(href('/tasks'))}>{t('myDay.openTasks')}</Button>}>
                {t('myDay.emptyHint')}
              </EmptyState>
            ) : (
              <div className="myday">
                {truncated ? <div className="banner">{t('myDay.truncated')}</div> : null}
                {groups.map((group) => (
                  <GroupCard key={group.siteId ?? group.clientId} group={group} onOpen={(tab) => setPanel({ group, tab })} />
                ))}
              </div>
            )
          }
        </QueryView>
      </div>
      {panel ? <SitePanel group={panel.group} tab={panel.tab} onTab={(tab) => setPanel({ ...panel, tab })} onClose={() => setPanel(null)} /> : null}
    </div>
  );
}

function GroupCard({ group, onOpen }: { group: MyDayGroup; onOpen(tab: PanelTab): void }) {
  const { t } = useTranslation();
  const scheduledText = useScheduledText();
  const name = group.siteName ?? group.clientName;
  return (
    <section className="myday-group" aria-label={name}>
      <header className="myday-group__header">
        <div className="myday-group__where">
          <h2 className="myday-group__title">{name}</h2>
          <span className="muted">{group.siteName ? group.clientName : t('myDay.noSite')}</span>
          {group.siteAddress ? <span className="muted">· {group.siteAddress}</span> : null}
        </div>
        <div className="myday-group__tools">
          <Button variant="ghost" onClick={() => onOpen('devices')}>
            {t('myDay.panel.devices')}
          </Button>
          <Button variant="ghost" onClick={() => onOpen('contacts')}>
            {t('myDay.panel.contacts')}
          </Button>
          <Button variant="ghost" onClick={() => onOpen('notes')}>
            {t('myDay.panel.notes')}
          </Button>
        </div>
      </header>
      <ul className="myday-group__tasks">
        {group.tasks.map((task) => {
          const done = task.status === 'resolved' || task.status === 'closed';
          const ticked = task.checklist.filter((item) => item.done).length;
          return (
            <li key={task.id} className={done ? 'myday-task myday-task--done' : 'myday-task'}>
              <PriorityBadge priority={task.priority} />
              <a className="myday-task__title truncate" href={href(`/tasks/${task.id}`)}>
                {task.title}
              </a>
              <span className="myday-task__flag">{task.overdue ? <Badge tone="warning">{t('myDay.overdue')}</Badge> : null}</span>
              <span className="muted myday-task__status">{t(`tasks.status.${task.status}`)}</span>
              <span className="muted myday-task__when">{task.scheduledAt ? scheduledText(task.scheduledAt) : t('myDay.unscheduled')}</span>
              <span className="muted myday-task__checklist">{task.checklist.length ? t('myDay.checklist', { done: ticked, total: task.checklist.length }) : ''}</span>
              <span className="myday-task__due">{done ? null : <DueTime at={task.resolveDueAt} state={task.slaState} />}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

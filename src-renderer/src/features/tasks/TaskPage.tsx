import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type TaskStatus, addNoteInput, addTimeInput, taskStatuses, type taskDetail } from '../../../../src-main/tasks/schemas';
import { href } from '../../app/router';
import { useKey } from '../../app/shortcuts';
import { concernsTasks, useLiveReload } from '../../api/events';
import { mutate } from '../../api/mutate';
import { useQuery } from '../../api/useQuery';
import { useFormat } from '../../i18n/format';
import { translateMessage } from '../../i18n/validation';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { Button } from '../../ui/Button';
import { controlProps } from '../../ui/Field';
import { errorMessage } from '../../ui/errorMessage';
import { useForm } from '../../ui/form/useForm';
import { PageHeader } from '../../ui/PageHeader';
import { QueryView } from '../../ui/QueryView';
import { AccountPicker } from '../accounts/AccountPicker';
import { useAccountNames } from '../accounts/useAccountNames';
import { ChecklistEditor } from './ChecklistEditor';
import { SlaClockView, useRefetchAtBoundary, useSinceAnswer } from './SlaCountdown';
import { Fact, PriorityBadge, Section, SlaBadge, useHistoryText, useMinutes } from './taskBits';
import { TaskForm } from './TaskForm';
import { useScheduledText } from './scheduled';
import './tasks.css';

type TaskDetail = z.infer<typeof taskDetail>;

export function TaskPage({ id }: { id: string }) {
  const task = useQuery('tasks.get', { id });
  useLiveReload(task.reload, ['tasks.changed'], (event) => concernsTasks(event, { taskId: id }));
  return <QueryView query={task}>{(data) => <TaskDetailView task={data} refetch={task.reload} />}</QueryView>;
}

function TaskDetailView({ task, refetch }: { task: TaskDetail; refetch(): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const scheduledText = useScheduledText();
  const minutes = useMinutes();
  const historyText = useHistoryText();
  const client = useQuery('clients.get', { id: task.clientId });
  const sites = useQuery('sites.list', task.siteId ? { clientId: task.clientId, archived: 'all' } : null);
  const siteName = sites.data?.items.find((site) => site.id === task.siteId)?.name ?? task.siteId;
  const [error, setError] = useState<unknown>(null);
  const run = (action: Promise<unknown>) => {
    setError(null);
    action.catch(setError);
  };
  const clientName = client.data?.name ?? task.clientId;
  const personName = useAccountNames(useMemo(() => task.checklist.map((item) => item.doneBy), [task.checklist]));
  const [editing, setEditing] = useState(false);
  const startEditing = useCallback(() => setEditing(true), []);
  useKey('e', startEditing);
  const none = <span className="muted">{t('common.none')}</span>;
  const { clocks } = task;
  const sinceAnswerMs = useSinceAnswer(clocks.asOf, clocks.response.running || clocks.resolution.running);
  useRefetchAtBoundary(clocks, refetch);

  return (
    <div className="view">
      <PageHeader
        above={<Breadcrumbs label={t('nav.breadcrumbs')} items={[{ label: t('tasks.title'), href: href('/tasks') }, { label: clientName, href: href(`/clients/${task.clientId}`) }, { label: task.title }]} />}
        title={task.title}
        badges={
          <>
            <PriorityBadge priority={task.priority} />
            <span className="badge badge--neutral">{t(`tasks.kinds.${task.kind}`)}</span>
            <SlaBadge state={task.slaState} />
          </>
        }
        actions={
          <>
            <label className="task-header__control">
              <span className="muted">{t('tasks.columns.status')}</span>
              <select className="input select" value={task.status} onChange={(event) => run(mutate('tasks.update', { id: task.id, status: event.target.value as TaskStatus }))}>
                {taskStatuses.map((status) => (
                  <option key={status} value={status}>
                    {t(`tasks.status.${status}`)}
                  </option>
                ))}
              </select>
            </label>
            <AssigneeBox task={task} onError={setError} />
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
          <Section title={t('tasks.page.sla')}>
            <dl className="facts__list">
              <Fact label={t('tasks.page.slaState')}>
                <SlaBadge state={task.slaState} />
              </Fact>
              <Fact label={t('tasks.clock.response')}>
                <SlaClockView name="response" clock={clocks.response} asOf={clocks.asOf} sinceAnswerMs={sinceAnswerMs} status={task.status} stoppedAt={task.respondedAt} />
              </Fact>
              <Fact label={t('tasks.clock.resolution')}>
                <SlaClockView name="resolution" clock={clocks.resolution} asOf={clocks.asOf} sinceAnswerMs={sinceAnswerMs} status={task.status} stoppedAt={task.resolvedAt} />
              </Fact>
              <Fact label={t('tasks.page.opened')}>{format.dateTime(task.openedAt)}</Fact>
            </dl>
          </Section>
          <Section title={t('tasks.page.details')}>
            <dl className="facts__list">
              <Fact label={t('tasks.form.client')}>
                <a href={href(`/clients/${task.clientId}`)}>{clientName}</a>
              </Fact>
              <Fact label={t('tasks.form.site')}>{task.siteId ? <a href={href(`/clients/${task.clientId}/sites`)}>{siteName}</a> : none}</Fact>
              <Fact label={t('tasks.form.device')}>{task.deviceId ? <a href={href(`/devices/${task.deviceId}`)}>{t('tasks.page.openDevice')}</a> : none}</Fact>
              <Fact label={t('tasks.form.scheduled')}>{task.scheduledAt ? scheduledText(task.scheduledAt) : none}</Fact>
            </dl>
          </Section>
        </div>
        {task.description ? (
          <Section title={t('tasks.form.description')}>
            <p className="notes__body">{task.description}</p>
          </Section>
        ) : null}
        <Section title={t('tasks.page.checklist')} extra={task.checklist.length ? `${task.checklist.filter((i) => i.done).length}/${task.checklist.length}` : null}>
          <ChecklistEditor task={task} personName={personName} onError={setError} />
        </Section>
        <div className="fact-grid">
          <Section title={t('tasks.page.notes')}>
            <NoteBox id={task.id} />
            {task.notes.length === 0 ? (
              <p className="muted">{t('common.noNotes')}</p>
            ) : (
              <ol className="task-notes">
                {[...task.notes].reverse().map((note) => (
                  <li key={note.id} className="task-notes__item">
                    <div className="task-notes__meta muted">
                      <strong>{note.authorName}</strong> · {format.dateTime(note.at)}
                    </div>
                    <p className="notes__body">{note.body}</p>
                  </li>
                ))}
              </ol>
            )}
          </Section>
          <Section title={t('tasks.page.time')} extra={<span data-testid="time-total">{t('tasks.page.total', { total: minutes(task.totalMinutes), billable: minutes(task.billableMinutes) })}</span>}>
            <TimeBox id={task.id} />
            {task.timeEntries.length === 0 ? (
              <p className="muted">{t('tasks.page.noTime')}</p>
            ) : (
              <table className="task-table">
                <tbody>
                  {task.timeEntries.map((entry) => (
                    <tr key={entry.id}>
                      <td className="muted">{format.dateTime(entry.at)}</td>
                      <td className="num">{minutes(entry.minutes)}</td>
                      <td>{entry.billable ? t('tasks.page.billable') : <span className="muted">{t('tasks.page.notBillable')}</span>}</td>
                      <td>{entry.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Section>
        </div>
        <Section title={t('tasks.page.history')}>
          <table className="task-table">
            <tbody>
              {[...task.history].reverse().map((change, index) => (
                <tr key={index}>
                  <td className="muted">{format.dateTime(change.at)}</td>
                  <td>{change.actorName}</td>
                  <td>{historyText.field(change.field)}</td>
                  <td className="muted">
                    {historyText.change(change.field, change.from, change.to)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      </div>
      {editing ? <TaskForm task={task} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}

/** Who does it: saved as soon as it is picked, each change in the history. */
function AssigneeBox({ task, onError }: { task: TaskDetail; onError(error: unknown): void }) {
  const { t } = useTranslation();
  return (
    <div className="task-header__control">
      <span className="muted" aria-hidden="true">
        {t('tasks.columns.assignee')}
      </span>
      <AccountPicker bare label={t('tasks.columns.assignee')} value={task.assigneeId} allowNone onChange={(assigneeId) => mutate('tasks.update', { id: task.id, assigneeId }).catch(onError)} />
    </div>
  );
}

const validateNote = (values: { body: string }) => addNoteInput.safeParse({ id: 'x', ...values });

function NoteBox({ id }: { id: string }) {
  const [key, setKey] = useState(0);
  return <NoteForm key={key} id={id} onSaved={() => setKey((n) => n + 1)} />;
}

function NoteForm({ id, onSaved }: { id: string; onSaved(): void }) {
  const { t } = useTranslation();
  const form = useForm<{ body: string }>({
    initial: { body: '' },
    validate: validateNote,
    async submit(values) {
      await mutate('tasks.addNote', { id, body: values.body });
      onSaved();
    },
  });
  const body = form.field('body');
  return (
    <form ref={form.formRef} className="task-box" noValidate onSubmit={(event) => void form.handleSubmit(event)}>
      <label className="visually-hidden" htmlFor={body.id}>
        {t('tasks.page.addNote')}
      </label>
      <textarea
        {...controlProps(body)}
        className="input textarea"
        rows={2}
        value={body.value}
        placeholder={t('tasks.page.notePlaceholder')}
        onChange={(event) => body.onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
      {body.error ? <div className="field__error">{translateMessage(t, body.error)}</div> : null}
      {form.formError ? <div className="field__error">{errorMessage(t, form.formError)}</div> : null}
      <div className="task-box__actions">
        <Button type="submit" variant="primary" busy={form.submitting}>
          {t('tasks.page.addNote')}
        </Button>
      </div>
    </form>
  );
}

type TimeValues = { minutes: string; billable: boolean; note: string };
const toTime = (values: TimeValues) => ({ id: 'x', minutes: values.minutes.trim() === '' ? Number.NaN : Number(values.minutes), billable: values.billable, note: values.note });
const validateTime = (values: TimeValues) => addTimeInput.safeParse(toTime(values));

function TimeBox({ id }: { id: string }) {
  const [key, setKey] = useState(0);
  return <TimeForm key={key} id={id} onSaved={() => setKey((n) => n + 1)} />;
}

function TimeForm({ id, onSaved }: { id: string; onSaved(): void }) {
  const { t } = useTranslation();
  const form = useForm<TimeValues>({
    initial: { minutes: '', billable: true, note: '' },
    validate: validateTime,
    async submit(values) {
      const { minutes, billable, note } = toTime(values);
      await mutate('tasks.addTime', { id, minutes, billable, note });
      onSaved();
    },
  });
  const minutesField = form.field('minutes');
  const billable = form.field('billable');
  const note = form.field('note');
  return (
    <form ref={form.formRef} className="task-box task-box--row" noValidate onSubmit={(event) => void form.handleSubmit(event)}>
      <label className="task-box__field">
        <span className="field__label">{t('tasks.page.minutes')}</span>
        <input
          {...controlProps(minutesField)}
          className="input task-box__minutes"
          inputMode="numeric"
          value={minutesField.value}
          onChange={(event) => minutesField.onChange(event.target.value)}
        />
      </label>
      <label className="task-box__field task-box__field--grow">
        <span className="field__label">{t('tasks.page.timeNote')}</span>
        <input {...controlProps(note)} className="input" value={note.value} onChange={(event) => note.onChange(event.target.value)} />
      </label>
      <label className="task-box__check">
        <input type="checkbox" checked={billable.value} onChange={(event) => billable.onChange(event.target.checked)} />
        {t('tasks.page.billable')}
      </label>
      <Button type="submit" variant="primary" busy={form.submitting}>
        {t('tasks.page.logTime')}
      </Button>
      {minutesField.error || note.error ? <div className="field__error task-box__error">{translateMessage(t, minutesField.error ?? note.error ?? '')}</div> : null}
      {form.formError ? <div className="field__error task-box__error">{errorMessage(t, form.formError)}</div> : null}
    </form>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Task, type TaskStatus, slaStates, taskKinds, taskStatuses } from '../../../../src-main/tasks/schemas';
import { useFormat } from '../../i18n/format';

type SlaState = Task['slaState'];

/**
 * A running clock's due time: red once it has passed, amber while the task is at risk. The stored
 * state covers both clocks, so a clock still in time is not painted red for the other one.
 */
export function DueTime({ at, state }: { at: string | null; state: SlaState }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!at) return <span className="muted">{t('tasks.paused')}</span>;
  const shown = Date.parse(at) <= Date.now() ? 'breached' : state === 'ok' ? 'ok' : 'at_risk';
  return (
    <span className={`task-due task-due--${shown}`} title={shown === 'ok' ? undefined : t(`tasks.sla.${shown}`)}>
      {format.dateTime(at)}
    </span>
  );
}

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const historyFields = [
  'created',
  'imported',
  'status',
  'slaState',
  'priority',
  'kind',
  'title',
  'description',
  'assigneeId',
  'siteId',
  'deviceId',
  'scheduledAt',
  'respondedAt',
  'resolvedAt',
  'note',
  'time',
  'checklist',
  'checklist.ticked',
  'checklist.unticked',
] as const;
type HistoryField = (typeof historyFields)[number];
const isHistoryField = (field: string): field is HistoryField => (historyFields as readonly string[]).includes(field);

/** A history line in the user's words: the field's name, and statuses, kinds and instants translated. */
export function useHistoryText() {
  const { t } = useTranslation();
  const format = useFormat();
  const value = (field: string, raw: string | null): string => {
    if (raw === null) return '∅';
    if ((field === 'status' || field === 'created') && taskStatuses.some((s) => s === raw)) return t(`tasks.status.${raw as TaskStatus}`);
    if (field === 'slaState' && slaStates.some((s) => s === raw)) return t(`tasks.sla.${raw as SlaState}`);
    if (field === 'kind' && taskKinds.some((k) => k === raw)) return t(`tasks.kinds.${raw as Task['kind']}`);
    return isoInstant.test(raw) ? format.dateTime(raw) : raw;
  };
  return {
    field: (field: string) => (isHistoryField(field) ? t(`tasks.history.${field}`) : field),
    change: (field: string, from: string | null, to: string | null) => (from === null ? value(field, to) : `${value(field, from)} → ${value(field, to)}`),
  };
}

export function SlaBadge({ state }: { state: SlaState }) {
  const { t } = useTranslation();
  return <span className={`sla-badge sla-badge--${state}`}>{t(`tasks.sla.${state}`)}</span>;
}

export function PriorityBadge({ priority }: { priority: Task['priority'] }) {
  return <span className={`prio prio--${priority}`}>{priority}</span>;
}

/** "2 h 05 min", "45 min": time logged and business time read in hours and minutes, never days (a day is not 24 business hours). */
export function useMinutes() {
  const { t } = useTranslation();
  return (minutes: number) => {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return h > 0 ? t('tasks.hoursMinutes', { h, mm: String(m).padStart(2, '0') }) : t('tasks.minutes', { m });
  };
}

/** A titled block of a record's page (task, plan). */
export function Section({ title, children, extra }: { title: string; children: ReactNode; extra?: ReactNode }) {
  return (
    <section className="facts task-section">
      <h2 className="facts__title">
        {title}
        {extra ? <span className="task-section__extra">{extra}</span> : null}
      </h2>
      {children}
    </section>
  );
}

/** One label and value in a section's facts list. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

import ical from 'ical-generator';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { ReadDb } from '../store/queries';
import { fieldError, taskColumns, toTask, type TaskRow } from './rows';
import type { calendarInput, calendarLanguages, Task } from './schemas';

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** A year of a busy technician's work; a wider export is cut here. */
const MAX_EVENTS = 5000;

const words = {
  en: {
    status: 'Status',
    checklist: 'Checklist',
    statuses: { new: 'New', scheduled: 'Scheduled', in_progress: 'In progress', waiting_client: 'Waiting on client', waiting_vendor: 'Waiting on vendor', resolved: 'Resolved', closed: 'Closed' },
  },
  it: {
    status: 'Stato',
    checklist: 'Checklist',
    statuses: { new: 'Nuovo', scheduled: 'Pianificato', in_progress: 'In corso', waiting_client: 'In attesa del cliente', waiting_vendor: 'In attesa del fornitore', resolved: 'Risolto', closed: 'Chiuso' },
  },
} satisfies Record<(typeof calendarLanguages)[number], { status: string; checklist: string; statuses: Record<Task['status'], string> }>;
type Words = (typeof words)['en'];

type CalendarRow = TaskRow & { clientName: string; clientZone: string; siteName: string | null; siteAddress: string | null };

/**
 * The scheduled tasks (of one assignee, or everyone's) between two instants as an RFC 5545
 * calendar. Each task is one VEVENT whose UID is derived from the task id, so importing the file
 * again updates the events instead of doubling them. A task scheduled at midnight (a day with no
 * time, as the task form sets it on the console's clock; in each client's zone when the caller gives
 * none) is an all-day event; any other an hour long.
 */
export function tasksCalendar(db: ReadDb, input: z.output<typeof calendarInput>, now: Date) {
  const from = input.from ?? new Date(now.getTime() - 30 * DAY).toISOString();
  const to = input.to ?? new Date(now.getTime() + 365 * DAY).toISOString();
  if (to <= from) throw fieldError('to', 'must be after from');
  const where = input.assigneeId ? 't.assignee_id = ? AND ' : '';
  const rows = db.all<CalendarRow>(
    `SELECT ${taskColumns}, c.name AS clientName, c.timezone AS clientZone, s.name AS siteName, s.address AS siteAddress
     FROM tasks t JOIN clients c ON c.id = t.client_id LEFT JOIN sites s ON s.id = t.site_id
     WHERE ${where}t.scheduled_at IS NOT NULL AND t.scheduled_at >= ? AND t.scheduled_at < ?
     ORDER BY t.scheduled_at, t.id LIMIT ?`,
    [...(input.assigneeId ? [input.assigneeId] : []), from, to, MAX_EVENTS],
  );

  const calendar = ical({ name: input.assigneeId ? `Presidio — ${input.assigneeId}` : 'Presidio', prodId: { company: 'Presidio', product: 'tasks', language: input.language.toUpperCase() } });
  for (const row of rows) {
    const task = toTask(row);
    const start = DateTime.fromISO(task.scheduledAt!, { zone: input.timezone ?? row.clientZone });
    const allDay = start.isValid && start.hour === 0 && start.minute === 0;
    const location = [row.siteName, row.siteAddress].filter(Boolean).join(', ');
    calendar.createEvent({
      // Task ids are the same on every instance (sync), so a laptop's export and the hub's agree.
      id: `${task.id}@presidio`,
      start: allDay ? start : new Date(task.scheduledAt!),
      end: allDay ? start.plus({ days: 1 }) : new Date(Date.parse(task.scheduledAt!) + HOUR),
      allDay,
      summary: `[${task.priority}] ${task.title} — ${row.clientName}`,
      location: location || null,
      description: describe(task, words[input.language]),
      stamp: new Date(task.updatedAt),
      lastModified: new Date(task.updatedAt),
    });
  }
  const who = (input.assigneeId ?? 'all').replace(/[^\w.-]+/g, '_');
  return { filename: `presidio-tasks-${who}.ics`, ics: calendar.toString(), events: rows.length };
}

function describe(task: Task, say: Words): string {
  const lines = [`${say.status}: ${say.statuses[task.status]}`];
  if (task.checklist.length > 0) {
    lines.push(`${say.checklist}:`, ...task.checklist.map((item) => `${item.done ? '[x]' : '[ ]'} ${item.text}`));
  }
  if (task.description) lines.push('', task.description);
  return lines.join('\n');
}

import { z } from 'zod';
import { timezone } from '../fleet/schemas';
import { isoInstant, priority } from '../sla-policies/schemas';

export { priorities, priority, type Priority } from '../sla-policies/schemas';

export const taskKinds = ['incident', 'request', 'maintenance'] as const;
export const taskKind = z.enum(taskKinds);
export const taskStatuses = ['new', 'scheduled', 'in_progress', 'waiting_client', 'waiting_vendor', 'resolved', 'closed'] as const;
export const taskStatus = z.enum(taskStatuses);
export type TaskStatus = z.infer<typeof taskStatus>;
export const slaStates = ['ok', 'at_risk', 'breached'] as const;
export const slaStateEnum = z.enum(slaStates);

const id = z.string().min(1, 'Required').max(64);
const title = z.string().trim().min(1, 'Required').max(200, 'At most 200 characters');
const text = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
const checklistText = z.string().trim().min(1, 'Required').max(500, 'At most 500 characters');
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1).max(10)]);

export const taskCreateInput = z
  .object({
    clientId: id,
    siteId: id.optional(),
    deviceId: id.optional(),
    kind: taskKind,
    priority,
    title,
    description: text(20_000).default(''),
    assigneeId: id.optional(),
    scheduledAt: isoInstant.optional(),
    openedAt: isoInstant.optional(),
    checklist: z.array(checklistText).max(200).default([]),
  })
  .strict();
export type TaskCreateInput = z.output<typeof taskCreateInput>;

export const taskUpdateInput = z
  .object({
    id,
    siteId: id.nullable().optional(),
    deviceId: id.nullable().optional(),
    kind: taskKind.optional(),
    priority: priority.optional(),
    status: taskStatus.optional(),
    title: title.optional(),
    description: text(20_000).optional(),
    assigneeId: id.nullable().optional(),
    scheduledAt: isoInstant.nullable().optional(),
    /** The whole checklist in its new order: items with an id keep their ticks, items without are added. */
    checklist: z.array(z.object({ id: id.optional(), text: checklistText }).strict()).max(200).optional(),
  })
  .strict();

export const addNoteInput = z.object({ id, body: z.string().trim().min(1, 'Required').max(20_000, 'At most 20000 characters') }).strict();
export const addTimeInput = z
  .object({
    id,
    minutes: z.number().int('Whole minutes').min(1, 'At least 1 minute').max(1440, 'At most 1440 minutes'),
    billable: z.boolean().default(true),
    note: text(2000).default(''),
  })
  .strict();
export const setChecklistItemInput = z.object({ id, itemId: id, done: z.boolean() }).strict();

export const taskListInput = z
  .object({
    clientId: id.optional(),
    siteId: id.optional(),
    deviceId: id.optional(),
    planId: id.optional(),
    assigneeId: id.optional(),
    status: oneOrMany(taskStatus).optional(),
    priority: oneOrMany(priority).optional(),
    slaState: oneOrMany(slaStateEnum).optional(),
    /** Only tasks not yet resolved or closed. */
    open: z.boolean().optional(),
    limit: z.number().int().min(1).max(500).default(50),
    cursor: z.string().max(200).optional(),
  })
  .strict()
  .default({ limit: 50 });

export const checklistItem = z.object({
  id: z.string(),
  text: z.string(),
  done: z.boolean(),
  doneBy: z.string().nullable(),
  doneAt: z.string().nullable(),
});
export type ChecklistItem = z.infer<typeof checklistItem>;

export const pause = z.object({ from: z.string(), to: z.string().nullable() });
export type StoredPause = z.infer<typeof pause>;

export const task = z.object({
  id: z.string(),
  clientId: z.string(),
  siteId: z.string().nullable(),
  deviceId: z.string().nullable(),
  planId: z.string().nullable(),
  occurrenceAt: z.string().nullable(),
  kind: taskKind,
  priority,
  status: taskStatus,
  title: z.string(),
  description: z.string(),
  assigneeId: z.string().nullable(),
  scheduledAt: z.string().nullable(),
  openedAt: z.string(),
  respondedAt: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  pauses: z.array(pause),
  checklist: z.array(checklistItem),
  /** null while a pause (waiting on client/vendor) stops the clock */
  responseDueAt: z.string().nullable(),
  resolveDueAt: z.string().nullable(),
  slaState: slaStateEnum,
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Task = z.infer<typeof task>;

const instant = z.iso.datetime();
/** One SLA clock as of `asOf`, in business time (see src-main/sla/countdown.ts). */
export const slaCountdown = z.strictObject({
  targetMinutes: z.number().nonnegative(),
  elapsedMinutes: z.number().nonnegative(),
  /** negative once overdue, by that much business time */
  remainingMinutes: z.number(),
  /** null while waiting on the client or a vendor */
  dueAt: instant.nullable(),
  state: slaStateEnum,
  /** inside business hours, not paused, not stopped */
  running: z.boolean(),
  /** waiting on the client or a vendor */
  paused: z.boolean(),
  /** responded / resolved, in time or late (state) */
  stopped: z.boolean(),
  /** when running next flips by itself; null while paused or stopped, or when hours never close */
  nextChangeAt: instant.nullable(),
});
export const slaCountdowns = z.strictObject({ asOf: instant, response: slaCountdown, resolution: slaCountdown });
export type SlaCountdowns = z.infer<typeof slaCountdowns>;

export const taskDetail = task.extend({
  /** Both clocks counted down as of the read; only here, never in lists (it walks the calendar). */
  clocks: slaCountdowns,
  notes: z.array(z.object({ id: z.string(), at: z.string(), authorId: z.string(), authorName: z.string(), body: z.string() })),
  timeEntries: z.array(z.object({ id: z.string(), at: z.string(), authorId: z.string(), minutes: z.number(), billable: z.boolean(), note: z.string() })),
  history: z.array(
    z.object({ at: z.string(), actorId: z.string(), actorName: z.string(), field: z.string(), from: z.string().nullable(), to: z.string().nullable() }),
  ),
  totalMinutes: z.number(),
  billableMinutes: z.number(),
});

export const byId = z.object({ id }).strict();
export const taskListOutput = z.object({ items: z.array(task), total: z.number(), nextCursor: z.string().nullable() });

export const assignInput = z
  .object({
    ids: z.array(id).min(1, 'Choose at least one task').max(500, 'At most 500 tasks at once'),
    assigneeId: id.nullable(),
  })
  .strict();

export const myDayInput = z
  .object({
    /** The technician's local day and zone: "today" is where they stand, not where the hub runs. */
    day: z.iso.date('A date YYYY-MM-DD'),
    timezone,
  })
  .strict();

export const myDayTask = task.extend({ overdue: z.boolean() });
export const myDayGroup = z.object({
  clientId: z.string(),
  clientName: z.string(),
  siteId: z.string().nullable(),
  siteName: z.string().nullable(),
  siteAddress: z.string().nullable(),
  tasks: z.array(myDayTask),
});
export type MyDayGroup = z.infer<typeof myDayGroup>;
export const myDayOutput = z.object({ from: z.string(), to: z.string(), groups: z.array(myDayGroup), total: z.number(), truncated: z.boolean() });

export const calendarLanguages = ['en', 'it'] as const;
export const calendarInput = z
  .object({
    assigneeId: id.optional(),
    from: isoInstant.optional(),
    to: isoInstant.optional(),
    /** Where "a day with no time" is judged (the console's zone, as for My day); each client's zone when absent. */
    timezone: timezone.optional(),
    /** The language of the events' descriptions. */
    language: z.enum(calendarLanguages).default('en'),
  })
  .strict()
  .default({ language: 'en' });
export const calendarOutput = z.object({ filename: z.string(), ics: z.string(), events: z.number() });

/** The task page's clocks turn "at risk" where the core's do, as they tick between answers. */
export { DEFAULT_AT_RISK_FRACTION } from '../sla/sla-state';

/** "My day" shows each device at the worst state of its checks, as the Health view does. */
export { worstState } from '../checks/status';

/** The columns and limits of a task import, for the console's import drawer. */
export { IMPORT_PREVIEW_ROWS, MAX_IMPORT_CHARS, MAX_IMPORT_ROWS, importColumns, type ImportColumnKey } from './import-columns';

/** Maintenance plans, for the console (which imports only schemas). */
export { plan, planCreateInput, planUpdateInput, type Plan } from './plan-schemas';

import { z } from 'zod';
import { priority } from '../sla-policies/schemas';

const id = z.string().min(1, 'Required').max(64);
const checklist = z.array(z.string().trim().min(1, 'Required').max(500, 'At most 500 characters')).max(200);

const planShape = {
  name: z.string().trim().min(1, 'Required').max(200, 'At most 200 characters'),
  siteId: id.nullable().optional(),
  deviceId: id.nullable().optional(),
  rrule: z.string().trim().min(1, 'Required').max(500),
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'A local date-time YYYY-MM-DDTHH:MM'),
  timezone: z.string().max(64),
  leadDays: z.number().int('Whole days').min(0).max(365),
  checklist,
  assigneeId: id.nullable().optional(),
  priority,
};

export const planCreateInput = z
  .object({
    ...planShape,
    clientId: id,
    timezone: planShape.timezone.optional(),
    priority: priority.default('P3'),
    checklist: checklist.default([]),
  })
  .strict();

export const planUpdateInput = z
  .object({
    id,
    name: planShape.name.optional(),
    siteId: planShape.siteId,
    deviceId: planShape.deviceId,
    rrule: planShape.rrule.optional(),
    start: planShape.start.optional(),
    timezone: planShape.timezone.optional(),
    leadDays: planShape.leadDays.optional(),
    checklist: checklist.optional(),
    assigneeId: planShape.assigneeId,
    priority: priority.optional(),
  })
  .strict();

export const planPauseInput = z.object({ id, paused: z.boolean().default(true) }).strict();
export const planPreviewInput = z.object({ id, count: z.number().int().min(1).max(100).default(10) }).strict();
/** An unsaved schedule, for the form's live preview. */
export const planPreviewRuleInput = z
  .object({ rrule: planShape.rrule, start: planShape.start, timezone: planShape.timezone, count: z.number().int().min(1).max(50).default(5) })
  .strict();
export const planListInput = z.object({ clientId: id.optional(), paused: z.boolean().optional() }).strict().default({});

export const plan = z.object({
  id: z.string(),
  name: z.string(),
  clientId: z.string(),
  siteId: z.string().nullable(),
  deviceId: z.string().nullable(),
  rrule: z.string(),
  start: z.string(),
  timezone: z.string(),
  leadDays: z.number(),
  checklist: z.array(z.string()),
  assigneeId: z.string().nullable(),
  priority,
  paused: z.boolean(),
  activeFrom: z.string(),
  /** The latest occurrence a task was made for */
  generatedThrough: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Plan = z.infer<typeof plan>;

import { z } from 'zod';
import { isoDate } from '../fleet/schemas';
import { CalendarError, compileCalendar } from '../sla';

/** The policy every client without one is held to; it always exists. */
export const DEFAULT_POLICY_ID = 'sla_default';

export const priorities = ['P1', 'P2', 'P3', 'P4'] as const;
export const priority = z.enum(priorities);
export type Priority = z.infer<typeof priority>;

const id = z.string().min(1, 'Required').max(64);
const minutes = z.number().int('Whole minutes').min(1, 'At least 1 minute').max(525_600, 'At most a year of minutes');

const target = z
  .object({ responseMinutes: minutes, resolveMinutes: minutes })
  .strict()
  .refine((t) => t.resolveMinutes >= t.responseMinutes, { message: 'Must be at least the response target', path: ['resolveMinutes'] });

export const isoInstant = z.iso.datetime({ offset: true }).transform((v) => new Date(v).toISOString());

const policyShape = {
  name: z.string().trim().min(1, 'Required').max(200, 'At most 200 characters'),
  timezone: z.string(),
  hours: z.array(z.object({ weekday: z.number(), start: z.string(), end: z.string() }).strict()).max(100),
  // Each date checked on its own: compileCalendar stops at its first problem, so a bad date would stay
  // unmarked behind a bad range until that range is fixed.
  holidays: z.object({ italian: z.boolean(), dates: z.array(isoDate).max(366) }).strict(),
  targets: z.object({ P1: target, P2: target, P3: target, P4: target }).strict(),
};

/** Shape by zod, meaning by compileCalendar: its CalendarError names the field ("hours[2].end"). */
function checkCalendar(policy: { timezone: string; hours: { weekday: number; start: string; end: string }[]; holidays: { italian: boolean; dates: string[] } }, ctx: z.RefinementCtx): void {
  try {
    compileCalendar({ timezone: policy.timezone, hours: policy.hours, holidays: policy.holidays });
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    const path = error.path.split(/[.[\]]+/).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    ctx.addIssue({ code: 'custom', message: error.message.slice(error.path.length + 2), path });
  }
}

export const policyFields = z.object(policyShape).strict().superRefine(checkCalendar);
export type PolicyFields = z.output<typeof policyFields>;

export const policyCreateInput = policyFields;
export const policyUpdateInput = z
  .object({
    id,
    name: policyShape.name.optional(),
    timezone: policyShape.timezone.optional(),
    hours: policyShape.hours.optional(),
    holidays: policyShape.holidays.optional(),
    targets: policyShape.targets.optional(),
  })
  .strict();

export const policy = z.object({
  id: z.string(),
  name: z.string(),
  timezone: z.string(),
  hours: z.array(z.object({ weekday: z.number(), start: z.string(), end: z.string() })),
  holidays: z.object({ italian: z.boolean(), dates: z.array(z.string()) }),
  targets: z.record(priority, z.object({ responseMinutes: z.number(), resolveMinutes: z.number() })),
  isDefault: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Policy = z.infer<typeof policy>;

/** A list row also says how many active clients the policy governs (the default: those without one). */
export const policyListItem = policy.extend({ clientCount: z.number() });
export type PolicyListItem = z.infer<typeof policyListItem>;

export const byId = z.object({ id }).strict();
export const previewInput = z.object({ policyId: id, at: isoInstant, priority }).strict();
export const previewOutput = z.object({ responseDueAt: z.string().nullable(), resolveDueAt: z.string().nullable() });

/** "2026-02-30T09:00" has the right form and no day: it must come back from the calendar as written. */
function isCalendarWallTime(wall: string): boolean {
  const at = Date.parse(`${wall}:00Z`);
  return !Number.isNaN(at) && new Date(at).toISOString().startsWith(wall);
}

/** Unsaved calendar and targets (a policy being edited), so the form shows its due times as the user types. */
export const previewFieldsInput = z
  .object({
    timezone: policyShape.timezone,
    hours: policyShape.hours,
    holidays: policyShape.holidays,
    targets: policyShape.targets,
    /** When the task would open, as the policy's clocks read it: the core places it in the zone, DST included. */
    openedAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'A local date-time YYYY-MM-DDTHH:MM')
      .refine(isCalendarWallTime, 'Not a date and time on the calendar'),
  })
  .strict()
  .superRefine(checkCalendar);
export const previewFieldsOutput = z.object({ openedAt: z.string(), due: z.record(priority, previewOutput) });

export const italianHolidayNames = [
  'newYear',
  'epiphany',
  'easter',
  'easterMonday',
  'liberation',
  'labour',
  'republic',
  'assumption',
  'saintFrancis',
  'allSaints',
  'immaculate',
  'christmas',
  'saintStephen',
] as const;
export const italianHolidaysInput = z.object({ year: z.number().int('A whole year').min(1583, 'From 1583').max(9999, 'Up to 9999') }).strict();
export const italianHolidaysOutput = z.object({ items: z.array(z.object({ date: z.string(), name: z.enum(italianHolidayNames) })) });

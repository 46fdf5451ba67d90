import { dayNumberFromCivil, daysInMonth, MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE } from '../../sla/civil-date';
import { isValidTimeZone, utcToWallMs, wallToUtc } from '../../sla/zone-time';
import { parseRuleText, type RuleParts } from './rule-text';

/** A maintenance plan's schedule as stored: RRULE text without DTSTART, local start, IANA zone. */
export interface RecurrencePlan {
  /** RFC 5545 RRULE value, e.g. "FREQ=MONTHLY;BYDAY=1MO" (a leading "RRULE:" is accepted) */
  readonly rrule: string;
  /** DTSTART as local wall time in `timezone`, "YYYY-MM-DDTHH:MM" */
  readonly start: string;
  readonly timezone: string;
}

export type RecurrenceField = 'rrule' | 'start' | 'timezone';

export class RecurrenceError extends Error {
  override readonly name = 'RecurrenceError';

  constructor(
    readonly field: RecurrenceField,
    /** The message without the field prefix */
    readonly detail: string,
  ) {
    super(`${field}: ${detail}`);
  }
}

/** A validated plan schedule, ready to expand. */
export class Recurrence implements RecurrencePlan {
  private constructor(
    readonly rrule: string,
    readonly start: string,
    readonly timezone: string,
    /** Parsed rule parts, for the expander */
    readonly parts: RuleParts,
    /** DTSTART as floating wall time (wall clock read as UTC ms) */
    readonly startWall: number,
  ) {}

  /**
   * Checks the plan's fields and parses the rule; throws RecurrenceError naming the bad field.
   * Does not look for upcoming occurrences: parseRecurrence does, given `now`.
   */
  static compile(plan: RecurrencePlan): Recurrence {
    if (plan instanceof Recurrence) return plan;
    if (!isValidTimeZone(plan.timezone)) {
      throw new RecurrenceError('timezone', `"${String(plan.timezone)}" is not an IANA time zone such as "Europe/Rome"`);
    }
    const startWall = parseStartWall(plan.start);
    if (startWall === null) {
      throw new RecurrenceError('start', `"${String(plan.start)}" is not a local date-time YYYY-MM-DDTHH:MM`);
    }
    const rule = parseRuleText(plan.rrule);
    if (!rule.ok) throw new RecurrenceError('rrule', rule.message);
    return new Recurrence(rule.normalized, plan.start, plan.timezone, rule.parts, startWall);
  }

  /** The UTC instant of DTSTART (a start in a DST gap moves forward, see wallToUtc). */
  get startUtc(): number {
    return wallToUtc(this.timezone, this.startWall);
  }

  /** UNTIL in floating wall time, or null. */
  get untilWall(): number | null {
    const until = this.parts.until;
    if (until === null) return null;
    return until.kind === 'wall' ? until.wallMs : utcToWallMs(this.timezone, until.utcMs);
  }
}

export type ParseRecurrenceResult =
  | { readonly ok: true; readonly recurrence: Recurrence }
  | { readonly ok: false; readonly error: { readonly field: RecurrenceField; readonly message: string } };

function parseStartWall(text: unknown): number | null {
  if (typeof text !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59) return null;
  return dayNumberFromCivil(year, month, day) * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE;
}

import type { BusinessCalendar } from './calendar';
import { addBusinessMs, businessMsBetween } from './business-time';
import { MS_PER_MINUTE } from './civil-date';
import { toEpochMs, type Instant } from './instant';
import type { Pause } from './pauses';

export type SlaState = 'ok' | 'at_risk' | 'breached';

/** Share of the target after which a running clock is reported at risk. */
export const DEFAULT_AT_RISK_FRACTION = 0.75;

export interface SlaStateInput {
  /** The instant being judged: now for a running clock, the stop instant for a stopped one. */
  readonly at: Instant;
  /** Due instant; null while an open pause leaves the clock with no due time. */
  readonly dueAt: Instant | null;
  /** Business time elapsed divided by the target (0 = just opened, 1 = target used up). */
  readonly elapsedFraction: number;
  readonly atRiskFraction?: number;
}

/**
 * Breached once `at` is strictly after the due instant: business time stops at closing, so a clock
 * whose target ran out at 18:00 keeps an elapsed fraction of exactly 1 all night, yet is late at 18:01.
 */
export function slaState({ at, dueAt, elapsedFraction, atRiskFraction = DEFAULT_AT_RISK_FRACTION }: SlaStateInput): SlaState {
  if (dueAt !== null && toEpochMs(at, 'at') > toEpochMs(dueAt, 'dueAt')) return 'breached';
  return elapsedFraction >= atRiskFraction ? 'at_risk' : 'ok';
}

export interface SlaClockInput {
  readonly calendar: BusinessCalendar;
  /** When the clock started (task opened, or the alert that raised it) */
  readonly startedAt: Instant;
  readonly targetMinutes: number;
  readonly now: Instant;
  /** When the target was met (responded / resolved); freezes the clock there. */
  readonly stoppedAt?: Instant | null;
  readonly pauses?: readonly Pause[];
  readonly atRiskFraction?: number;
}

export interface SlaClock {
  /** Epoch ms; null while an open pause leaves no due time */
  readonly dueAt: number | null;
  readonly elapsedMinutes: number;
  /** Never negative */
  readonly remainingMinutes: number;
  readonly elapsedFraction: number;
  /** A stopped clock is only ever "ok" (met in time) or "breached" (met late): nothing is at risk any more. */
  readonly state: SlaState;
}

export function slaClock(input: SlaClockInput): SlaClock {
  const targetMs = input.targetMinutes * MS_PER_MINUTE;
  const stopped = input.stoppedAt !== undefined && input.stoppedAt !== null;
  const at = stopped ? toEpochMs(input.stoppedAt!, 'stoppedAt') : toEpochMs(input.now, 'now');
  const dueAt = addBusinessMs(input.calendar, input.startedAt, targetMs, input.pauses);
  const elapsedMs = businessMsBetween(input.calendar, input.startedAt, at, input.pauses);
  const elapsedFraction = targetMs === 0 ? 1 : elapsedMs / targetMs;
  const state = slaState({
    at,
    dueAt,
    elapsedFraction,
    atRiskFraction: stopped ? Number.POSITIVE_INFINITY : (input.atRiskFraction ?? DEFAULT_AT_RISK_FRACTION),
  });
  return {
    dueAt,
    elapsedMinutes: elapsedMs / MS_PER_MINUTE,
    remainingMinutes: Math.max(0, targetMs - elapsedMs) / MS_PER_MINUTE,
    elapsedFraction,
    state,
  };
}

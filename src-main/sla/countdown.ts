import { businessIntervalsOfLocalDay, localDayNumberAt, type UtcInterval } from './business-intervals';
import { compileCalendar, type BusinessCalendar } from './calendar';
import { MS_PER_DAY, MS_PER_MINUTE } from './civil-date';
import { toEpochMs, type Instant } from './instant';
import { normalizePauses, runningPieces, type Pause } from './pauses';
import { slaClock, type SlaClockInput, type SlaState } from './sla-state';

/**
 * How far ahead the next change of a running state is looked for. A calendar open around the clock
 * has no change at all; 31 days covers any office week, holiday bridges and a DST change.
 */
export const RUNNING_LOOKAHEAD_DAYS = 31;

export interface RunningState {
  /** Inside business hours and not paused at the instant asked. */
  readonly running: boolean;
  /** Epoch ms at which `running` flips by itself; null when it does not within the lookahead (open pause, 24/7 hours). */
  readonly nextChangeAt: number | null;
}

/**
 * Whether business time is elapsing at `at` (inside business hours, outside every pause, not before
 * `from`), and when that next changes without anyone acting: the end of the current stretch of
 * running time, or the start of the next one. Stretches that touch (a day open until 24:00 and the
 * next from 00:00) are one stretch.
 */
export function runningStateAt(calendar: BusinessCalendar, at: Instant, pauses?: readonly Pause[], from?: Instant): RunningState {
  const compiled = compileCalendar(calendar);
  const atMs = toEpochMs(at, 'at');
  const searchFrom = from === undefined ? atMs : Math.max(atMs, toEpochMs(from, 'from'));
  const horizon = atMs + RUNNING_LOOKAHEAD_DAYS * MS_PER_DAY;
  const pauseIntervals = normalizePauses(pauses);
  const pieces: UtcInterval[] = [];
  // A day early and a day late: around a DST change an instant can read as the neighbouring local day.
  const lastDay = localDayNumberAt(compiled, horizon) + 1;
  for (let dayNumber = localDayNumberAt(compiled, searchFrom) - 1; dayNumber <= lastDay; dayNumber++) {
    for (const [intervalFrom, intervalTo] of businessIntervalsOfLocalDay(compiled, dayNumber)) {
      const clippedFrom = Math.max(intervalFrom, searchFrom);
      const clippedTo = Math.min(intervalTo, horizon);
      if (clippedFrom < clippedTo) pieces.push(...runningPieces(clippedFrom, clippedTo, pauseIntervals));
    }
  }
  // Where the clocks go back at midnight, a later local day can begin earlier in UTC than the day before ends.
  pieces.sort((a, b) => a[0] - b[0]);
  const first = pieces[0];
  if (!first) return { running: false, nextChangeAt: null };
  if (first[0] > atMs) return { running: false, nextChangeAt: first[0] };
  let end = first[1];
  for (const [pieceFrom, pieceTo] of pieces) {
    if (pieceFrom > end) break;
    end = Math.max(end, pieceTo);
  }
  return { running: true, nextChangeAt: end >= horizon ? null : end };
}

export interface SlaCountdown {
  readonly targetMinutes: number;
  /** Business minutes elapsed up to now (or up to the stop), fractional. */
  readonly elapsedMinutes: number;
  /** Target minus elapsed: negative once overdue, by that much business time. */
  readonly remainingMinutes: number;
  /** Epoch ms; null while an open pause leaves no due time */
  readonly dueAt: number | null;
  readonly state: SlaState;
  /** Business time is elapsing right now. */
  readonly running: boolean;
  /** Held by a pause (waiting on the client or a vendor). */
  readonly paused: boolean;
  /** Met: responded or resolved, in time or late (see state). */
  readonly stopped: boolean;
  /** Epoch ms at which `running` next flips by itself; null while stopped or held by an open pause. */
  readonly nextChangeAt: number | null;
}

/** One SLA clock as a countdown at `now`: slaClock's figures, signed, with whether and until when it runs. */
export function slaCountdown(input: SlaClockInput): SlaCountdown {
  const clock = slaClock(input);
  const targetMinutes = input.targetMinutes;
  const remainingMinutes = Math.round((targetMinutes - clock.elapsedMinutes) * MS_PER_MINUTE) / MS_PER_MINUTE;
  const base = { targetMinutes, elapsedMinutes: clock.elapsedMinutes, remainingMinutes, dueAt: clock.dueAt, state: clock.state };
  if (input.stoppedAt !== undefined && input.stoppedAt !== null) {
    return { ...base, running: false, paused: false, stopped: true, nextChangeAt: null };
  }
  const now = toEpochMs(input.now, 'now');
  const paused = normalizePauses(input.pauses).some(([from, to]) => from <= now && now < to);
  const { running, nextChangeAt } = runningStateAt(input.calendar, now, input.pauses, input.startedAt);
  return { ...base, running, paused, stopped: false, nextChangeAt };
}

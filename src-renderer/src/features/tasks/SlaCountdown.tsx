import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_AT_RISK_FRACTION, type SlaCountdowns, type TaskStatus } from '../../../../src-main/tasks/schemas';
import { useFormat } from '../../i18n/format';
import { useMinutes } from './taskBits';

type Countdown = SlaCountdowns['response'];

// The figures are whole minutes: a few seconds between repaints keeps them right without churning.
const TICK_MS = 5_000;
// setTimeout holds at most about 24.8 days; a later boundary is rescheduled by the refetch this one makes.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Milliseconds since the answer stamped `asOf` arrived, advanced every few seconds while `ticking`.
 * Counted on this machine's monotonic clock from the arrival, so a skewed local clock does not move it.
 */
export function useSinceAnswer(asOf: string, ticking: boolean): number {
  const [since, setSince] = useState({ asOf, ms: 0 });
  useEffect(() => {
    if (!ticking) return;
    const arrived = performance.now();
    const timer = window.setInterval(() => setSince({ asOf, ms: performance.now() - arrived }), TICK_MS);
    return () => window.clearInterval(timer);
  }, [asOf, ticking]);
  return since.asOf === asOf ? since.ms : 0;
}

/**
 * How long after the answer either clock starts or stops running by itself (closing time, opening
 * time), or null when neither does. A change the answer says is already past is ignored: asking
 * again would only bring the same answer back, again and again.
 */
export function boundaryDelay(clocks: SlaCountdowns): number | null {
  const asOf = Date.parse(clocks.asOf);
  const ahead = [clocks.response.nextChangeAt, clocks.resolution.nextChangeAt]
    .filter((at): at is string => at !== null)
    .map((at) => Date.parse(at) - asOf)
    .filter((delay) => delay > 0);
  return ahead.length > 0 ? Math.min(MAX_TIMER_MS, ...ahead) : null;
}

/** One refetch at the next boundary of the answer shown; each new answer sets its own. */
export function useRefetchAtBoundary(clocks: SlaCountdowns, refetch: () => void): void {
  const delay = boundaryDelay(clocks);
  useEffect(() => {
    if (delay === null) return;
    const timer = window.setTimeout(refetch, delay);
    return () => window.clearTimeout(timer);
  }, [clocks.asOf, delay, refetch]);
}

export interface LocalClock {
  remainingMinutes: number;
  fraction: number;
  tone: 'ok' | 'at_risk' | 'breached' | 'met';
}

/** The answer's clock moved on by the time run since it arrived, up to its next change (then a refetch takes over). */
export function clockAt(clock: Countdown, asOf: string, sinceAnswerMs: number): LocalClock {
  const runUntil = clock.nextChangeAt === null ? Number.POSITIVE_INFINITY : Date.parse(clock.nextChangeAt) - Date.parse(asOf);
  const runMs = clock.running ? Math.max(0, Math.min(sinceAnswerMs, runUntil)) : 0;
  const elapsed = clock.elapsedMinutes + runMs / 60_000;
  const fraction = clock.targetMinutes === 0 ? 1 : Math.min(1, elapsed / clock.targetMinutes);
  const pastDue = clock.dueAt !== null && Date.parse(asOf) + sinceAnswerMs > Date.parse(clock.dueAt);
  const tone =
    clock.state === 'breached' || (!clock.stopped && pastDue)
      ? 'breached'
      : clock.stopped
        ? 'met'
        : fraction >= DEFAULT_AT_RISK_FRACTION
          ? 'at_risk'
          : 'ok';
  return { remainingMinutes: clock.targetMinutes - elapsed, fraction, tone };
}

type ClockWord =
  | { key: 'left' | 'overdueBy' | 'stoppedMet' | 'stoppedLate'; minutes: number }
  | { key: 'overdue' | 'stoppedMetJust' | 'stoppedLateJust' };

/**
 * The figure in whole minutes, never rounded the wrong way: time left rounds up (it is not over
 * until it is), lateness and spare time round down (a few seconds late is "overdue", not "1 min").
 */
export function clockWord(clock: Pick<Countdown, 'stopped'>, local: LocalClock): ClockWord {
  const late = Math.floor(-local.remainingMinutes + 1e-9);
  const spare = Math.floor(local.remainingMinutes + 1e-9);
  if (clock.stopped && local.tone === 'breached') return late > 0 ? { key: 'stoppedLate', minutes: late } : { key: 'stoppedLateJust' };
  if (clock.stopped) return spare > 0 ? { key: 'stoppedMet', minutes: spare } : { key: 'stoppedMetJust' };
  if (local.tone === 'breached') return late > 0 ? { key: 'overdueBy', minutes: late } : { key: 'overdue' };
  return { key: 'left', minutes: Math.max(0, Math.ceil(local.remainingMinutes - 1e-9)) };
}

/**
 * One SLA clock on the task page: what is left (or how late), why it is or is not running, and a bar;
 * under it when it is due, or once stopped when it was met (responded, resolved), and its target.
 */
export function SlaClockView({
  name,
  clock,
  asOf,
  sinceAnswerMs,
  status,
  stoppedAt,
}: {
  name: 'response' | 'resolution';
  clock: Countdown;
  asOf: string;
  sinceAnswerMs: number;
  status: TaskStatus;
  stoppedAt: string | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = useMinutes();
  const local = clockAt(clock, asOf, sinceAnswerMs);
  const word = clockWord(clock, local);
  const figure = 'minutes' in word ? t(`tasks.clock.${word.key}`, { time: duration(word.minutes) }) : t(`tasks.clock.${word.key}`);
  const why = clock.stopped
    ? null
    : clock.paused
      ? t(status === 'waiting_vendor' ? 'tasks.clock.pausedVendor' : 'tasks.clock.pausedClient')
      : clock.running
        ? t('tasks.clock.running')
        : clock.nextChangeAt
          ? t('tasks.clock.resumesAt', { at: format.dateTime(clock.nextChangeAt) })
          : t('tasks.clock.outsideHours');
  const state = clock.stopped ? 'stopped' : clock.paused ? 'paused' : clock.running ? 'running' : 'waiting';
  const percent = Math.round(local.fraction * 100);
  return (
    <div className={`sla-clock sla-clock--${local.tone}`} data-testid={`sla-clock-${name}`} data-state={state}>
      <div className="sla-clock__line">
        <span className="sla-clock__figure">{figure}</span>
        {why ? <span className={`sla-clock__why sla-clock__why--${state}`}>{why}</span> : null}
      </div>
      <div
        className="sla-clock__track"
        role="progressbar"
        aria-label={t(`tasks.clock.${name}`)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('tasks.clock.used', { percent, target: duration(clock.targetMinutes) })}
      >
        <div className="sla-clock__fill" style={{ width: `${percent}%` }} />
      </div>
      <div className="sla-clock__line sla-clock__meta muted">
        <span>
          {clock.stopped && stoppedAt
            ? t(name === 'response' ? 'tasks.page.respondedAt' : 'tasks.page.resolvedAt', { at: format.dateTime(stoppedAt) })
            : clock.dueAt
              ? t('tasks.clock.dueAt', { at: format.dateTime(clock.dueAt) })
              : t('tasks.clock.noDue')}
        </span>
        <span>{t('tasks.clock.target', { time: duration(clock.targetMinutes) })}</span>
      </div>
    </div>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SlaCountdowns, TaskStatus } from '../../../../src-main/tasks/schemas';
import { useFormat } from '../../i18n/format';

type Countdown = SlaCountdowns['response'];

// The figures are whole minutes: a few seconds between repaints keeps them right without churning.
const TICK_MS = 5_000;
const AT_RISK_FRACTION = 0.75;
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

/** One refetch when the first clock's running state changes by itself (closing time, opening time). */
export function useRefetchAtBoundary(clocks: SlaCountdowns, refetch: () => void): void {
  const changes = [clocks.response.nextChangeAt, clocks.resolution.nextChangeAt].filter((at): at is string => at !== null).map(Date.parse);
  const next = changes.length > 0 ? Math.min(...changes) : null;
  const asOf = Date.parse(clocks.asOf);
  useEffect(() => {
    if (next === null) return;
    const timer = window.setTimeout(refetch, Math.min(MAX_TIMER_MS, Math.max(0, next - asOf)));
    return () => window.clearTimeout(timer);
  }, [next, asOf, refetch]);
}

interface LocalClock {
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
        : fraction >= AT_RISK_FRACTION
          ? 'at_risk'
          : 'ok';
  return { remainingMinutes: clock.targetMinutes - elapsed, fraction, tone };
}

/** "2 h 05 min", "45 min": business time reads in hours and minutes, never days (a day is not 24 business hours). */
export function useDuration() {
  const { t } = useTranslation();
  return (minutes: number) => {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return h > 0 ? t('tasks.clock.hoursMinutes', { h, mm: String(m).padStart(2, '0') }) : t('tasks.minutes', { m });
  };
}

/** One SLA clock on the task page: what is left (or how late), why it is or is not running, and a bar. */
export function SlaClockView({
  name,
  clock,
  asOf,
  sinceAnswerMs,
  status,
}: {
  name: 'response' | 'resolution';
  clock: Countdown;
  asOf: string;
  sinceAnswerMs: number;
  status: TaskStatus;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const duration = useDuration();
  const local = clockAt(clock, asOf, sinceAnswerMs);
  const left = Math.ceil(local.remainingMinutes - 1e-9);
  const late = Math.floor(-local.remainingMinutes + 1e-9);
  const figure = clock.stopped
    ? local.tone === 'breached'
      ? t('tasks.clock.stoppedLate', { time: duration(Math.max(0, late)) })
      : t('tasks.clock.stoppedInTime')
    : local.tone === 'breached'
      ? late > 0
        ? t('tasks.clock.overdueBy', { time: duration(late) })
        : t('tasks.clock.overdue')
      : t('tasks.clock.left', { time: duration(Math.max(0, left)) });
  const why = clock.stopped
    ? null
    : clock.paused
      ? t(status === 'waiting_vendor' ? 'tasks.clock.pausedVendor' : 'tasks.clock.pausedClient')
      : clock.running
        ? t('tasks.clock.running')
        : clock.nextChangeAt
          ? t('tasks.clock.resumesAt', { at: format.dateTime(clock.nextChangeAt) })
          : t('tasks.clock.outsideHours');
  const percent = Math.round(local.fraction * 100);
  return (
    <div className={`sla-clock sla-clock--${local.tone}`} data-testid={`sla-clock-${name}`} data-state={clock.stopped ? 'stopped' : clock.paused ? 'paused' : clock.running ? 'running' : 'waiting'}>
      <div className="sla-clock__line">
        <span className="sla-clock__figure">{figure}</span>
        {why ? <span className="sla-clock__why">{why}</span> : null}
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
      <div className="sla-clock__meta muted">
        {clock.dueAt ? t('tasks.clock.dueAt', { at: format.dateTime(clock.dueAt) }) : t('tasks.clock.noDue')} · {t('tasks.clock.target', { time: duration(clock.targetMinutes) })}
      </div>
    </div>
  );
}

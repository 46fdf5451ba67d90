import { addBusinessMs, slaClock, slaCountdown, type Pause, type SlaState } from '../sla';
import type { LoadedPolicy } from '../sla-policies/policies';
import type { Priority, SlaCountdowns, StoredPause } from './schemas';

/** sort_due for a task with no running clock (paused, or done without a due time): last. */
export const NO_DUE = 8_640_000_000_000_000;
const AT_RISK = 0.75;

export interface SlaInput {
  priority: Priority;
  openedAt: string;
  respondedAt: string | null;
  resolvedAt: string | null;
  pauses: StoredPause[];
}

export interface SlaColumns {
  response_due_at: string | null;
  resolve_due_at: string | null;
  sla_state: SlaState;
  sort_due: number;
  sla_check_at: number | null;
}

const rank: Record<SlaState, number> = { ok: 0, at_risk: 1, breached: 2 };

interface ClockInput {
  readonly targetMinutes: number;
  readonly stoppedAt: number | null;
  readonly pauses: Pause[];
}

/**
 * The two clocks of a task, both from openedAt: response until responded, resolution until resolved.
 * A stopped clock is not moved by pauses that came after it stopped.
 */
function taskClocks(policy: LoadedPolicy, input: SlaInput): { openedAt: number; response: ClockInput; resolution: ClockInput } {
  const target = policy.policy.targets[input.priority];
  const pauses: Pause[] = input.pauses.map((p) => ({ from: Date.parse(p.from), to: p.to === null ? null : Date.parse(p.to) }));
  const clock = (targetMinutes: number, stoppedAt: string | null): ClockInput => {
    const stoppedMs = stoppedAt === null ? null : Date.parse(stoppedAt);
    return { targetMinutes, stoppedAt: stoppedMs, pauses: stoppedMs === null ? pauses : pauses.filter((p) => (p.from as number) < stoppedMs) };
  };
  return { openedAt: Date.parse(input.openedAt), response: clock(target.responseMinutes, input.respondedAt), resolution: clock(target.resolveMinutes, input.resolvedAt) };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * Both clocks of a task as stored columns; both pause while waiting on the client or a vendor. The
 * task's state is the worse of the two (a clock stopped late stays breached for good).
 * sla_check_at is the next instant the state would change by itself.
 */
export function computeSla(policy: LoadedPolicy, input: SlaInput, now: number): SlaColumns {
  const clocks = taskClocks(policy, input);
  const clock = ({ targetMinutes, stoppedAt, pauses }: ClockInput) => {
    const result = slaClock({ calendar: policy.calendar, startedAt: clocks.openedAt, targetMinutes, now, stoppedAt, pauses, atRiskFraction: AT_RISK });
    let checkAt: number | null = null;
    if (stoppedAt === null && result.dueAt !== null) {
      if (result.state === 'ok') checkAt = addBusinessMs(policy.calendar, clocks.openedAt, targetMinutes * 60_000 * AT_RISK, pauses);
      else if (result.state === 'at_risk') checkAt = result.dueAt + 1;
    }
    return { ...result, checkAt };
  };
  const response = clock(clocks.response);
  const resolve = clock(clocks.resolution);
  const state = rank[response.state] >= rank[resolve.state] ? response.state : resolve.state;
  const running = input.respondedAt === null ? response : resolve;
  const checks = [response.checkAt, resolve.checkAt].filter((v): v is number => v !== null);
  return {
    response_due_at: iso(response.dueAt),
    resolve_due_at: iso(resolve.dueAt),
    sla_state: state,
    sort_due: input.resolvedAt === null ? (running.dueAt ?? NO_DUE) : NO_DUE,
    sla_check_at: checks.length > 0 ? Math.min(...checks) : null,
  };
}

/**
 * Both clocks as countdowns at `now`, for one task's page: business time walks the calendar, so
 * this is never done for a list.
 */
export function slaCountdowns(policy: LoadedPolicy, input: SlaInput, now: number): SlaCountdowns {
  const clocks = taskClocks(policy, input);
  const countdown = ({ targetMinutes, stoppedAt, pauses }: ClockInput) => {
    const result = slaCountdown({ calendar: policy.calendar, startedAt: clocks.openedAt, targetMinutes, now, stoppedAt, pauses, atRiskFraction: AT_RISK });
    return { ...result, dueAt: iso(result.dueAt), nextChangeAt: iso(result.nextChangeAt) };
  };
  return { asOf: new Date(now).toISOString(), response: countdown(clocks.response), resolution: countdown(clocks.resolution) };
}

import { addBusinessMs, slaClock, type Pause, type SlaState } from '../sla';
import type { LoadedPolicy } from '../sla-policies/policies';
import type { Priority, StoredPause } from './schemas';

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

/**
 * Both clocks of a task as stored columns. The response clock runs from openedAt until the task
 * is responded to; the resolution clock until it is resolved; both pause while waiting on the
 * client or a vendor. The task's state is the worse of the two (a clock stopped late stays
 * breached for good). sla_check_at is the next instant the state would change by itself.
 */
export function computeSla(policy: LoadedPolicy, input: SlaInput, now: number): SlaColumns {
  const target = policy.policy.targets[input.priority];
  const pauses: Pause[] = input.pauses.map((p) => ({ from: Date.parse(p.from), to: p.to === null ? null : Date.parse(p.to) }));
  const openedAt = Date.parse(input.openedAt);
  const clock = (minutes: number, stoppedAt: string | null) => {
    const stoppedMs = stoppedAt === null ? null : Date.parse(stoppedAt);
    // A stopped clock's due time is not moved by pauses that came after it stopped.
    const own = stoppedMs === null ? pauses : pauses.filter((p) => (p.from as number) < stoppedMs);
    const result = slaClock({ calendar: policy.calendar, startedAt: openedAt, targetMinutes: minutes, now, stoppedAt: stoppedMs, pauses: own, atRiskFraction: AT_RISK });
    let checkAt: number | null = null;
    if (stoppedAt === null && result.dueAt !== null) {
      if (result.state === 'ok') checkAt = addBusinessMs(policy.calendar, openedAt, minutes * 60_000 * AT_RISK, own);
      else if (result.state === 'at_risk') checkAt = result.dueAt + 1;
    }
    return { ...result, checkAt };
  };
  const response = clock(target.responseMinutes, input.respondedAt);
  const resolve = clock(target.resolveMinutes, input.resolvedAt);
  const state = rank[response.state] >= rank[resolve.state] ? response.state : resolve.state;
  const running = input.respondedAt === null ? response : resolve;
  const checks = [response.checkAt, resolve.checkAt].filter((v): v is number => v !== null);
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    response_due_at: iso(response.dueAt),
    resolve_due_at: iso(resolve.dueAt),
    sla_state: state,
    sort_due: input.resolvedAt === null ? (running.dueAt ?? NO_DUE) : NO_DUE,
    sla_check_at: checks.length > 0 ? Math.min(...checks) : null,
  };
}

// Pure vocabulary shared by the core and the renderer (imported by schemas.ts): no Node here.

/** What one probe run says. */
export const resultStatuses = ['ok', 'warning', 'critical', 'unknown'] as const;
export type ResultStatus = (typeof resultStatuses)[number];

/** What a check or a device shows: a result status, or why there is none to judge by. */
export const checkStates = ['ok', 'warning', 'critical', 'unknown', 'paused', 'maintenance'] as const;
export type CheckState = (typeof checkStates)[number];

/** Stored as a small integer in the high-volume results table. */
export const statusCode: Record<ResultStatus, number> = { ok: 0, warning: 1, critical: 2, unknown: 3 };
export const statusOfCode = resultStatuses;

// "Worst" for a device and a client: a problem outranks silence, and silence chosen by someone
// (maintenance, pause) ranks below a check that is fine, so it never hides a live failure.
const rank: Record<CheckState, number> = { critical: 5, warning: 4, unknown: 3, ok: 2, maintenance: 1, paused: 0 };

export function worstState(states: Iterable<CheckState>): CheckState | null {
  let worst: CheckState | null = null;
  for (const state of states) if (worst === null || rank[state] > rank[worst]) worst = state;
  return worst;
}

export const stateRank = (state: CheckState): number => rank[state];

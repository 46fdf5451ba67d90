/**
 * What the core pushes, unasked, so that screens refresh without polling. Each kind is coalesced:
 * at most one of each every 250 ms (4 a second), carrying the ids of everything that changed since
 * the previous one, at most 1,000 per list; `truncated` says a list overflowed (or the change was too
 * broad to list, like a new maintenance window): refresh everything of that kind.
 *
 * - `health.changed`: checks whose state changed (a verdict, an alert opened or closed, an edit, a
 *   pause) and their devices: the Health view and state badges refresh.
 * - `checks.results`: checks with new results and their devices: charts and "last result" refresh.
 * - `alerts.changed`: alerts opened, escalated, closed or acknowledged, here or pulled by sync.
 * - `tasks.changed`: tasks and plans written by anyone (a call, the plan generator, an alert), at
 *   most two a second: task lists, task pages, My day and plans refresh.
 *
 * Hosts forward these as they are: the hub on its SSE stream, the Electron shell over IPC.
 */
export type CoreEvent =
  | { type: 'health.changed'; checkIds: string[]; deviceIds: string[]; truncated: boolean }
  | { type: 'checks.results'; checkIds: string[]; deviceIds: string[]; truncated: boolean }
  | { type: 'alerts.changed'; alertIds: string[]; truncated: boolean }
  | { type: 'tasks.changed'; taskIds: string[]; planIds: string[]; truncated: boolean };

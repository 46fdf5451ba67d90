import type { AlertHooks } from './alert-hooks';
import type { MaintenanceCalendar } from './maintenance-calendar';
import type { Placement } from './placement';
import type { OneOffResult, OneOffRun, RunnerResult } from './runner-protocol';
import type { SchedulerStats } from './schemas';

/** What the checks handlers need beyond their transaction: the runner, the results store, the calendar. */
export interface ChecksRuntime {
  /**
   * Checks or windows were written. What is cached of them is dropped at once (the next read loads
   * what is committed); the runner catches up right after this call commits.
   */
  definitionsChanged(changed: { checkIds?: readonly string[]; maintenance?: boolean }): void;
  /** Runs probes now, outside the schedule, in the runner thread. */
  run(runs: OneOffRun[]): Promise<OneOffResult[]>;
  /** Stores results as the schedule's own are stored: state, alerts, rollups. */
  record(results: RunnerResult[]): void;
  schedulerStats(): SchedulerStats;
  readonly calendar: MaintenanceCalendar;
  /** Which checks this instance runs, and the instance id a new check is placed on by default. */
  readonly placement: Placement;
  /** Told when an alert opens or closes, inside the transaction that does it. */
  readonly alertHooks: AlertHooks;
}

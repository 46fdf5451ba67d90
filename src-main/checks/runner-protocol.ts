import type { ProbeConfig, ProbeStatus } from './probes';
import type { SchedulerCounters } from './scheduler';

// Messages between the core worker and the checks runner thread (structured-cloned, so plain data).

/** A check as the runner sees it: how often, and the probe to run. */
export interface RunnerCheck {
  id: string;
  intervalMs: number;
  probe: ProbeConfig;
}

export interface RunnerResult {
  checkId: string;
  /** When the probe started (epoch ms). */
  at: number;
  status: ProbeStatus;
  latencyMs: number | null;
  message: string;
  /** TLS checks: when the certificate expires (epoch ms). */
  certExpiresAt?: number;
  /** Everything the probe found; only on one-off runs, scheduled results stay small. */
  details?: Record<string, unknown>;
}

/** One run outside the schedule: a saved check (run now, run site) or an unsaved one (test, checkId null). */
export interface OneOffRun {
  checkId: string | null;
  probe: ProbeConfig;
}

export interface OneOffResult extends RunnerResult {
  /** True when this is the result of a scheduled run already in flight: it reaches the store with its batch. */
  recorded: boolean;
}

export type ToRunner =
  /** The checks to schedule: all of them (replaceAll, at start), or what changed since. */
  | { type: 'checks'; replaceAll: boolean; upsert: RunnerCheck[]; remove: string[] }
  | { type: 'run'; requestId: number; runs: OneOffRun[] }
  | { type: 'stop' };

export type FromRunner =
  | { type: 'results'; results: RunnerResult[]; counters: SchedulerCounters }
  | { type: 'ran'; requestId: number; results: OneOffResult[] };

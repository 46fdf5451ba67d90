import { AppError } from '../core/errors';
import type { CoreEvent } from '../core/worker-protocol';
import type { Store } from '../store/store';
import { alertHooks, type AlertHook, type AlertHooks } from './alert-hooks';
import { ChangeWatch, type WatchedChanges } from './change-watch';
import { EventCoalescer } from './events';
import { percentileOf } from './histogram';
import { MaintenanceCalendar } from './maintenance-calendar';
import { placementOf, readInstanceId, runsHereSql, type InstanceKind, type Placement } from './placement';
import { toProbeConfig, type ProbeFields } from './probe-config';
import { Pruner } from './pruning';
import { ResultsStore } from './results-store';
import type { RunnerFactory, RunnerLink } from './runner-link';
import type { FromRunner, OneOffResult, OneOffRun, RunnerCheck, RunnerResult } from './runner-protocol';
import type { ChecksRuntime } from './runtime';
import { defaultLimits, lagBoundsMs, type SchedulerCounters } from './scheduler';
import type { SchedulerStats } from './schemas';

export interface MonitorOptions {
  runner: RunnerFactory;
  /** A hub runs the hub's checks; a desktop runs its own (see placement.ts). */
  instance: InstanceKind;
  emit?: (event: CoreEvent) => void;
  /** Reports what goes wrong in the background (a batch that could not be stored, a runner crash). */
  onError?: (error: unknown) => void;
  /** What other domains do when an alert opens or closes (composed by the core: core/app.ts). */
  alertHooks?: readonly AlertHook[];
}

const WATCH_EVERY_MS = 500;
const ROLLUP_FLUSH_EVERY_MS = 1000;
const FIRST_PRUNE_AFTER_MS = 60_000;
const PRUNE_EVERY_MS = 3_600_000;
const RUNNER_RESTART_AFTER_MS = 1000;

interface DefinitionRow {
  id: string;
  deviceId: string | null;
  kind: ProbeFields['kind'];
  config: string;
  intervalSeconds: number;
  timeoutMs: number;
  warnMs: number | null;
  critMs: number | null;
  runnable: number;
}

/** The stored checks matching `where`, each marked runnable when this instance should schedule it. */
const definitionSql = (where: string, runsHere: string) => `
  SELECT c.id, c.device_id AS deviceId, c.kind, c.config, c.interval_seconds AS intervalSeconds, c.timeout_ms AS timeoutMs, c.warn_ms AS warnMs, c.crit_ms AS critMs,
         (c.deleted_at IS NULL AND c.paused = 0 AND cl.archived_at IS NULL AND d.archived_at IS NULL AND ${runsHere}) AS runnable
  FROM checks c JOIN clients cl ON cl.id = c.client_id LEFT JOIN devices d ON d.id = c.device_id
  WHERE ${where}`;

/**
 * The checks' side of the core worker: keeps the runner thread supplied with the checks to run,
 * stores the result batches it sends back, follows the change log for edits (made here or pulled by
 * sync), pushes coalesced events, and prunes old data in the background.
 */
export class ChecksMonitor implements ChecksRuntime {
  readonly calendar = new MaintenanceCalendar();
  readonly results: ResultsStore;
  readonly alertHooks: AlertHooks;
  readonly placement: Placement;
  private readonly events: EventCoalescer;
  private readonly watch: ChangeWatch;
  private readonly pruner: Pruner;
  private link: RunnerLink | null = null;
  /** What the runner holds: check id -> the fields it was sent, to send only what changed. */
  private readonly sent = new Map<string, string>();
  private readonly requests = new Map<number, { resolve: (results: OneOffResult[]) => void; reject: (error: Error) => void }>();
  private nextRequestId = 1;
  private counters: SchedulerCounters | null = null;
  private recorded = 0;
  private readonly timers: NodeJS.Timeout[] = [];
  private watchSoon: NodeJS.Immediate | undefined;
  private pruning = false;
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly options: MonitorOptions,
  ) {
    this.alertHooks = alertHooks(options.alertHooks);
    this.placement = placementOf(options.instance, readInstanceId(store.read));
    this.results = new ResultsStore(store, this.calendar, undefined, this.alertHooks);
    this.events = new EventCoalescer(options.emit ?? (() => {}));
    this.watch = new ChangeWatch(store.read);
    this.pruner = new Pruner(store);
  }

  /** Catches up the rollups, starts the runner with every runnable check, and the background work. */
  start(): this {
    this.results.recover();
    this.startRunner();
    this.every(WATCH_EVERY_MS, () => this.followChanges());
    this.every(ROLLUP_FLUSH_EVERY_MS, () => this.results.flushRollups());
    this.timers.push(setTimeout(() => void this.prune(), FIRST_PRUNE_AFTER_MS).unref());
    this.every(PRUNE_EVERY_MS, () => void this.prune());
    return this;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.timers.forEach(clearTimeout);
    clearImmediate(this.watchSoon);
    this.events.close();
    this.failRequests('The checks monitor stopped');
    // The last rollups are written before the store closes (after a crash, results past them are summed again at start).
    this.results.flushRollups();
    const link = this.link;
    this.link = null;
    if (!link) return;
    link.send({ type: 'stop' });
    await link.close();
  }

  // ---- ChecksRuntime, for the handlers

  definitionsChanged(changed: { checkIds?: readonly string[]; maintenance?: boolean }): void {
    if (this.closed) return;
    if (changed.checkIds) this.results.forget(changed.checkIds);
    if (changed.maintenance) this.calendar.invalidate();
    this.watchSoon ??= setImmediate(() => {
      this.watchSoon = undefined;
      this.followChanges();
    });
  }

  run(runs: OneOffRun[]): Promise<OneOffResult[]> {
    const link = this.link;
    if (!link) return Promise.reject(new AppError('internal', 'The checks runner is not running'));
    if (runs.length === 0) return Promise.resolve([]);
    const requestId = this.nextRequestId++;
    return new Promise((resolve, reject) => {
      this.requests.set(requestId, { resolve, reject });
      link.send({ type: 'run', requestId, runs });
    });
  }

  record(results: RunnerResult[]): void {
    if (this.closed || results.length === 0) return;
    const report = this.results.ingest(results);
    this.recorded += results.length;
    this.events.resultsAdded(report.checkIds, report.deviceIds);
    if (report.changedCheckIds.size > 0) this.events.healthChanged(report.changedCheckIds, report.changedDeviceIds);
  }

  schedulerStats(): SchedulerStats {
    const counts = this.counters?.lagCounts ?? new Array<number>(lagBoundsMs.length + 1).fill(0);
    return {
      checks: this.counters?.checks ?? this.sent.size,
      running: this.counters?.running ?? 0,
      started: this.counters?.started ?? 0,
      late: this.counters?.late ?? 0,
      lateAfterMs: defaultLimits.lateAfterMs,
      skipped: this.counters?.skipped ?? 0,
      lag: { boundsMs: [...lagBoundsMs], counts, p50Ms: percentileOf(lagBoundsMs, counts, 50), p99Ms: percentileOf(lagBoundsMs, counts, 99) },
      resultsRecorded: this.recorded,
    };
  }

  // ---- the runner

  private startRunner(): void {
    const link = this.options.runner();
    this.link = link;
    link.listen({ message: (message) => this.onRunnerMessage(message), exited: (reason) => this.onRunnerExit(link, reason) });
    this.sent.clear();
    this.sendDefinitions(this.definitions('1 = 1', {}), true);
  }

  private onRunnerMessage(message: FromRunner): void {
    if (this.closed) return;
    if (message.type === 'ran') {
      this.requests.get(message.requestId)?.resolve(message.results);
      this.requests.delete(message.requestId);
      return;
    }
    this.counters = message.counters;
    try {
      this.record(message.results);
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  /** A crashed runner is replaced after a pause, with every check sent again. */
  private onRunnerExit(link: RunnerLink, reason: string): void {
    if (this.closed || this.link !== link) return;
    this.options.onError?.(new Error(`The checks runner stopped (${reason}); restarting it`));
    this.link = null;
    this.failRequests('The checks runner stopped while running this');
    const restart = () => {
      if (!this.closed) this.startRunner();
    };
    this.timers.push(setTimeout(restart, RUNNER_RESTART_AFTER_MS).unref());
  }

  private failRequests(message: string): void {
    for (const request of this.requests.values()) request.reject(new AppError('internal', message));
    this.requests.clear();
  }

  private definitions(where: string, params: Record<string, unknown>): DefinitionRow[] {
    const runsHere = runsHereSql(this.placement);
    return this.store.read.all<DefinitionRow>(definitionSql(where, runsHere.sql), { ...params, ...runsHere.params });
  }

  /** Sends the runner the checks whose fields changed, and removes those no longer runnable. */
  private sendDefinitions(rows: DefinitionRow[], replaceAll: boolean): void {
    const upsert: RunnerCheck[] = [];
    const remove: string[] = [];
    for (const row of rows) {
      const fields = row.runnable ? `${row.intervalSeconds}|${row.timeoutMs}|${row.warnMs}|${row.critMs}|${row.config}` : null;
      const check = fields === null ? null : toRunnerCheck(row);
      if (check === null) {
        if (this.sent.delete(row.id)) remove.push(row.id);
      } else if (this.sent.get(row.id) !== fields) {
        this.sent.set(row.id, fields!);
        upsert.push(check);
      }
    }
    if (replaceAll || upsert.length > 0 || remove.length > 0) this.link?.send({ type: 'checks', replaceAll, upsert, remove });
  }

  // ---- following changes

  private followChanges(): void {
    if (this.closed) return;
    let changes: WatchedChanges | null;
    try {
      changes = this.watch.poll();
      if (changes) this.apply(changes);
    } catch (error) {
      this.options.onError?.(error);
    }
  }

  private apply(changes: WatchedChanges): void {
    if (changes.maintenance) {
      this.calendar.invalidate();
      this.events.healthChanged([], [], true);
    }
    if (changes.alerts.size > 0) this.events.alertsChanged(changes.alerts);
    const affected = new Set(changes.checks);
    if (changes.fleet.size > 0) {
      // A device moved, archived or restored changes where its checks hang and whether they run.
      const ids = JSON.stringify([...changes.fleet]);
      const rows = this.store.read.all<{ id: string }>(
        `SELECT c.id FROM checks c LEFT JOIN devices d ON d.id = c.device_id
         WHERE c.client_id IN (SELECT value FROM json_each(?)) OR c.device_id IN (SELECT value FROM json_each(?)) OR d.site_id IN (SELECT value FROM json_each(?))`,
        [ids, ids, ids],
      );
      for (const row of rows) affected.add(row.id);
    }
    if (affected.size === 0) return;
    this.results.forget(affected);
    const rows = this.definitions('c.id IN (SELECT value FROM json_each(:ids))', { ids: JSON.stringify([...affected]) });
    this.sendDefinitions(rows, false);
    this.events.healthChanged(affected, rows.flatMap((row) => (row.deviceId ? [row.deviceId] : [])));
  }

  // ---- background

  private async prune(): Promise<void> {
    if (this.pruning || this.closed) return;
    this.pruning = true;
    try {
      await this.pruner.run(Date.now(), () => new Promise((resolve, reject) => setImmediate(() => (this.closed ? reject(new Error('closed')) : resolve()))));
    } catch (error) {
      if (!this.closed) this.options.onError?.(error);
    } finally {
      this.pruning = false;
    }
  }

  private every(ms: number, work: () => void): void {
    this.timers.push(
      setInterval(() => {
        if (this.closed) return;
        try {
          work();
        } catch (error) {
          this.options.onError?.(error);
        }
      }, ms).unref(),
    );
  }
}

/** A stored check as the runner needs it, or null when its stored fields cannot make a probe. */
function toRunnerCheck(row: DefinitionRow): RunnerCheck | null {
  try {
    const config = JSON.parse(row.config) as Omit<ProbeFields, 'kind' | 'timeoutMs' | 'warnMs' | 'critMs'>;
    const probe = toProbeConfig({ ...config, kind: row.kind, timeoutMs: row.timeoutMs, warnMs: row.warnMs ?? undefined, critMs: row.critMs ?? undefined });
    return { id: row.id, intervalMs: row.intervalSeconds * 1000, probe };
  } catch {
    return null;
  }
}

import { hostKeyOf } from './probe-config';
import { pingBatch, runProbe, type PingProbeConfig, type ProbeConfig, type ProbeResult } from './probes';
import { findExecutable } from './probes/child-process';
import { errorText, unknown } from './probes/outcome';
import type { FromRunner, OneOffResult, OneOffRun, RunnerCheck, RunnerResult, ToRunner } from './runner-protocol';
import { defaultLimits, Scheduler, type SchedulerLimits } from './scheduler';

export interface RunnerOptions {
  post: (message: FromRunner) => void;
  limits?: SchedulerLimits;
  /** Results go to the core at least this often... */
  batchMs?: number;
  /** ...or as soon as this many are waiting. */
  batchSize?: number;
  /** Runs one probe; the probe engine unless a test stands in for it. */
  probe?: (config: ProbeConfig) => Promise<ProbeResult>;
  /** Whether due ping checks go out together through one fping; by default when fping is installed. */
  batchPings?: boolean;
}

// Due pings gather this long, then leave together in one fping process.
const PING_GATHER_MS = 100;
const PING_BATCH_MAX = 256;
// A new check runs at once only when few arrive together; a crowd (a sync, an import) is spread.
const MAX_SOON = 100;
// Runs outside the schedule (run site) at once, so a big site cannot flood its LAN.
const ONE_OFF_CONCURRENCY = 64;
const MAX_MESSAGE_LENGTH = 500;

interface PendingPing {
  id: string;
  at: number;
  probe: PingProbeConfig;
}

/**
 * The scheduler and the probes, driven by real timers. It runs in its own thread ("checks-runner")
 * in the app, so probe I/O never shares an event loop with SQL; tests run it in-process. It sends
 * results in batches and never touches the database.
 */
export class Runner {
  private readonly scheduler: Scheduler;
  private readonly checks = new Map<string, RunnerCheck>();
  private readonly probe: (config: ProbeConfig) => Promise<ProbeResult>;
  private readonly batchPings: boolean;
  private readonly batchMs: number;
  private readonly batchSize: number;
  /** Callers waiting for the result of a run already in flight (run now on a running check). */
  private readonly waiters = new Map<string, ((result: RunnerResult) => void)[]>();
  private pending: RunnerResult[] = [];
  private pings: PendingPing[] = [];
  private wakeTimer: NodeJS.Timeout | undefined;
  private wakeAt = Infinity;
  private batchTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: RunnerOptions) {
    this.scheduler = new Scheduler(options.limits ?? defaultLimits);
    this.probe = options.probe ?? runProbe;
    this.batchPings = options.batchPings ?? findExecutable('fping') !== null;
    this.batchMs = options.batchMs ?? 200;
    this.batchSize = options.batchSize ?? 1000;
  }

  handle(message: ToRunner): void {
    if (this.stopped) return;
    switch (message.type) {
      case 'checks':
        this.updateChecks(message.replaceAll, message.upsert, message.remove);
        break;
      case 'run':
        void this.runOneOffs(message.runs).then((results) => {
          if (!this.stopped) this.options.post({ type: 'ran', requestId: message.requestId, results });
        });
        break;
      case 'stop':
        this.stop();
        break;
    }
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.wakeTimer);
    clearTimeout(this.batchTimer);
    clearTimeout(this.pingTimer);
  }

  private updateChecks(replaceAll: boolean, upsert: RunnerCheck[], remove: string[]): void {
    const now = Date.now();
    const kept = new Set(upsert.map((check) => check.id));
    const gone = replaceAll ? [...this.checks.keys()].filter((id) => !kept.has(id)) : remove;
    for (const id of gone) {
      this.checks.delete(id);
      this.scheduler.remove(id);
    }
    const fresh = upsert.filter((check) => !this.checks.has(check.id)).length;
    const soon = !replaceAll && fresh <= MAX_SOON;
    for (const check of upsert) {
      this.checks.set(check.id, check);
      this.scheduler.upsert({ id: check.id, intervalMs: check.intervalMs, hostKey: hostKeyOf(check.probe) }, now, soon);
    }
    this.pump();
  }

  /** Starts whatever is due and sets the timer for the next slot. */
  private pump(): void {
    if (this.stopped) return;
    const now = Date.now();
    // The scheduler holds exactly the checks this map holds: both change together in updateChecks.
    for (const id of this.scheduler.due(now)) this.launch(this.checks.get(id)!, now);
    const next = this.scheduler.nextWakeAt();
    if (next === null || next >= this.wakeAt) return;
    clearTimeout(this.wakeTimer);
    this.wakeAt = next;
    this.wakeTimer = setTimeout(() => {
      this.wakeAt = Infinity;
      this.pump();
    }, Math.max(0, next - now));
  }

  private launch(check: RunnerCheck, at: number): void {
    if (check.probe.kind === 'ping' && this.batchPings) {
      this.gatherPing({ id: check.id, at, probe: check.probe });
      return;
    }
    void this.safeProbe(check.probe).then((result) => this.scheduledDone(check.id, at, result));
  }

  private scheduledDone(id: string, at: number, probeResult: ProbeResult): void {
    if (this.stopped) return;
    this.scheduler.finished(id, Date.now());
    const result = toRunnerResult(id, at, probeResult, false);
    this.answerWaiters(result);
    this.pending.push(result);
    if (this.pending.length >= this.batchSize) this.flush();
    else this.batchTimer ??= setTimeout(() => this.flush(), this.batchMs);
    this.pump();
  }

  private flush(): void {
    clearTimeout(this.batchTimer);
    this.batchTimer = undefined;
    if (this.stopped || this.pending.length === 0) return;
    const results = this.pending;
    this.pending = [];
    this.options.post({ type: 'results', results, counters: this.scheduler.counts() });
  }

  private gatherPing(ping: PendingPing): void {
    this.pings.push(ping);
    if (this.pings.length >= PING_BATCH_MAX) this.sendPings();
    else this.pingTimer ??= setTimeout(() => this.sendPings(), PING_GATHER_MS);
  }

  /** One fping per set of pings that share timeout, count and thresholds (most share the defaults). */
  private sendPings(): void {
    clearTimeout(this.pingTimer);
    this.pingTimer = undefined;
    const groups = new Map<string, PendingPing[]>();
    for (const ping of this.pings) {
      const { timeoutMs, count, warnMs, critMs } = ping.probe;
      const key = `${timeoutMs}/${count}/${warnMs}/${critMs}`;
      const group = groups.get(key);
      if (group) group.push(ping);
      else groups.set(key, [ping]);
    }
    this.pings = [];
    for (const group of groups.values()) {
      const { timeoutMs, count, warnMs, critMs } = group[0]!.probe;
      pingBatch(
        group.map((ping) => ping.probe.host),
        { timeoutMs, count, warnMs, critMs },
      ).then(
        (results) => group.forEach((ping) => this.scheduledDone(ping.id, ping.at, results.get(ping.probe.host) ?? unknown('fping gave no result'))),
        (error: unknown) => group.forEach((ping) => this.scheduledDone(ping.id, ping.at, unknown(`fping failed: ${errorText(error)}`))),
      );
    }
  }

  private async runOneOffs(runs: OneOffRun[]): Promise<OneOffResult[]> {
    const results: OneOffResult[] = new Array(runs.length);
    let next = 0;
    const worker = async () => {
      while (next < runs.length) {
        const index = next++;
        results[index] = await this.runOneOff(runs[index]!);
      }
    };
    await Promise.all(Array.from({ length: Math.min(ONE_OFF_CONCURRENCY, runs.length) }, worker));
    return results;
  }

  /** A saved check that is running already answers with that run; otherwise it runs now, off its rhythm. */
  private async runOneOff({ checkId, probe }: OneOffRun): Promise<OneOffResult> {
    const claim = checkId === null ? 'unknown' : this.scheduler.claim(checkId, Date.now());
    if (claim === 'running') {
      const result = await new Promise<RunnerResult>((resolve) => {
        const waiting = this.waiters.get(checkId!);
        if (waiting) waiting.push(resolve);
        else this.waiters.set(checkId!, [resolve]);
      });
      return { ...result, recorded: true };
    }
    const at = Date.now();
    const result = toRunnerResult(checkId ?? '', at, await this.safeProbe(probe), true);
    if (claim === 'claimed' && !this.stopped) {
      this.scheduler.finished(checkId!, Date.now());
      // Whoever waits on this run did not start it: the caller that did records it.
      this.answerWaiters(result);
      this.pump();
    }
    return { ...result, recorded: false };
  }

  private answerWaiters(result: RunnerResult): void {
    const waiting = this.waiters.get(result.checkId);
    if (!waiting) return;
    this.waiters.delete(result.checkId);
    for (const resolve of waiting) resolve(result);
  }

  private async safeProbe(config: ProbeConfig): Promise<ProbeResult> {
    try {
      return await this.probe(config);
    } catch (error) {
      return unknown(`probe failed: ${errorText(error)}`);
    }
  }
}

function toRunnerResult(checkId: string, at: number, probe: ProbeResult, withDetails: boolean): RunnerResult {
  const message = probe.message.length > MAX_MESSAGE_LENGTH ? `${probe.message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : probe.message;
  const result: RunnerResult = { checkId, at, status: probe.status, latencyMs: probe.latencyMs, message };
  const validTo = probe.details?.validTo;
  if (typeof validTo === 'string' && !Number.isNaN(Date.parse(validTo))) result.certExpiresAt = Date.parse(validTo);
  if (withDetails && probe.details) result.details = probe.details;
  return result;
}

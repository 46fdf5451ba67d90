import { bucketIndex } from './histogram';
import { MinHeap } from './min-heap';

/** What the scheduler knows of a check: how often, and which machine it loads. */
export interface ScheduledJob {
  id: string;
  intervalMs: number;
  hostKey: string;
}

export interface SchedulerLimits {
  /** Probes running at once, in all. */
  maxConcurrent: number;
  /** Probes running at once against one host, so a big client's server is not hammered. */
  maxPerHost: number;
  /** A run that starts later than this after its slot counts as late. */
  lateAfterMs: number;
}

export const defaultLimits: SchedulerLimits = { maxConcurrent: 1000, maxPerHost: 32, lateAfterMs: 1000 };

/** Upper bounds (ms) of the schedule-lag histogram; one more bucket holds anything slower. */
export const lagBoundsMs = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 30_000, 60_000] as const;

export interface SchedulerCounters {
  checks: number;
  running: number;
  started: number;
  late: number;
  skipped: number;
  lagCounts: number[];
}

interface Entry extends ScheduledJob {
  offsetMs: number;
  /** The slot this entry waits for, waits to start in, or is running for. */
  slotAt: number;
  phase: 'scheduled' | 'waiting' | 'running';
  /** Started by hand (run now) while its slot was still ahead: that slot stays its next one. */
  manual: boolean;
  /** Removed while running: forgotten once the run ends. */
  removed: boolean;
  /** A change that arrived while it ran, applied when the run ends. */
  replacement: ScheduledJob | null;
  /** Stamps this entry's current place in the timeline or a host queue; older places are stale. */
  ticket: number;
}

/** Runs due against one host, oldest slot first; `head` is where the live part begins. */
interface HostQueue {
  items: Placement[];
  head: number;
}

interface Placement {
  at: number;
  entry: Entry;
  ticket: number;
}

/**
 * When each check runs. Pure bookkeeping: the caller passes the time in, so tests drive it with a
 * fake clock, and the runner with the real one.
 *
 * - Spread: a check's slots are `offset + k * interval` on the epoch, the offset a stable hash of its
 *   id, so 50,000 checks at 60 s start about 833 a second, not all at the top of the minute.
 * - Rhythm: the next slot follows the previous slot, not the end of the run.
 * - Never twice at once: a slot that comes while the check still runs is skipped (and counted).
 * - Caps: at most `maxConcurrent` running, at most `maxPerHost` per host; due runs wait in a queue
 *   per host, and free capacity goes to the host whose first waiting run is oldest.
 * - Lag: each start records how late it is against its slot; a run a whole interval late skips to
 *   its latest slot instead of bursting through the backlog.
 */
export class Scheduler {
  private readonly entries = new Map<string, Entry>();
  private readonly timeline = new MinHeap<Placement>((a, b) => a.at < b.at);
  private readonly queues = new Map<string, HostQueue>();
  private readonly readyHosts = new MinHeap<{ at: number; host: string }>((a, b) => a.at < b.at);
  private readonly hostsInReady = new Set<string>();
  private readonly runningPerHost = new Map<string, number>();
  private running = 0;
  private nextTicket = 1;
  private readonly counters = { started: 0, late: 0, skipped: 0, lagCounts: new Array<number>(lagBoundsMs.length + 1).fill(0) };

  constructor(private readonly limits: SchedulerLimits = defaultLimits) {}

  /**
   * Adds a check or changes one. A new check waits for its first slot, or runs at once when `soon`
   * (just created: its owner wants to see a result). A changed interval or host takes effect now, or
   * after the current run.
   */
  upsert(job: ScheduledJob, now: number, soon = false): void {
    const entry = this.entries.get(job.id);
    if (!entry) {
      const created: Entry = { ...job, offsetMs: offsetOf(job.id, job.intervalMs), slotAt: 0, phase: 'scheduled', manual: false, removed: false, replacement: null, ticket: 0 };
      created.slotAt = soon ? now : firstSlotFrom(created, now);
      this.entries.set(job.id, created);
      this.place(created);
      return;
    }
    if (entry.phase === 'running') {
      entry.removed = false;
      entry.replacement = job;
      return;
    }
    if (entry.intervalMs === job.intervalMs && entry.hostKey === job.hostKey) return;
    this.reshape(entry, job, now);
    entry.phase = 'scheduled';
    this.place(entry);
  }

  remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    if (entry.phase === 'running') {
      entry.removed = true;
      entry.replacement = null;
      return;
    }
    entry.ticket = 0;
    this.entries.delete(id);
  }

  has(id: string): boolean {
    const entry = this.entries.get(id);
    return entry !== undefined && !entry.removed;
  }

  /** Starts what may start at `now` and returns those ids: the caller runs them and reports `finished`. */
  due(now: number): string[] {
    for (let top = this.timeline.peek(); top && top.at <= now; top = this.timeline.peek()) {
      this.timeline.pop();
      const entry = top.entry;
      if (entry.ticket !== top.ticket || entry.phase !== 'scheduled') continue;
      const behind = Math.floor((now - entry.slotAt) / entry.intervalMs);
      if (behind >= 1) {
        this.counters.skipped += behind;
        entry.slotAt += behind * entry.intervalMs;
      }
      this.enqueue(entry);
    }
    const started: string[] = [];
    while (this.running < this.limits.maxConcurrent && this.readyHosts.size > 0) {
      const { host } = this.readyHosts.pop()!;
      this.hostsInReady.delete(host);
      const entry = this.takeWaiting(host);
      if (!entry) continue;
      this.start(entry);
      this.recordLag(now - entry.slotAt);
      started.push(entry.id);
      this.offerHost(host);
    }
    return started;
  }

  /**
   * Marks a check as running outside the schedule (run now, run site). Returns "running" when it
   * already runs (wait for that result instead), "unknown" when the scheduler does not hold it
   * (paused, or not yet loaded): the caller may run it without bookkeeping.
   */
  claim(id: string, now: number): 'claimed' | 'running' | 'unknown' {
    const entry = this.entries.get(id);
    if (!entry || entry.removed) return 'unknown';
    if (entry.phase === 'running') return 'running';
    // A waiting entry is served by this run; a scheduled one keeps its coming slot.
    entry.manual = entry.phase === 'scheduled' && entry.slotAt > now;
    this.start(entry);
    return 'claimed';
  }

  finished(id: string, now: number): void {
    const entry = this.entries.get(id);
    if (!entry || entry.phase !== 'running') return;
    this.running -= 1;
    const hostRunning = (this.runningPerHost.get(entry.hostKey) ?? 1) - 1;
    if (hostRunning === 0) this.runningPerHost.delete(entry.hostKey);
    else this.runningPerHost.set(entry.hostKey, hostRunning);
    this.offerHost(entry.hostKey);

    if (entry.removed) {
      this.entries.delete(id);
      return;
    }
    if (entry.manual) {
      if (entry.slotAt <= now) entry.slotAt = firstSlotFrom(entry, now + 1);
    } else {
      entry.slotAt += entry.intervalMs;
      if (entry.slotAt <= now) {
        // The run outlasted its interval: the slots it overlapped are lost, the rhythm is not.
        const next = firstSlotFrom(entry, now);
        this.counters.skipped += Math.round((next - entry.slotAt) / entry.intervalMs);
        entry.slotAt = next;
      }
    }
    entry.manual = false;
    entry.phase = 'scheduled';
    const replacement = entry.replacement;
    entry.replacement = null;
    if (replacement && (replacement.intervalMs !== entry.intervalMs || replacement.hostKey !== entry.hostKey)) this.reshape(entry, replacement, now);
    this.place(entry);
  }

  /** When the next slot comes (epoch ms), or null when nothing is scheduled. */
  nextWakeAt(): number | null {
    for (let top = this.timeline.peek(); top; top = this.timeline.peek()) {
      if (top.entry.ticket === top.ticket && top.entry.phase === 'scheduled') return top.at;
      this.timeline.pop();
    }
    return null;
  }

  counts(): SchedulerCounters {
    let checks = 0;
    for (const entry of this.entries.values()) if (!entry.removed) checks++;
    return { checks, running: this.running, started: this.counters.started, late: this.counters.late, skipped: this.counters.skipped, lagCounts: [...this.counters.lagCounts] };
  }

  private reshape(entry: Entry, job: ScheduledJob, now: number): void {
    const intervalChanged = entry.intervalMs !== job.intervalMs;
    entry.intervalMs = job.intervalMs;
    entry.hostKey = job.hostKey;
    if (intervalChanged) {
      entry.offsetMs = offsetOf(entry.id, entry.intervalMs);
      entry.slotAt = firstSlotFrom(entry, now);
    }
  }

  private place(entry: Entry): void {
    entry.ticket = this.nextTicket++;
    this.timeline.push({ at: entry.slotAt, entry, ticket: entry.ticket });
  }

  private enqueue(entry: Entry): void {
    entry.phase = 'waiting';
    entry.ticket = this.nextTicket++;
    let queue = this.queues.get(entry.hostKey);
    if (!queue) {
      queue = { items: [], head: 0 };
      this.queues.set(entry.hostKey, queue);
    }
    queue.items.push({ at: entry.slotAt, entry, ticket: entry.ticket });
    this.offerHost(entry.hostKey);
  }

  /** Puts a host in line for a free slot when it has waiting runs and room under its cap. */
  private offerHost(host: string): void {
    if (this.hostsInReady.has(host) || (this.runningPerHost.get(host) ?? 0) >= this.limits.maxPerHost) return;
    const head = this.liveHead(host);
    if (!head) return;
    this.hostsInReady.add(host);
    this.readyHosts.push({ at: head.at, host });
  }

  private liveHead(host: string): Placement | undefined {
    const queue = this.queues.get(host);
    if (!queue) return undefined;
    while (queue.head < queue.items.length) {
      const head = queue.items[queue.head]!;
      if (head.entry.ticket === head.ticket && head.entry.phase === 'waiting') return head;
      queue.head++;
    }
    this.queues.delete(host);
    return undefined;
  }

  private takeWaiting(host: string): Entry | undefined {
    const head = this.liveHead(host);
    if (!head) return undefined;
    const queue = this.queues.get(host)!;
    queue.head++;
    // Drop the consumed prefix now and then, so a long-lived queue does not keep every run it ever held.
    if (queue.head > 1024 && queue.head * 2 > queue.items.length) {
      queue.items.splice(0, queue.head);
      queue.head = 0;
    }
    return head.entry;
  }

  private start(entry: Entry): void {
    entry.phase = 'running';
    entry.ticket = 0;
    this.running += 1;
    this.runningPerHost.set(entry.hostKey, (this.runningPerHost.get(entry.hostKey) ?? 0) + 1);
    this.counters.started += 1;
  }

  private recordLag(lagMs: number): void {
    this.counters.lagCounts[bucketIndex(lagBoundsMs, lagMs)]! += 1;
    if (lagMs > this.limits.lateAfterMs) this.counters.late += 1;
  }
}

function firstSlotFrom(entry: { offsetMs: number; intervalMs: number }, now: number): number {
  return entry.offsetMs + Math.ceil((now - entry.offsetMs) / entry.intervalMs) * entry.intervalMs;
}

/** A stable offset in [0, interval) from the check's id (FNV-1a), so restarts keep each check's phase. */
export function offsetOf(id: string, intervalMs: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % intervalMs;
}

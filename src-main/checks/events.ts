import type { CoreEvent } from '../core/worker-protocol';

const MAX_IDS = 1000;

/** Ids gathered for one kind of event; past MAX_IDS it only remembers that it overflowed. */
class IdSet {
  readonly ids = new Set<string>();
  truncated = false;

  add(ids: Iterable<string>): void {
    for (const id of ids) {
      if (this.ids.size >= MAX_IDS) {
        this.truncated = true;
        return;
      }
      this.ids.add(id);
    }
  }

  take(): { ids: string[]; truncated: boolean } {
    const taken = { ids: [...this.ids], truncated: this.truncated };
    this.ids.clear();
    this.truncated = false;
    return taken;
  }

  get pending(): boolean {
    return this.ids.size > 0 || this.truncated;
  }
}

/**
 * Turns a stream of changes into at most one event of each kind per `gapMs` (see CoreEvent):
 * 5,000 results a second reach the hosts as four small messages.
 */
export class EventCoalescer {
  private readonly health = { checks: new IdSet(), devices: new IdSet() };
  private readonly results = { checks: new IdSet(), devices: new IdSet() };
  private readonly alerts = new IdSet();
  private timer: NodeJS.Timeout | undefined;
  private lastSentAt = 0;

  constructor(
    private readonly emit: (event: CoreEvent) => void,
    private readonly gapMs = 250,
  ) {}

  healthChanged(checkIds: Iterable<string>, deviceIds: Iterable<string>, everything = false): void {
    this.health.checks.add(checkIds);
    this.health.devices.add(deviceIds);
    if (everything) this.health.checks.truncated = true;
    this.schedule();
  }

  resultsAdded(checkIds: Iterable<string>, deviceIds: Iterable<string>): void {
    this.results.checks.add(checkIds);
    this.results.devices.add(deviceIds);
    this.schedule();
  }

  alertsChanged(alertIds: Iterable<string>): void {
    this.alerts.add(alertIds);
    this.schedule();
  }

  close(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.timer) return;
    const wait = Math.max(0, this.lastSentAt + this.gapMs - Date.now());
    this.timer = setTimeout(() => this.send(), wait);
  }

  private send(): void {
    this.timer = undefined;
    this.lastSentAt = Date.now();
    for (const [type, sets] of [
      ['health.changed', this.health],
      ['checks.results', this.results],
    ] as const) {
      if (!sets.checks.pending && !sets.devices.pending) continue;
      const checks = sets.checks.take();
      const devices = sets.devices.take();
      this.emit({ type, checkIds: checks.ids, deviceIds: devices.ids, truncated: checks.truncated || devices.truncated });
    }
    if (this.alerts.pending) {
      const alerts = this.alerts.take();
      this.emit({ type: 'alerts.changed', alertIds: alerts.ids, truncated: alerts.truncated });
    }
  }
}

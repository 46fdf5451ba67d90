/**
 * Hybrid logical clock stamps, sortable as plain strings:
 * `2026-11-25T09:00:00.000Z-0001-4f2a9c1d0b3e7a55` (wall time, counter, node).
 * The wall clock is passed in, so tests and replicas control time.
 */
export interface Stamp {
  millis: number;
  counter: number;
  node: string;
}

const maxCounter = 0xffff;
const stampPattern = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)-([0-9a-f]{4})-([0-9a-f]{16})$/;

export class ClockError extends Error {}

export class HybridClock {
  private millis = 0;
  private counter = 0;

  constructor(
    readonly node: string,
    private readonly wallClock: () => number,
    private readonly maxDriftMs = 5 * 60_000,
  ) {
    if (!/^[0-9a-f]{16}$/.test(node)) throw new ClockError(`node id must be 16 hex digits, got ${node}`);
  }

  /** A stamp for a local event, later than every stamp this clock has issued or received. */
  now(): string {
    this.advance(this.wallClock(), 0, 0);
    return formatStamp({ millis: this.millis, counter: this.counter, node: this.node });
  }

  /** Folds in a stamp from another replica, so that our next stamp sorts after it. */
  receive(remote: string): void {
    const stamp = parseStamp(remote);
    const wall = this.wallClock();
    if (stamp.millis - wall > this.maxDriftMs) {
      throw new ClockError(`remote clock is ${Math.round((stamp.millis - wall) / 1000)} s ahead of ours`);
    }
    this.advance(wall, stamp.millis, stamp.counter);
  }

  private advance(wall: number, remoteMillis: number, remoteCounter: number): void {
    const next = Math.max(this.millis, wall, remoteMillis);
    let counter = 0;
    if (next === this.millis && next === remoteMillis) counter = Math.max(this.counter, remoteCounter) + 1;
    else if (next === this.millis) counter = this.counter + 1;
    else if (next === remoteMillis) counter = remoteCounter + 1;
    if (counter > maxCounter) throw new ClockError('more than 65,535 events in one millisecond');
    this.millis = next;
    this.counter = counter;
  }
}

export function formatStamp({ millis, counter, node }: Stamp): string {
  return `${new Date(millis).toISOString()}-${counter.toString(16).padStart(4, '0')}-${node}`;
}

export function parseStamp(text: string): Stamp {
  const match = stampPattern.exec(text);
  if (!match) throw new ClockError(`not a clock stamp: ${text}`);
  return { millis: Date.parse(match[1]!), counter: parseInt(match[2]!, 16), node: match[3]! };
}

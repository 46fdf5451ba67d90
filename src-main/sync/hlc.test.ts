import { describe, expect, it } from 'vitest';
import { ClockError, HybridClock, formatStamp, parseStamp } from './hlc';

const nodeA = '000000000000000a';
const nodeB = '000000000000000b';

describe('HybridClock', () => {
  it('issues strictly increasing stamps even when the wall clock stands still or goes back', () => {
    let wall = Date.UTC(2026, 10, 25, 9);
    const clock = new HybridClock(nodeA, () => wall);
    const first = clock.now();
    const second = clock.now();
    wall -= 10_000;
    const third = clock.now();
    expect([first, second, third]).toEqual([first, second, third].slice().sort());
    expect(new Set([first, second, third]).size).toBe(3);
    expect(parseStamp(third).millis).toBe(parseStamp(first).millis);
    expect(parseStamp(third).counter).toBe(2);
  });

  it('sorts after a received stamp from a replica whose clock runs ahead', () => {
    const wall = Date.UTC(2026, 10, 25, 9);
    const local = new HybridClock(nodeA, () => wall);
    const remote = formatStamp({ millis: wall + 1000, counter: 7, node: nodeB });
    local.receive(remote);
    const next = local.now();
    expect(next > remote).toBe(true);
    expect(parseStamp(next)).toEqual({ millis: wall + 1000, counter: 9, node: nodeA });
  });

  it('refuses a remote stamp too far in the future', () => {
    const wall = Date.UTC(2026, 10, 25, 9);
    const clock = new HybridClock(nodeA, () => wall, 60_000);
    expect(() => clock.receive(formatStamp({ millis: wall + 120_000, counter: 0, node: nodeB }))).toThrow(ClockError);
  });

  it('rejects malformed stamps and node ids', () => {
    expect(() => parseStamp('yesterday')).toThrow(ClockError);
    expect(() => new HybridClock('xyz', () => 0)).toThrow(ClockError);
  });

  it('round-trips a stamp', () => {
    const stamp = { millis: Date.UTC(2030, 0, 1), counter: 0xbeef, node: nodeB };
    expect(parseStamp(formatStamp(stamp))).toEqual(stamp);
  });
});

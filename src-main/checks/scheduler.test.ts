import { describe, expect, it } from 'vitest';
import { lagBoundsMs, offsetOf, Scheduler, type SchedulerLimits } from './scheduler';

const roomy: SchedulerLimits = { maxConcurrent: 10_000, maxPerHost: 10_000, lateAfterMs: 1000 };
const job = (id: string, intervalMs = 10_000, hostKey = `host-${id}`) => ({ id, intervalMs, hostKey });

/** Drives a scheduler through fake time: every run takes `runMs`, and each start is logged. */
function simulate(scheduler: Scheduler, from: number, to: number, stepMs: number, runMs: number) {
  const starts: { id: string; at: number }[] = [];
  const running = new Map<string, number>();
  for (let now = from; now <= to; now += stepMs) {
    for (const [id, endsAt] of running) {
      if (endsAt <= now) {
        running.delete(id);
        scheduler.finished(id, now);
      }
    }
    for (const id of scheduler.due(now)) {
      expect(running.has(id), `${id} started while running`).toBe(false);
      running.set(id, now + runMs);
      starts.push({ id, at: now });
    }
  }
  return starts;
}

describe('scheduler', () => {
  it('spreads checks over their interval instead of starting them together', () => {
    const scheduler = new Scheduler(roomy);
    for (let i = 0; i < 6000; i++) scheduler.upsert(job(`chk_${i}`, 60_000), 0);
    const starts = simulate(scheduler, 0, 59_999, 1, 10);
    expect(starts).toHaveLength(6000);
    const perSecond = new Array<number>(60).fill(0);
    for (const start of starts) perSecond[Math.floor(start.at / 1000)]! += 1;
    // 100 a second on average; a burst would put thousands in one second.
    expect(Math.max(...perSecond)).toBeLessThan(200);
    expect(Math.min(...perSecond)).toBeGreaterThan(40);
  });

  it('keeps each check on its rhythm: slots follow slots, not the end of the previous run', () => {
    const scheduler = new Scheduler(roomy);
    scheduler.upsert(job('a', 10_000), 0);
    const starts = simulate(scheduler, 0, 100_000, 1, 3_000).map((s) => s.at);
    const offset = offsetOf('a', 10_000);
    expect(starts).toEqual(Array.from({ length: starts.length }, (_, k) => offset + k * 10_000));
    expect(starts.length).toBeGreaterThanOrEqual(9);
  });

  it('gives a check the same phase after a restart (its offset comes from its id)', () => {
    const first = new Scheduler(roomy);
    const second = new Scheduler(roomy);
    first.upsert(job('stable'), 0);
    second.upsert(job('stable'), 123_456);
    const a = simulate(first, 0, 200_000, 1, 5).map((s) => s.at % 10_000);
    const b = simulate(second, 123_456, 300_000, 1, 5).map((s) => s.at % 10_000);
    expect(new Set([...a, ...b])).toEqual(new Set([offsetOf('stable', 10_000)]));
  });

  it('never runs a check twice at once: a slot that comes during a run is skipped and counted', () => {
    const scheduler = new Scheduler(roomy);
    scheduler.upsert(job('slow', 1000), 0);
    const starts = simulate(scheduler, 0, 20_000, 1, 2500);
    const offset = offsetOf('slow', 1000);
    // A run of 2.5 s on a 1 s rhythm: every third slot.
    expect(starts.map((s) => s.at)).toEqual(Array.from({ length: starts.length }, (_, k) => offset + k * 3000));
    expect(scheduler.counts().skipped).toBeGreaterThanOrEqual(2 * (starts.length - 1));
  });

  it('caps concurrency globally, and records the lag of what had to wait', () => {
    const scheduler = new Scheduler({ maxConcurrent: 5, maxPerHost: 100, lateAfterMs: 1000 });
    for (let i = 0; i < 50; i++) scheduler.upsert(job(`c${i}`, 60_000), 0, true);
    const first = scheduler.due(0);
    expect(first).toHaveLength(5);
    expect(scheduler.due(10)).toEqual([]);
    let now = 0;
    const order = [...first];
    while (order.length < 50) {
      now += 500;
      scheduler.finished(order[order.length - 5]!, now);
      order.push(...scheduler.due(now));
      expect(scheduler.counts().running).toBeLessThanOrEqual(5);
    }
    const counts = scheduler.counts();
    expect(counts.started).toBe(50);
    // The k-th start (k > 5) waited (k - 5) * 500 ms for a free slot: from the 8th on, more than a second.
    expect(counts.late).toBe(43);
    expect(counts.lagCounts.reduce((a, b) => a + b, 0)).toBe(50);
    expect(counts.lagCounts[lagBoundsMs.length]).toBe(0);
  });

  it('caps concurrency per host, and hands free slots to other hosts meanwhile', () => {
    const scheduler = new Scheduler({ maxConcurrent: 100, maxPerHost: 2, lateAfterMs: 1000 });
    for (let i = 0; i < 6; i++) scheduler.upsert(job(`busy${i}`, 60_000, 'busy-host'), 0, true);
    for (let i = 0; i < 3; i++) scheduler.upsert(job(`other${i}`, 60_000, `other-${i}`), 0, true);
    const started = scheduler.due(0);
    expect(started.filter((id) => id.startsWith('busy'))).toHaveLength(2);
    expect(started.filter((id) => id.startsWith('other'))).toHaveLength(3);
    scheduler.finished(started.find((id) => id.startsWith('busy'))!, 100);
    expect(scheduler.due(100)).toHaveLength(1);
    expect(scheduler.due(200)).toEqual([]);
  });

  it('skips to the latest slot when a check is a whole interval behind, instead of bursting', () => {
    const scheduler = new Scheduler(roomy);
    scheduler.upsert(job('sleepy', 1000), 0);
    // The machine slept for ten seconds: one run, not ten, and then the rhythm goes on.
    expect(scheduler.due(10_500)).toEqual(['sleepy']);
    expect(scheduler.due(10_500)).toEqual([]);
    expect(scheduler.counts().skipped).toBeGreaterThanOrEqual(9);
    scheduler.finished('sleepy', 10_501);
    const next = scheduler.nextWakeAt()!;
    expect(next % 1000).toBe(offsetOf('sleepy', 1000));
    expect(next).toBeGreaterThan(10_501);
    expect(next).toBeLessThanOrEqual(11_501);
  });

  it('lets run-now claim a check, and answers "running" while it runs', () => {
    const scheduler = new Scheduler(roomy);
    scheduler.upsert(job('a', 60_000), 0);
    expect(scheduler.claim('a', 5)).toBe('claimed');
    expect(scheduler.claim('a', 6)).toBe('running');
    expect(scheduler.claim('nope', 6)).toBe('unknown');
    scheduler.finished('a', 10);
    // A manual run leaves the rhythm alone: the next start is still the check's own slot.
    const starts = simulate(scheduler, 11, 130_000, 1, 5).map((s) => s.at % 60_000);
    expect(new Set(starts)).toEqual(new Set([offsetOf('a', 60_000)]));
  });

  it('applies an interval change after the current run, and forgets a removed check', () => {
    const scheduler = new Scheduler(roomy);
    scheduler.upsert(job('a', 1000), 0, true);
    expect(scheduler.due(0)).toEqual(['a']);
    scheduler.upsert(job('a', 5000), 1);
    scheduler.finished('a', 2);
    const starts = simulate(scheduler, 3, 30_000, 1, 5).map((s) => s.at);
    expect(starts.every((at) => at % 5000 === offsetOf('a', 5000))).toBe(true);

    scheduler.remove('a');
    expect(scheduler.has('a')).toBe(false);
    expect(scheduler.nextWakeAt()).toBeNull();
    expect(simulate(scheduler, 30_001, 60_000, 1, 5)).toEqual([]);
  });

  it('forgets a check removed while it runs once the run ends', () => {
    const scheduler = new Scheduler(roomy);
    scheduler.upsert(job('a', 1000), 0, true);
    expect(scheduler.due(0)).toEqual(['a']);
    scheduler.remove('a');
    expect(scheduler.counts().checks).toBe(0);
    scheduler.finished('a', 10);
    expect(scheduler.counts().running).toBe(0);
    expect(scheduler.due(5000)).toEqual([]);
  });
});
